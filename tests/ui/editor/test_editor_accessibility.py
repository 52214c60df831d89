"""The drafting editor for keyboard and screen-reader users: names, descriptions, Tab order,
and error texts in the theme's error colour."""

from __future__ import annotations

from typing import Any

from app_helpers import ROOT, unnamed_controls
from editor_fixtures import seed_realistic_draft
from editor_helpers import select_row, wait_dialog, wait_jobs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from cwgi_desktop.core.drafting.revisions import BlockDiff, WordChange
from cwgi_desktop.core.models import Block
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.accessibility import focus_chain
from cwgi_desktop.ui.editor import DraftWorkspace
from cwgi_desktop.ui.editor.citation_picker import CitationPicker
from cwgi_desktop.ui.editor.evidence_panel import Evidence, EvidencePanel
from cwgi_desktop.ui.editor.export_dialog import ExportDialog
from cwgi_desktop.ui.editor.new_draft_dialog import NewDraftDialog
from cwgi_desktop.ui.editor.preview import render_block_html
from cwgi_desktop.ui.editor.revisions_dialog import RevisionsDialog, diff_html
from cwgi_desktop.ui.theme import error_colour

UI = ROOT / "cwgi_desktop" / "ui"


def workspace_with_draft(qtbot: Any, open_workspace: Any, corpus: dict) -> DraftWorkspace:
    with Store(corpus["path"]) as store:
        seed_realistic_draft(store)
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    select_row(qtbot, ws, 1)
    wait_jobs(qtbot, ws)
    return ws


def in_chain(root: QWidget, expected: list[QWidget]) -> list[QWidget]:
    """The `expected` widgets in the order Tab reaches them, from the first of them (the
    focus chain is a ring)."""
    found = [w for w in focus_chain(root) if w in expected]
    start = found.index(expected[0]) if expected[0] in found else 0
    return found[start:] + found[:start]


def shown(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    return [w for w in widgets if w.isEnabled() and w.isVisibleTo(root)]


def test_tab_goes_through_the_workspace_in_reading_order(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = workspace_with_draft(qtbot, open_workspace, corpus)
    menu = ws.findChild(QWidget, "draftMenuButton")
    expected = [menu, ws.draft_chooser, ws.kind_combo, ws.outline, ws.editor, ws.preview,
                ws.side.tabBar(), ws.evidence.list]
    assert in_chain(ws, expected) == shown(ws, expected)
    menu.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [menu, ws.draft_chooser, ws.kind_combo, ws.outline]

    ws.side.setCurrentWidget(ws.coverage)
    coverage = [ws.side.tabBar(), *ws.coverage.tab_order()]
    assert in_chain(ws, coverage) == shown(ws, coverage)


def test_every_control_of_the_workspace_has_a_name(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = workspace_with_draft(qtbot, open_workspace, corpus)
    for panel in (ws.evidence, ws.coverage):
        ws.side.setCurrentWidget(panel)
        assert not unnamed_controls(ws), unnamed_controls(ws)
    for widget in (ws.side, ws.draft_chooser, ws.kind_combo, ws.editor, ws.evidence.list,
                   ws.coverage.tree):
        assert widget.accessibleName() and widget.accessibleDescription(), widget.objectName()


def test_the_draft_menu_holds_every_action_on_the_draft(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = workspace_with_draft(qtbot, open_workspace, corpus)
    names = [a.objectName() for a in ws.draft_menu.actions() if not a.isSeparator()]
    assert names == ["actionNewDraft", "actionImportDraft", "actionDraftDetails",
                     "actionSaveNow", "actionTakeVersion", "actionVersions",
                     "actionLanguageVersion", "actionTranslationCurrent",
                     "actionExportDraft", "actionReviewComments", "actionDeleteDraft"]
    # "Mark translation up to date" waits for a block of a language version.
    assert all(a.isEnabled() for a in ws.draft_menu.actions()
               if a.objectName() != "actionTranslationCurrent")


def test_tab_order_of_the_editor_dialogs(qtbot: Any, open_workspace: Any,
                                         corpus: dict) -> None:
    ws = workspace_with_draft(qtbot, open_workspace, corpus)
    ws.actions_["export"].trigger()
    export = wait_dialog(qtbot, ws, ExportDialog)
    close = export.buttons.button(QDialogButtonBox.StandardButton.Close)
    expected = [export.word, export.language, export.font_box, export.sources, export.comments,
                export.path, export.browse_button, export.preview_area, export.export_button, close]
    assert in_chain(export, expected) == shown(export, expected)
    assert export.preview_area.accessibleName() and export.preview_area.accessibleDescription()
    assert not unnamed_controls(export)
    export.reject()

    picker = ws.cite()
    assert isinstance(picker, CitationPicker)
    wait_jobs(qtbot, ws)
    expected = [picker.query, picker.results, picker.paragraph, picker.insert_button]
    assert in_chain(picker, expected) == shown(picker, expected)
    picker.reject()

    new = NewDraftDialog(["Open consultation 2026"], ws)
    qtbot.addWidget(new)
    new.show()
    expected = [new.kind, new.title, new.language, new.consultation, new.modes.button(0),
                new.buttons.button(QDialogButtonBox.StandardButton.Ok)]
    assert in_chain(new, expected) == shown(new, expected)
    assert new.group_by.accessibleName()
    new.reject()

    versions = ws.show_versions()
    assert isinstance(versions, RevisionsDialog)
    wait_jobs(qtbot, ws)
    expected = [versions.list, versions.take_button, versions.view]
    assert in_chain(versions, expected) == shown(versions, expected)
    versions.reject()


def test_errors_are_shown_in_the_themes_error_colour(qtbot: Any) -> None:
    sources = [UI / "exchange_dialogs.py", UI / "review_dialog.py",
               *sorted((UI / "editor").glob("*.py"))]
    assert not [p.name for p in sources if "#b00020" in p.read_text(encoding="utf-8")]
    colour = error_colour().name()
    assert colour in render_block_html(_block("A claim [@C26/404]."), None, set())
    diff = BlockDiff("changed", "b", "paragraph", "paragraph",
                     left=[WordChange("delete", "old")], right=[WordChange("insert", "new")])
    table = diff_html([diff], "Before", "After")
    assert f"color:{colour}" in table


def test_unresolved_evidence_is_in_the_error_colour(qtbot: Any) -> None:
    panel = EvidencePanel()
    qtbot.addWidget(panel)
    panel.set_evidence([Evidence(key="C26/404")])
    assert panel.list.item(0).foreground().color() == error_colour()


def _block(text: str) -> Block:
    return Block(id="b", draft_id="d", kind="paragraph", text=text)
