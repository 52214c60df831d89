"""Open a store as the application does: schema migrations plus the data migrations that
need code above the store (see `core.store.migrations.NEEDS_DATA_STEP`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.base import MigrationProgress
from cwgi_desktop.core.store.migrations import SCHEMA_VERSION, DataStep


def _renumber(conn: sqlite3.Connection) -> str | None:
    # Loaded only for a store that needs it: it brings the importers (cover splitting),
    # which `cwgi search` on a current store must not pay for.
    from cwgi_desktop.core.services.renumbering import renumber_store

    tally = renumber_store(conn)
    return tally.line() if tally.touched else None


# Schema version reached → the data step run right after its schema step.
DATA_STEPS: dict[int, DataStep] = {3: _renumber}


def open_store(path: Path | str, *, migrate: bool = True,
               progress: MigrationProgress | None = None) -> Store:
    """The store at `path`, created or migrated as needed (StoreError: one line).
    `progress(done, steps, version)` follows a migration, when there is one."""
    return Store(path, migrate=migrate, data_steps=DATA_STEPS, progress=progress)


def needs_migration(path: Path | str) -> bool:
    """Whether opening the store at `path` will migrate it (an older schema). Read without
    writing; anything unreadable says False and is reported by the normal opening."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return False
    return 0 < version < SCHEMA_VERSION
