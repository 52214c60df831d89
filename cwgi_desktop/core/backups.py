"""Rotating automatic backups of a store, finding the newest good one, and restoring.

Backups are consistent copies made with SQLite's backup API while the store is in use
(see StoreBase.backup). They are named `<store>-<UTC stamp>-<reason>.sqlite3` in the backup
folder, and only the newest `keep` are kept.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.store import Store

STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    reason: str
    size: int


def _prefix(store_path: Path) -> str:
    return f"{store_path.stem}-"


def list_backups(store_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """Backups of this store in the folder, newest first."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    prefix = _prefix(store_path)
    for path in backup_dir.glob(f"{prefix}*.sqlite3"):
        rest = path.stem[len(prefix):]
        stamp, _, reason = rest.partition("-")
        try:
            taken = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, reason or "manual", path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def take_backup(store: Store, backup_dir: Path, reason: str = "manual",
                keep: int = DEFAULT_KEEP) -> Path:
    """A consistent copy of the open store, then prune to the newest `keep` backups."""
    stamp = datetime.now(timezone.utc).strftime(STAMP_FORMAT)
    out = backup_dir / f"{_prefix(store.path)}{stamp}-{reason}.sqlite3"
    store.backup(out)
    prune(store.path, backup_dir, keep)
    return out


def prune(store_path: Path, backup_dir: Path, keep: int) -> list[Path]:
    removed = []
    for info in list_backups(store_path, backup_dir)[max(keep, 1):]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def backup_if_due(store: Store, backup_dir: Path, *, every: timedelta = timedelta(days=1),
                  keep: int = DEFAULT_KEEP) -> Path | None:
    """The daily backup: taken when the newest backup is older than `every`."""
    newest = list_backups(store.path, backup_dir)
    if newest and datetime.now(timezone.utc) - newest[0].taken < every:
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

    The store being replaced is kept beside it as `<name>.replaced-<stamp>` (a damaged file
    may still hold something a person wants). Returns that path, if there was a store.
    """
    if not is_sound(backup):
        raise StoreError(f"{backup}: not a sound CWGI store; nothing was restored")
    kept: Path | None = None
    stamp = datetime.now(timezone.utc).strftime(STAMP_FORMAT)
    if store_path.exists():
        kept = store_path.with_name(f"{store_path.name}.replaced-{stamp}")
        store_path.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = Path(str(store_path) + suffix)
        if side.exists():
            side.replace(Path(str(kept or store_path) + suffix + f".replaced-{stamp}"))
    store_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = store_path.with_name(store_path.name + ".restoring")
    with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source, \
            contextlib.closing(sqlite3.connect(tmp)) as target:
        source.backup(target)
    tmp.replace(store_path)
    return kept


def store_problem(store_path: Path, *, thorough: bool = False) -> str | None:
    """Why the store at this path cannot be used (None when it is sound or absent).

    The default check is cheap enough for every start-up on a large store: the file opens,
    its schema reads and its tables answer. `thorough` adds SQLite's full integrity check,
    which reads every page (seconds on a store of thousands of contributions).
    """
    if not store_path.exists() or store_path.stat().st_size == 0:
        return None
    try:
        with Store(store_path) as store:
            for table in ("contributions", "annotations", "themes", "drafts", "blocks"):
                store.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} LIMIT 1)")
            problems = store.check() if thorough else []
    except (StoreError, sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return str(exc)
    return "; ".join(problems[:3]) if problems else None
