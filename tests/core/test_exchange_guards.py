"""Issue 11, items 2 and 7: a bundle cannot delete everything, rewrite unshared edits or move
rows to another owner silently. A safety copy is taken before the merge; what a bundle may
not do silently is held back (mine stays in place) as conflicts to confirm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from exchange_fixtures import seed
from forged_bundles import exported, forge, forge_drafts

from cwgi_desktop.core.exchange.rows import digest, from_store
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.paths import default_backup_dir
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.backups import SAFETY_REASON, list_backups
from cwgi_desktop.core.store import Store


@pytest.fixture
def store(tmp_path: Path):
    made = Store(tmp_path / "a.sqlite3")
    seed(made)
    yield made
    made.close()


def notes(store: Store, n: int) -> list[str]:
    return [store.annotations.add("C26/77", author="Ana", quote="main barrier",
                                 note=f"note {i}").id for i in range(n)]


def supersede(item: dict[str, Any], **changes: Any) -> None:
    """Forge a later version of a row that claims to know the version it replaces."""
    item["history"].append(digest(item["row"]))
    item["row"].update(updated=utc_now(), **changes)


def live_digest(store: Store, kind: str, table: str, rid: str) -> str:
    row = store.query(f"SELECT * FROM {table} WHERE id = ?", (rid,))[0]
    return digest(from_store(kind, row))


def test_a_bundle_deleting_every_row_is_held_back_and_a_safety_copy_taken_first(
        store: Store, tmp_path: Path) -> None:
    ids = notes(store, 10)
    bundle = exported(store, tmp_path / "x.cwgibundle")
    forge(bundle, "annotation", lambda items: [supersede(i, deleted=True) for i in items])
    result = exchange_service.import_bundle(store, bundle)
    assert (result.conflicts, result.held_back, result.updated) == (10, 10, 0)
    assert len(store.annotations.all()) == 10  # nothing deleted
    held = store.exchange.conflicts()
    assert {c.reason for c in held} == {"mass"} and {c.row_id for c in held} == set(ids)
    assert all(c.winner == "mine" and c.theirs["deleted"] for c in held)
    copies = [b for b in list_backups(store.path, default_backup_dir())
              if b.reason == SAFETY_REASON]
    assert [str(b.path) for b in copies] == [result.safety_copy]
    with Store(copies[0].path) as copy:
        assert len(copy.annotations.all()) == 10
    # the same bundle again: nothing new to confirm
    again = exchange_service.import_bundle(store, bundle)
    assert (again.conflicts, again.updated) == (0, 0) and len(store.exchange.conflicts()) == 10
    exchange_service.resolve_conflict(store, held[0].id, "theirs")  # the user confirms one deletion
    assert len(store.annotations.all()) == 9


def test_a_bundle_deleting_a_few_rows_merges_as_before(store: Store, tmp_path: Path) -> None:
    ids = notes(store, 30)
    bundle = exported(store, tmp_path / "x.cwgibundle")
    forge(bundle, "annotation",
          lambda items: [supersede(i, deleted=True) for i in items if i["row"]["id"] in ids[:2]])
    result = exchange_service.import_bundle(store, bundle)
    assert (result.updated, result.conflicts) == (2, 0)
    assert len(store.annotations.all()) == 28


def test_rows_received_from_peers_are_not_held_back(tmp_path: Path) -> None:
    a, b = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    seed(a)
    seed(b)
    notes(a, 10)
    exchange_service.import_bundle(b, exported(a, tmp_path / "1.cwgibundle"))
    for note in a.annotations.all():
        a.annotations.delete(note.id)
    result = exchange_service.import_bundle(b, exported(a, tmp_path / "2.cwgibundle"))
    assert (result.updated, result.conflicts) == (10, 0) and b.annotations.all() == []
    a.close()
    b.close()


def test_a_bundle_claiming_to_supersede_an_edit_never_shared_is_held_back(
        store: Store, tmp_path: Path) -> None:
    (note,) = notes(store, 1)
    bundle = exported(store, tmp_path / "x.cwgibundle")
    store.annotations.update(note, note="my unshared edit")
    known = live_digest(store, "annotation", "annotations", note)

    def forged(items: list[dict[str, Any]]) -> None:
        items[0]["history"] += [digest(items[0]["row"]), known]
        items[0]["row"].update(updated=utc_now(), note="forged")

    result = exchange_service.import_bundle(store, forge(bundle, "annotation", forged))
    assert (result.held_back, result.updated) == (1, 0)
    assert store.annotations.get(note).note == "my unshared edit"
    (conflict,) = store.exchange.conflicts()
    assert conflict.reason == "unshared" and conflict.theirs["note"] == "forged"


def test_an_edit_shared_then_superseded_by_a_peer_merges_as_before(tmp_path: Path) -> None:
    a, b = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    seed(a)
    seed(b)
    (note,) = notes(a, 1)
    a.annotations.update(note, note="edited on a")
    exchange_service.import_bundle(b, exported(a, tmp_path / "1.cwgibundle"))
    b.annotations.update(note, note="then on b")
    result = exchange_service.import_bundle(a, exported(b, tmp_path / "2.cwgibundle"))
    assert (result.updated, result.conflicts) == (1, 0)
    assert a.annotations.get(note).note == "then on b"
    a.close()
    b.close()


def test_a_bundle_moving_a_block_into_a_forged_draft_is_held_back(
        store: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(store, "key_findings", "Mine")
    block = store.blocks.insert(draft.id, "finding", "My finding.")
    bundle = exported(store, tmp_path / "x.cwgibundle")

    def forged(items: dict[str, Any]) -> None:
        mine = next(d for d in items["drafts"] if d["row"]["id"] == draft.id)
        fake = {"row": {**mine["row"], "id": "f0rged-draft-0000-0000-000000000000",
                        "title": "Forged", "order": [block.id], "updated": utc_now()},
                "history": []}
        items["drafts"].append(fake)
        moved = next(b for b in items["blocks"] if b["row"]["id"] == block.id)
        supersede(moved, draft_id=fake["row"]["id"])

    result = exchange_service.import_bundle(store, forge_drafts(bundle, forged))
    assert result.held_back == 1
    assert store.blocks.get(block.id).draft_id == draft.id
    assert block.id in [b.id for b in store.blocks.all(draft.id)]
    (conflict,) = store.exchange.conflicts()
    assert (conflict.kind, conflict.reason) == ("block", "owner")
    exchange_service.resolve_conflict(store, conflict.id, "theirs")  # confirmed: now it moves
    assert store.blocks.get(block.id).draft_id == "f0rged-draft-0000-0000-000000000000"


def test_a_bundle_moving_an_annotation_to_another_contribution_is_held_back(
        store: Store, tmp_path: Path) -> None:
    (note,) = notes(store, 1)
    other = store.contributions.resolve("C26/52").id
    bundle = exported(store, tmp_path / "x.cwgibundle")
    forge(bundle, "annotation", lambda items: supersede(items[0], contribution_id=other))
    result = exchange_service.import_bundle(store, bundle)
    assert result.held_back == 1
    assert store.annotations.get(note).contribution_id != other
    assert store.exchange.conflicts()[0].reason == "owner"


def test_safety_copies_rotate_apart_from_the_daily_backups(store: Store,
                                                            tmp_path: Path) -> None:
    from cwgi_desktop.core.services.backups import SAFETY_KEEP, take_backup

    folder = tmp_path / "backups"
    daily = take_backup(store, folder, "daily")
    (note,) = notes(store, 1)
    for i in range(SAFETY_KEEP + 3):
        bundle = exported(store, tmp_path / f"{i}.cwgibundle")
        forge(bundle, "annotation", lambda items, i=i: supersede(items[0], note=f"v{i}"))
        exchange_service.import_bundle(store, bundle, backup_dir=folder)
    infos = list_backups(store.path, folder)
    assert sum(b.reason == SAFETY_REASON for b in infos) == SAFETY_KEEP
    assert daily in [b.path for b in infos]
    assert store.annotations.get(note).note == f"v{SAFETY_KEEP + 2}"


def test_a_batch_of_bundles_is_guarded_bundle_by_bundle_with_one_safety_copy(
        store: Store, tmp_path: Path) -> None:
    """Folder sync merges many files in one `merge_bundles` call: each bundle meets the
    guards (here the second deletes everything), and one safety copy comes first."""
    from cwgi_desktop.core.exchange.bundle import read_bundle

    ids = notes(store, 10)
    edit = exported(store, tmp_path / "edit.cwgibundle")
    forge(edit, "annotation", lambda items: [supersede(i, note="edited there")
                                             for i in items if i["row"]["id"] == ids[0]])
    wipe = exported(store, tmp_path / "wipe.cwgibundle")
    forge(wipe, "annotation", lambda items: [supersede(i, deleted=True) for i in items
                                             if i["row"]["id"] != ids[0]])
    backups = tmp_path / "backups"
    first, second = exchange_service.merge_bundles(
        store, [(p, read_bundle(p)) for p in (edit, wipe)], backup_dir=backups)
    assert (first.updated, first.held_back) == (1, 0)
    assert second.held_back == 9 and {c.reason for c in store.exchange.conflicts()} == {"mass"}
    assert len(store.annotations.all()) == 10
    assert store.annotations.get(ids[0]).note == "edited there"
    copies = [b for b in list_backups(store.path, backups) if b.reason == SAFETY_REASON]
    assert [str(b.path) for b in copies] == [first.safety_copy] == [second.safety_copy]
    with Store(copies[0].path) as copy:
        assert {a.note for a in copy.annotations.all()} == {f"note {i}" for i in range(10)}


def test_the_mass_guard_counts_own_rows_of_kinds_without_a_tombstone(
        store: Store, tmp_path: Path) -> None:
    """Review notes and language versions have no `deleted` field: counting the own rows
    for the mass limit must not fail on them (it raised KeyError: 'deleted')."""
    ids = notes(store, 10)
    draft = draft_service.create_draft(store, "key_findings", "Key findings")
    store.language_versions.create(draft.id, "fr")
    now = utc_now()
    with store.transaction() as conn:
        store.review.insert_row(conn, "review_notes", {
            "id": "n1", "draft_id": draft.id, "block_id": None, "author": "Reviewer",
            "text": "Cite the source.", "source": "KF.docx", "imported": now, "updated": now})
    bundle = exported(store, tmp_path / "x.cwgibundle")
    forge(bundle, "annotation", lambda items: [supersede(i, deleted=True) for i in items])
    result = exchange_service.import_bundle(store, bundle)
    assert (result.held_back, result.updated) == (10, 0)
    assert {c.reason for c in store.exchange.conflicts()} == {"mass"}
    assert sorted(a.id for a in store.annotations.all()) == sorted(ids)
