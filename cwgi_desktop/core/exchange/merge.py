"""Merge rules, as pure functions over row versions (no SQL here; see store/exchange.py).

**Winner.** Every row (theme, annotation, draft, block, review note, language version,
translated-block link) is a last-writer-wins register: of
two versions the one with the greater `(updated, digest)` wins. The digest breaks ties
between versions stamped the same microsecond, so the winner never depends on which
version arrived first. Taking the greater of two is commutative, associative and
idempotent: any set of bundles merged in any order, any number of times, leaves the same
winners.

**History and conflicts.** Each stored version carries the digests of the versions it
supersedes (its history). An incoming version already in the local history is stale and
changes nothing. Otherwise the loser of the comparison was an edit the winner has not seen
when its digest is not in the winner's history: if the two also say different things, the
loser is kept as a conflict for a person to resolve (for a draft, also when the two
orders place the blocks they share differently). This also catches a later edit that loses
only because of a laptop clock set in the past. The winner's history becomes the
union of both, so the same pair never conflicts twice.

**Revisions** are immutable snapshots, not registers: they are merged as a union by id
(`services.exchange`), and a revision claiming the id of one already here with other
content is refused, never taken in.

**Derived state.** What the store shows is `derive(winners)`, again a pure function: themes
of the same name (case-insensitive) merge into one survivor (the earliest created, then the
smallest id); annotations and sub-themes pointing at a merged theme are remapped; parent
cycles are cut; blocks are placed in the order carried by their draft's winning version,
with blocks that version does not list inserted after the block recorded before them.
Review notes, language versions and translated-block links show once their draft (block)
is here; two language versions of one original in one language keep the earliest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from cwgi_desktop.core.exchange.rows import KINDS, Row, content, digest_and_text

HISTORY_LIMIT = 1000
Status = Literal["added", "updated", "unchanged", "conflict"]


@dataclass
class Version:
    """One version of a row: its payload, digest and the digests it supersedes."""

    payload: Row
    digest: str = ""
    history: list[str] = field(default_factory=list)
    # The canonical JSON of `payload` when the digest was computed from it here: what the
    # ledger stores for the version, not serialized a second time (None: not at hand).
    canonical: str | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.digest:
            self.digest, self.canonical = digest_and_text(self.payload)

    @property
    def key(self) -> tuple[str, str]:
        """The last-writer-wins order: later `updated` first, then the greater digest."""
        return (str(self.payload["updated"]), self.digest)

    def knows(self, other_digest: str) -> bool:
        """Whether this version is, or supersedes, the version with `other_digest`."""
        return other_digest == self.digest or other_digest in self.history


@dataclass
class Outcome:
    """What merging one incoming version into the local one did.

    `stored` is the version to store (None: nothing to write); `conflict` is set when both
    versions carry edits the other lacks: (mine, theirs, winner).
    """

    status: Status
    stored: Version | None = None
    conflict: tuple[Version, Version, Literal["mine", "theirs"]] | None = None


def union_history(*histories: Iterable[str], exclude: str = "") -> list[str]:
    """Ordered union of digest lists (oldest first), without `exclude`, capped."""
    merged = dict.fromkeys(d for h in histories for d in h if d != exclude)
    return list(merged)[-HISTORY_LIMIT:]


def merge_version(kind: str, mine: Version | None, theirs: Version) -> Outcome:
    """Merge an incoming version (`theirs`) into the local one (`mine`, None if absent)."""
    if mine is None:
        return Outcome("added", theirs)
    if mine.knows(theirs.digest):
        history = union_history(mine.history, theirs.history, exclude=mine.digest)
        grown = history != mine.history
        return Outcome("unchanged", Version(mine.payload, mine.digest, history, mine.canonical)
                       if grown else None)
    winner, loser = (theirs, mine) if theirs.key > mine.key else (mine, theirs)
    history = union_history(mine.history, theirs.history, [mine.digest, theirs.digest],
                            exclude=winner.digest)
    stored = Version(winner.payload, winner.digest, history, winner.canonical)
    concurrent = not winner.knows(loser.digest)
    if concurrent and (content(kind, loser.payload) != content(kind, winner.payload)
                       or (kind == "draft" and reordered(loser.payload["order"],
                                                         winner.payload["order"]))):
        return Outcome("conflict", stored, (mine, theirs, "theirs" if winner is theirs else "mine"))
    return Outcome("updated" if winner is theirs else "unchanged", stored)


def reordered(first: list[str], second: list[str]) -> bool:
    """Whether two block orders place the blocks they share differently (blocks added on
    one side only are not a reordering: they keep their place, see `block_sequence`)."""
    shared = set(first) & set(second)
    return [b for b in first if b in shared] != [b for b in second if b in shared]


# -- derived state ------------------------------------------------------------------------

Tables = dict[str, dict[str, Row]]


def theme_aliases(themes: Mapping[str, Row]) -> dict[str, str]:
    """Merged theme id → surviving theme id, for live themes sharing a name."""
    groups: dict[str, list[Row]] = {}
    for theme in themes.values():
        if not theme["deleted"]:
            groups.setdefault(theme["name"].strip().casefold(), []).append(theme)
    aliases: dict[str, str] = {}
    for members in groups.values():
        if len(members) > 1:
            survivor = min(members, key=lambda t: (t["created"], t["id"]))
            aliases.update({t["id"]: survivor["id"] for t in members if t is not survivor})
    return aliases


def _cut_cycles(parents: dict[str, str | None]) -> None:
    """Make the parent links a forest: in each cycle, the greatest id loses its parent."""
    for start in sorted(parents):
        path: list[str] = []
        seen: set[str] = set()
        node: str | None = start
        while node is not None and node in parents and node not in seen:
            seen.add(node)
            path.append(node)
            node = parents[node]
        if node is not None and node in seen:
            cycle = path[path.index(node):]
            parents[max(cycle)] = None


def _derive_themes(themes: Mapping[str, Row], aliases: Mapping[str, str]) -> dict[str, Row]:
    out = {tid: dict(t) for tid, t in themes.items()}
    for tid in aliases:
        out[tid]["deleted"] = True
    parents: dict[str, str | None] = {}
    for tid, theme in out.items():
        parent = theme["parent_id"]
        if parent is not None:
            parent = aliases.get(parent, parent)
            if parent == tid:
                parent = None
        theme["parent_id"] = parent
        parents[tid] = parent
    _cut_cycles(parents)
    for tid, parent in parents.items():
        out[tid]["parent_id"] = parent
    return out


def _derive_annotation(row: Row, aliases: Mapping[str, str]) -> Row:
    if not any(t in aliases for t in row["themes"]):
        return row
    themes = list(dict.fromkeys(aliases.get(t, t) for t in row["themes"]))
    return {**row, "themes": themes}


def block_sequence(order: list[str], blocks: Iterable[Row]) -> list[str]:
    """The document order of a draft's blocks: the draft's `order` first; each block it
    does not list (sorted by position, created, id) goes right after the last block whose
    own recorded position is lower than its own (at the start if there is none)."""
    by_id = {b["id"]: b for b in blocks}
    sequence = [b for b in order if b in by_id]
    listed = set(sequence)
    rest = sorted((b for b in by_id.values() if b["id"] not in listed),
                  key=lambda b: (b["position"], b["created"], b["id"]))
    for block in rest:
        at = 0
        for index, other in enumerate(sequence):
            if by_id[other]["position"] < block["position"]:
                at = index + 1
        sequence.insert(at, block["id"])
    return sequence


def derive(winners: Mapping[str, Mapping[str, Row]]) -> tuple[Tables, dict[str, list[str]]]:
    """What the store shows for a set of winning versions: (rows by kind and id, block
    order by draft id). Drafts lose their `order` field; blocks whose draft is unknown stay
    out until it arrives; every block's `position` is its index in its draft's order."""
    themes = winners.get("theme", {})
    aliases = theme_aliases(themes)
    tables: Tables = {kind: {} for kind in KINDS}
    tables["theme"] = _derive_themes(themes, aliases)
    annotations = winners.get("annotation", {})
    tables["annotation"] = ({aid: _derive_annotation(a, aliases)
                             for aid, a in annotations.items()} if aliases
                            else dict(annotations))  # no merged theme: every row as it is
    drafts = winners.get("draft", {})
    by_draft: dict[str, list[Row]] = {}
    for block in winners.get("block", {}).values():
        if block["draft_id"] in drafts:
            by_draft.setdefault(block["draft_id"], []).append(block)
    sequences: dict[str, list[str]] = {}
    for did, draft in drafts.items():
        tables["draft"][did] = {k: v for k, v in draft.items() if k != "order"}
        members = by_draft.get(did, [])
        sequences[did] = block_sequence(draft["order"], members)
        by_id = {b["id"]: b for b in members}
        for position, bid in enumerate(sequences[did]):
            block = by_id[bid]
            tables["block"][bid] = block if block["position"] == position else {
                **block, "position": position}
    tables["review_note"] = {nid: note for nid, note in winners.get("review_note", {}).items()
                             if note["draft_id"] in drafts}
    tables["language_version"] = _derive_language_versions(
        winners.get("language_version", {}), drafts)
    tables["version_block"] = {bid: link for bid, link in winners.get("version_block", {}).items()
                               if bid in tables["block"]}
    return tables, sequences


def _derive_language_versions(links: Mapping[str, Row], drafts: Mapping[str, Row]
                              ) -> dict[str, Row]:
    """The language versions whose drafts are here; of two versions of one original in the
    same language (made on two laptops), the earliest created (then the smallest id) is
    the version, the other stays a draft of its own."""
    chosen: dict[tuple[str, str], Row] = {}
    for link in links.values():
        if link["id"] not in drafts or link["original_id"] not in drafts:
            continue
        key = (link["original_id"], link["language"])
        if key not in chosen or (link["created"], link["id"]) < (chosen[key]["created"],
                                                                 chosen[key]["id"]):
            chosen[key] = link
    return {link["id"]: link for link in chosen.values()}
