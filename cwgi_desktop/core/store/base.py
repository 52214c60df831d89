"""The store's connection: pragmas, transactions, schema migrations, integrity check, backup.

A `Store` object belongs to the thread that opened it (sqlite3's rule); the GUI keeps one
on its database worker thread and other threads open their own.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import chain
from pathlib import Path

from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.store.migrations import (
    MIGRATIONS,
    NEEDS_DATA_STEP,
    SCHEMA_VERSION,
    DataStep,
)

TYPE_CHECKING = False  # (not typing's: `cwgi search` does not import typing, 2 ms)
if TYPE_CHECKING:
    from typing import Any

BUSY_TIMEOUT_MS = 15_000
# Called with (steps done, steps in all, schema version being reached) while migrating.
MigrationProgress = Callable[[int, int, int], None]


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (BEGIN IMMEDIATE for writes).
    conn = sqlite3.connect(
        _read_only_uri(path) if read_only else str(path), uri=read_only,
        isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _patiently(action: Callable[[], object]) -> None:
    """Run `action`, retrying while another process holds the file (switching an old store
    to WAL, or its migration, is not always covered by SQLite's busy handler: a second
    process opening the same old store at that moment read "database is locked", and
    called a healthy store damaged)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _read_only_uri(path: Path) -> str:
    """Open without writing anything beside the file. With no WAL left to recover (the
    store was closed cleanly) the file is read as immutable: a folder that cannot be
    written cannot hold the -shm file SQLite would otherwise need."""
    wal = Path(f"{path}-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def is_read_only(path: Path) -> bool:
    """An existing store this process may read but not write (the file or its folder)."""
    if str(path) == ":memory:" or not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


class StoreBase:
    """Opens (creating if needed) and migrates one SQLite store file.

    A store whose file or folder cannot be written opens read-only: reading works, and
    every write is refused with a line saying the store is read-only."""

    def __init__(self, path: Path | str, *, migrate: bool = True,
                 data_steps: Mapping[int, DataStep] | None = None,
                 progress: MigrationProgress | None = None) -> None:
        self.path = Path(path)
        self.data_steps = dict(data_steps or {})
        self._progress = progress
        if str(path) != ":memory:" and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path.exists() and self.path.stat().st_size > 0
        self.migration_notes: list[str] = []  # one line per migration that has news
        self._later: list[tuple[str, tuple[Any, ...]]] | None = None  # see write_later
        if existed:
            _check_header(self.path)
        self.read_only = existed and is_read_only(self.path)
        try:
            self.conn = _connect(self.path, self.read_only)
            if not self.read_only:
                _patiently(lambda: self.conn.execute("PRAGMA journal_mode = WAL"))
                self.conn.execute("PRAGMA synchronous = NORMAL")
            if migrate:
                _patiently(lambda: self._migrate(existed))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # A damaged file can fail anywhere, even while decoding schema text.
            raise StoreError(f"{self.path}: the store is damaged ({exc})") from exc

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One user action = one transaction. Nested calls become savepoints.

        The outer transaction is BEGIN IMMEDIATE: it takes the write lock up front, so a
        second process waits (busy timeout) instead of failing with "database is locked".
        """
        if self.read_only:
            raise StoreError(f"{self.path}: the store is read-only (the file or its folder "
                             "cannot be written); nothing was changed")
        if self.conn.in_transaction:
            with self.savepoint():
                yield self.conn
            return
        # A full disk (SQLITE_FULL) rolls back and becomes one line naming the store.
        from cwgi_desktop.core.atomic_files import no_space_as_error  # (tempfile: writes only)

        with no_space_as_error(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[sqlite3.Connection]:
        """A savepoint inside the current transaction: all of the block or none of it."""
        self._savepoints = getattr(self, "_savepoints", 0) + 1
        name = f"sp{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        later = len(self._later) if self._later is not None else 0
        from cwgi_desktop.core.atomic_files import no_space_as_error

        try:
            with no_space_as_error(self.path):  # one line, as for the outer transaction
                yield self.conn
                # Inside: releasing writes (FTS5 flushes its pending terms here), so a
                # full disk now is one line too, and the block is rolled back.
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
        except BaseException:
            if self._later is not None:  # the block's deferred writes go with it
                del self._later[later:]
            # An error may already have ended the transaction (savepoints with it).
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.OperationalError):  # (if released)
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise

    @contextlib.contextmanager
    def writes_deferred(self) -> Iterator[None]:
        """Inside a transaction: the statements given to `write_later` in the block run at
        its end, in order, outside the savepoints opened meanwhile (a savepoint rolled
        back drops its own). For the full-text index: FTS5 writes its pending terms out
        as a new segment at every savepoint, so an import's savepoint per file made one
        segment per file and merged them again (a fifth of a 1,000-file import). Nested
        blocks run their statements with the outermost one's."""
        if self._later is not None:
            yield
            return
        self._later = []
        try:
            yield
            later, self._later = self._later, None
            if later:
                with self.transaction() as conn:
                    for sql, params in later:
                        conn.execute(sql, params)
        finally:
            self._later = None

    def write_later(self, sql: str, params: tuple[Any, ...]) -> None:
        """Run `sql` now, or at the end of the `writes_deferred` block this call is in."""
        if self._later is None:
            self.conn.execute(sql, params)
        else:
            self._later.append((sql, params))

    @property
    def db(self) -> Any:
        """The store as a sqlite-utils Database (imported on first use: start-up)."""

        import sqlite_utils  # loaded on first use: `cwgi --version` never pays for it

        return sqlite_utils.Database(self.conn)

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Rows as sqlite3.Row (mapping and sequence access)."""
        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def meta_value(self, key: str) -> str | None:
        """A value of the store's `meta` table (settings kept with the data), or None."""
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_meta_value(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                         " SET value = excluded.value", (key, value))

    # -- schema ------------------------------------------------------------------------

    @property
    def store_id(self) -> str:
        """This store's id (made at creation; bundles carry it as their origin)."""
        return str(self.scalar("SELECT value FROM meta WHERE key = 'store_id'") or "")

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def _migrate(self, existed: bool) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: the store was written by a newer version of CWGI Desktop "
                f"(schema {current}, this version knows {SCHEMA_VERSION})"
            )
        if current == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"{self.path}: the store is read-only and was written by an "
                             f"older version (schema {current}); it cannot be upgraded here")
        if str(self.path) == ":memory:":
            self._run_migrations(existed)
            return
        # One process migrates; another opening the same old store waits here, then finds
        # the store migrated and has nothing to do.
        with migration_lock(self.path):
            self._run_migrations(existed)

    def _run_migrations(self, existed: bool) -> None:
        current = self.schema_version  # again: another process may have migrated meanwhile
        if current == SCHEMA_VERSION:
            return
        self._refuse_missing_data_steps(current)
        steps = SCHEMA_VERSION - current + 1  # the safety copy, then each schema step
        if self._progress is not None:
            self._progress(0, steps, current)
        if existed and current > 0:
            self.safety_copy(f"before-migration-v{current}-to-v{SCHEMA_VERSION}")
        for version in range(current, SCHEMA_VERSION):
            if self._progress is not None:
                self._progress(version - current + 1, steps, version + 1)
            with self.transaction() as conn:
                note = MIGRATIONS[version](conn)
                step = self.data_steps.get(version + 1) if current > 0 else None
                if step is not None:  # a new store has no data to migrate
                    note = step(conn) or note
                conn.execute(f"PRAGMA user_version = {version + 1}")
                if version == 0:
                    from cwgi_desktop.core.models import new_id

                    conn.execute(
                        "INSERT INTO meta(key, value) VALUES ('store_id', ?)", (new_id(),)
                    )
            if note:
                self.migration_notes.append(note)

    def _refuse_missing_data_steps(self, current: int) -> None:
        if current == 0:
            return
        for version in range(current + 1, SCHEMA_VERSION + 1):
            if version in NEEDS_DATA_STEP and version not in self.data_steps:
                what, rows = NEEDS_DATA_STEP[version]
                if self.scalar(rows):
                    raise StoreError(
                        f"{self.path}: the store (schema {current}) needs the {what} of "
                        "CWGI Desktop to migrate; open it with the application or the cwgi "
                        "command (nothing was changed)")

    # -- integrity and copies ----------------------------------------------------------

    def answers(self, *tables: str) -> None:
        """Read one row of each table (raises if the file is damaged there): cheap enough
        for every start-up, unlike `check()`."""
        for table in tables:
            self.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} LIMIT 1)")

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity and foreign-key checks ([] when sound)."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [
            f"foreign key: {r[0]} row {r[1]} references missing {r[2]}"
            for r in self.conn.execute("PRAGMA foreign_key_check")
        ]
        if self.read_only:  # FTS5's check is an INSERT: SQLite refuses it on a read-only file
            return problems
        try:
            self.conn.execute(
                "INSERT INTO contributions_fts(contributions_fts, rank)"
                " VALUES ('integrity-check', 0)"
            )
        except sqlite3.DatabaseError as exc:
            problems.append(f"full-text index: {exc}")
        return problems

    def backup(self, out: Path | str) -> Path:
        """A consistent copy of the store, made while it may be in use.

        A separate read connection takes a snapshot of the last committed state (WAL lets
        writers go on meanwhile) and copies it with SQLite's backup API; the copy is written
        under a unique temporary name beside the target, fsynced and renamed into place, so a
        crash never leaves half a backup, two processes never share a temporary file, and a
        full disk is one line (NoSpaceLeft) with nothing left behind.
        """
        def copy(tmp: Path) -> None:
            source = _connect(self.path, self.read_only)
            target = sqlite3.connect(str(tmp))
            try:
                # No fsync per page written: write_atomically fsyncs the whole copy once
                # before renaming it (30 times faster; a copy is taken before every merge).
                target.execute("PRAGMA synchronous = OFF")
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
                source.close()

        from cwgi_desktop.core.atomic_files import write_atomically

        return write_atomically(Path(out), copy)

    def safety_copy(self, label: str) -> Path:
        """Copy the store beside itself before a risky step (e.g. a migration)."""
        from datetime import datetime, timezone

        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        out = self.path.with_name(f"{self.path.stem}.{label}.{stamp}{self.path.suffix}")
        return self.backup(out)


