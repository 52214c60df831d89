"""The drafting journey in the window: the Draft menu, the toolbars at 1366 px in English
and French, Ctrl+S, a plain Markdown draft, each workspace's own docks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import built_translations
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from ui_helpers import wait_active

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.languages import install_translations

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture(params=["en", "fr"])
def language(request: Any, qm_folder: Path, monkeypatch: pytest.MonkeyPatch,
             qapp: Any) -> Iterator[str]:
    monkeypatch.setenv("CWGI_TRANSLATIONS_DIR", str(qm_folder))
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


def with_draft(store_path: Path) -> str:
    store = Store(store_path)
    try:
        return draft_service.create_draft(
                store, "key_findings", "Key findings", "en", template=True).id
    finally:
        store.close()


def hidden_actions(toolbar: QToolBar) -> list[str]:
    """Actions of the toolbar pushed out of sight (into its » overflow), by text."""
    return [a.text() for a in toolbar.actions()
            if not a.isSeparator() and a.isVisible()
            and not toolbar.widgetForAction(a).isVisible()]


def test_every_toolbar_action_is_visible_at_1366_px(
        qtbot: Any, make_window: Any, store_path: Path, language: str) -> None:
    with_draft(store_path)
    window = make_window()
    window.resize(1366, 768)
    for index in (0, 1):
        window.workspaces.setCurrentIndex(index)
        qtbot.wait(50)  # layouts settle on the next turns of the event loop
        bars = [window.findChild(QToolBar, "mainToolbar")]
        if index == 1:
            bars += [window.drafts.toolbar, window.drafts.block_toolbar]
        for bar in bars:
            assert hidden_actions(bar) == [], f"{language}, tab {index}: {bar.objectName()}"
    export = window.drafts.actions_["export"]
    cite = window.drafts.actions_["cite"]
    assert window.drafts.toolbar.widgetForAction(export).isVisible()
    assert window.drafts.block_toolbar.widgetForAction(cite).isVisible()
    # Icon-only buttons tell what they do.
    undo = window.findChild(QToolBar, "mainToolbar").widgetForAction(window.actions_["undo"])
    assert undo.toolTip()


def test_the_draft_menu_of_the_menu_bar_opens_the_export(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    with_draft(store_path)
    window = make_window()
    qtbot.waitUntil(lambda: window.drafts.draft is not None)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Draft" in titles
    menu = window.draft_menu
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:3] == ["actionNewDraft", "actionImportDraft", "actionSaveNow"]
    assert {"actionExportDraft", "actionVersions", "actionReviewComments"} <= set(names)
    assert window.workspaces.currentIndex() == 0
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(window.drafts.actions_["export"])
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    from cwgi_desktop.ui.editor.export_dialog import ExportDialog

    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    assert window.workspaces.currentWidget() is window.drafts
    window.findChild(ExportDialog).reject()


def test_ctrl_s_saves_now_and_versions_have_their_own_keys(
        qtbot: Any, make_window: Any, store_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    draft_id = with_draft(store_path)
    window = make_window()
    ws = window.drafts
    window.workspaces.setCurrentWidget(ws)
    qtbot.waitUntil(lambda: ws.model.rowCount() > 0)
    wait_active(qtbot, window)
    ws.outline.setCurrentIndex(ws.model.index(0))
    ws.editor.setFocus()
    qtbot.keyClicks(ws.editor, "Typed ")
    assert ws.autosaver.has_unsaved
    qtbot.keyClick(ws.editor, Qt.Key.Key_S, CTRL)
    assert not ws.autosaver._pending  # written now, not after the autosave's delay
    qtbot.waitUntil(lambda: not ws.autosaver.has_unsaved)
    store = Store(store_path)
    try:
        assert "Typed " in store.blocks.all(draft_id)[0].text
        assert store.revisions.all(draft_id) == []  # Ctrl+S is not a version
    finally:
        store.close()
    assert "saved" in window.statusBar().currentMessage().lower()
    qtbot.keyClick(ws.editor, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage().startswith("Already saved")
    # Ctrl+S in the Contributions tab says so too.
    window.workspaces.setCurrentIndex(0)
    window.statusBar().clearMessage()
    qtbot.keyClick(window.table, Qt.Key.Key_S, CTRL)
    assert window.statusBar().currentMessage().startswith("Already saved")

    assert ws.actions_["take_version"].shortcut().toString() == "Ctrl+Shift+S"
    assert ws.actions_["versions"].shortcut().toString() == "Ctrl+Shift+V"
    every = [k.toString() for a in window.findChildren(type(ws.actions_["save_now"]))
             for k in a.shortcuts() if not k.isEmpty()]
    clashes = {k for k in every if every.count(k) > 1}
    assert clashes == set(), clashes


def test_a_plain_markdown_draft_imports_with_the_preferences_defaults(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Points made on access\n\nPrices fall with open cables.\n\n"
                     "## Skills\n\nTraining matters.\n", encoding="utf-8")
    window = make_window()
    window.settings.export_language = "fr"
    ws = window.drafts
    from cwgi_desktop.ui.editor import draft_commands

    monkeypatch.setattr(draft_commands.QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(notes), ""))
    ws.actions_["import_draft"].trigger()
    qtbot.waitUntil(lambda: ws.draft is not None)
    assert (ws.draft.title, ws.draft.language) == ("Points made on access", "fr")
    qtbot.waitUntil(lambda: ws.model.rowCount() == 3)
    assert window.statusBar().currentMessage().startswith("Imported")


def test_each_workspace_keeps_its_own_docks(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    with_draft(store_path)
    window = make_window()
    docks = (window.navigator_dock, window.search_dock, window.annotations_dock)
    assert all(d.isVisible() for d in docks)
    # The Drafts tab gives the editor the room.
    window.workspaces.setCurrentWidget(window.drafts)
    assert not any(d.isVisible() for d in docks)
    # The user opens the annotations beside the draft (to drag them in) ...
    window.annotations_dock.toggleViewAction().trigger()
    assert window.annotations_dock.isVisible()
    # ... the Contributions tab has its three docks back ...
    window.workspaces.setCurrentIndex(0)
    assert all(d.isVisible() for d in docks)
    # ... and the Drafts tab its one.
    window.workspaces.setCurrentWidget(window.drafts)
    assert [d.isVisible() for d in docks] == [False, False, True]
    window.close()
    # Kept for the next run.
    again = make_window()
    again.workspaces.setCurrentWidget(again.drafts)
    assert [d.isVisible() for d in (again.navigator_dock, again.search_dock,
                                    again.annotations_dock)] == [False, False, True]
