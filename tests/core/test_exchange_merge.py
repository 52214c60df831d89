"""Merge rules: new rows, later edits, tombstones, themes of the same name, contributions
that arrive later, export filters, block order, and the pure rules in `merge`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from exchange_fixtures import add_contribution, dump, seed

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.exchange.bundle import read_bundle
from cwgi_desktop.core.exchange.merge import Version, block_sequence, derive, merge_version
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import AnnotationFilter, Store


@pytest.fixture
def stores(tmp_path: Path):
    made = [Store(tmp_path / f"{name}.sqlite3") for name in ("a", "b")]
    for store in made:
        seed(store)
    yield made
    for store in made:
        store.close()


def send(source: Store, target: Store, path: Path, flt: BundleFilter | None = None):
    exchange_service.export_bundle(source, path, flt)
    return exchange_service.import_bundle(target, path)


def test_new_rows_are_added_and_a_second_import_changes_nothing(stores, tmp_path) -> None:
    a, b = stores
    note = a.add_annotation("C26/77", author="Alice", quote="main barrier", note="Yes",
                            themes=["Affordability"])
    result = send(a, b, tmp_path / "1.cwgibundle")
    assert result.to_dict() == {"added": 2, "updated": 0, "unchanged": 0, "conflicts": 0}
    got = b.annotation(note.id)
    assert (got.note, got.author, got.quote, got.created) == ("Yes", "Alice", "main barrier",
                                                             note.created)
    assert [b.theme(t).name for t in got.themes] == ["Affordability"]
    before = dump(b)
    again = exchange_service.import_bundle(b, tmp_path / "1.cwgibundle")
    assert again.to_dict() == {"added": 0, "updated": 0, "unchanged": 2, "conflicts": 0}
    assert dump(b) == before


def test_the_later_edit_wins_and_an_older_bundle_does_not_undo_it(stores, tmp_path) -> None:
    a, b = stores
    note = a.add_annotation("C26/77", author="Alice", quote="main barrier", note="first")
    send(a, b, tmp_path / "old.cwgibundle")
    a.update_annotation(note.id, note="second")
    result = send(a, b, tmp_path / "new.cwgibundle")
    assert (result.updated, result.conflicts) == (1, 0)
    assert b.annotation(note.id).note == "second"
    stale = exchange_service.import_bundle(b, tmp_path / "old.cwgibundle")
    assert (stale.updated, stale.unchanged, stale.conflicts) == (0, 1, 0)
    assert b.annotation(note.id).note == "second"


def test_deletions_travel_as_tombstones(stores, tmp_path) -> None:
    a, b = stores
    note = a.add_annotation("C26/77", author="Alice", quote="main barrier")
    send(a, b, tmp_path / "1.cwgibundle")
    a.delete_annotation(note.id)
    send(a, b, tmp_path / "2.cwgibundle")
    assert b.annotations() == []
    assert b.annotation(note.id).deleted
    exchange_service.import_bundle(
            b, tmp_path / "1.cwgibundle")  # the older live copy does not revive it
    assert b.annotation(note.id).deleted


def test_themes_of_the_same_name_merge_into_one_and_annotations_follow(stores, tmp_path) -> None:
    a, b = stores
    first = a.add_theme("Affordability", colour="#ff0000")
    a_note = a.add_annotation("C26/77", author="Alice", quote="main barrier",
                              themes=[first.id])
    second = b.add_theme("affordability")
    b_note = b.add_annotation("C26/77", author="Bob", quote="Open access", themes=[second.id])
    send(a, b, tmp_path / "a.cwgibundle")
    send(b, a, tmp_path / "b.cwgibundle")
    survivor = min((first, second), key=lambda t: (t.created, t.id))
    for store in (a, b):
        assert [t.id for t in store.themes()] == [survivor.id]
        for note in (a_note, b_note):
            assert store.annotation(note.id).themes == [survivor.id]
        assert store.theme_counts() == {survivor.id: 2}
        assert store.find_theme("AFFORDABILITY").id == survivor.id
    assert dump(a) == dump(b)


def test_a_local_theme_merge_travels(stores, tmp_path) -> None:
    a, b = stores
    spam = a.add_theme("Spam")
    misuse = a.add_theme("Misuse")
    note = a.add_annotation("C26/52", author="Alice", quote="Spam", themes=[spam.id])
    send(a, b, tmp_path / "1.cwgibundle")
    a.merge_themes(spam.id, misuse.id)
    send(a, b, tmp_path / "2.cwgibundle")
    assert [t.name for t in b.themes()] == ["Misuse"]
    assert b.annotation(note.id).themes == [misuse.id]


def test_annotations_on_a_missing_contribution_wait_for_it(tmp_path) -> None:
    a = Store(tmp_path / "a.sqlite3")
    b = Store(tmp_path / "b.sqlite3")
    extra = add_contribution(a, "C26/99-E", "Only Alice has this file.")
    note = a.add_annotation("C26/99", author="Alice", quote="this file")
    send(a, b, tmp_path / "1.cwgibundle")
    assert b.annotations(AnnotationFilter(contribution_id=extra.id))[0].id == note.id
    arrived = add_contribution(b, "C26/99-E", "Only Alice has this file.")
    assert arrived.id == extra.id
    assert b.contribution(extra.id).annotation_count == 1
    a.close()
    b.close()


def test_full_texts_travel_only_when_asked_and_attach(tmp_path) -> None:
    a = Store(tmp_path / "a.sqlite3")
    b = Store(tmp_path / "b.sqlite3")
    extra = add_contribution(a, "C26/99-E", "Only Alice has this file.", "Second.")
    a.add_annotation("C26/99", author="Alice", quote="this file")
    send(a, b, tmp_path / "plain.cwgibundle")
    assert b.count_contributions() == 0
    result = send(a, b, tmp_path / "texts.cwgibundle", BundleFilter(with_texts=True))
    assert result.added == 1
    got = b.contribution(extra.id)
    assert (got.symbol, got.paragraph_count, got.annotation_count) == ("C26/99-E", 2, 1)
    assert [p.text for p in b.paragraphs(extra.id)] == ["Only Alice has this file.", "Second."]
    assert b.search("Alice")[0].contribution_id == extra.id
    assert exchange_service.import_bundle(b, tmp_path / "texts.cwgibundle").added == 0
    a.close()
    b.close()


def test_export_filters_author_since_and_consultation(stores, tmp_path) -> None:
    a, _ = stores
    a.add_annotation("C26/77", author="Alice", quote="main barrier", themes=["Cost"])
    a.add_annotation("C26/52", author="Bob", quote="Spam", themes=["Security"])
    draft = draft_service.create_draft(a, "key_findings", "KF", consultation="CWG-Internet 22")

    def rows(flt: BundleFilter) -> dict[str, list]:
        path = tmp_path / "f.cwgibundle"
        exchange_service.export_bundle(a, path, flt)
        return {k: [r for r, _ in v] for k, v in read_bundle(path).rows.items()}

    mine = rows(BundleFilter(author="alice", drafts=False))
    assert [r["author"] for r in mine["annotation"]] == ["Alice"]
    assert sorted(r["name"] for r in mine["theme"]) == ["Cost", "Security"]  # codebook travels
    assert mine["draft"] == []
    consultation = rows(BundleFilter(consultation="CWG-Internet 22"))
    assert [r["author"] for r in consultation["annotation"]] == ["Bob"]
    assert [r["id"] for r in consultation["draft"]] == [draft.id]
    assert rows(BundleFilter(consultation="Other"))["draft"] == []
    later = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)).date().isoformat()
    assert all(v == [] for v in rows(BundleFilter(since=later)).values())
    assert len(rows(BundleFilter(since="2000-01-01"))["annotation"]) == 2
    with pytest.raises(InvalidInput, match="not a date"):
        exchange_service.export_bundle(
                a, tmp_path / "bad.cwgibundle", BundleFilter(since="last week"))
    assert not (tmp_path / "bad.cwgibundle").exists()


def test_author_filter_carries_the_themes_used_and_their_parents(stores, tmp_path) -> None:
    a, b = stores
    parent = a.add_theme("Access")
    child = a.add_theme("Cost", parent_id=parent.id)
    path = tmp_path / "1.cwgibundle"
    exchange_service.export_bundle(a, path)  # the codebook reaches b once
    exchange_service.import_bundle(b, path)
    a.add_annotation("C26/77", author="Alice", quote="main barrier", themes=[child.id])
    since = a.annotations()[0].updated
    exchange_service.export_bundle(a, path, BundleFilter(author="Alice", since=since))
    names = sorted(r["name"] for r, _ in read_bundle(path).rows["theme"])
    assert names == ["Access", "Cost"]


def test_block_edits_and_insertions_on_both_sides_all_arrive(stores, tmp_path) -> None:
    a, b = stores
    draft = draft_service.create_draft(a, "key_findings", "KF")
    send(a, b, tmp_path / "1.cwgibundle")
    first = a.blocks(draft.id)[0]
    a.update_block_text(first.id, "# Introduction, edited on A")
    a_new = a.insert_block(draft.id, "finding", "From A.")
    b_new = b.insert_block(draft.id, "finding", "From B.", index=0)
    send(a, b, tmp_path / "2.cwgibundle")
    send(b, a, tmp_path / "3.cwgibundle")
    order = [x.id for x in a.blocks(draft.id)]
    assert order == [x.id for x in b.blocks(draft.id)]
    assert order[0] == b_new.id and order[-1] == a_new.id
    assert b.block(first.id).text == "# Introduction, edited on A"
    assert a.conflicts() == [] and b.conflicts() == []
    assert dump(a) == dump(b)
    assert a.check() == [] and b.check() == []


def test_concurrent_reorderings_of_a_draft_are_a_conflict(stores, tmp_path) -> None:
    a, b = stores
    draft = draft_service.create_draft(a, "key_findings", "KF")
    send(a, b, tmp_path / "1.cwgibundle")
    blocks = a.blocks(draft.id)
    a.move_block(blocks[-1].id, 0)
    b.move_block(blocks[0].id, 2)
    send(a, b, tmp_path / "2.cwgibundle")
    conflict = b.conflicts()[0]
    assert (conflict.kind, conflict.row_id) == ("draft", draft.id)
    exchange_service.resolve_conflict(b, conflict.id, "theirs")  # a's order
    assert b.blocks(draft.id)[0].id == blocks[-1].id
    send(b, a, tmp_path / "3.cwgibundle")
    assert [x.id for x in b.blocks(draft.id)] == [x.id for x in a.blocks(draft.id)]
    assert a.conflicts() == [] and b.conflicts() == []


def test_copies_of_a_store_merging_in_different_orders_agree(stores, tmp_path) -> None:
    a, b = stores
    a.add_annotation("C26/77", author="Alice", quote="main barrier", themes=["Cost"])
    b.add_annotation("C26/77", author="Bob", quote="Open access", themes=["cost"])
    exchange_service.export_bundle(a, tmp_path / "a.cwgibundle")
    exchange_service.export_bundle(b, tmp_path / "b.cwgibundle")
    note = b.annotations()[0]
    b.update_annotation(note.id, note="later")
    exchange_service.export_bundle(b, tmp_path / "b2.cwgibundle")
    copies = [Store(a.backup(tmp_path / f"copy{i}.sqlite3")) for i in range(2)]
    for name in ("a", "b", "b2", "b"):
        exchange_service.import_bundle(copies[0], tmp_path / f"{name}.cwgibundle")
    for name in ("b2", "b", "a"):
        exchange_service.import_bundle(copies[1], tmp_path / f"{name}.cwgibundle")
    assert dump(copies[0]) == dump(copies[1])
    for copy in copies:
        copy.close()


# -- the pure rules -----------------------------------------------------------------------


def row(note: str, updated: str) -> dict:
    return {"id": "n1", "note": note, "updated": updated}


def test_merge_version_picks_the_same_winner_whichever_arrives_first() -> None:
    x = Version(row("x", "2026-01-01T00:00:00.000000+00:00"))
    y = Version(row("y", "2026-01-01T00:00:00.000000+00:00"))  # same instant: digest decides

    def final(mine: Version, theirs: Version) -> str:
        return (merge_version("annotation", mine, theirs).stored or mine).payload["note"]

    assert final(x, y) == final(y, x)


def test_an_edit_that_loses_to_an_ancestor_by_clock_is_a_conflict_not_a_silent_loss() -> None:
    older = Version(row("old", "2026-03-01T00:00:00.000000+00:00"))
    child = Version(row("new", "2026-02-01T00:00:00.000000+00:00"), history=[older.digest])
    outcome = merge_version("annotation", older, child)
    assert outcome.status == "conflict"
    assert outcome.stored.payload["note"] == "old"  # the later stamp stays in place
    assert outcome.conflict[1].payload["note"] == "new"


def test_derive_places_unlisted_blocks_after_the_block_recorded_before_them() -> None:
    blocks = [{"id": i, "position": p, "created": "t", "draft_id": "d"}
              for i, p in (("a", 0), ("b", 1), ("c", 2), ("x", 1))]
    assert block_sequence(["a", "b", "c"], blocks) == ["a", "x", "b", "c"]
    assert block_sequence(["c", "zz", "a"], blocks) == ["c", "a", "x", "b"]


def test_derive_cuts_theme_parent_cycles() -> None:
    def theme(tid: str, parent: str) -> dict:
        return {"id": tid, "name": tid, "parent_id": parent, "deleted": False,
                "created": "t", "updated": "t"}
    tables, _ = derive({"theme": {"a": theme("a", "b"), "b": theme("b", "a")}})
    assert tables["theme"]["a"]["parent_id"] == "b"
    assert tables["theme"]["b"]["parent_id"] is None


def test_every_travelling_field_is_validated() -> None:
    from cwgi_desktop.core.exchange.rows import FIELDS, KINDS, SPECS

    assert all(set(SPECS[kind]) == set(FIELDS[kind]) for kind in KINDS)
