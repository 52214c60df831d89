"""The reader: numbered paragraphs, right-to-left Arabic, versions, zoom, read state, details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from ui_helpers import find_dialog, reactivate, wait_idle

from cwgi_desktop.core.models import Paragraph
from cwgi_desktop.ui.metadata_dialog import MetadataDialog
from cwgi_desktop.ui.reader_text import ReaderText, from_qt, to_qt

CTRL = Qt.KeyboardModifier.ControlModifier


def open_and_wait(qtbot: Any, window: Any, cid: str) -> None:
    window.open_contribution(cid, focus=True)
    qtbot.waitUntil(lambda: window.reader.contribution is not None
                    and window.reader.contribution.id == cid)


def test_paragraphs_are_numbered_blocks_holding_exactly_the_stored_text(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    open_and_wait(qtbot, window, seeded["en"].id)
    text = window.reader.text
    doc = text.document()
    assert doc.blockCount() == 4
    block = text.block_of(3)
    assert block.text().startswith("Affordability remains")
    assert block.textList() is not None and block.textList().itemNumber(block) == 2
    assert block.textList().itemText(block) == "3."
    assert window.reader.title.text() == "C26/77-E — Meaningful connectivity"
    assert "Switzerland" in window.reader.details.text()
    assert "\u2068Switzerland\u2069" in window.reader.details.text()  # isolated from the UI
    assert "4 paragraphs" in window.reader.details.text()


def test_arabic_is_laid_out_right_to_left(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    open_and_wait(qtbot, window, seeded["ar"].id)
    text = window.reader.text
    block = text.block_of(2)
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft \
        or block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.reader.title.alignment() & Qt.AlignmentFlag.AlignRight  # the doc's title
    assert window.reader.header.layoutDirection() == Qt.LayoutDirection.LeftToRight  # UI's
    # The first line of a right-aligned paragraph ends at the right edge of the page.
    line = block.layout().lineAt(0)
    width = text.document().textWidth()
    assert line.naturalTextRect().right() > width * 0.6

    open_and_wait(qtbot, window, seeded["en"].id)
    assert text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not text.block_of(2).blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_language_versions_are_switchable(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    open_and_wait(qtbot, window, seeded["en"].id)
    combo = window.reader.versions
    assert combo.isEnabled() and combo.count() == 3  # ar, en, fr of C26/77
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any("Français" in label and "C26/77-F" in label for label in labels)
    index = combo.findData(seeded["fr"].id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.reader.contribution.id == seeded["fr"].id)
    assert window.reader.title.text().startswith("C26/77-F")
    assert combo.currentData() == seeded["fr"].id


def test_zoom_keys_and_reset(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    open_and_wait(qtbot, window, seeded["en"].id)
    text = window.reader.text
    size = text.font().pointSizeF()
    qtbot.keyClick(text, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(text, Qt.Key.Key_Equal, CTRL)
    assert text.zoom == 2 and text.font().pointSizeF() == size + 2
    qtbot.keyClick(text, Qt.Key.Key_Minus, CTRL)
    assert text.zoom == 1
    assert window.settings.zoom == 1
    qtbot.keyClick(text, Qt.Key.Key_0, CTRL)
    assert text.zoom == 0 and text.font().pointSizeF() == size


def test_a_row_that_stays_shown_is_marked_read_and_the_toggle_marks_unread(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    cid = seeded["en"].id
    row = window.model.row_of(cid)
    assert window.model.data(window.model.index(row, 0), Qt.ItemDataRole.FontRole).bold()
    window.table.setFocus()  # focusing the list shows its first row...
    window.table.selectRow(row)  # ...but moving on at once leaves that one unread
    qtbot.waitUntil(lambda: window.reader.contribution is not None
                    and window.reader.contribution.id == cid)
    qtbot.waitUntil(lambda: window.db.call(lambda s: s.contributions.get(cid).read_at) is not None)
    assert [c.symbol for c in window.db.call(lambda s: s.contributions.all())
            if c.read_at] == ["C26/77-E"]
    qtbot.waitUntil(lambda: window.model.data(window.model.index(row, 0),
                                              Qt.ItemDataRole.FontRole) is None)
    assert window.reader.read_button.isChecked()

    qtbot.keyClick(window.table, Qt.Key.Key_U, CTRL)
    qtbot.waitUntil(lambda: window.db.call(lambda s: s.contributions.get(cid).read_at) is None)
    assert not window.reader.read_button.isChecked()
    wait_idle(qtbot, window)
    window.filter_bar.unread.setChecked(True)
    qtbot.waitUntil(lambda: window.model.total == 5)
    window.db.call(lambda s: s.contributions.set_read(seeded["zh"].id))
    window.filter_bar.unread.setChecked(False)
    window.filter_bar.unread.setChecked(True)
    qtbot.waitUntil(lambda: window.model.total == 4)


def test_details_are_edited_in_a_form_and_the_edit_can_be_undone(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    cid = seeded["isoc"].id
    open_and_wait(qtbot, window, cid)
    qtbot.keyClick(window.reader.text, Qt.Key.Key_F2)
    dialog = find_dialog(qtbot, window, MetadataDialog)
    assert dialog.symbol.text() == "CWG-Internet-22/4-E"
    dialog.title_edit.setText("Spam, misuse and cooperation")
    dialog.consultation.setCurrentText("CWG-Internet 23")
    dialog.date.setText("10 Sept")
    dialog.accept()
    assert dialog.isVisible() and "yyyy-mm-dd" in dialog.problem.text()
    dialog.date.setText("2025-09-11")
    dialog.accept()
    qtbot.waitUntil(lambda: window.reader.title.text().endswith("Spam, misuse and cooperation"))
    stored = window.db.call(lambda s: s.contributions.get(cid))
    assert (stored.title, stored.consultation, stored.date) == \
        ("Spam, misuse and cooperation", "CWG-Internet 23", "2025-09-11")
    qtbot.waitUntil(lambda: window.filter_bar.consultation.findData("CWG-Internet 23") >= 0)

    reactivate(qtbot, window)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.db.call(lambda s: s.contributions.get(cid).title) ==
                    "Spam and misuse")
    qtbot.waitUntil(lambda: window.reader.title.text().endswith("Spam and misuse"))


def test_a_selection_is_anchored_in_code_points_beyond_the_bmp(qtbot: Any) -> None:
    text = ReaderText()
    qtbot.addWidget(text)
    paragraph = "𠀀𠀁 emoji 😀 then the quote here"
    text.show_paragraphs([Paragraph(1, paragraph)], rtl=False)
    start = paragraph.index("the quote")
    block = text.block_of(1)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + to_qt(paragraph, start))
    cursor.setPosition(block.position() + to_qt(paragraph, start + 9),
                       QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    passage = text.selected_passage()
    assert passage is not None
    assert (passage.start, passage.end, passage.quote) == (start, start + 9, "the quote")
    assert from_qt(paragraph, to_qt(paragraph, start)) == start


def test_a_selection_across_paragraphs_keeps_to_the_first(qtbot: Any) -> None:
    text = ReaderText()
    qtbot.addWidget(text)
    text.show_paragraphs([Paragraph(1, "First paragraph."), Paragraph(2, "Second one.")],
                         rtl=False)
    cursor = QTextCursor(text.document())
    cursor.setPosition(6)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    passage = text.selected_passage()
    assert (passage.paragraph, passage.quote) == (1, "paragraph.")


def test_the_margin_shows_the_documents_own_numbers(qtbot: Any) -> None:
    text = ReaderText()
    qtbot.addWidget(text)
    text.show_paragraphs([
        Paragraph(1, "Introduction", "heading", number="1"),
        Paragraph(2, "First point.", number="1.1"),
        Paragraph(3, "Second point.", number="1.2"),
        Paragraph(4, "an item", "list", number="b"),
        Paragraph(5, "Unnumbered text."),
        Paragraph(6, "A source.", number="fn1", kind="footnote", anchor=3),
    ], rtl=False)
    shown = []
    for index in range(1, 7):
        block = text.block_of(index)
        shown.append(block.textList().itemText(block) if block.textList() else "")
    assert shown == ["1.", "1.1", "1.2", "b", "", "fn1"]
    assert text.block_of(3).text() == "Second point."  # the number is not in the text
