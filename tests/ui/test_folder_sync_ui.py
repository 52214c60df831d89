"""Share through a folder in the window: two windows on two stores see each other's
annotations with no manual step; the dialog chooses the folder and lists colleagues."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from cwgi_desktop.core.services import folder_sync
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS
from cwgi_desktop.ui.folder_sync_ui import FolderSyncController, FolderSyncDialog

TEXT = ("Affordability remains the main barrier.", "Open access lowers prices.")


def make_store(path: Path, shared: Path | None) -> Path:
    with Store(path) as store:
        store.contributions.add(sha256="same-file", paragraphs=[(t, "body") for t in TEXT],
                               metadata={"symbol": "C26/77-E", "title": "Connectivity"})
        if shared is not None:
            folder_sync.set_shared_folder(store, shared)
    return path


@pytest.fixture(autouse=True)
def quick_rounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FolderSyncController, "AFTER_LOCAL_EDIT", 50)
    monkeypatch.setattr(FolderSyncController, "AFTER_FOLDER_CHANGE", 50)
    monkeypatch.setattr(FolderSyncController, "EVERY", 1_000)


def quotes(window: Any) -> list[str]:
    return window.db.call(lambda s: sorted(a.quote for a in s.annotations.all()))


def test_two_windows_see_each_others_annotations_without_a_manual_step(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    shared = tmp_path / "Nextcloud" / "CWG"
    shared.mkdir(parents=True)
    amina = make_window(make_store(tmp_path / "amina.sqlite3", shared))
    boris = make_window(make_store(tmp_path / "boris.sqlite3", shared))
    amina.db.submit(lambda s: s.annotations.add("C26/77", author="Amina",
                                               quote="main barrier"),
                    changes=[ANNOTATIONS], owner=None)
    qtbot.waitUntil(lambda: quotes(boris) == ["main barrier"], timeout=20_000)
    boris.db.submit(lambda s: s.annotations.add("C26/77", author="Boris",
                                               quote="Open access"),
                    changes=[ANNOTATIONS], owner=None)
    qtbot.waitUntil(lambda: quotes(amina) == ["Open access", "main barrier"], timeout=20_000)
    label = boris.findChild(QLabel, "syncStatus")
    qtbot.waitUntil(lambda: label.text().startswith("In sync with 1 colleague"),
                    timeout=20_000)
    assert label.isVisible()


def test_the_dialog_chooses_the_folder_and_lists_colleagues(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "OneDrive" / "CWG"
    shared.mkdir(parents=True)
    with Store(make_store(tmp_path / "colleague.sqlite3", shared)) as other:
        other.annotations.add("C26/77", author="Chen", quote="main barrier")
        folder_sync.sync(other, shared, author="Chen")
    window = make_window(make_store(tmp_path / "me.sqlite3", None))
    action = next(a for a in window.findChildren(type(window.actions()[0]))
                  if a.objectName() == "actionShareFolder")
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, FolderSyncDialog) and w.isVisible())
    assert dialog.findChild(QLabel, "syncDialogStatus").text() == \
        "Not sharing through a folder."
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(shared)))
    qtbot.mouseClick(dialog.findChild(type(dialog.stop), "syncChoose"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and quotes(window) == ["main barrier"],
                    timeout=20_000)
    assert dialog.table.item(0, 0).text() == "Chen"
    assert dialog.table.item(0, 1).text() == "1 / 1"
    assert window.db.call(folder_sync.shared_folder) == shared.resolve()
    qtbot.mouseClick(dialog.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db.call(folder_sync.shared_folder) is None, timeout=10_000)
    dialog.close()


def test_the_last_change_is_worded_in_the_interface_language(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """The age comes from the core as figures (not English text to take apart)."""
    from datetime import datetime, timedelta, timezone

    window = make_window(make_store(tmp_path / "me.sqlite3", None))
    controller = window.main_actions.folder_sync
    now = datetime.now(timezone.utc)
    assert controller.ago((now - timedelta(hours=3)).isoformat()) == "3 hours ago"
    assert controller.ago((now - timedelta(minutes=1, seconds=5)).isoformat()) == \
        "1 minute ago"
    assert controller.ago(now.isoformat()) == "just now"
    assert controller.ago("not a time") == "not a time"
