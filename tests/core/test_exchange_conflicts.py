"""Conflicts: both sides edited the same row since they last exchanged. Both versions are
kept (the winner in place), shown, and settled by a person; nothing is dropped silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_fixtures import dump, seed

from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store


@pytest.fixture
def pair(tmp_path: Path):
    a, b = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    for store in (a, b):
        seed(store)
    note = a.add_annotation("C26/77", author="Alice", quote="main barrier", note="base")
    draft = draft_service.create_draft(a, "key_findings", "KF")
    exchange_service.export_bundle(a, tmp_path / "base.cwgibundle")
    exchange_service.import_bundle(b, tmp_path / "base.cwgibundle")
    yield a, b, note, draft
    a.close()
    b.close()


def exchange(source: Store, target: Store, path: Path):
    exchange_service.export_bundle(source, path)
    return exchange_service.import_bundle(target, path)


def test_both_sides_editing_one_annotation_keep_both_versions(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Alice's reading")
    b.update_annotation(note.id, note="Bob's reading")  # later: it wins
    result = exchange(a, b, tmp_path / "a.cwgibundle")
    assert result.to_dict()["conflicts"] == 1
    assert b.annotation(note.id).note == "Bob's reading"
    [conflict] = b.conflicts()
    assert (conflict.kind, conflict.row_id, conflict.winner) == ("annotation", note.id, "mine")
    assert (conflict.mine["note"], conflict.theirs["note"]) == ("Bob's reading",
                                                                "Alice's reading")
    assert conflict.peer == a.store_id and conflict.source == "a.cwgibundle"
    assert conflict.changed_fields() == ["note"]
    assert conflict.label == "main barrier"
    again = exchange_service.import_bundle(b, tmp_path / "a.cwgibundle")
    assert again.conflicts == 0 and len(b.conflicts()) == 1


def test_the_other_side_sees_the_conflict_too_and_the_same_winner(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Alice's reading")
    b.update_annotation(note.id, note="Bob's reading")
    exchange_service.export_bundle(a, tmp_path / "a.cwgibundle")
    exchange_service.export_bundle(b, tmp_path / "b.cwgibundle")
    assert exchange_service.import_bundle(a, tmp_path / "b.cwgibundle").conflicts == 1
    assert exchange_service.import_bundle(b, tmp_path / "a.cwgibundle").conflicts == 1
    assert a.annotation(note.id).note == b.annotation(note.id).note == "Bob's reading"
    assert a.conflicts()[0].winner == "theirs" and b.conflicts()[0].winner == "mine"


def test_an_edit_on_one_side_only_is_not_a_conflict(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Alice's reading")
    assert exchange(a, b, tmp_path / "a.cwgibundle").to_dict() == {
        "added": 0, "updated": 1, "unchanged": 4, "conflicts": 0}  # the draft, 3 blocks
    assert exchange(b, a, tmp_path / "b.cwgibundle").conflicts == 0


def test_the_same_edit_on_both_sides_is_not_a_conflict(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Agreed")
    b.update_annotation(note.id, note="Agreed")
    assert exchange(a, b, tmp_path / "a.cwgibundle").conflicts == 0


def test_an_edit_against_a_deletion_is_a_conflict(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Still relevant")
    b.delete_annotation(note.id)
    exchange(a, b, tmp_path / "a.cwgibundle")
    [conflict] = b.conflicts()
    assert conflict.mine["deleted"] and not conflict.theirs["deleted"]
    exchange_service.resolve_conflict(b, conflict.id, "theirs")
    assert b.annotation(note.id).note == "Still relevant"
    assert not b.annotation(note.id).deleted


def test_both_sides_editing_one_block_is_a_conflict(pair, tmp_path) -> None:
    a, b, _, draft = pair
    block = a.blocks(draft.id)[0]
    a.update_block_text(block.id, "# Introduction (Alice)")
    b.update_block_text(block.id, "# Introduction (Bob)")
    exchange(b, a, tmp_path / "b.cwgibundle")
    conflicts = {c.kind: c for c in a.conflicts()}
    assert set(conflicts) == {"block"}  # the draft row changed on both sides, but only
    conflict = conflicts["block"]         # its timestamp: not a conflict of its own
    assert {conflict.mine["text"], conflict.theirs["text"]} == {"# Introduction (Alice)",
                                                               "# Introduction (Bob)"}
    assert a.block(block.id).text == "# Introduction (Bob)"


def test_resolving_keeps_the_chosen_version_and_settles_the_conflict_everywhere(
        pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Alice's reading")
    b.update_annotation(note.id, note="Bob's reading")
    exchange_service.export_bundle(a, tmp_path / "a.cwgibundle")
    exchange_service.export_bundle(b, tmp_path / "b.cwgibundle")
    exchange_service.import_bundle(a, tmp_path / "b.cwgibundle")
    exchange_service.import_bundle(b, tmp_path / "a.cwgibundle")
    conflict = b.conflicts()[0]
    resolved = exchange_service.resolve_conflict(b, conflict.id[:8], "theirs")  # Alice's, the loser
    assert (resolved.resolution, bool(resolved.resolved)) == ("theirs", True)
    assert b.annotation(note.id).note == "Alice's reading"
    assert b.conflicts() == [] and len(b.conflicts(include_resolved=True)) == 1
    result = exchange(b, a, tmp_path / "b2.cwgibundle")
    assert (result.updated, result.conflicts) == (1, 0)
    assert a.annotation(note.id).note == "Alice's reading"
    assert a.conflicts() == []
    assert a.conflicts(include_resolved=True)[0].resolution == "superseded"
    assert dump(a) == dump(b)


def test_keeping_the_winner_still_settles_the_conflict_on_the_other_laptop(
        pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="Alice's reading")
    b.update_annotation(note.id, note="Bob's reading")
    exchange_service.export_bundle(a, tmp_path / "a.cwgibundle")
    exchange_service.export_bundle(b, tmp_path / "b.cwgibundle")
    exchange_service.import_bundle(a, tmp_path / "b.cwgibundle")
    exchange_service.import_bundle(b, tmp_path / "a.cwgibundle")
    exchange_service.resolve_conflict(b, b.conflicts()[0].id, "mine")
    exchange(b, a, tmp_path / "b2.cwgibundle")
    assert a.conflicts() == [] and a.annotation(note.id).note == "Bob's reading"


def test_resolving_refuses_bad_requests(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="x")
    b.update_annotation(note.id, note="y")
    exchange(a, b, tmp_path / "a.cwgibundle")
    conflict = b.conflicts()[0]
    with pytest.raises(InvalidInput, match="keep mine or theirs"):
        exchange_service.resolve_conflict(b, conflict.id, "both")  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        exchange_service.resolve_conflict(b, "ffffffff", "mine")
    exchange_service.resolve_conflict(b, conflict.id, "mine")
    with pytest.raises(InvalidInput, match="already resolved"):
        exchange_service.resolve_conflict(b, conflict.id, "theirs")


def test_exchange_status_names_peers_and_open_conflicts(pair, tmp_path) -> None:
    a, b, note, _ = pair
    a.update_annotation(note.id, note="x")
    b.update_annotation(note.id, note="y")
    exchange(a, b, tmp_path / "a.cwgibundle")
    status = b.exchange_status()
    assert status["open_conflicts"] == 1
    assert [p["store_id"] for p in status["peers"]] == [a.store_id]
    assert status["peers"][0]["imports"] == 2
