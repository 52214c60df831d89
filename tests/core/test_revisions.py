"""Named versions, automatic snapshots, restore, and side-by-side comparison."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cwgi_desktop.core.drafting.revisions import tokens, word_diff
from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.sqlite3")
    yield s
    s.close()


def later(seconds: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(seconds=seconds)


def test_take_and_list_named_versions_newest_first(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF")
    first = revision_service.take_revision(store, draft.id, "sent to the Group, 12 May")
    store.update_block_text(store.blocks(draft.id)[-1].id, "changed")
    second = revision_service.take_revision(store, draft.id, "after comments")
    listed = store.revisions(draft.id)
    assert [r.id for r in listed] == [second.id, first.id]
    assert listed[1].snapshot["blocks"][-1]["text"] != "changed"
    assert listed[0].snapshot["blocks"][-1]["text"] == "changed"
    assert not listed[0].automatic
    with pytest.raises(InvalidInput):
        revision_service.take_revision(store, draft.id, "  ")


def test_find_revision_by_name_id_or_prefix(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF")
    r = revision_service.take_revision(store, draft.id, "v1")
    assert store.find_revision(draft.id, "v1").id == r.id
    assert store.find_revision(draft.id, r.id[:6]).id == r.id
    with pytest.raises(NotFound):
        store.find_revision(draft.id, "v2")


def test_auto_snapshot_skips_when_nothing_changed_or_too_soon(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF")
    block = store.blocks(draft.id)[-1]
    first = revision_service.auto_snapshot(store, draft.id)
    assert first is not None and first.automatic
    assert revision_service.auto_snapshot(
            store, draft.id, now=later(3600)) is None  # nothing changed
    store.update_block_text(block.id, "typing…")
    assert revision_service.auto_snapshot(
            store, draft.id, min_interval_s=600, now=later(60)) is None
    assert revision_service.auto_snapshot(
            store, draft.id, min_interval_s=600, now=later(601)) is not None
    assert len(store.revisions(draft.id)) == 2


def test_metadata_changes_count_as_changes(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF")
    revision_service.auto_snapshot(store, draft.id)
    store.update_draft(draft.id, symbol="C26/99-E")
    assert revision_service.auto_snapshot(store, draft.id, min_interval_s=0) is not None


def test_restore_brings_back_blocks_and_metadata_and_saves_the_present(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF")
    blocks = store.blocks(draft.id)
    version = revision_service.take_revision(store, draft.id, "v1")
    store.update_draft(draft.id, title="Renamed")
    store.update_block_text(blocks[-1].id, "new text [@C26/1]")
    store.delete_block(blocks[0].id)
    store.insert_block(draft.id, "paragraph", "added")
    restored = revision_service.restore_revision(store, version.id)
    assert restored.title == "KF"
    assert [(b.id, b.text) for b in store.blocks(draft.id)] == [(b.id, b.text) for b in blocks]
    assert store.draft_citations(draft.id) == []
    saved = store.revisions(draft.id)[0]
    assert saved.automatic and saved.name == "before restoring “v1”"
    assert [b["text"] for b in saved.snapshot["blocks"]][-2:] == ["new text [@C26/1]", "added"]
    # restoring the saved state undoes the restore
    revision_service.restore_revision(store, saved.id)
    assert store.draft(draft.id).title == "Renamed"
    assert [b.text for b in store.blocks(draft.id)][-1] == "added"


def test_restore_does_not_save_a_state_already_saved(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF")
    v1 = revision_service.take_revision(store, draft.id, "v1")
    revision_service.restore_revision(store, v1.id)
    assert len(store.revisions(draft.id)) == 1


def test_compare_marks_added_removed_changed_and_moved_blocks(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF", template=False)
    a = store.insert_block(draft.id, "paragraph", "The Group agreed on access.")
    b = store.insert_block(draft.id, "paragraph", "To be removed.")
    c = store.insert_block(draft.id, "heading", "Stays")
    d = store.insert_block(draft.id, "paragraph", "Moves up.")
    v1 = revision_service.take_revision(store, draft.id, "v1")
    store.update_block_text(a.id, "The Group broadly agreed on affordable access.")
    store.delete_block(b.id)
    store.move_block(d.id, 0)
    e = store.insert_block(draft.id, "finding", "New finding.")
    diff = revision_service.compare(store, v1.id)
    assert [r.block_id for r in diff if r.status != "removed"] == [d.id, a.id, c.id, e.id]
    rows = {r.block_id: r for r in diff}
    assert rows[b.id].status == "removed" and rows[b.id].left[0].op == "delete"
    assert rows[e.id].status == "added" and rows[e.id].right[0].text == "New finding."
    assert rows[c.id].status == "unchanged"
    assert rows[d.id].status in ("moved", "unchanged")
    assert rows[a.id].status in ("changed", "moved")
    assert [w.text.strip() for w in rows[a.id].right if w.op == "insert"] == [
        "broadly", "affordable"]
    assert [w.op for w in rows[a.id].left] == ["equal"]
    only_changes = revision_service.compare(store, v1.id, include_unchanged=False)
    assert c.id not in {r.block_id for r in only_changes}


def test_compare_two_stored_versions(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "KF", template=False)
    block = store.insert_block(draft.id, "paragraph", "one")
    v1 = revision_service.take_revision(store, draft.id, "v1")
    store.set_block_kind(block.id, "finding")
    v2 = revision_service.take_revision(store, draft.id, "v2")
    store.update_block_text(block.id, "later")
    [row] = revision_service.compare(store, v1.id, v2.id)
    assert (row.status, row.old_kind, row.new_kind, row.new_text) == (
        "changed", "paragraph", "finding", "one")


def test_word_diff_sides_rebuild_the_two_texts() -> None:
    old, new = "Les IXP sont utiles, dit le Brésil.", "Les IXP sont très utiles, dit l'Inde."
    left, right = word_diff(old, new)
    assert "".join(w.text for w in left) == old
    assert "".join(w.text for w in right) == new
    assert {w.op for w in left} <= {"equal", "delete"}
    assert {w.op for w in right} <= {"equal", "insert"}


def test_chinese_is_compared_character_by_character() -> None:
    assert tokens("互联网治理") == ["互", "联", "网", "治", "理"]
    _left, right = word_diff("互联网治理", "互联网管理")
    assert [(w.op, w.text) for w in right] == [("equal", "互联网"), ("insert", "管"),
                                               ("equal", "理")]
