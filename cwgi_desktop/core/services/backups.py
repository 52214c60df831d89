"""Rotating automatic backups of a store, finding the newest good one, and restoring.

Backups are consistent copies made with SQLite's backup API while the store is in use
(see StoreBase.backup). They are named `<store>-<UTC stamp>-n<sequence>-<reason>.sqlite3`
in the backup folder, and only the newest `keep` are kept. "Newest" is the sequence number
(one more than the highest in the folder), not the clock: a backup stamped in the future
(a clock set wrong, a file copied in) neither passes for the newest nor stops the daily
backup. Backups named before sequences existed (`<store>-<stamp>-<reason>`) count as
sequence 0, ordered among themselves by their stamp.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cwgi_desktop.core.atomic_files import (
    fsync_dir,
    fsync_file,
    no_space_as_error,
    remove_quietly,
    unique_temp_path,
)
from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.services.opening import open_store
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.base import MigrationProgress
from cwgi_desktop.core.store.migrations import SCHEMA_VERSION

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
DEFAULT_KEEP = 10
SAFETY_REASON = "before-merge"
SAFETY_KEEP = 3
"""Safety copies taken before every bundle merge rotate among themselves: a day of imports
must not push the daily backups out."""
_SEQUENCE = re.compile(r"n(\d{1,12})(?:-(.*))?$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str
    size: int
    sequence: int = 0  # 0: named before backups had sequence numbers


def _prefix(store_path: Path) -> str:
    return f"{store_path.stem}-"


def _parse(path: Path, prefix: str) -> BackupInfo | None:
    stamp, _, rest = path.stem[len(prefix):].partition("-")
    try:
        taken = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    sequence, reason = 0, rest
    match = _SEQUENCE.match(rest)
    if match:
        sequence, reason = int(match.group(1)), match.group(2) or ""
    return BackupInfo(path, taken, reason or "manual", path.stat().st_size, sequence)


def _order(info: BackupInfo, now: datetime) -> tuple[int, datetime]:
    # A stamp in the future says nothing about when the copy was made: it sorts oldest.
    taken = info.taken if info.taken <= now else datetime.min.replace(tzinfo=timezone.utc)
    return (info.sequence, taken)


def list_backups(store_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """Backups of this store in the folder, newest (highest sequence) first."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    prefix = _prefix(store_path)
    for path in backup_dir.glob(f"{prefix}*.sqlite3"):
        with contextlib.suppress(OSError):  # a file pruned by another process meanwhile
            info = _parse(path, prefix)
            if info is not None:
                found.append(info)
    now = datetime.now(timezone.utc)
    return sorted(found, key=lambda b: _order(b, now), reverse=True)


def take_backup(store: Store, backup_dir: Path, reason: str = "manual",
                keep: int = DEFAULT_KEEP) -> Path:
    """A consistent copy of the open store, then prune to the newest `keep` backups."""
    stamp = datetime.now(timezone.utc).strftime(STAMP_FORMAT)
    existing = list_backups(store.path, backup_dir)
    sequence = max((b.sequence for b in existing), default=0) + 1
    out = backup_dir / f"{_prefix(store.path)}{stamp}-n{sequence:06d}-{reason}.sqlite3"
    store.backup(out)
    prune(store.path, backup_dir, keep, safety=reason == SAFETY_REASON)
    return out


def take_safety_copy(store: Store, backup_dir: Path) -> Path:
    """The copy taken before a bundle is merged (issue 11: a bundle could delete
    everything); the newest `SAFETY_KEEP` are kept, apart from the other backups."""
    return take_backup(store, backup_dir, SAFETY_REASON, SAFETY_KEEP)


def prune(store_path: Path, backup_dir: Path, keep: int, *, safety: bool = False) -> list[Path]:
    """Keep the newest `keep` backups: of the safety copies with `safety`, else of the
    others (each kind rotates on its own)."""
    removed = []
    kept = [b for b in list_backups(store_path, backup_dir)
            if (b.reason == SAFETY_REASON) == safety]
    for info in kept[max(keep, 1):]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_if_due(store: Store, backup_dir: Path, *, every: timedelta = timedelta(days=1),
                  keep: int = DEFAULT_KEEP) -> Path | None:
    """The daily backup: taken when the newest backup is older than `every` (or stamped in
    the future, which proves nothing about its age)."""
    newest = list_backups(store.path, backup_dir)
    now = datetime.now(timezone.utc)
    if newest and newest[0].taken <= now and now - newest[0].taken < every:
        return None
    return take_backup(store, backup_dir, "daily", keep)


