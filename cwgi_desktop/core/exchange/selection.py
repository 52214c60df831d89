"""What goes into a bundle: the export filter and the choice of rows (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exchange.merge import Version
from cwgi_desktop.core.exchange.rows import KINDS, canonical_time


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
    - `drafts`: include drafts and their blocks (default yes);
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
    for kind in KINDS:
        chosen[kind].sort(key=lambda v: v.payload["id"])
    return chosen


def without_drafts(chosen: dict[str, list[Version]], draft_ids: set[str]
                   ) -> dict[str, list[Version]]:
    """`chosen` less these drafts and their blocks."""
    out = dict(chosen)
    out["draft"] = [v for v in chosen["draft"] if v.payload["id"] not in draft_ids]
    out["block"] = [v for v in chosen["block"] if v.payload["draft_id"] not in draft_ids]
    return out
