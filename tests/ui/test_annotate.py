"""Annotating from the keyboard: highlight, note, theme; filter by theme; undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import find_dialog, reactivate, select_in_reader, wait_idle

from cwgi_desktop.core.store import AnnotationFilter
from cwgi_desktop.ui.annotation_dialogs import NoteDialog, ThemePickerDialog
from cwgi_desktop.ui.reader_text import AnnotationIdProperty

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
QUOTE = "main barrier to Internet access"


def live_annotations(window: Any, cid: str) -> list[Any]:
    return window.db.call(lambda s: s.annotations.all(AnnotationFilter(contribution_id=cid)))


def open_and_wait(qtbot: Any, window: Any, cid: str) -> None:
    window.open_contribution(cid, focus=True)
    qtbot.waitUntil(lambda: window.reader.contribution is not None
                    and window.reader.contribution.id == cid)


def test_highlight_note_and_theme_from_the_keyboard_then_filter_undo_redo(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    window.db.call(lambda s: s.themes.add("Affordability", colour="#7bc67e"))
    cid = seeded["en"].id
    open_and_wait(qtbot, window, cid)
    reader = window.reader.text

    # Highlight: Ctrl+H on a selection.
    select_in_reader(window, 3, QUOTE)
    qtbot.keyClick(reader, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: len(live_annotations(window, cid)) == 1)
    annotation = live_annotations(window, cid)[0]
    assert (annotation.author, annotation.quote, annotation.paragraph) == \
        ("Test Author", QUOTE, 3)
    qtbot.waitUntil(lambda: len(window.reader.content.annotations) == 1)
    block = reader.block_of(3)
    position = block.position() + block.text().index(QUOTE) + 2
    fmt = reader.document().characterAt(position) and _format_at(reader, position)
    assert fmt.property(AnnotationIdProperty) == annotation.id
    assert fmt.fontUnderline() or fmt.underlineStyle() != fmt.UnderlineStyle.NoUnderline
    assert fmt.background().color().name() == annotation.colour

    # Note: Ctrl+Shift+N on the same passage edits that annotation; Ctrl+Enter saves.
    wait_idle(qtbot, window)
    select_in_reader(window, 3, QUOTE)
    qtbot.keyClick(reader, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = find_dialog(qtbot, window, NoteDialog)
    qtbot.keyClicks(dialog.editor, "Key evidence for finding 2")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: live_annotations(window, cid)[0].note ==
                    "Key evidence for finding 2")

    # Theme: Ctrl+T, type to filter, Enter tags with the match.
    qtbot.waitUntil(lambda: window.reader.content.annotations[0].note != "")
    reactivate(qtbot, window)
    select_in_reader(window, 3, QUOTE)
    qtbot.keyClick(reader, Qt.Key.Key_T, CTRL)
    picker = find_dialog(qtbot, window, ThemePickerDialog)
    qtbot.keyClicks(picker.filter, "afford")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    theme = window.db.call(lambda s: s.themes.find("Affordability"))
    qtbot.waitUntil(lambda: live_annotations(window, cid)[0].themes == [theme.id])
    assert len(live_annotations(window, cid)) == 1

    reactivate(qtbot, window)

    # The panel lists it; filtering the list by the theme keeps only this contribution.
    wait_idle(qtbot, window)
    panel = window.annotations_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert "Key evidence" in panel.model.data(panel.model.index(0))
    qtbot.waitUntil(lambda: window.filter_bar.theme.findData(theme.id) >= 0)
    window.filter_bar.theme.setCurrentIndex(window.filter_bar.theme.findData(theme.id))
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.contribution_at(0).id == cid
    assert "1 contribution" in window.count_label.text()

    # Undo three times (theme, note, highlight), then redo three times.
    undo = window.actions_["undo"]
    assert undo.shortcut().toString() == "Ctrl+Z"
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: live_annotations(window, cid)[0].themes == [])
    qtbot.waitUntil(lambda: window.model.total == 0)  # the theme filter now matches nothing
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: live_annotations(window, cid)[0].note == "")
    qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: live_annotations(window, cid) == [])
    assert not window.undo_stack.canUndo()
    qtbot.waitUntil(lambda: window.reader.content.annotations == [])
    assert _format_at(reader, position).property(AnnotationIdProperty) in (None, "")

    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: [(a.note, a.themes) for a in live_annotations(window, cid)] ==
                    [("Key evidence for finding 2", [theme.id])])
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert live_annotations(window, cid)[0].id == annotation.id


def _format_at(text: Any, position: int) -> Any:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(text.document())
    cursor.setPosition(position)
    return cursor.charFormat()


def test_annotating_without_a_selection_says_what_to_do(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    open_and_wait(qtbot, window, seeded["en"].id)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_H, CTRL)
    assert "Select a passage" in window.statusBar().currentMessage()
    assert live_annotations(window, seeded["en"].id) == []


def test_a_new_theme_is_made_by_typing_its_name(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    cid = seeded["isoc"].id
    open_and_wait(qtbot, window, cid)
    select_in_reader(window, 1, "Spam remains a concern")
    window.annotator.themes_action.trigger()
    picker = find_dialog(qtbot, window, ThemePickerDialog)
    qtbot.keyClicks(picker.filter, "Spam and misuse")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(live_annotations(window, cid)) == 1)
    theme = window.db.call(lambda s: s.themes.find("Spam and misuse"))
    assert live_annotations(window, cid)[0].themes == [theme.id]
    qtbot.waitUntil(lambda: window.navigator.model_.findItems(
        "Themes")[0].rowCount() == 1)


def test_annotations_panel_jumps_and_deletes_with_undo(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    en = seeded["en"].id
    window.db.call(lambda s: s.annotations.add(
        en, author="Delegate B", quote="submarine cables", note="Check the figures"))
    open_and_wait(qtbot, window, seeded["isoc"].id)
    panel = window.annotations_panel
    panel.scope.setCurrentIndex(panel.scope.findData("all"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    index = panel.model.index(0)
    panel.list.setCurrentIndex(index)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.contribution.id == en)
    qtbot.waitUntil(lambda: window.reader.text.textCursor().selectedText() == "submarine cables")

    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: live_annotations(window, en) == [])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: len(live_annotations(window, en)) == 1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_annotations_panel_filters_by_author_and_colour(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    en = seeded["en"].id
    window.db.call(lambda s: s.annotations.add(en, author="Delegate B", quote="Introduction",
                                              colour="#6fa8dc"))
    window.db.call(lambda s: s.annotations.add(en, author="Test Author", quote="submarine",
                                              colour="#f6c343"))
    window.reload_facets()  # written behind the window's back: no change was announced
    open_and_wait(qtbot, window, en)
    panel = window.annotations_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.waitUntil(lambda: panel.author.findData("Delegate B") >= 0)
    panel.author.setCurrentIndex(panel.author.findData("Delegate B"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.author.setCurrentIndex(0)
    panel.colour.setCurrentIndex(panel.colour.findData("#f6c343"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1
                    and "submarine" in panel.model.data(panel.model.index(0)))
