"""`cwgi import` parses in worker processes while it stores (issue 15): the store ends up
exactly as a serial import leaves it, bad files included, and a dead worker loses nothing."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from importer_fixtures import make_contribution_docx

import cwgi_desktop.core.services.import_pool as import_pool
import cwgi_desktop.core.services.importing as importing
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="workers are forked on Linux only")


def _corpus(folder: Path) -> Path:
    for i in range(1, 9):
        make_contribution_docx(folder / f"C26-{i}-E.docx", symbol_line=f"Document C26/{i}-E",
                               body=(f"Paragraphe {i} sur l'Internet et la société.",
                                     "互联网 治理 second paragraph, with a Chinese term."))
    shutil.copy(folder / "C26-2-E.docx", folder / "C26-2-E copy.docx")  # same bytes
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "notes.xyz").write_text("not a document")
    return folder


def _state(path: Path) -> tuple:
    with Store(path) as store:
        contributions = store.query(
            "SELECT id, symbol, title, language, paragraph_count, word_count, fts_rowid"
            " FROM contributions ORDER BY id")
        paragraphs = store.query("SELECT contribution_id, idx, style, text, number, kind,"
                                 " anchor FROM paragraphs ORDER BY contribution_id, idx")
        hits = [(h.contribution_id, h.paragraph, h.snippet)
                for q in ("internet", "société", "治理", "second paragraph")
                for h in store.search.find(q)]
        assert store.check() == []
        return [tuple(r) for r in contributions], [tuple(r) for r in paragraphs], hits


def _report(report: object) -> dict:
    data = report.to_dict()  # type: ignore[attr-defined]
    for entry in data["imported"]:
        entry.pop("id")
    return data


def test_workers_store_exactly_what_a_serial_import_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _corpus(tmp_path / "in")
    monkeypatch.setattr(import_pool, "PARALLEL_MIN_FILES", 2)
    started: list[int] = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    def pool(workers: int, **kw: object) -> object:
        started.append(workers)
        return real_pool(workers, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    with Store(tmp_path / "serial.sqlite3") as store:
        serial = import_paths(store, [folder])
    with Store(tmp_path / "parallel.sqlite3") as store:
        parallel = import_paths(store, [folder], workers=2)
    assert started == [2]  # the parallel import did use workers; the serial one none
    assert _report(parallel) == _report(serial)
    assert len(serial.imported) == 8 and len(serial.duplicates) == 1
    assert [r["path"] for r in serial.rejected] == [str(folder / "broken.docx")]
    assert _state(tmp_path / "parallel.sqlite3") == _state(tmp_path / "serial.sqlite3")


def test_files_already_stored_are_duplicates_for_the_workers_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _corpus(tmp_path / "in")
    monkeypatch.setattr(import_pool, "PARALLEL_MIN_FILES", 2)
    with Store(tmp_path / "s.sqlite3") as store:
        import_paths(store, [folder], workers=2)
        again = import_paths(store, [folder], workers=2)
        assert again.imported == [] and len(again.duplicates) == 9
        assert store.contributions.count() == 8


_PARENT = os.getpid()
_PREPARE = importing.prepare_indexed
_DIED: list[Path] = []  # the marker a dying worker leaves (set before the workers fork)


def _dying_prepare(path: Path, consultation: str | None, **kw: object) -> object:
    """The worker preparing C26-3 dies, as the system's out-of-memory killer ends it."""
    if path.name == "C26-3-E.docx" and os.getpid() != _PARENT:
        _DIED[0].touch()
        os._exit(9)
    return _PREPARE(path, consultation, **kw)  # type: ignore[arg-type]


