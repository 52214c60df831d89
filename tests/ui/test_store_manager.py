"""Stores: File ▸ New store…, Open store…, Open recent and the Stores dialog; switching
closes the window (its worker stops) and opens a new one on the other store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import Sessions, settings_with_author
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from ui_helpers import add_contribution, find_dialog

from cwgi_desktop.core.services.backups import take_backup
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.session import default_store_for
from cwgi_desktop.ui.settings import Settings
from cwgi_desktop.ui.store_manager import StoreManagerDialog


@pytest.fixture
def sessions(qtbot: Any) -> Iterator[Sessions]:
    opened = Sessions(qtbot)
    yield opened
    opened.close_all()


@pytest.fixture
def other_store(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite3"
    with Store(path) as store:
        add_contribution(store, "C26/1-E", "One paragraph.", title="Another consultation")
    return path


def _settings() -> Settings:
    settings = settings_with_author()
    settings.demo_offered = True
    return settings


def test_new_store_switches_the_window_to_an_empty_store(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "folder" / "consultation-2026"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    session = sessions.start(store_path, _settings())
    old = session.window
    old_db = old.db
    assert old.model.total == 5
    old.main_actions.actions["new_store"].trigger()

    new = sessions.wait_window(session, previous=old)
    assert not old_db.running  # the old window closed and its worker stopped
    assert new.db.path == chosen.with_suffix(".sqlite3")
    assert new.db.path.exists()
    assert new.model.total == 0
    assert chosen.name in new.windowTitle()
    assert Settings().recent_stores[:2] == [str(new.db.path.resolve()),
                                            str(store_path.resolve())]


def test_open_store_with_the_keyboard_and_back_through_open_recent(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path, other_store: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other_store), "")))
    session = sessions.start(store_path, _settings())
    first = session.window
    qtbot.keyClick(first, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    second = sessions.wait_window(session, previous=first)
    assert second.db.path == other_store
    assert second.model.total == 1

    recent = second.main_actions.recent_menu
    recent.aboutToShow.emit()
    entries = [a for a in recent.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(store_path.resolve())]
    entries[0].trigger()
    third = sessions.wait_window(session, previous=second)
    assert third.db.path.resolve() == store_path.resolve()
    assert third.model.total == 5


def test_the_stores_dialog_opens_and_forgets(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path,
        other_store: Path) -> None:
    settings = _settings()
    settings.add_recent_store(other_store)
    missing = other_store.with_name("gone.sqlite3")
    settings.add_recent_store(missing)
    session = sessions.start(store_path, settings)
    window = session.window
    window.main_actions.actions["stores"].trigger()
    dialog = find_dialog(qtbot, window, StoreManagerDialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 3 and "(open)" in texts[0] and "(missing)" in texts[1]
    assert not dialog.open_button.isEnabled()  # the open store
    dialog.list.setCurrentRow(1)
    assert not dialog.open_button.isEnabled()  # a missing file
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert str(missing.resolve()) not in Settings().recent_stores
    dialog.list.setCurrentRow(1)
    assert dialog.chosen_path() == other_store.resolve()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    new = sessions.wait_window(session, previous=window)
    assert new.db.path.resolve() == other_store.resolve()


def test_the_last_store_opens_at_the_next_start(
        qtbot: Any, sessions: Sessions, other_store: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings()
    window = sessions.start(other_store, settings).window
    window.close()
    fallback = tmp_path / "default.sqlite3"
    assert default_store_for(Settings(), fallback) == other_store.resolve()
    monkeypatch.setenv("CWGI_DB", str(fallback))
    assert default_store_for(Settings(), tmp_path / "x.sqlite3") == fallback
    monkeypatch.delenv("CWGI_DB")
    with Store(other_store) as store:
        take_backup(store, Settings().backup_dir())
    other_store.unlink()
    # Its backups show it existed: it is opened (to be offered them), not swapped silently.
    assert default_store_for(Settings(), fallback) == other_store.resolve()
    shutil.rmtree(Settings().backup_dir())
    assert default_store_for(Settings(), fallback) == fallback
