"""Which drafts carry other authors' private notes (pure functions over row payloads).

A bundle exported for one author (`--author X`) carries only X's annotations, but drafts
travel whole, and a scaffold copies every annotator's note into the draft's text (see
`drafting.scaffold.point_text`). A draft whose blocks hold the note of an annotation by
someone else would so send that note along. Such drafts are named, and left out of the
bundle unless the user asks for them.

A note counts when its text (whitespace and case folded) appears in a block of the draft;
notes shorter than `MIN_NOTE_CHARS` are too common words to tell anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from cwgi_desktop.core.exchange.rows import Row

MIN_NOTE_CHARS = 8


@dataclass
class NotesInDraft:
    """A draft that holds notes of other authors than the bundle's."""

    draft_id: str
    title: str
    authors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def drafts_with_others_notes(drafts: Mapping[str, Row], blocks: Iterable[Row],
                             annotations: Iterable[Row], author: str) -> list[NotesInDraft]:
    """The drafts (among `drafts`, by id) whose live blocks hold a note of an annotation
    by another author than `author`, with those authors; sorted by title."""
    me = author.strip().casefold()
    notes: dict[str, set[str]] = {}
    for row in annotations:
        if row.get("deleted") or str(row.get("author", "")).strip().casefold() == me:
            continue
        note = _folded(str(row.get("note") or ""))
        if len(note) >= MIN_NOTE_CHARS:
            notes.setdefault(note, set()).add(str(row.get("author") or "?"))
    if not notes:
        return []
    texts: dict[str, list[str]] = {}
    for block in blocks:
        if block["draft_id"] in drafts and not block.get("deleted"):
            texts.setdefault(block["draft_id"], []).append(_folded(block["text"]))
    found: list[NotesInDraft] = []
    for did, parts in texts.items():
        text = "\n".join(parts)
        authors = sorted({a for note, names in notes.items() if note in text for a in names})
        if authors:
            found.append(NotesInDraft(did, str(drafts[did].get("title") or did), authors))
    return sorted(found, key=lambda d: (d.title.casefold(), d.draft_id))
