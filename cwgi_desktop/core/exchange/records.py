"""Plain records the exchange hands to the CLI and the window (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The store-level records live beside the SQL that reads them; re-exported here.
from cwgi_desktop.core.store.records import Conflict, Keep, ReviewNote, SuggestedChange

__all__ = ["SUFFIX", "Conflict", "ExportSummary", "Keep", "MergeResult", "ReviewImport",
           "ReviewNote", "SuggestedChange"]

# A bundle file's suffix: here, so that naming bundle files loads no zip or JSON code.
SUFFIX = ".cwgibundle"


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
    # The contributions whose full text the bundle carries (with `with_texts`).
    texts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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
