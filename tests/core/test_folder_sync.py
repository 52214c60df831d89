"""Sync through a shared folder: each laptop writes only its own numbered files, reads the
others' in order, skips what is still arriving, catches up from snapshots, and every store
ends equal (a hypothesis test over random edits, orders, delays and partial files)."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from exchange_fixtures import dump, seed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwgi_desktop.core.services import folder_sync
from cwgi_desktop.core.store import AnnotationFilter, Store


def laptop(tmp_path: Path, name: str) -> Store:
    store = Store(tmp_path / f"{name}.sqlite3")
    seed(store)
    return store


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Store, Store, Path]:
    shared = tmp_path / "OneDrive - ITU" / "CWG"
    shared.mkdir(parents=True)
    return laptop(tmp_path, "amina"), laptop(tmp_path, "boris"), shared


def notes(store: Store) -> list[tuple[str, str]]:
    return sorted((a.author, a.note) for a in store.annotations.all())


def test_an_annotation_travels_both_ways(pair: tuple[Store, Store, Path]) -> None:
    a, b, shared = pair
    annotation = a.annotations.add("C26/77", author="Amina", quote="main barrier", note="Cost")
    first = folder_sync.sync(a, shared, author="Amina")
    assert first.published and Path(first.published).parent == shared / a.store_id
    assert folder_sync.sync(b, shared, author="Boris").applied == [first.published]
    assert notes(b) == [("Amina", "Cost")]
    b.annotations.update(annotation.id, note="Cost, and skills")
    folder_sync.sync(b, shared, author="Boris")
    folder_sync.sync(a, shared, author="Amina")
    assert notes(a) == [("Amina", "Cost, and skills")]
    # Nothing new: no file is written, nothing is merged.
    quiet = folder_sync.sync(a, shared, author="Amina")
    assert quiet.published is None and quiet.applied == []
    # Each laptop wrote only in its own subfolder.
    assert sorted(p.name for p in shared.iterdir()) == sorted([a.store_id, b.store_id])


def test_a_file_still_arriving_is_skipped_then_applied(pair: tuple[Store, Store, Path]) -> None:
    a, b, shared = pair
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    path = Path(folder_sync.publish(a, shared, "Amina") or "")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the sync service is half way through
    before = dump(b)
    round_ = folder_sync.pull(b, shared)
    assert round_.applied == [] and str(path) in round_.waiting
    assert dump(b) == before
    assert folder_sync.applied_counts(b) == {}
    path.write_bytes(whole)
    assert folder_sync.pull(b, shared).applied == [str(path)]
    assert len(b.annotations.all()) == 1


def test_files_are_merged_in_order_and_never_past_a_gap(
        pair: tuple[Store, Store, Path]) -> None:
    a, b, shared = pair
    one = a.annotations.add("C26/77", author="Amina", quote="main barrier")
    first = Path(folder_sync.publish(a, shared, "Amina") or "")
    a.annotations.delete(one.id)
    second = Path(folder_sync.publish(a, shared, "Amina") or "")
    held = first.with_name("held-back")
    first.rename(held)  # the first file has not arrived; the second has
    assert folder_sync.pull(b, shared).applied == []
    assert b.annotations.all() == []
    held.rename(first)
    assert folder_sync.pull(b, shared).applied == [str(first), str(second)]
    assert [x.deleted for x in b.annotations.all(AnnotationFilter(include_deleted=True))] == [True]


def test_a_laptop_back_after_months_catches_up_from_a_snapshot(
        pair: tuple[Store, Store, Path], tmp_path: Path) -> None:
    a, b, shared = pair
    for quote in ("main barrier", "wholesale prices", "Open access"):
        a.annotations.add("C26/77", author="Amina", quote=quote)
        folder_sync.publish(a, shared, "Amina")
    folder_sync.pull(b, shared)  # Boris has the first three
    a.annotations.add("C26/52", author="Amina", quote="Spam")
    folder_sync.publish(a, shared, "Amina")
    snapshot = Path(folder_sync.compact(a, shared))
    assert sorted(p.name for p in (shared / a.store_id).iterdir()
                  if p.suffix == ".cwgibundle") == [snapshot.name]
    away = laptop(tmp_path, "away")  # never synced
    assert folder_sync.pull(away, shared).applied == [str(snapshot)]
    assert len(away.annotations.all()) == 4
    assert folder_sync.pull(b, shared).applied == [str(snapshot)]
    assert dump(b) == dump(a) == dump(away)


def _texts(path: Path) -> set[str]:
    from cwgi_desktop.core.exchange.bundle import read_bundle

    return set(read_bundle(path).texts)


def test_a_text_is_written_once_per_laptop_and_a_laptop_catching_up_still_gets_it(
        pair: tuple[Store, Store, Path], tmp_path: Path) -> None:
    a, b, shared = pair
    cid = a.annotations.add("C26/77", author="Amina", quote="main barrier",
                            note="Cost").contribution_id
    first = Path(folder_sync.publish(a, shared, "Amina") or "")
    a.annotations.add("C26/77", author="Amina", quote="wholesale prices", note="Prices")
    second = Path(folder_sync.publish(a, shared, "Amina") or "")
    other = a.annotations.add("C26/52", author="Amina", quote="Spam").contribution_id
    third = Path(folder_sync.publish(a, shared, "Amina") or "")
    assert _texts(first) == {cid}
    assert _texts(second) == set()  # the same contribution: its text is not sent again
    assert _texts(third) == {other}
    # Boris shares the same texts: he sends his own copy once too (his files are his).
    b.annotations.add("C26/77", author="Boris", quote="Open access")
    assert _texts(Path(folder_sync.publish(b, shared, "Boris") or "")) == {cid}
    # A laptop that never had the contributions catches up with both, texts and all.
    carla = Store(tmp_path / "carla.sqlite3")
    folder_sync.pull(carla, shared)
    assert carla.contributions.paragraphs(cid)
    assert sorted(x.note for x in carla.annotations.all()) == ["", "", "Cost", "Prices"]
    # A snapshot carries every text again, for a laptop that starts from it.
    snapshot = Path(folder_sync.compact(a, shared))
    assert _texts(snapshot) == {cid, other}


def test_a_new_shared_folder_gets_the_texts_again(pair: tuple[Store, Store, Path],
                                                  tmp_path: Path) -> None:
    a, _, shared = pair
    cid = a.annotations.add("C26/77", author="Amina", quote="main barrier").contribution_id
    assert _texts(Path(folder_sync.publish(a, shared, "Amina") or "")) == {cid}
    elsewhere = tmp_path / "Nextcloud"
    elsewhere.mkdir()
    a.annotations.add("C26/77", author="Amina", quote="wholesale prices")
    moved = Path(folder_sync.publish(a, elsewhere, "Amina") or "")
    assert _texts(moved) == {cid}  # not in that folder yet, though sent to the other one


def test_catching_up_reads_one_batch_of_files_at_a_time_and_the_ledger_once_per_batch(
        pair: tuple[Store, Store, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from cwgi_desktop.core.exchange import bundle

    a, b, shared = pair
    for n in range(5):
        a.annotations.add("C26/77", author="Amina", quote="main barrier", note=f"n{n}")
        folder_sync.publish(a, shared, "Amina")
    reads: list[str] = []
    merges: list[tuple[int, int]] = []  # (files read so far, files in the batch)
    origins: list[int] = []
    read, merge = bundle.read_bundle, folder_sync.merge_bundles
    monkeypatch.setattr(bundle, "read_bundle", lambda path: reads.append(path) or read(path))
    monkeypatch.setattr(folder_sync, "merge_bundles", lambda store, files, **kw: (
        merges.append((len(reads), len(files))) or merge(store, files, **kw)))
    sync_origins = b.exchange.sync_origins
    monkeypatch.setattr(b.exchange, "sync_origins",
                        lambda: origins.append(1) or sync_origins())
    monkeypatch.setattr(folder_sync, "BATCH", 2)
    assert len(folder_sync.pull(b, shared).applied) == 5
    assert merges == [(2, 2), (4, 2), (5, 1)]  # never all files in memory at once
    assert len(origins) == 3  # once per batch, not once per file
    assert dump(a) == dump(b)


def test_batches_capture_local_edits_once_unless_another_process_writes_between(
        pair: tuple[Store, Store, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from cwgi_desktop.core.services import exchange

    a, b, shared = pair
    for n in range(3):
        a.annotations.add("C26/77", author="Amina", quote="main barrier", note=f"n{n}")
        folder_sync.publish(a, shared, "Amina")
    mine = b.annotations.add("C26/52", author="Boris", quote="Spam", note="mine")
    captures: list[int] = []
    capture = exchange._capture
    monkeypatch.setattr(exchange, "_capture",
                        lambda store, conn: captures.append(1) or capture(store, conn))
    monkeypatch.setattr(folder_sync, "BATCH", 1)
    assert len(folder_sync.pull(b, shared).applied) == 3
    assert len(captures) == 1  # three batches, one capture: nothing else wrote
    # Three more files.
    for n in range(3, 6):
        a.annotations.add("C26/77", author="Amina", quote="main barrier", note=f"n{n}")
        folder_sync.publish(a, shared, "Amina")
    # The window (another connection) edits between two batches: files are read lazily,
    # so reading the second file happens after the first batch committed.
    from cwgi_desktop.core.exchange import bundle

    window = Store(b.path)
    read = bundle.read_bundle
    reads: list[str] = []

    def read_then_edit(path: Path) -> object:
        reads.append(str(path))
        if len(reads) == 2:
            window.annotations.update(mine.id, note="mine, edited in the window")
        return read(path)

    monkeypatch.setattr(bundle, "read_bundle", read_then_edit)
    captures.clear()
    assert len(folder_sync.pull(b, shared).applied) == 3
    assert len(captures) == 2  # the edit was seen: captured before the second batch
    window.close()
    assert b.annotations.get(mine.id).note == "mine, edited in the window"
    folder_sync.publish(b, shared, "Boris")
    folder_sync.pull(a, shared)
    assert a.annotations.get(mine.id).note == "mine, edited in the window"


def test_a_batch_rolled_back_is_merged_again_from_the_ledger_not_from_memory(
        pair: tuple[Store, Store, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cwgi_desktop.core.exchange.bundle import BundleRejected
    from cwgi_desktop.core.services import exchange

    a, b, shared = pair
    c = laptop(tmp_path, "chen")
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    folder_sync.publish(a, shared, "Amina")
    c.annotations.add("C26/52", author="Chen", quote="Spam")
    folder_sync.publish(c, shared, "Chen")
    materialize, calls = exchange._materialize, []

    def fails_once_in_the_second_batch(*args: object) -> None:
        calls.append(1)
        if len(calls) == 2:  # after the second batch's rows were merged in memory
            raise BundleRejected("x", "refused: a file the merge refuses")
        materialize(*args)

    monkeypatch.setattr(exchange, "_materialize", fails_once_in_the_second_batch)
    monkeypatch.setattr(folder_sync, "BATCH", 1)
    round_ = folder_sync.pull(b, shared)
    assert len(round_.applied) == 2 and round_.added == 2  # retried: added, not "unchanged"
    assert len(b.annotations.all()) == 2
    assert {(k, local) for (k, _), (local, _) in b.exchange.sync_origins().items()
            if k == "annotation"} == {("annotation", False)}  # received, not made here
    c.close()


def test_the_applied_count_moves_with_the_merge_or_not_at_all(
        pair: tuple[Store, Store, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, shared = pair
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    folder_sync.publish(a, shared, "Amina")
    real = folder_sync._set_meta

    def crash_on_applied(store: Store, key: str, value: object) -> None:
        if key == "applied":
            raise OSError("power cut")
        real(store, key, value)

    monkeypatch.setattr(folder_sync, "_set_meta", crash_on_applied)
    with pytest.raises(OSError):
        folder_sync.pull(b, shared)
    monkeypatch.setattr(folder_sync, "_set_meta", real)
    assert b.annotations.all() == [] and folder_sync.applied_counts(b) == {}
    assert len(folder_sync.pull(b, shared).applied) == 1
    assert len(b.annotations.all()) == 1


def test_a_round_that_merges_takes_a_safety_backup_first(
        pair: tuple[Store, Store, Path], tmp_path: Path) -> None:
    a, b, shared = pair
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    folder_sync.publish(a, shared, "Amina")
    backups = tmp_path / "backups"
    round_ = folder_sync.pull(b, shared, backup_dir=backups)
    assert round_.backup and Path(round_.backup).exists() and "-sync" in round_.backup
    assert folder_sync.pull(b, shared, backup_dir=backups).backup is None  # nothing to merge


def test_a_crash_after_writing_a_file_never_reuses_its_number(
        pair: tuple[Store, Store, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    a, _, shared = pair
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    real = folder_sync._set_meta

    def crash_after_rename(store: Store, key: str, value: object) -> None:
        if key == "published":
            raise OSError("power cut")
        real(store, key, value)

    monkeypatch.setattr(folder_sync, "_set_meta", crash_after_rename)
    with pytest.raises(OSError):
        folder_sync.publish(a, shared, "Amina")
    monkeypatch.setattr(folder_sync, "_set_meta", real)
    again = folder_sync.publish(a, shared, "Amina")
    assert again is not None and Path(again).name.startswith("00000002")


def test_status_names_each_colleague(pair: tuple[Store, Store, Path]) -> None:
    a, b, shared = pair
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    folder_sync.sync(a, shared, author="Amina")
    (peer,) = folder_sync.status(b, shared)
    assert (peer.author, peer.applied, peer.available, peer.in_sync) == ("Amina", 0, 1, False)
    folder_sync.sync(b, shared, author="Boris")
    (peer,) = folder_sync.status(b, shared)
    assert peer.in_sync and peer.last_change
    line = folder_sync.summary_line(folder_sync.status(b, shared),
                                    folder_sync.last_round(b)[1])
    assert line == "in sync with 1 colleague, last change just now"


def test_a_missing_shared_folder_is_one_line(pair: tuple[Store, Store, Path],
                                             tmp_path: Path) -> None:
    a, _, _ = pair
    with pytest.raises(Exception, match="not there") as caught:
        folder_sync.sync(a, tmp_path / "unplugged")
    assert "\n" not in str(caught.value)


def test_a_version_and_a_review_note_made_on_one_laptop_reach_the_other(
        pair: tuple[Store, Store, Path]) -> None:
    from cwgi_desktop.core.exchange.bundle import read_bundle
    from cwgi_desktop.core.services import drafts as draft_service
    from cwgi_desktop.core.services import revisions as revision_service

    a, b, shared = pair
    draft = draft_service.create_draft(a, "key_findings", "Key findings")
    folder_sync.sync(a, shared, author="Amina")
    folder_sync.sync(b, shared, author="Boris")
    version = revision_service.take_revision(a, draft.id, "sent to the Group")
    alone = folder_sync.sync(a, shared, author="Amina")  # a version alone is a change
    assert alone.published is not None
    add_review_note(a, draft.id)
    published = folder_sync.sync(a, shared, author="Amina").published
    assert published is not None
    folder_sync.sync(b, shared, author="Boris")
    assert [(r.id, r.name) for r in b.revisions.all(draft.id)] == [(version.id, version.name)]
    assert [(n.id, n.text) for n in b.review.notes(draft.id)] == [("n1", "Cite the source.")]
    # Incremental: the next file carries what changed, not every version again.
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    later = folder_sync.sync(a, shared, author="Amina").published
    contents = read_bundle(later or "")
    assert contents.rows["revision"] == [] and contents.rows["review_note"] == []
    assert len(contents.rows["annotation"]) == 1
    b.review.set_note_status("n1", "done")
    folder_sync.sync(b, shared, author="Boris")
    folder_sync.sync(a, shared, author="Amina")
    assert [n.status for n in a.review.notes(draft.id)] == ["done"]
    assert dump(a) == dump(b)


def test_a_version_of_a_draft_still_on_its_way_waits_for_it(
        pair: tuple[Store, Store, Path], tmp_path: Path) -> None:
    from cwgi_desktop.core.services import drafts as draft_service
    from cwgi_desktop.core.services import revisions as revision_service

    a, b, shared = pair
    c = laptop(tmp_path, "chen")
    draft = draft_service.create_draft(c, "key_findings", "Key findings")
    from_c = Path(folder_sync.publish(c, shared, "Chen") or "")
    a.annotations.add("C26/77", author="Amina", quote="main barrier")
    first = folder_sync.publish(a, shared, "Amina")
    folder_sync.pull(a, shared)  # Amina has Chen's draft, and versions it
    revision_service.take_revision(a, draft.id, "sent to the Group")
    from_a = Path(folder_sync.publish(a, shared, "Amina") or "")
    a.annotations.add("C26/77", author="Amina", quote="wholesale prices")
    after = folder_sync.publish(a, shared, "Amina")  # waits behind the file before it
    hidden = from_c.with_name("still-syncing")
    from_c.rename(hidden)  # Chen's file has not reached Boris's laptop yet
    round_ = folder_sync.pull(b, shared)
    assert round_.applied == [first] and list(round_.waiting) == [str(from_a)]
    assert f"its draft {draft.id} is neither in this store" in round_.waiting[str(from_a)]
    assert folder_sync.applied_counts(b) == {a.store_id: 1}
    assert b.revisions.all(draft.id) == [] and len(b.annotations.all()) == 1
    before = dump(b)
    assert folder_sync.pull(b, shared).applied == [] and dump(b) == before  # still waits
    hidden.rename(from_c)
    assert sorted(folder_sync.pull(b, shared).applied) == sorted([str(from_a), after,
                                                                  str(from_c)])
    assert [r.name for r in b.revisions.all(draft.id)] == ["sent to the Group"]
    assert len(b.annotations.all()) == 2
    c.close()


def test_the_files_behind_one_the_merge_refused_are_not_read_in_that_round(
        pair: tuple[Store, Store, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cwgi_desktop.core.exchange import bundle
    from cwgi_desktop.core.services import drafts as draft_service
    from cwgi_desktop.core.services import revisions as revision_service

    a, b, shared = pair
    c = laptop(tmp_path, "chen")
    draft = draft_service.create_draft(c, "key_findings", "Key findings")
    from_c = Path(folder_sync.publish(c, shared, "Chen") or "")
    a.annotations.add("C26/77", author="Amina", quote="wholesale prices")
    first = folder_sync.publish(a, shared, "Amina")
    folder_sync.pull(a, shared)  # Amina has Chen's draft, and versions it
    revision_service.take_revision(a, draft.id, "sent to the Group")
    refused = folder_sync.publish(a, shared, "Amina")
    behind = []
    for n in range(3):
        a.annotations.add("C26/77", author="Amina", quote="main barrier", note=f"n{n}")
        behind.append(folder_sync.publish(a, shared, "Amina"))
    from_c.rename(from_c.with_name("still-syncing"))  # Chen's file has not arrived yet
    reads: list[str] = []
    read = bundle.read_bundle
    monkeypatch.setattr(bundle, "read_bundle", lambda path: reads.append(str(path)) or read(path))
    monkeypatch.setattr(folder_sync, "BATCH", 1)
    round_ = folder_sync.pull(b, shared)
    assert list(round_.waiting) == [refused] and round_.applied == [first]
    assert reads == [first, refused]  # the colleague's later files wait, unread
    assert set(behind).isdisjoint(reads)
    c.close()


def add_review_note(store: Store, draft_id: str, note_id: str = "n1") -> None:
    from cwgi_desktop.core.models import utc_now

    now = utc_now()
    with store.transaction() as conn:
        store.review.insert_row(conn, "review_notes", {
            "id": note_id, "draft_id": draft_id, "block_id": None, "author": "Reviewer",
            "text": "Cite the source.", "source": "KF.docx", "imported": now, "updated": now})


# -- every store ends equal ------------------------------------------------------------

QUOTES = {"C26/77": ("main barrier", "wholesale prices", "Open access"),
          "C26/52": ("Accessibility", "Spam", "designed in")}
edits = st.lists(st.tuples(
    st.sampled_from(["annotate", "note", "delete", "theme", "publish", "pull", "deliver",
                     "deliver_partial", "draft", "revise", "review", "done", "translate"]),
    st.integers(0, 4), st.integers(0, 4), st.integers(0, 1_000)), min_size=5, max_size=30)


class Group:
    """Laptops, each with its own local copy of the shared folder, and a sync service
    that copies files between the copies late, out of order, sometimes half at a time."""

    def __init__(self, root: Path, size: int) -> None:
        self.stores = [laptop(root, f"l{i}") for i in range(size)]
        self.views = [root / f"view{i}" for i in range(size)]
        for view in self.views:
            view.mkdir()

    def deliver(self, source: int, target: int, partial: bool) -> None:
        own = self.views[source] / self.stores[source].store_id
        if not own.exists() or source == target:
            return
        there = self.views[target] / own.name
        there.mkdir(exist_ok=True)
        for path in sorted(own.iterdir()):
            data = path.read_bytes()
            (there / path.name).write_bytes(data[: len(data) // 2] if partial else data)
        for stale in there.iterdir():  # compaction removed files at the source
            if not (own / stale.name).exists():
                stale.unlink()

    def settle(self) -> None:
        for _ in range(2):
            for i, store in enumerate(self.stores):
                folder_sync.publish(store, self.views[i], f"l{i}")
            for s in range(len(self.stores)):
                for t in range(len(self.stores)):
                    self.deliver(s, t, partial=False)
            for i, store in enumerate(self.stores):
                folder_sync.pull(store, self.views[i])


def _act(group: Group, step: tuple[str, int, int, int]) -> None:
    action, who, other, salt = step
    n = len(group.stores)
    store, view = group.stores[who % n], group.views[who % n]
    live = store.annotations.all()
    if action == "annotate":
        symbol = "C26/77" if salt % 2 else "C26/52"
        store.annotations.add(symbol, author=f"l{who % n}", quote=QUOTES[symbol][salt % 3])
    elif action == "note" and live:
        store.annotations.update(live[salt % len(live)].id, note=f"note {salt}")
    elif action == "delete" and live:
        store.annotations.delete(live[salt % len(live)].id)
    elif action == "theme":
        store.themes.ensure(f"Theme {salt % 3}")
    elif action == "publish":
        folder_sync.publish(store, view, f"l{who % n}")
    elif action == "pull":
        folder_sync.pull(store, view)
    elif action in ("deliver", "deliver_partial"):
        group.deliver(who % n, other % n, partial=action == "deliver_partial")
    else:
        _act_on_drafts(store, action, salt)


def _act_on_drafts(store: Store, action: str, salt: int) -> None:
    """Drafts, their saved versions, review notes and language versions."""
    from cwgi_desktop.core.errors import InvalidInput
    from cwgi_desktop.core.services import drafts as draft_service
    from cwgi_desktop.core.services import revisions as revision_service

    drafts = sorted(store.drafts.all(), key=lambda d: d.id)
    if action == "draft":
        draft_service.create_draft(store, "key_findings", f"Draft {salt}")
        return
    if not drafts:
        return
    draft = drafts[salt % len(drafts)]
    if action == "revise":
        revision_service.take_revision(store, draft.id, f"version {salt}")
    elif action == "review":  # the same Word file gives the same note ids everywhere
        add_review_note(store, draft.id, f"{draft.id[:8]}-{salt % 3}")
    elif action == "done":
        notes = store.review.notes(draft.id)
        if notes:
            note = notes[salt % len(notes)]
            store.review.set_note_status(note.id, "done" if note.status == "open" else "open")
    elif action == "translate":
        with contextlib.suppress(InvalidInput):  # that language has a version already
            store.language_versions.create(draft.id, ("fr", "es")[salt % 2])


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(size=st.integers(3, 5), steps=edits)
def test_every_store_sharing_a_folder_ends_equal(
        tmp_path_factory: pytest.TempPathFactory, size: int,
        steps: list[tuple[str, int, int, int]]) -> None:
    root = tmp_path_factory.mktemp("group")
    group = Group(root, size)
    try:
        for step in steps:
            _act(group, step)
        group.settle()
        dumps = [dump(store) for store in group.stores]
        assert all(d == dumps[0] for d in dumps[1:])
    finally:
        for store in group.stores:
            store.close()
        shutil.rmtree(root, ignore_errors=True)


def test_age_is_given_as_figures_for_the_window_to_word() -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc)
    assert folder_sync.age((now - timedelta(days=2, hours=5)).isoformat(), now) == (2, "day")
    assert folder_sync.age((now - timedelta(seconds=30)).isoformat(), now) == (0, "")
    assert folder_sync.age("yesterday", now) is None
    assert folder_sync.ago((now - timedelta(hours=1)).isoformat(), now) == "1 hour ago"
