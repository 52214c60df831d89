"""The outline: derived numbers, keys (Tab, Shift+Tab, Alt+Up/Down, Ctrl+Enter), split,
merge, delete, kind, and undo/redo across blocks."""

from __future__ import annotations

from typing import Any

from editor_fixtures import seed_realistic_draft
from editor_helpers import fresh, select_row, texts
from PySide6.QtCore import Qt

from cwgi_desktop.core.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def numbers(ws: Any) -> list[str]:
    return [ws.model.numbers.get(b.id, "") for b in ws.model.blocks]


def stored(path: Any, draft_id: str) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in fresh(path, lambda s: s.blocks.all(draft_id))]


def shown(ws: Any) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, b.text) for b in ws.model.blocks]


def test_numbers_are_derived_and_follow_tab_and_shift_tab(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    store = Store(corpus["path"])
    seed_realistic_draft(store)
    store.close()
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    assert numbers(ws) == ["1", "", "2", "2.1", "1)", "2)", "2.2", "3)", "4)", "3", ""]
    select_row(qtbot, ws, 9)  # "Conclusions", a level-1 heading
    ws.outline.setFocus()
    qtbot.keyClick(ws.outline, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: ws.model.numbers[ws.model.blocks[9].id] == "2.3")
    assert ws.header.text().startswith("Heading 2.3")
    qtbot.keyClick(ws.outline, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: ws.model.numbers[ws.model.blocks[9].id] == "3")
    # The text of a heading never carries its number: it is derived.
    assert ws.model.blocks[9].text == "Conclusions"


def test_split_merge_delete_kind_and_undo_redo_across_blocks(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    store = Store(corpus["path"])
    draft_id = seed_realistic_draft(store)
    store.close()
    path = corpus["path"]
    ws = open_workspace(path)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    original = shown(ws)

    # Typing in block 1, then in block 10: two undo steps, one per block.
    select_row(qtbot, ws, 1)
    ws.editor.setFocus()
    ws.editor.moveCursor(ws.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(ws.editor, " More text.")
    select_row(qtbot, ws, 10)
    ws.editor.setFocus()
    ws.editor.moveCursor(ws.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(ws.editor, " Adopted.")
    assert ws.session.undo_stack.count() == 2

    # Split at the cursor after "Council may": a second paragraph, the editor on it.
    cursor = ws.editor.textCursor()
    cursor.setPosition(len("Council may"))
    ws.editor.setTextCursor(cursor)
    ws.actions_["split"].trigger()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 12)
    assert texts(ws)[10:] == ["Council may", " wish to note the findings. Adopted."]
    assert ws.editor.block_id == ws.model.blocks[11].id
    # Merge them again, with a blank line between.
    select_row(qtbot, ws, 10)
    ws.actions_["merge"].trigger()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    assert texts(ws)[10] == "Council may\n\n wish to note the findings. Adopted."
    assert ws.editor.text() == texts(ws)[10]
    # A finding becomes a recommendation; numbering follows.
    select_row(qtbot, ws, 8)
    ws.set_kind("recommendation")
    qtbot.waitUntil(lambda: ws.model.blocks[8].kind == "recommendation")
    assert ws.model.numbers[ws.model.blocks[8].id] == "1)"
    # Delete a heading; the next block is shown.
    select_row(qtbot, ws, 6)
    after = ws.model.blocks[7].id
    ws.actions_["delete_block"].trigger()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 10)
    assert ws.editor.block_id == after

    # Undo everything (Ctrl+Z in the editor): the draft is as it was, in the store too.
    ws.editor.setFocus()
    for _ in range(ws.session.undo_stack.index()):
        qtbot.keyClick(ws.editor, Qt.Key.Key_Z, CTRL)
        qtbot.waitUntil(lambda: ws.db.pending == 0)
    qtbot.waitUntil(lambda: shown(ws) == original)
    qtbot.waitUntil(lambda: stored(path, draft_id) == original, timeout=4000)
    # Redo everything (Ctrl+Shift+Z).
    for _ in range(ws.session.undo_stack.count()):
        qtbot.keyClick(ws.editor, Qt.Key.Key_Z, CTRL_SHIFT)
        qtbot.waitUntil(lambda: ws.db.pending == 0)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 10)
    assert texts(ws)[9] == "Council may\n\n wish to note the findings. Adopted."
    assert texts(ws)[1].endswith("More text.")
    qtbot.waitUntil(lambda: stored(path, draft_id) == shown(ws), timeout=4000)


def test_new_block_after_with_ctrl_enter_and_an_unresolved_citation_is_flagged(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    store = Store(corpus["path"])
    seed_realistic_draft(store)
    store.close()
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    select_row(qtbot, ws, 8)  # "Shutdowns undo progress on inclusion [@C26/99]."
    qtbot.waitUntil(lambda: "@C26/99" in ws.header.text())
    assert ws.editor.unresolved_keys() == ["C26/99"]
    position = ws.editor.text().index("C26/99")
    assert "unresolved" in ws.editor.citation_tooltip(position)
    fmt = ws.editor.document().firstBlock().layout().formats()
    assert any(r.format.underlineStyle() == r.format.UnderlineStyle.WaveUnderline
               for r in fmt)
    ws.editor.setFocus()
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 12)
    assert ws.model.blocks[9].kind == "finding" and ws.model.blocks[9].text == ""
    assert ws.editor.block_id == ws.model.blocks[9].id and ws.editor.hasFocus()
    assert ws.model.numbers[ws.model.blocks[9].id] == "5)"