def test_a_dead_worker_leaves_the_rest_of_the_files_to_the_calling_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _corpus(tmp_path / "in")
    monkeypatch.setattr(import_pool, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(importing, "prepare_indexed", _dying_prepare)
    monkeypatch.setattr(sys.modules[__name__], "_DIED", [tmp_path / "died"])
    with Store(tmp_path / "s.sqlite3") as store:
        report = import_paths(store, [folder], workers=2)
        assert (tmp_path / "died").exists()  # a worker did die (the test is not serial)
        assert len(report.imported) == 8 and len(report.duplicates) == 1
        assert [r["path"] for r in report.rejected] == [str(folder / "broken.docx")]
        assert store.contributions.count() == 8


def test_the_cli_uses_workers_only_where_they_are_forked() -> None:
    workers = import_pool.default_workers()
    assert workers == 0 or (sys.platform.startswith("linux") and 2 <= workers <= 4)


def test_a_worker_dying_ahead_of_the_file_being_stored_loses_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool is found broken when the next file is handed to it (not only when a
    result is awaited): the import then goes on in the calling process, no traceback."""
    folder = _corpus(tmp_path / "in")
    died = tmp_path / "died"
    monkeypatch.setattr(sys.modules[__name__], "_DIED", [died])

    def progress(done: int, total: int, path: Path) -> bool:
        if done == 2:  # C26-3 has been handed out: wait until its worker is gone
            for _ in range(500):
                if died.exists():
                    break
                time.sleep(0.01)
            time.sleep(0.5)  # for the pool to notice the death
        return True

    monkeypatch.setattr(import_pool, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(import_pool, "AHEAD_PER_WORKER", 1)  # two files ahead, not all
    monkeypatch.setattr(importing, "prepare_indexed", _dying_prepare)
    with Store(tmp_path / "s.sqlite3") as store:
        report = import_paths(store, [folder], workers=2, progress=progress)
        assert died.exists()
        assert len(report.imported) == 8 and len(report.duplicates) == 1
        assert [r["path"] for r in report.rejected] == [str(folder / "broken.docx")]
        assert store.contributions.count() == 8


def test_workers_are_handed_several_files_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A task's round trip costs a fifth of a file's parsing: files go out in tasks of
    FILES_PER_TASK, and still come back in file order."""
    folder = _corpus(tmp_path / "in")
    monkeypatch.setattr(import_pool, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(import_pool, "FILES_PER_TASK", 4)
    tasks: list[list[Path]] = []
    real_pool = concurrent.futures.ProcessPoolExecutor

    class CountingPool(real_pool):  # type: ignore[misc,valid-type]
        def submit(self, fn: object, /, *args: object, **kw: object) -> object:
            tasks.append(list(args[1]))  # type: ignore[call-overload]
            return super().submit(fn, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountingPool)
    with Store(tmp_path / "s.sqlite3") as store:
        report = import_paths(store, [folder], workers=2)
    assert [len(task) for task in tasks] == [4, 4, 2]  # the 10 .docx (notes.xyz is skipped)
    names = [Path(e["path"]).name for e in report.imported]
    assert len(names) == 8 and names == sorted(names)


def test_workers_are_kept_at_most_so_many_bytes_of_files_ahead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Prepared files wait in memory until stored: however many files may be ahead, no
    more than MAX_BYTES_AHEAD of them are handed out (one task at the least)."""
    folder = _corpus(tmp_path / "in")
    monkeypatch.setattr(import_pool, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(import_pool, "FILES_PER_TASK", 2)
    size = (folder / "C26-1-E.docx").stat().st_size
    monkeypatch.setattr(import_pool, "MAX_BYTES_AHEAD", 3 * size)  # two tasks of two files
    handed: list[int] = []  # files handed out before each file is stored
    real_submit = import_pool.Preparer._submit_until

    def submit_until(self: import_pool.Preparer, index: int) -> None:  # type: ignore[type-arg]
        real_submit(self, index)
        handed.append(len(self._size_ahead))

    monkeypatch.setattr(import_pool.Preparer, "_submit_until", submit_until)
    with Store(tmp_path / "s.sqlite3") as store:
        report = import_paths(store, [folder], workers=2)
    assert len(report.imported) == 8 and len(report.duplicates) == 1
    assert handed and max(handed) == 4  # not all ten at once
