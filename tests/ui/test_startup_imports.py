"""What the window imports to start: not the Word export, bundle or review stacks, not the
drafting editor, spell-checking, search by meaning (numpy), folder sync or the menus'
dialogs (they load on first use; issue 15). Module names, not time. And what is built on
first use still works from the start: the Drafts tab, the Draft menu, Ctrl+S."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import wait_active, wait_idle

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cwgi_desktop.ui.main_window import MainWindow
from cwgi_desktop.ui.settings import Settings
window = MainWindow(sys.argv[1], Settings())
window.show()
def poll():
    if window.model.rowCount() > 0:
        QTimer.singleShot(300, finish)  # let the start-up queries settle
    else:
        QTimer.singleShot(10, poll)
def finish():
    print(json.dumps(sorted(sys.modules)))
    window.close()
    app.quit()
QTimer.singleShot(0, poll)
QTimer.singleShot(60000, app.quit)
app.exec()
"""

LOADED_ON_FIRST_USE = (
    "docx", "markdown_it", "pypdf", "sqlite_utils", "markdown",
    "cwgi_desktop.core.exporters.docx", "cwgi_desktop.core.exchange.bundle",
    "cwgi_desktop.core.exchange.review_import", "cwgi_desktop.core.services.importing",
    "cwgi_desktop.core.importers.docx", "cwgi_desktop.core.importers.pdf",
    "cwgi_desktop.ui.exchange_dialogs", "cwgi_desktop.ui.review_dialog",
    "cwgi_desktop.ui.editor.export_dialog",
    # The drafting editor (built when its tab is first shown) and what only it uses.
    "cwgi_desktop.ui.editor.draft_workspace", "cwgi_desktop.ui.editor.block_editor",
    "cwgi_desktop.ui.editor.spell_highlighter", "cwgi_desktop.ui.editor.outline_model",
    "cwgi_desktop.ui.editor.preview", "cwgi_desktop.core.spelling",
    "cwgi_desktop.core.services.drafts", "cwgi_desktop.core.services.revisions",
    "cwgi_desktop.core.drafting", "cwgi_desktop.core.exporters", "cwgi_desktop.core.importers",
    "lxml", "chunspell",
    # Search by meaning: numpy and the model load on the worker when first asked.
    "numpy", "cwgi_desktop.core.semantic",
    # Folder sync: its exchange stack loads once the window is shown.
    "cwgi_desktop.core.services.folder_sync", "cwgi_desktop.core.exchange",
    # The menus' dialogs load when opened.
    "cwgi_desktop.ui.help_dialogs", "cwgi_desktop.ui.preferences_dialog",
    "cwgi_desktop.ui.codebook_dialog", "cwgi_desktop.ui.backup_ui",
    "cwgi_desktop.ui.store_manager", "cwgi_desktop.ui.first_run", "email",
    "cwgi_desktop.ui.annotation_dialogs", "cwgi_desktop.ui.metadata_dialog",
    "cwgi_desktop.ui.import_job", "cwgi_desktop.ui.editor.language_version_ui",
    "cwgi_desktop.ui.consultation_ui",
)


