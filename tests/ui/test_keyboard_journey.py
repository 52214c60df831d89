"""The whole journey without a mouse: find, open, select, highlight, note, tag, review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLineEdit
from ui_helpers import find_dialog, focused, reactivate, wait_idle

from cwgi_desktop.core.store import AnnotationFilter
from cwgi_desktop.ui.annotation_dialogs import NoteDialog, ThemePickerDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = CTRL | SHIFT


def test_search_open_select_highlight_note_and_tag_by_keyboard_only(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    window.db.call(lambda s: s.themes.add("Submarine cables"))
    window.reload_facets()
    wait_idle(qtbot, window)
    cid = seeded["en"].id

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    field = focused()
    assert isinstance(field, QLineEdit) and field.objectName() == "searchField"
    with qtbot.waitSignal(window.search_panel.searched, timeout=5000):
        qtbot.keyClicks(field, "submarine")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    reader = window.reader.text
    assert focused() is reader
    position = reader.cursor_position()
    assert position is not None and position[0] == 4  # at the hit's paragraph
    assert reader.paragraph_text(4)[position[1]:].startswith("submarine")

    # Select "submarine cables" with Shift+Ctrl+Right, twice (word by word).
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    qtbot.keyClick(reader, Qt.Key.Key_Right, CTRL_SHIFT)
    passage = reader.selected_passage()
    assert passage is not None and passage.quote == "submarine cables"

    qtbot.keyClick(reader, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: window.reader.content.annotations != [])
    qtbot.keyClick(reader, Qt.Key.Key_N, CTRL_SHIFT)
    note = find_dialog(qtbot, window, NoteDialog)
    qtbot.keyClicks(note.editor, "Cost figures")
    qtbot.keyClick(note.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.reader.content.annotations[0].note == "Cost figures")
    reactivate(qtbot, window)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_T, CTRL)
    picker = find_dialog(qtbot, window, ThemePickerDialog)
    qtbot.keyClicks(picker.filter, "submarine")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert focused() is picker.tree
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.content.annotations[0].themes != [])
    annotation = window.db.call(
        lambda s: s.annotations.all(AnnotationFilter(contribution_id=cid)))[0]
    theme = window.db.call(lambda s: s.themes.find("Submarine cables"))
    assert (annotation.quote, annotation.note, annotation.themes, annotation.author) == \
        ("submarine cables", "Cost figures", [theme.id], "Test Author")

    # Ctrl+3 goes to the annotations list; Enter jumps back to the passage.
    reactivate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    panel_list = window.annotations_panel.list
    assert focused() is panel_list
    qtbot.waitUntil(lambda: window.annotations_panel.model.rowCount() == 1)
    panel_list.setCurrentIndex(window.annotations_panel.model.index(0))
    reader.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(panel_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: reader.textCursor().selectedText() == "submarine cables")
    assert focused() is reader

    # Ctrl+1 to the list, Enter opens the current row in the reader.
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert focused() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    last = window.model.contribution_at(window.model.rowCount() - 1)
    qtbot.waitUntil(lambda: window.reader.contribution.id == last.id)


def test_widgets_have_object_and_accessible_names(make_window: Any) -> None:
    window = make_window()
    for name in ("contributionList", "searchField", "reader", "readerText",
                 "annotationsPanel", "annotationList", "navigator", "filterBar",
                 "languageVersions"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        if name != "filterBar":
            assert widget.accessibleName(), name
    for dock in window.findChildren(QDockWidget):
        assert dock.objectName() and dock.windowTitle()
    for name in ("actionImport", "actionUndo", "actionRedo", "actionFind", "actionHighlight",
                 "actionNote", "actionThemes", "actionCodebook", "actionZoomIn"):
        action = window.findChild(object, name)
        assert action is not None and action.text() and action.shortcut().toString(), name
    toolbar_buttons = [b for b in window.findChildren(object)
                       if b.objectName().startswith("button")]
    assert toolbar_buttons and all(b.accessibleName() for b in toolbar_buttons)
    assert window.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows


def test_workspaces_can_be_added_beside_the_contributions(make_window: Any) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window()
    index = window.add_workspace(QLabel("drafts"), "Drafts")
    assert window.workspaces.tabText(index) == "Drafts"
    assert window.workspaces.tabText(0) == "Contributions"
