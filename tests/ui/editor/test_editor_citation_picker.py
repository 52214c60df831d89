"""The citation picker's Paragraph field shows the paragraph the citation will carry."""

from __future__ import annotations

from typing import Any

from editor_helpers import wait_dialog
from PySide6.QtCore import Qt

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.citation_picker import CitationPicker

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_paragraph_field_follows_the_chosen_passage(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    store = Store(corpus["path"])
    try:
        draft_service.create_draft(store, "key_findings", "Findings", "en", template=True)
    finally:
        store.close()
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() > 0)
    ws.outline.setCurrentIndex(ws.model.index(ws.model.rowCount() - 1))
    ws.editor.setFocus()
    qtbot.keyClick(ws.editor, Qt.Key.Key_C, CTRL_SHIFT)
    picker = wait_dialog(qtbot, ws, CitationPicker)
    qtbot.keyClicks(picker.query, "affordability")
    qtbot.waitUntil(lambda: not picker.searching and any(
        c.kind in ("passage", "annotation") for c in picker.candidates))
    row = next(i for i, c in enumerate(picker.candidates) if c.kind in ("passage", "annotation"))
    passage = picker.candidates[row]
    # Down the list with the keyboard to the passage.
    picker.results.setFocus()
    picker.results.setCurrentRow(0)
    for _ in range(row):
        qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    assert picker.results.currentRow() == row
    assert picker.paragraph.value() == passage.paragraph
    assert not picker.paragraph.isEnabled()
    assert f"para {passage.paragraph}" in picker.shown.text()
    # Back up to a whole document: the field is the user's again, "whole document".
    picker.query.clear()
    qtbot.waitUntil(lambda: not picker.searching and any(
        c.kind == "document" for c in picker.candidates))
    document = next(i for i, c in enumerate(picker.candidates) if c.kind == "document")
    picker.results.setCurrentRow(document)
    assert picker.paragraph.isEnabled()
    assert picker.paragraph.text() == "whole document"
    picker.paragraph.setFocus()
    picker.paragraph.selectAll()
    qtbot.keyClicks(picker.paragraph, "7")
    assert picker.shown.text().endswith(", para 7]")
    picker.reject()
