"""Issue 11, the store's share: restore never loses the store, a missing store is not
replaced by an empty one, future-stamped backups, concurrent migrations, read-only
stores, and a full disk during a backup."""

from __future__ import annotations

import errno
import multiprocessing
import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from cwgi_desktop.cli import main
from cwgi_desktop.core.paths import default_backup_dir
from cwgi_desktop.core.services import backups
from cwgi_desktop.core.services.backups import (
    STAMP_FORMAT,
    backup_if_due,
    list_backups,
    newest_good_backup,
    restore,
    take_backup,
)
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.migrations import MIGRATIONS, SCHEMA_VERSION


def filled_store(path: Path, n: int = 1, start: int = 0) -> Store:
    store = Store(path)
    for i in range(start, start + n):
        store.add_contribution(sha256=f"s{i}", paragraphs=[(f"Paragraph {i} on access.",
                                                            "body")],
                               metadata={"symbol": f"C26/{i + 1}-E"})
    return store


def count(path: Path) -> int:
    with Store(path) as store:
        return store.count_contributions()


# -- item 1: restore ---------------------------------------------------------------------


class Killed(BaseException):
    """Stands for a SIGKILL: nothing after it runs (not even `except Exception`)."""


def test_restore_interrupted_mid_copy_leaves_the_old_store_in_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.sqlite3"
    with filled_store(path, 3) as store:
        backup = store.backup(tmp_path / "b.sqlite3")
        store.add_contribution(sha256="later", paragraphs=[("Later.", "body")], metadata={})
    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if "mode=ro" not in str(target):  # the copy being written: the process dies
            raise Killed
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    with pytest.raises(Killed):
        restore(backup, path)
    monkeypatch.setattr(backups.sqlite3, "connect", real_connect)
    assert count(path) == 4  # the old store, whole, at its path
    assert not list(tmp_path.glob("*.restoring*"))


def test_restore_keeps_the_old_store_aside_and_leaves_no_temporary_file(
        tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with filled_store(path, 2) as store:
        backup = store.backup(tmp_path / "b.sqlite3")
        store.add_contribution(sha256="later", paragraphs=[("Later.", "body")], metadata={})
    kept = restore(backup, path)
    assert count(path) == 2
    assert kept is not None and count(kept) == 3
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.startswith(("b.", "s.sqlite3.replaced"))) == ["s.sqlite3"]