# Values one statement may bind on any SQLite (SQLITE_MAX_VARIABLE_NUMBER was 999 before
# 3.32).
MAX_VARIABLES = 999


def insert_many(conn: sqlite3.Connection, insert: str, width: int,
                rows: Sequence[Sequence[Any]]) -> None:
    """`conn.executemany(f"{insert} VALUES (?,…)", rows)` with `width` values a row, as
    statements of many rows each (`VALUES (…), (…), …`, in order): SQLite steps once a
    statement instead of once a row, a third less time for 30,000 blocks."""
    per = MAX_VARIABLES // width
    one = f"({','.join('?' * width)})"
    full = ""
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        if len(chunk) == per:  # the same text each time: prepared once (statement cache)
            full = full or f"{insert} VALUES {','.join([one] * per)}"
            sql = full
        else:
            sql = f"{insert} VALUES {','.join([one] * len(chunk))}"
        conn.execute(sql, list(chain.from_iterable(chunk)))


class Repository:
    """One table family's SQL, over the store's shared connection and transactions.

    A repository keeps no state of its own: every read and write goes through the
    `StoreBase` it was made with, so a transaction opened on the store (or on any of its
    repositories) spans the calls of all of them."""

    def __init__(self, base: StoreBase) -> None:
        self._base = base

    @property
    def conn(self) -> sqlite3.Connection:
        return self._base.conn

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        return self._base.transaction()

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self._base.query(sql, params)

    def scalar(self, sql: str, params: Any = ()) -> Any:
        return self._base.scalar(sql, params)


