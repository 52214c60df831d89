"""The default folders, with no override set (the tests set CWGI_DATA_DIR and CWGI_CACHE_DIR
everywhere else, so these paths are taken only here and by real users)."""

from __future__ import annotations

import pytest

from cwgi_desktop.core import paths


def test_the_default_folders_are_the_platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CWGI_DATA_DIR", "CWGI_CACHE_DIR", "CWGI_DB"):
        monkeypatch.delenv(name, raising=False)
    data, cache = paths.user_data_dir(), paths.user_cache_dir()
    assert data.name == cache.name == paths.APP_NAME
    assert data != cache
    assert paths.default_db_path() == data / paths.DB_FILE_NAME