def test_the_window_starts_without_the_stacks_loaded_on_first_use(
        tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    with Store(db) as store:
        store.contributions.add(sha256="a", paragraphs=[("Some text.", "body")],
                               metadata={"symbol": "C26/1-E", "title": "One"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CWGI_CONFIG_DIR=str(tmp_path / "cfg"),
               CWGI_AUTHOR="Tester")
    out = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True,
                         text=True, env=env, timeout=120, check=True)
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert "cwgi_desktop.ui.main_window" in modules
    loaded = [m for m in modules
              if any(m == p or m.startswith(p + ".") or (p.endswith("docx") and
                                                          m.startswith(p)) for p in
                     LOADED_ON_FIRST_USE)]
    assert loaded == []


def with_draft(store_path: Path) -> str:
    with Store(store_path) as store:
        return draft_service.create_draft(store, "key_findings", "Key findings", "en",
                                          template=True).id


def test_the_drafts_tab_builds_its_editor_when_first_shown(make_window: Any) -> None:
    window = make_window()
    assert window.drafts_if_built is None  # not built with the window
    page = window.workspaces.widget(1)
    assert window.workspaces.tabText(1) == "Drafts"
    assert page.objectName() == "draftWorkspace"  # its dock layout is kept under this name
    window.workspaces.setCurrentIndex(1)  # the user opens the tab
    ws = window.drafts_if_built
    assert ws is not None and ws is window.drafts and ws is not page
    assert window.workspaces.widget(1) is ws and window.workspaces.currentIndex() == 1
    assert window.workspaces.tabText(1) == "Drafts" and window.workspaces.count() == 2
    # The window's Draft menu holds the workspace's own actions; its toolbar button hides.
    assert ws.actions_["export"] in window.draft_menu.actions()
    assert not ws.draft_menu_action.isVisible()


def test_the_draft_menu_works_before_the_drafts_tab_was_opened(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    draft_id = with_draft(store_path)
    window = make_window()
    menu = window.draft_menu
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[:3] == ["actionNewDraft", "actionImportDraft", "actionSaveNow"]
    assert {"actionExportDraft", "actionVersions", "actionReviewComments"} <= set(names)
    assert all(a.isVisible() and a.isEnabled() for a in menu.actions()
               if not a.isSeparator())
    assert window.drafts_if_built is None
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    export = next(a for a in menu.actions() if a.objectName() == "actionExportDraft")
    menu.setActiveAction(export)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    from cwgi_desktop.ui.editor.export_dialog import ExportDialog

    # The editor is built, brought forward, and exports the draft it loaded.
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None, timeout=10_000)
    ws = window.drafts_if_built
    assert ws is not None and window.workspaces.currentWidget() is ws
    assert ws.draft is not None and ws.draft.id == draft_id
    assert ws.actions_["export"] is export
    window.findChild(ExportDialog).reject()


def _ctrl_s_in_the_table_says_already_saved(qtbot: Any, window: Any) -> None:
    window.table.setFocus()
    window.statusBar().clearMessage()
    qtbot.keyClick(window.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Already saved"))


def test_ctrl_s_before_the_drafts_tab_was_opened_says_everything_is_saved(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    wait_active(qtbot, window)
    _ctrl_s_in_the_table_says_already_saved(qtbot, window)
    assert window.workspaces.currentIndex() == 0  # Save now does not change the tab
    wait_idle(qtbot, window)


def test_ctrl_s_before_the_drafts_tab_was_opened_does_not_build_the_editor(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    """Nothing can be unsaved in an editor never built: Ctrl+S says so without building
    it (a third of the window's start, and the drafts read, for a status message)."""
    with_draft(store_path)
    window = make_window()
    wait_active(qtbot, window)
    _ctrl_s_in_the_table_says_already_saved(qtbot, window)
    wait_idle(qtbot, window)
    assert window.drafts_if_built is None
    window.workspaces.setCurrentIndex(1)  # opened afterwards, Ctrl+S saves in the editor
    ws = window.drafts_if_built
    assert ws is not None
    qtbot.waitUntil(lambda: ws.draft is not None)
    ws.editor.setFocus()
    ws.show_status("")
    qtbot.keyClick(ws.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.status.text().startswith(("Already saved", "Saved.")))
    wait_idle(qtbot, window)


def test_indexing_left_undone_waits_seconds_after_the_window_is_shown(
        qtbot: Any, make_window: Any, store_path: Path, monkeypatch: Any) -> None:
    from cwgi_desktop.ui import semantic_mount

    with Store(store_path) as store:  # a contribution no earlier session indexed
        store.contributions.add(sha256="b", paragraphs=[("Rural broadband access.", "body")],
                               metadata={"symbol": "C26/2-E", "title": "Two"})
    window = make_window()
    ui = window.semantic
    qtbot.waitUntil(ui.start_timer.isActive)  # asked for once the window is shown ...
    assert ui.start_timer.interval() >= 5000  # ... for some seconds later
    assert not ui.indexer.running and not ui.index_timer.isActive()
    window.close()
    assert not ui.start_timer.isActive()  # closing the window cancels it

    monkeypatch.setattr(semantic_mount, "INDEX_AT_START_MS", 50)
    window = make_window()
    qtbot.waitUntil(lambda: window.semantic.indexer.report is not None, timeout=10_000)
    assert window.semantic.indexer.report.done >= 1


def test_text_typed_in_a_drafts_tab_opened_by_a_click_is_kept_when_the_window_closes(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    """The editor built on the click (not with the window) still saves what is pending
    when the window is closed before the autosave's delay."""
    draft_id = with_draft(store_path)
    window = make_window()
    wait_active(qtbot, window)
    assert window.drafts_if_built is None
    bar = window.workspaces.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    ws = window.drafts_if_built
    assert ws is not None and window.workspaces.currentWidget() is ws
    qtbot.waitUntil(lambda: ws.model.rowCount() > 0)
    ws.outline.setCurrentIndex(ws.model.index(0))
    ws.editor.setFocus()
    qtbot.keyClicks(ws.editor, "Typed ")
    assert ws.autosaver.has_unsaved
    window.close()
    with Store(store_path) as store:
        assert "Typed " in store.blocks.all(draft_id)[0].text


def test_a_store_without_drafts_says_how_to_start_one_when_the_tab_is_opened(
        qtbot: Any, make_window: Any) -> None:
    """No draft at all: the tab says "No draft yet…" and only what needs no draft is on
    offer (it was silent, with New block, Cite and Export enabled on nothing)."""
    window = make_window()
    wait_active(qtbot, window)
    bar = window.workspaces.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    ws = window.drafts_if_built
    assert ws is not None
    qtbot.waitUntil(lambda: ws.status.text().startswith("No draft yet"))
    assert not ws.actions_["new_block"].isEnabled() and not ws.actions_["export"].isEnabled()
    assert ws.actions_["new_draft"].isEnabled() and ws.actions_["import_draft"].isEnabled()