def is_sound(path: Path) -> bool:
    """True when the file opens as a store and passes SQLite's integrity check."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            conn.execute("SELECT COUNT(*) FROM contributions").fetchone()
        return rows == [("ok",)]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return False


def newest_good_backup(store_path: Path, backup_dir: Path) -> BackupInfo | None:
    for info in list_backups(store_path, backup_dir):
        if is_sound(info.path):
            return info
    return None


def restore(backup: Path, store_path: Path) -> Path | None:
    """Put a backup in place of the store (which must be closed).

    Killed at any instant, the store path holds either the old store or the restored one,
    whole: the backup is copied to a unique temporary file beside the store, fsynced and
    checked, and only then renamed over the store (atomic). The store being replaced is
    kept beside it as `<name>.replaced-<stamp>` (a damaged file may still hold something a
    person wants). Returns that path, if there was a store.
    """
    if not is_sound(backup):
        raise StoreError(f"{backup}: not a sound CWGI store; nothing was restored")
    store_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = unique_temp_path(store_path, "restoring")
    try:
        with no_space_as_error(store_path):
            _copy_database(backup, tmp)
            fsync_file(tmp)
        problem = restored_problem(tmp)
        if problem is not None:
            raise StoreError(f"{backup}: {problem}; nothing was restored")
        kept = _keep_aside(store_path)
        os.replace(tmp, store_path)
    except BaseException:
        remove_quietly(tmp, Path(f"{tmp}-journal"))
        raise
    fsync_dir(store_path.parent)
    return kept


def _copy_database(source_path: Path, target_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)) as source, \
            contextlib.closing(sqlite3.connect(target_path)) as target:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")


def restored_problem(path: Path) -> str | None:
    """Why a copy about to become the store is not fit (None when it is): SQLite's quick
    check, the tables, and a schema this version can open."""
    if not is_sound(path):
        return "the copy does not pass SQLite's check"
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if not 1 <= version <= SCHEMA_VERSION:
        return f"schema {version} cannot be opened by this version (knows {SCHEMA_VERSION})"
    if "meta" not in tables:
        return "not a CWGI store (no meta table)"
    return None


def _keep_aside(store_path: Path) -> Path | None:
    """Keep the store about to be replaced as `<name>.replaced-<stamp>`, without ever
    leaving the store path empty: a hard link (or a copy) first; the rename over the store
    comes after. Its WAL, if a damaged store left one, moves with it."""
    if not store_path.exists():
        return None
    stamp = datetime.now(timezone.utc).strftime(STAMP_FORMAT)
    kept = store_path.with_name(f"{store_path.name}.replaced-{stamp}")
    _checkpoint(store_path)
    try:
        os.link(store_path, kept)
    except OSError:
        shutil.copy2(store_path, kept)
        fsync_file(kept)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{store_path}{suffix}")
        if side.exists():
            side.replace(Path(f"{kept}{suffix}"))
    fsync_dir(store_path.parent)
    return kept


def _checkpoint(store_path: Path) -> None:
    """Fold a WAL left beside the old store into it, so what is kept aside is whole (a
    damaged store may refuse; its WAL is then kept beside it as it is)."""
    if not Path(f"{store_path}-wal").exists():
        return
    with contextlib.suppress(sqlite3.Error), \
            contextlib.closing(sqlite3.connect(store_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def missing_store_problem(store_path: Path, backup_dir: Path,
                          recent: list[str] | tuple[str, ...] = ()) -> str | None:
    """Why no new, empty store may be created at this path, or None.

    A store that is missing (or an empty file) where the user had one - its backups are in
    the folder, or it is among the recently opened stores - is not created again silently:
    an empty store there would hide the loss, and its backups would push out the good ones.
    """
    if store_path.exists() and store_path.stat().st_size > 0:
        return None
    backups = list_backups(store_path, backup_dir)
    if backups:
        return (f"{store_path}: the store is missing, but it existed ({len(backups)} "
                f"backup(s) of it in {backup_dir}); no new store was created")
    resolved = str(store_path.expanduser().resolve())
    if any(str(Path(p).expanduser().resolve()) == resolved for p in recent):
        return (f"{store_path}: the store is missing, but it was opened before (it is in "
                "the recent stores); no new store was created")
    return None


def store_problem(store_path: Path, *, thorough: bool = False,
                  progress: MigrationProgress | None = None) -> str | None:
    """Why the store at this path cannot be used (None when it is sound or absent).

    The default check is cheap enough for every start-up on a large store: the file opens,
    its schema reads and its tables answer. `thorough` adds SQLite's full integrity check,
    which reads every page (seconds on a store of thousands of contributions).
    """
    if not store_path.exists() or store_path.stat().st_size == 0:
        return None
    try:
        with open_store(store_path, progress=progress) as store:
            store.answers("contributions", "annotations", "themes", "drafts", "blocks")
            problems = store.check() if thorough else []
    except (StoreError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return str(exc)
    return "; ".join(problems[:3]) if problems else None