@contextlib.contextmanager
def migration_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes, held while a store is migrated.

    A separate lock file: locking the store file itself would interfere with SQLite's own
    locks (closing any descriptor of the file drops a process's POSIX locks). It is removed
    afterwards: a process that then locks a fresh lock file reads the schema version again
    under it and finds nothing left to do."""
    lock_path = path.with_name(f".{path.name}.migration-lock")
    with open(lock_path, "a+b") as f, _locked(f):
        yield
        with contextlib.suppress(OSError):  # kept after a failure, for the next to lock
            lock_path.unlink()


@contextlib.contextmanager
def _locked(f: Any) -> Iterator[None]:
    if sys.platform == "win32":  # (not os.name: a type checker narrows on sys.platform)
        import msvcrt

        f.seek(0)
        while True:
            try:
                msvcrt.locking(f.fileno(), msvcrt.LK_LOCK, 1)
                break
            except OSError:  # LK_LOCK gives up after about 10 s; keep waiting
                continue
        try:
            yield
        finally:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database before SQLite touches it."""
    with path.open("rb") as f:
        header = f.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path}: not a CWGI store (not an SQLite database)")


def copy_file(src: Path, dst: Path) -> None:
    """Plain file copy used for restores (the store must be closed)."""
    import shutil

    shutil.copy2(src, dst)