def test_restore_refuses_a_backup_of_a_newer_schema_and_changes_nothing(
        tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    filled_store(path, 2).close()
    newer = tmp_path / "newer.sqlite3"
    filled_store(newer, 5).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(Exception, match="schema"):
        restore(newer, path)
    assert count(path) == 2


def test_cli_refuses_to_create_an_empty_store_where_backups_show_one_existed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.sqlite3"
    with filled_store(path, 2) as store:
        take_backup(store, default_backup_dir(), "daily")
    path.unlink()  # e.g. a restore killed half-way by the old code
    assert main(["--db", str(path), "list"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing" in err[0] and "cwgi restore" in err[0]
    assert not path.exists()
    assert main(["--db", str(path), "restore"]) == 0
    assert count(path) == 2


def test_cli_init_still_creates_a_store_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with filled_store(path, 1) as store:
        take_backup(store, default_backup_dir(), "daily")
    path.unlink()
    assert main(["--db", str(path), "init"]) == 0
    assert count(path) == 0
    fresh = tmp_path / "fresh.sqlite3"  # no store was ever there: the first use creates it
    assert main(["--db", str(fresh), "list"]) == 0 and fresh.exists()


# -- item 4: backups stamped in the future -----------------------------------------------


def test_a_backup_stamped_in_the_future_neither_stops_daily_backups_nor_is_newest(
        tmp_path: Path) -> None:
    folder = tmp_path / "b"
    store = filled_store(tmp_path / "s.sqlite3", 1)
    first = take_backup(store, folder, "daily")
    future = datetime.now(timezone.utc) + timedelta(days=3650)
    forged = folder / f"s-{future.strftime(STAMP_FORMAT)}-daily.sqlite3"
    shutil.copy(first, forged)
    first.unlink()  # only the future-stamped one is left
    taken = backup_if_due(store, folder)
    assert taken is not None
    assert list_backups(store.path, folder)[0].path == taken
    assert newest_good_backup(store.path, folder).path == taken
    assert backup_if_due(store, folder) is None  # and then once a day, as before
    store.close()


def test_backups_are_ordered_by_sequence_when_the_clock_goes_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "b"
    store = filled_store(tmp_path / "s.sqlite3", 1)
    real = datetime

    class Clock(datetime):
        offset = timedelta(0)

        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return real.now(tz) + cls.offset  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "datetime", Clock)
    Clock.offset = timedelta(days=30)  # the clock was a month ahead, then corrected
    ahead = take_backup(store, folder, "daily")
    Clock.offset = timedelta(0)
    assert backup_if_due(store, folder) is not None  # the far stamp does not block it
    after = take_backup(store, folder, "manual")
    names = [b.path for b in list_backups(store.path, folder)]
    assert names[0] == after and ahead in names
    store.close()


# -- item 5: concurrent migrations and read-only stores ----------------------------------


def _old_store(path: Path, n: int) -> None:
    conn = sqlite3.connect(path)
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta(key, value) VALUES ('store_id', 'x')")
    for i in range(n):
        conn.execute(
            "INSERT INTO contributions (id, sha256, imported_at, updated_at, fts_rowid)"
            " VALUES (?, ?, '2026-01-01', '2026-01-01', ?)", (f"c{i}", f"h{i}", i + 1))
    conn.commit()
    conn.close()


def _open_and_count(path: str, start: multiprocessing.synchronize.Event,
                    results: multiprocessing.Queue) -> None:
    start.wait()
    try:
        from cwgi_desktop.core.services.opening import open_store

        with open_store(path) as store:
            results.put(("ok", store.count_contributions(), store.schema_version))
    except Exception as exc:  # the parent reports what went wrong
        results.put(("error", str(exc), 0))


@pytest.mark.skipif(SCHEMA_VERSION < 2, reason="needs a schema to migrate from")
def test_two_processes_migrating_one_old_store_both_open_it(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    for run in range(4):
        path = tmp_path / f"old{run}.sqlite3"
        _old_store(path, 400)
        start, results = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_open_and_count, args=(str(path), start, results))
                 for _ in range(2)]
        for proc in procs:
            proc.start()
        start.set()
        outcome = [results.get(timeout=120) for _ in procs]
        for proc in procs:
            proc.join(60)
        assert outcome == [("ok", 400, SCHEMA_VERSION)] * 2, outcome
        assert len(list(tmp_path.glob(f"old{run}.before-migration-*"))) == 1
        assert not list(tmp_path.glob("*.part"))


def _read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The folder and its files cannot be written (root ignores chmod: say so to the
    process as the operating system would to a user)."""
    for path in (folder, *folder.iterdir()):
        path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() == 0:
        real = os.access

        def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
            inside = Path(str(path)).resolve() in {folder.resolve(),
                                                   *(p.resolve() for p in folder.iterdir())}
            return False if inside and mode & os.W_OK else real(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)


def test_a_store_in_a_read_only_folder_opens_read_only_and_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "s.sqlite3"
    filled_store(path, 3).close()
    before = sorted(p.name for p in folder.iterdir())
    data = path.read_bytes()
    _read_only(monkeypatch, folder)
    try:
        assert main(["--db", str(path), "list"]) == 0
        assert "C26/3-E" in capsys.readouterr().out
        assert main(["--db", str(path), "search", "access"]) == 0
        assert main(["--db", str(path), "show", "C26/1-E"]) == 0
        assert main(["--db", str(path), "check"]) == 0
        capsys.readouterr()
        assert main(["--db", str(path), "annotate", "C26/1-E", "--quote", "access"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "read-only" in err[0] and "damaged" not in err[0]
        assert sorted(p.name for p in folder.iterdir()) == before  # nothing written there
        assert path.read_bytes() == data
    finally:
        for p in (folder, *folder.iterdir()):
            p.chmod(0o755 if p.is_dir() else 0o644)


# -- item 9: a full disk during a backup -------------------------------------------------


class _FullDisk:
    """A connection whose backup writes part of the copy, then finds the disk full."""

    def __init__(self, conn: sqlite3.Connection, exc: BaseException) -> None:
        self._conn, self._exc = conn, exc

    def backup(self, target: sqlite3.Connection, **kwargs: object) -> None:
        self._conn.backup(target, pages=1)
        raise self._exc

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


@pytest.mark.parametrize("exc", [OSError(errno.ENOSPC, "No space left on device"),
                                 sqlite3.OperationalError("database or disk is full")],
                         ids=["ENOSPC", "SQLITE_FULL"])
def test_disk_full_during_a_backup_is_one_line_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], exc: BaseException) -> None:
    from cwgi_desktop.core.store import base

    path = tmp_path / "s.sqlite3"
    filled_store(path, 20).close()
    data = path.read_bytes()
    real_connect = sqlite3.connect

    def connect(target: object, *args: object, **kwargs: object) -> object:
        conn = real_connect(target, *args, **kwargs)
        return _FullDisk(conn, exc) if str(target) == str(path) else conn

    monkeypatch.setattr(base.sqlite3, "connect", connect)
    assert main(["--db", str(path), "backup"]) == 1
    monkeypatch.setattr(base.sqlite3, "connect", real_connect)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no space left" in err[0] and str(default_backup_dir()) in err[0]
    folder = default_backup_dir()
    assert not folder.exists() or list(folder.iterdir()) == []
    assert path.read_bytes() == data


def test_write_atomically_cleans_up_on_a_full_disk(tmp_path: Path) -> None:
    from cwgi_desktop.core.atomic_files import NoSpaceLeft, write_atomically

    target = tmp_path / "out.txt"
    target.write_text("old")

    def fill(tmp: Path) -> None:
        tmp.write_text("half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(NoSpaceLeft, match=r"out\.txt: no space left"):
        write_atomically(target, fill)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    write_atomically(target, lambda tmp: tmp.write_text("new"))
    assert target.read_text() == "new" and len(list(tmp_path.iterdir())) == 1


def test_disk_full_during_a_restore_is_one_line_and_leaves_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.sqlite3"
    with filled_store(path, 2) as store:
        backup = store.backup(tmp_path / "b.sqlite3")
    data = path.read_bytes()

    def full(source: Path, target: Path) -> None:
        target.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_copy_database", full)
    assert main(["--db", str(path), "restore", str(backup)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no space left" in err[0] and str(path) in err[0]
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.sqlite3", "s.sqlite3"]
