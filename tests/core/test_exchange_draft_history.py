"""A draft travels with its history (issue 18): its saved versions (revisions), the review
notes on it, and its language versions, in real bundle files between real stores; forged
or dangling rows are refused in one line with the store unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_fixtures import dump, members_of, seed, write_zip
from old_store import make_store

from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.exchange.bundle import BundleRejected, read_bundle
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.records import ReviewNote


@pytest.fixture
def a(tmp_path: Path) -> Store:
    store = Store(tmp_path / "amina.sqlite3")
    seed(store)
    yield store
    store.close()


@pytest.fixture
def b(tmp_path: Path) -> Store:
    store = Store(tmp_path / "boris.sqlite3")
    seed(store)
    yield store
    store.close()


def send(source: Store, target: Store, path: Path, flt: BundleFilter | None = None
         ) -> exchange_service.MergeResult:
    exchange_service.export_bundle(source, path, flt)
    return exchange_service.import_bundle(target, path, backup_dir=path.parent / "backups")


def add_note(store: Store, draft_id: str, text: str = "Please cite the source.",
             block_id: str | None = None, note_id: str = "note-1") -> ReviewNote:
    note = ReviewNote(id=note_id, draft_id=draft_id, block_id=block_id, author="Reviewer",
                      initials="RV", date="2026-02-03T10:15:00Z", text=text,
                      source="KF-reviewed.docx", imported=utc_now())
    with store.transaction() as conn:
        values = note.to_dict()
        values["updated"] = values["imported"]
        store.review.insert_row(conn, "review_notes", values)
    return note


def state(store: Store) -> dict[str, Any]:
    out: dict[str, Any] = dump(store)
    for table in ("sync_state", "conflicts"):
        out[table] = sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall())
    return out


def refused(store: Store, path: Path, reason: str) -> None:
    before = state(store)
    with pytest.raises(BundleRejected) as info:
        exchange_service.import_bundle(store, path, backup_dir=path.parent / "backups")
    assert "\n" not in str(info.value) and str(info.value).startswith(f"{path}: ")
    assert reason in info.value.reason
    assert state(store) == before


def rewrite(path: Path, member: str, change: Any) -> None:
    """Change one member's JSON and fix the manifest's checksum (a forger's bundle)."""
    import hashlib

    members = members_of(path)
    value = change(json.loads(members[member]))
    data = json.dumps(value).encode()
    members[member] = data
    manifest = json.loads(members["manifest.json"])
    manifest["members"][member] = {"sha256": hashlib.sha256(data).hexdigest(),
                                   "size": len(data)}
    members["manifest.json"] = json.dumps(manifest).encode()
    write_zip(path, members)


# -- revisions -----------------------------------------------------------------------


def test_a_drafts_versions_travel_and_compare_on_the_receiving_laptop(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    block = a.blocks.all(draft.id)[-1]
    first = revision_service.take_revision(a, draft.id, "sent to the Group, 12 May",
                                           author="Amina")
    a.blocks.update_text(block.id, "Access is costly.")
    second = revision_service.take_revision(a, draft.id, "after comments", author="Amina")
    result = send(a, b, tmp_path / "one.cwgibundle")
    assert result.conflicts == 0
    got = b.revisions.all(draft.id)
    assert [(r.id, r.name, r.created, r.automatic, r.author) for r in got] == [
        (r.id, r.name, r.created, r.automatic, r.author) for r in a.revisions.all(draft.id)]
    assert {r.author for r in got} == {"Amina"}
    assert [r.snapshot for r in got] == [r.snapshot for r in a.revisions.all(draft.id)]
    assert [r.id for r in got] == [second.id, first.id]
    diffs = revision_service.compare(b, first.id, second.id, include_unchanged=False)
    assert [(d.block_id, d.new_text) for d in diffs] == [(block.id, "Access is costly.")]
    # Idempotent: the same bundle again adds nothing and changes nothing.
    before = dump(b)
    again = exchange_service.import_bundle(b, tmp_path / "one.cwgibundle",
                                           backup_dir=tmp_path / "backups")
    assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
    assert dump(b) == before
    # ... and back: Amina's store is unchanged by Boris's copy of her versions.
    before = dump(a)
    send(b, a, tmp_path / "back.cwgibundle")
    assert dump(a) == before


def test_since_sends_only_versions_taken_since(a: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    old = revision_service.take_revision(a, draft.id, "old")
    mark = utc_now()
    new = revision_service.take_revision(a, draft.id, "new")
    path = tmp_path / "since.cwgibundle"
    exchange_service.export_bundle(a, path, BundleFilter(since=mark))
    carried = [row["id"] for row, _ in read_bundle(path).rows["revision"]]
    assert carried == [new.id] and old.id not in carried
    exchange_service.export_bundle(a, path, BundleFilter(drafts=False))
    assert read_bundle(path).rows["revision"] == []
    exchange_service.export_bundle(a, path, BundleFilter(consultation="CWG-Internet 22"))
    assert read_bundle(path).rows["revision"] == []


def test_a_forged_version_claiming_an_existing_id_is_refused(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    revision_service.take_revision(a, draft.id, "sent to the Group")
    path = tmp_path / "forged.cwgibundle"
    send(a, b, path)

    def alter(revisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        revisions[0]["row"]["snapshot"]["blocks"][-1]["text"] = "Something never written."
        return revisions

    rewrite(path, "revisions.json", alter)
    refused(b, path, "claims the id of a saved version here but says something else")


def test_a_version_of_a_draft_nobody_has_is_refused(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    revision_service.take_revision(a, draft.id, "v1")
    path = tmp_path / "dangling.cwgibundle"
    exchange_service.export_bundle(a, path)
    rewrite(path, "drafts.json", lambda d: {**d, "drafts": [], "blocks": []})
    refused(b, path, f"revision {a.revisions.all(draft.id)[0].id}: its draft {draft.id} "
                     "is neither in this store nor in the bundle")


def test_bundles_merged_together_may_bring_a_draft_after_its_version(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    first = tmp_path / "draft.cwgibundle"
    exchange_service.export_bundle(a, first)
    mark = utc_now()
    revision_service.take_revision(a, draft.id, "v1")
    second = tmp_path / "version.cwgibundle"
    exchange_service.export_bundle(a, second, BundleFilter(since=mark))
    assert read_bundle(second).rows["draft"] == []
    exchange_service.merge_bundles(b, [(second, read_bundle(second)),
                                       (first, read_bundle(first))],
                                   backup_dir=tmp_path / "backups")
    assert [r.name for r in b.revisions.all(draft.id)] == ["v1"]


@pytest.mark.parametrize("change, reason", [
    (lambda r: {**r, "name": ""}, "name: empty"),
    (lambda r: {**r, "created": "9999-01-01T00:00:00"}, "created: "),
    (lambda r: {**r, "snapshot": {**r["snapshot"], "blocks": [{"id": "x", "kind": "p",
                                                               "level": 1, "text": ""}]}},
     "snapshot: blocks: block 1: kind: not one of"),
    (lambda r: {**r, "snapshot": {**r["snapshot"], "hash": "abc"}}, "hash: not a SHA-256"),
    (lambda r: {**r, "snapshot": "everything"}, "snapshot: not a draft snapshot"),
    (lambda r: {**r, "author": 5}, "author: not text"),
    (lambda r: {**r, "taker": "x"}, "unexpected taker"),
])
def test_malformed_versions_are_refused(a: Store, b: Store, tmp_path: Path, change: Any,
                                        reason: str) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    revision_service.take_revision(a, draft.id, "v1")
    path = tmp_path / "bad.cwgibundle"
    exchange_service.export_bundle(a, path)
    rewrite(path, "revisions.json",
            lambda rows: [{**rows[0], "row": change(rows[0]["row"])}])
    refused(b, path, reason)


# -- review notes --------------------------------------------------------------------


def test_review_notes_travel_with_their_draft_and_their_status_comes_back(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    block = a.blocks.all(draft.id)[-1]
    add_note(a, draft.id, block_id=block.id)
    add_note(a, draft.id, "The cover page lacks a date.", note_id="note-2")
    send(a, b, tmp_path / "one.cwgibundle")
    assert [(n.id, n.block_id, n.text, n.status) for n in b.review.notes(draft.id)] == [
        (n.id, n.block_id, n.text, n.status) for n in a.review.notes(draft.id)]
    b.review.set_note_status("note-1", "done")
    result = send(b, a, tmp_path / "back.cwgibundle")
    assert (result.updated, result.conflicts) == (1, 0)
    assert {n.id: n.status for n in a.review.notes(draft.id)} == {"note-1": "done",
                                                                  "note-2": "open"}
    before = dump(a)
    again = exchange_service.import_bundle(a, tmp_path / "back.cwgibundle",
                                           backup_dir=tmp_path / "backups")
    assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
    assert dump(a) == before


def test_the_same_review_imported_on_two_laptops_is_no_conflict(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    send(a, b, tmp_path / "draft.cwgibundle")
    add_note(a, draft.id)
    add_note(b, draft.id)  # same Word file: same note id, imported at another moment
    assert send(a, b, tmp_path / "one.cwgibundle").conflicts == 0
    send(b, a, tmp_path / "two.cwgibundle")
    assert dump(a)["review_notes"] == dump(b)["review_notes"]


def test_status_set_on_both_laptops_differently_is_kept_as_a_conflict(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    add_note(a, draft.id)
    send(a, b, tmp_path / "one.cwgibundle")
    send(b, a, tmp_path / "ack.cwgibundle")
    a.review.set_note_status("note-1", "done")
    with b.transaction() as conn:  # Boris edits the same note another way
        conn.execute("UPDATE review_notes SET text = 'Cite C26/77.', updated = ?",
                     (utc_now(),))
    result = send(a, b, tmp_path / "two.cwgibundle")
    assert result.conflicts == 1
    assert [c.kind for c in b.exchange.conflicts()] == ["review_note"]


def test_a_review_note_moved_to_another_draft_is_held_back(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    other = draft_service.create_draft(a, "key_findings", "Another")
    add_note(a, draft.id)
    path = tmp_path / "one.cwgibundle"
    send(a, b, path)
    send(b, a, tmp_path / "ack.cwgibundle")
    with a.transaction() as conn:
        conn.execute("UPDATE review_notes SET draft_id = ?, updated = ?", (other.id, utc_now()))
    result = send(a, b, tmp_path / "two.cwgibundle")
    assert result.held_back == 1
    assert [n.id for n in b.review.notes(draft.id)] == ["note-1"]
    assert b.review.notes(other.id) == []


def test_a_review_note_on_a_draft_nobody_has_is_refused(
        a: Store, b: Store, tmp_path: Path) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    add_note(a, draft.id)
    path = tmp_path / "dangling.cwgibundle"
    exchange_service.export_bundle(a, path)
    rewrite(path, "drafts.json", lambda d: {**d, "drafts": [], "blocks": []})
    refused(b, path, f"review note note-1: its draft {draft.id} is neither in this store "
                     "nor in the bundle")


@pytest.mark.parametrize("change, reason", [
    (lambda r: {**r, "status": "maybe"}, "status: not one of open, done"),
    (lambda r: {**r, "text": 5}, "text: not text"),
    (lambda r: {**r, "imported": "yesterday"}, "imported: not a timestamp"),
    (lambda r: {k: v for k, v in r.items() if k != "updated"}, "missing updated"),
])
def test_malformed_review_notes_are_refused(a: Store, b: Store, tmp_path: Path,
                                            change: Any, reason: str) -> None:
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    add_note(a, draft.id)
    path = tmp_path / "bad.cwgibundle"
    exchange_service.export_bundle(a, path)
    rewrite(path, "drafts.json", lambda d: {**d, "review_notes": [
        {**d["review_notes"][0], "row": change(d["review_notes"][0]["row"])}]})
    refused(b, path, reason)


def test_a_withheld_draft_keeps_its_notes_and_versions_here(a: Store, tmp_path: Path) -> None:
    a.annotations.add("C26/77", author="Carol", quote="main barrier",
                      note="Carol's private reading of the text")
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    a.blocks.insert(draft.id, "finding", "Carol's private reading of the text")
    add_note(a, draft.id)
    revision_service.take_revision(a, draft.id, "v1")
    path = tmp_path / "alice.cwgibundle"
    summary = exchange_service.export_bundle(a, path, BundleFilter(author="Alice"))
    assert [d["draft_id"] for d in summary.others_notes] == [draft.id]
    contents = read_bundle(path)
    assert contents.rows["draft"] == [] and contents.rows["review_note"] == []
    assert contents.rows["revision"] == []


# -- language versions ---------------------------------------------------------------


def test_a_language_version_travels_with_its_stale_blocks(
        a: Store, b: Store, tmp_path: Path) -> None:
    original = draft_service.create_draft(a, "key_findings", "Key findings")
    version = a.language_versions.create(original.id, "fr")
    source = a.blocks.all(original.id)[-1]
    a.blocks.update_text(source.id, "Access is costly.")
    stale = a.language_versions.stale_block_ids(version.id)
    assert stale
    send(a, b, tmp_path / "one.cwgibundle")
    assert b.language_versions.original_of(version.id).id == original.id
    assert [v.id for v in b.language_versions.all(original.id)] == [version.id]
    assert b.language_versions.stale_block_ids(version.id) == stale
    # Boris translates and marks the block current: Amina sees it current.
    (translated,) = stale
    b.language_versions.mark_current(translated)
    send(b, a, tmp_path / "back.cwgibundle")
    assert a.language_versions.stale_block_ids(version.id) == set()
    before = dump(a)
    exchange_service.import_bundle(a, tmp_path / "back.cwgibundle",
                                   backup_dir=tmp_path / "backups")
    assert dump(a) == before


def test_two_laptops_making_the_same_language_version_end_with_one(
        a: Store, b: Store, tmp_path: Path) -> None:
    original = draft_service.create_draft(a, "key_findings", "Key findings")
    send(a, b, tmp_path / "draft.cwgibundle")
    first = a.language_versions.create(original.id, "fr")
    second = b.language_versions.create(original.id, "fr")
    send(a, b, tmp_path / "one.cwgibundle")
    send(b, a, tmp_path / "two.cwgibundle")
    assert dump(a) == dump(b)
    assert [v.id for v in a.language_versions.all(original.id)] == [first.id]
    assert a.language_versions.original_of(second.id) is None  # a draft of its own


def test_a_language_version_of_a_draft_nobody_has_is_refused(
        a: Store, b: Store, tmp_path: Path) -> None:
    original = draft_service.create_draft(a, "key_findings", "Key findings")
    version = a.language_versions.create(original.id, "fr")
    path = tmp_path / "dangling.cwgibundle"
    exchange_service.export_bundle(a, path)
    rewrite(path, "drafts.json", lambda d: {**d, "drafts": [
        e for e in d["drafts"] if e["row"]["id"] != original.id]})
    refused(b, path, f"language version {version.id}: its draft {original.id} is neither")


@pytest.mark.parametrize("change, reason", [
    (lambda r: {**r, "language": "de"}, "language: not one of"),
    (lambda r: {**r, "original_id": r["id"]}, "original_id: the draft itself"),
    (lambda r: {**r, "original_id": "../x"}, "original_id: not an identifier"),
])
def test_malformed_language_versions_are_refused(a: Store, b: Store, tmp_path: Path,
                                                 change: Any, reason: str) -> None:
    original = draft_service.create_draft(a, "key_findings", "Key findings")
    a.language_versions.create(original.id, "fr")
    path = tmp_path / "bad.cwgibundle"
    exchange_service.export_bundle(a, path)
    rewrite(path, "drafts.json", lambda d: {**d, "language_versions": [
        {**d["language_versions"][0], "row": change(d["language_versions"][0]["row"])}]})
    refused(b, path, reason)


# -- bundle versions and old stores --------------------------------------------------


def test_a_version_1_bundle_still_reads(a: Store, b: Store, tmp_path: Path) -> None:
    a.annotations.add("C26/77", author="Amina", quote="main barrier", note="Cost")
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    path = tmp_path / "old.cwgibundle"
    exchange_service.export_bundle(a, path)
    import hashlib

    members = members_of(path)  # as the previous release wrote it
    del members["revisions.json"]
    drafts = json.loads(members["drafts.json"])
    members["drafts.json"] = json.dumps({"drafts": drafts["drafts"],
                                         "blocks": drafts["blocks"]}).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = 1
    manifest["members"] = {name: {"sha256": hashlib.sha256(data).hexdigest(),
                                  "size": len(data)}
                           for name, data in members.items() if name != "manifest.json"}
    members["manifest.json"] = json.dumps(manifest).encode()
    write_zip(path, members)
    result = exchange_service.import_bundle(b, path, backup_dir=tmp_path / "backups")
    assert result.added > 0 and result.conflicts == 0
    assert b.drafts.get(draft.id).title == "Key findings"
    assert [n.note for n in b.annotations.all()] == ["Cost"]
    # A version-1 bundle holds no revisions member.
    members["revisions.json"] = b"[]"
    manifest["members"]["revisions.json"] = {"sha256": hashlib.sha256(b"[]").hexdigest(),
                                             "size": 2}
    members["manifest.json"] = json.dumps(manifest).encode()
    write_zip(path, members)
    refused(b, path, "unexpected member 'revisions.json'")


def test_a_store_of_schema_6_keeps_its_review_notes_and_language_versions(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = make_store(path, 6)
    stamp = "2026-05-01T10:00:00.000000+00:00"
    conn.execute("BEGIN")
    for did in ("orig", "vers"):
        conn.execute("INSERT INTO drafts (id, kind, title, created, updated)"
                     " VALUES (?, 'key_findings', 'KF', ?, ?)", (did, stamp, stamp))
    conn.execute("INSERT INTO blocks (id, draft_id, kind, text, position, created, updated)"
                 " VALUES ('ob', 'orig', 'paragraph', 'Text', 0, ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO blocks (id, draft_id, kind, text, position, created, updated)"
                 " VALUES ('vb', 'vers', 'paragraph', 'Texte', 0, ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO language_versions (draft_id, original_id, language, created)"
                 " VALUES ('vers', 'orig', 'fr', ?)", (stamp,))
    conn.execute("INSERT INTO version_blocks (block_id, source_block_id, source_updated)"
                 " VALUES ('vb', 'ob', ?)", (stamp,))
    conn.execute("INSERT INTO review_notes (id, draft_id, text, imported)"
                 " VALUES ('n1', 'orig', 'Cite it.', ?)", (stamp,))
    conn.execute("INSERT INTO revisions (id, draft_id, name, created, snapshot)"
                 " VALUES ('r1', 'orig', 'v1', ?, '{}')", (stamp,))
    conn.execute("COMMIT")
    conn.close()
    store = Store(path)
    try:
        assert store.language_versions.original_of("vers").id == "orig"
        assert store.language_versions.stale_block_ids("vers") == set()
        assert [(n.id, n.updated) for n in store.review.notes("orig")] == [("n1", stamp)]
        assert [(r.id, r.author) for r in store.revisions.all("orig")] == [("r1", "")]
        other = Store(tmp_path / "new.sqlite3")
        exchange_service.export_bundle(store, tmp_path / "old.cwgibundle")
        exchange_service.import_bundle(other, tmp_path / "old.cwgibundle",
                                       backup_dir=tmp_path / "backups")
        assert other.language_versions.original_of("vers").id == "orig"
        assert [n.id for n in other.review.notes("orig")] == ["n1"]
        assert [r.name for r in other.revisions.all("orig")] == ["v1"]
        other.close()
    finally:
        store.close()
