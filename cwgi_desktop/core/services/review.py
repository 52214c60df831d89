"""A circulated draft comes back from Word: comments become review notes on their blocks,
tracked changes suggested changes, which the rapporteur accepts or rejects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cwgi_desktop.core.errors import DraftMismatch, InvalidInput
from cwgi_desktop.core.exchange.guards import draft_named
from cwgi_desktop.core.exchange.records import ReviewImport, ReviewNote, SuggestedChange
from cwgi_desktop.core.exchange.review_import import (
    ChangeNotPlaceable,
    apply_change,
    choose_draft,
    read_review_docx,
    review_records,
)
from cwgi_desktop.core.exporters.ooxml import bookmark_name
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.store import Store


def import_review(store: Store, path: Path | str, draft_ref: str | None = None, *,
                  other_draft_ok: bool = False) -> ReviewImport:
    """Read a .docx exported from a draft and reviewed in Word: each comment becomes a
    review note on its block, each tracked change a suggested change. Importing the
    same file again adds nothing.

    With `draft_ref`, a document whose bookmarks mostly name blocks of another draft
    raises DraftMismatch (nothing imported) unless `other_draft_ok`: then it applies
    to the chosen draft, and what falls outside its blocks becomes whole-draft notes.
    """
    document = read_review_docx(path)
    name = str(path)
    draft_ids = [store.drafts.find(draft_ref).id] if draft_ref else None
    if draft_ids and not other_draft_ok:
        _check_review_draft(store, path, document.bookmarks, draft_ids[0])
    owners: dict[str, str] = {}
    blocks: dict[str, str] = {}
    for bid, did in store.review.block_owners(draft_ids):
        owners[bookmark_name(bid)] = did
        blocks[bookmark_name(bid)] = bid
    # Confirmed for the chosen draft: it applies there even if none of its blocks is in it.
    draft_id = draft_ids[0] if draft_ids and other_draft_ok else choose_draft(
        document, owners, name)
    mine = {m: b for m, b in blocks.items() if owners[m] == draft_id}
    notes, changes = review_records(document, draft_id, mine, Path(path).name, utc_now())
    result = ReviewImport(draft_id=draft_id)
    with store.transaction() as conn:
        records: list[tuple[ReviewNote | SuggestedChange, str]] = [
            *((n, "review_notes") for n in notes), *((c, "suggested_changes") for c in changes)]
        for record, table in records:
            values = record.to_dict()
            values.pop("kind", None)
            if table == "review_notes":
                values["updated"] = values["updated"] or values["imported"]
            if not store.review.insert_row(conn, table, values):
                result.unchanged += 1
            elif table == "suggested_changes":
                result.changes += 1
            else:
                result.notes += 1
                result.outside_blocks += record.block_id is None  # a note may have no block
    return result


def _check_review_draft(store: Store, path: Path | str, bookmarks: Any, chosen: str) -> None:
    """Raise DraftMismatch when the document's bookmarks name another draft."""
    owners = {bookmark_name(bid): did for bid, did in store.review.live_block_owners()}
    named = draft_named(bookmarks, owners)
    if named is not None and named != chosen:
        raise DraftMismatch(path, (chosen, store.drafts.get(chosen).title),
                            (named, store.drafts.get(named).title))


def decide_change(store: Store, change_id: str, accept: bool) -> SuggestedChange:
    """Accept (apply to the block's text) or reject a suggested change.

    Raises InvalidInput, leaving the change open, when its place in the block can no
    longer be found (the block was edited since); then edit the block by hand.
    """
    change = store.review.change(change_id)
    change_id = change.id
    if change.status != "open":
        raise InvalidInput(f"{change_id}: already {change.status}")
    with store.transaction() as conn:
        if accept:
            block = store.blocks.live(change.block_id)
            try:
                text = apply_change(block.text, change.old_text, change.new_text,
                                    change.before, change.after)
            except ChangeNotPlaceable as exc:
                raise InvalidInput(f"{change_id[:8]}: {exc}; edit the block by hand") from exc
            store.blocks.update_text(block.id, text)
        store.review.set_change_status(conn, change_id, "accepted" if accept else "rejected")
    return store.review.change(change_id)
