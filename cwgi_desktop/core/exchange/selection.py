"""What goes into a bundle: the export filter and the choice of rows (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exchange.merge import Version
from cwgi_desktop.core.exchange.rows import KINDS, Row, canonical_time


def parse_since(value: str) -> str:
    """A `--since` value (ISO date or date-time; naive means UTC) as a canonical timestamp."""
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).isoformat(
                timespec="microseconds")
        return canonical_time(text)
    except ValueError as exc:
        raise InvalidInput(f"{value}: not a date (write 2026-01-31 or 2026-01-31T09:00)") from exc


@dataclass
class BundleFilter:
    """Which rows a bundle carries.

    - `author`: only this author's annotations (case-insensitive); drafts are not filtered;
    - `since`: only rows changed at or after this moment (deletions included);
    - `consultation`: only annotations on that consultation's contributions, and drafts of
      that consultation;
    - `with_texts`: also the full texts of the contributions the rows point at;
    - `drafts`: include drafts and their blocks (default yes), with their review notes,
      language-version links and revisions (with `since`: those changed or taken since,
      of every draft the filter keeps, changed or not);
    - `others_notes`: with `author`, also the drafts that carry other authors' notes (a
      scaffold copies notes into draft text; see `privacy`): left out by default.

    Themes changed since `since` always travel (the codebook is shared), and so do the
    themes the chosen annotations use, with their ancestors.
    """

    author: str | None = None
    since: str | None = None
    consultation: str | None = None
    with_texts: bool = False
    drafts: bool = True
    others_notes: bool = False

    def since_time(self) -> str | None:
        """`since` as a canonical timestamp, or None."""
        return parse_since(self.since) if self.since else None

    def to_manifest(self) -> dict[str, Any]:
        """The filter as written in the manifest."""
        return {"author": self.author, "since": self.since_time(),
                "consultation": self.consultation, "with_texts": self.with_texts,
                "drafts": self.drafts}


def select_versions(
    versions: Mapping[str, Mapping[str, Version]],
    flt: BundleFilter,
    consultation_of: Mapping[str, str | None],
) -> dict[str, list[Version]]:
    """The versions a bundle made with `flt` carries, by kind, sorted by id.

    `consultation_of` maps contribution ids to their consultation (contributions absent
    here have none, so a consultation filter leaves their annotations out).
    """
    since = flt.since_time()
    author = flt.author.strip().casefold() if flt.author else None

    def recent(version: Version) -> bool:
        return since is None or version.payload["updated"] >= since

    chosen: dict[str, list[Version]] = {kind: [] for kind in KINDS}
    for version in versions.get("annotation", {}).values():
        row = version.payload
        if author is not None and row["author"].strip().casefold() != author:
            continue
        if flt.consultation and consultation_of.get(row["contribution_id"]) != flt.consultation:
            continue
        if recent(version):
            chosen["annotation"].append(version)

    themes = versions.get("theme", {})
    wanted = {tid for tid, v in themes.items() if recent(v)}
    for version in chosen["annotation"]:
        for tid in version.payload["themes"]:
            while tid in themes and tid not in wanted:
                wanted.add(tid)
                tid = themes[tid].payload["parent_id"]
    chosen["theme"] = [themes[tid] for tid in wanted]

    if flt.drafts:
        drafts = {did: v for did, v in versions.get("draft", {}).items()
                  if recent(v) and (not flt.consultation
                                    or v.payload["consultation"] == flt.consultation)}
        chosen["draft"] = list(drafts.values())
        chosen["block"] = [v for v in versions.get("block", {}).values()
                           if v.payload["draft_id"] in drafts and recent(v)]
        kept = kept_drafts(versions, flt)
        block_draft = {bid: v.payload["draft_id"] for bid, v in versions.get("block", {}).items()}

        def kept_with(kind: str, row: Row) -> bool:
            if kind == "review_note":
                return row["draft_id"] in kept
            if kind == "language_version":  # the receiver needs both drafts
                return row["id"] in kept and row["original_id"] in kept
            return block_draft.get(row["id"]) in kept

        for kind in ("review_note", "language_version", "version_block"):
            chosen[kind] = [v for v in versions.get(kind, {}).values()
                            if recent(v) and kept_with(kind, v.payload)]
    for kind in KINDS:
        chosen[kind].sort(key=lambda v: v.payload["id"])
    return chosen


def kept_drafts(versions: Mapping[str, Mapping[str, Version]], flt: BundleFilter) -> set[str]:
    """The ids of the drafts whose rows `flt` lets travel (changed since or not)."""
    if not flt.drafts:
        return set()
    return {did for did, v in versions.get("draft", {}).items()
            if not flt.consultation or v.payload["consultation"] == flt.consultation}


def select_revisions(revisions: list[Row], flt: BundleFilter, kept: set[str]) -> list[Row]:
    """The revisions (saved versions, rows of `revisions`) a bundle made with `flt`
    carries: of the drafts kept, taken at or after `since`; sorted by id."""
    since = flt.since_time()
    return sorted((r for r in revisions if r["draft_id"] in kept
                   and (since is None or r["created"] >= since)), key=lambda r: r["id"])


def without_drafts(chosen: dict[str, list[Version]], draft_ids: set[str],
                   block_draft: Mapping[str, str] | None = None) -> dict[str, list[Version]]:
    """`chosen` less these drafts and what belongs to them (blocks, review notes, their
    language-version links either way, their blocks' translation links)."""
    out = dict(chosen)
    out["draft"] = [v for v in chosen["draft"] if v.payload["id"] not in draft_ids]
    out["block"] = [v for v in chosen["block"] if v.payload["draft_id"] not in draft_ids]
    out["review_note"] = [v for v in chosen.get("review_note", [])
                          if v.payload["draft_id"] not in draft_ids]
    out["language_version"] = [v for v in chosen.get("language_version", [])
                               if not {v.payload["id"], v.payload["original_id"]} & draft_ids]
    owners = block_draft or {}
    out["version_block"] = [v for v in chosen.get("version_block", [])
                            if owners.get(v.payload["id"]) not in draft_ids]
    return out
