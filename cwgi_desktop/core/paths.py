"""Where the store lives by default: the platform's user data folder, overridable."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "cwgi-desktop"
DB_FILE_NAME = "cwgi.sqlite3"


def user_data_dir() -> Path:
    """The user data folder (CWGI_DATA_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("CWGI_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # on first use: 7 ms (tempfile, shutil) that `--db` never needs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Files the application can make again (CWGI_CACHE_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("CWGI_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The store used when neither --db nor CWGI_DB names one."""
    env = os.environ.get("CWGI_DB")
    if env:
        return Path(env)
    return user_data_dir() / DB_FILE_NAME


def default_backup_dir() -> Path:
    return user_data_dir() / "backups"
