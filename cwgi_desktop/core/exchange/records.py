"""Plain records the exchange hands to the CLI and the window (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from cwgi_desktop.core.exchange.rows import Row

Keep = Literal["mine", "theirs"]


@dataclass
class MergeResult:
    """What importing a bundle did, per incoming row.

    Every row of the bundle counts once: `added` (new here), `updated` (its version won),
    `unchanged` (this store already had it or something newer) or `conflicts` (both sides
    had edited it: the winner is in place and both versions are kept in `conflicts`).
    Contribution texts added count as added, those already here as unchanged.
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    peer: str = ""
    created: str = ""
    conflict_ids: list[str] = field(default_factory=list)
    held_back: int = 0  # of the conflicts: incoming versions waiting for a confirmation
    safety_copy: str = ""  # the backup taken before the merge
    notes: list[str] = field(default_factory=list)  # lines for the user (e.g. texts replaced)

    def to_dict(self) -> dict[str, int]:
        """The four counts (the `cwgi bundle import --json` contract)."""
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "conflicts": self.conflicts}


@dataclass
class ExportSummary:
    """What a bundle written by `export_bundle` holds."""

    path: str
    counts: dict[str, int]
    filter: dict[str, Any]
    # Drafts holding other authors' notes (with an author filter): left out, unless
    # `others_notes_included` (see core.exchange.privacy).
    others_notes: list[dict[str, Any]] = field(default_factory=list)
    others_notes_included: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Conflict:
    """Two versions of one row edited on both sides: `winner` says which one is in place."""

    id: str
    kind: str
    row_id: str
    mine: Row
    theirs: Row
    winner: Keep
    peer: str = ""
    source: str = ""
    detected: str = ""
    resolved: str | None = None
    resolution: str | None = None
    reason: str = "edited"  # see core.exchange.merge_guards

    @property
    def held_back(self) -> bool:
        """The incoming version waits for a person to confirm it (mine is in place)."""
        return self.reason != "edited"

    @property
    def label(self) -> str:
        """A short description: the quote, name, title or first words of the row."""
        row = self.mine or self.theirs
        for key in ("quote", "name", "title", "text"):
            value = str(row.get(key) or "").strip()
            if value:
                return value if len(value) <= 60 else value[:59] + "…"
        return self.row_id

    def changed_fields(self) -> list[str]:
        """Fields whose values differ between the two versions (timestamps left out)."""
        keys = sorted(set(self.mine) | set(self.theirs))
        return [k for k in keys if k not in {"updated", "order", "position"}
                and self.mine.get(k) != self.theirs.get(k)]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "label": self.label, "changed": self.changed_fields()}


@dataclass
class ReviewNote:
    """A Word comment on a circulated draft, attached to a block (None: outside blocks)."""

    id: str
    draft_id: str
    block_id: str | None
    author: str = ""
    initials: str = ""
    date: str = ""
    text: str = ""
    quoted: str = ""
    source: str = ""
    imported: str = ""
    status: str = "open"  # open | done

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SuggestedChange:
    """A tracked change from Word against a block: replace `old_text` by `new_text`."""

    id: str
    draft_id: str
    block_id: str
    author: str = ""
    date: str = ""
    old_text: str = ""
    new_text: str = ""
    before: str = ""
    after: str = ""
    source: str = ""
    imported: str = ""
    status: str = "open"  # open | accepted | rejected
    decided: str | None = None

    @property
    def kind(self) -> str:
        """insertion, deletion or replacement."""
        if self.old_text and self.new_text:
            return "replacement"
        return "deletion" if self.old_text else "insertion"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind}


@dataclass
class ReviewImport:
    """What importing a reviewed .docx did."""

    draft_id: str
    notes: int = 0
    changes: int = 0
    unchanged: int = 0
    outside_blocks: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
