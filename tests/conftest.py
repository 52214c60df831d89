"""Test set-up: offscreen Qt, and no test ever writes to the real home folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shared fixture modules (importer_fixtures, ui_helpers) import as plain modules from any
# test folder.
for folder in ("core", "ui", "reliability"):
    sys.path.insert(0, str(Path(__file__).parent / folder))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder, the default store and Qt settings at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CWGI_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("CWGI_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("CWGI_CACHE_DIR", str(home / "cache"))
    monkeypatch.delenv("CWGI_DB", raising=False)
    monkeypatch.setenv("CWGI_AUTHOR", "Test Author")
    # Windows index in the background: the instant stand-in, not the real model, unless a
    # test asks for the model (tests/core/test_semantic_model.py builds one itself).
    monkeypatch.setenv("CWGI_EMBEDDER", "hash")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    return home
