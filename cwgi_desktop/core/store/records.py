"""Records the store reads back for the exchange: conflicts and Word review notes/changes."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Keep = Literal["mine", "theirs"]
Row = dict[str, Any]


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
    updated: str = ""  # its last change (import, status): last writer wins between laptops

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
