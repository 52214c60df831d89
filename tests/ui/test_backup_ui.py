"""Backups from the window: on close or daily as the settings say, by hand, restored from
the File menu, and offered at start-up when the store is damaged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import Sessions, settings_with_author
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from ui_helpers import add_contribution, find_dialog, wait_active, wait_idle

from cwgi_desktop.core.services.backups import list_backups, take_backup
from cwgi_desktop.core.store import AnnotationFilter, Store
from cwgi_desktop.ui.backup_ui import DamagedStoreDialog, RestoreDialog
from cwgi_desktop.ui.settings import Settings


@pytest.fixture
def sessions(qtbot: Any) -> Iterator[Sessions]:
    opened = Sessions(qtbot)
    yield opened
    opened.close_all()


def _settings(frequency: str = "close", keep: int = 10) -> Settings:
    settings = settings_with_author()
    settings.demo_offered = True
    settings.backup_frequency = frequency
    settings.backup_keep = keep
    return settings


def _annotate(window: Any, cid: str, quote: str) -> None:
    window.db.call(lambda s: s.add_annotation(cid, author="Test Author", quote=quote))


def test_closing_the_window_takes_a_backup_and_keeps_the_newest(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path) -> None:
    settings = _settings("close", keep=2)
    backups = settings.backup_dir()
    for n in range(3):
        session = sessions.start(store_path, settings)
        _annotate(session.window, seeded["en"].id, "Switzerland" if n == 0 else "Affordability")
        session.window.close()
        assert len(list_backups(store_path, backups)) == min(n + 1, 2)
    newest = list_backups(store_path, backups)[0]
    assert newest.reason == "close"
    with Store(newest.path) as copy:
        assert len(copy.annotations(AnnotationFilter())) == 3


def test_daily_backups_are_taken_once_a_day(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path) -> None:
    settings = _settings("daily")
    session = sessions.start(store_path, settings)
    qtbot.waitUntil(lambda: len(list_backups(store_path, settings.backup_dir())) == 1)
    assert list_backups(store_path, settings.backup_dir())[0].reason == "daily"
    session.window.close()  # not on close when daily
    again = sessions.start(store_path, settings)
    wait_idle(qtbot, again.window)
    assert len(list_backups(store_path, settings.backup_dir())) == 1


def test_back_up_now_says_where(qtbot: Any, sessions: Sessions, seeded: dict,
                                store_path: Path) -> None:
    settings = _settings("never")
    window = sessions.start(store_path, settings).window
    window.main_actions.actions["backup_now"].trigger()
    qtbot.waitUntil(lambda: "Backup saved" in window.statusBar().currentMessage())
    assert [b.reason for b in list_backups(store_path, settings.backup_dir())] == ["manual"]
    window.close()
    assert len(list_backups(store_path, settings.backup_dir())) == 1  # never on close


def test_restore_from_the_window_brings_back_the_backup(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path) -> None:
    settings = _settings("close")
    cid = seeded["en"].id
    first = sessions.start(store_path, settings)
    _annotate(first.window, cid, "Switzerland")
    first.window.close()  # backup with one annotation
    session = sessions.start(store_path, settings)
    window = session.window
    _annotate(window, cid, "Affordability")  # a later change the backup lacks

    window.main_actions.actions["restore"].trigger()
    dialog = find_dialog(qtbot, window, RestoreDialog)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.hasFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    restored = sessions.wait_window(session, previous=window)
    quotes = [a.quote for a in restored.db.call(
        lambda s: s.annotations(AnnotationFilter(contribution_id=cid)))]
    assert quotes == ["Switzerland"]
    assert "Restored" in restored.statusBar().currentMessage()
    kept = list(store_path.parent.glob(f"{store_path.name}.replaced-*"))
    assert len(kept) == 1  # the store it replaced, with the later annotation
    with Store(kept[0]) as old:
        assert len(old.annotations(AnnotationFilter())) == 2
    # Restoring did not take a backup of the store being replaced.
    assert len(list_backups(store_path, settings.backup_dir())) == 1


def _damage(path: Path) -> None:
    for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        side.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)


def test_a_damaged_store_at_start_up_is_offered_its_newest_good_backup(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path) -> None:
    settings = _settings("close")
    with Store(store_path) as store:
        take_backup(store, settings.backup_dir(), "close")
    _damage(store_path)

    session = sessions.start(store_path, settings)
    assert session.window is None
    dialog = session.damaged_dialog
    assert isinstance(dialog, DamagedStoreDialog)
    qtbot.waitExposed(dialog)
    wait_active(qtbot, dialog)
    assert "not a CWGI store" in dialog.problem.text()
    assert dialog.restore_button.isVisible() and dialog.restore_button.isDefault()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    window = sessions.wait_window(session)
    assert window.model.total == 5
    assert list(store_path.parent.glob(f"{store_path.name}.replaced-*"))


def test_a_damaged_store_without_backup_lets_the_user_open_another(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other.sqlite3"
    with Store(other) as store:
        add_contribution(store, "C26/1-E", "Text.", title="Other")
    broken = tmp_path / "broken.sqlite3"
    _damage(broken)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))

    session = sessions.start(broken, _settings())
    dialog = session.damaged_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    window = sessions.wait_window(session)
    assert window.db.path == other
    assert window.model.total == 1


def test_a_missing_store_with_backups_is_offered_them_not_replaced_by_an_empty_one(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path) -> None:
    settings = _settings("close")
    with Store(store_path) as store:
        take_backup(store, settings.backup_dir(), "close")
    store_path.unlink()  # e.g. a restore killed half-way by an earlier version

    session = sessions.start(store_path, settings)
    assert session.window is None
    assert not store_path.exists()  # nothing created behind the user's back
    dialog = session.damaged_dialog
    assert isinstance(dialog, DamagedStoreDialog)
    qtbot.waitExposed(dialog)
    assert "missing" in dialog.problem.text()
    assert dialog.restore_button.isVisible() and dialog.restore_button.isDefault()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    window = sessions.wait_window(session)
    assert window.model.total == 5


def test_a_missing_recent_store_is_created_again_only_when_the_user_asks(
        qtbot: Any, sessions: Sessions, tmp_path: Path) -> None:
    path = tmp_path / "gone.sqlite3"
    settings = _settings()
    settings.add_recent_store(path)

    session = sessions.start(path, settings)
    dialog = session.damaged_dialog
    qtbot.waitExposed(dialog)
    assert not path.exists()
    assert not dialog.restore_button.isVisible() and dialog.create_button.isVisible()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    window = sessions.wait_window(session)
    assert window.db.path == path and path.exists()
    assert window.model.total == 0
