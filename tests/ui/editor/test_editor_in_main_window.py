"""The workspace mounted in the main window: keys do not clash with the window's, the
evidence opens the reader, annotations can be dragged, closing the window saves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_fixtures import seed_corpus, seed_realistic_draft
from editor_helpers import fresh, select_row
from PySide6.QtCore import Qt
from ui_helpers import wait_active

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor import ANNOTATION_MIME
from cwgi_desktop.ui.editor.annotation_drag import annotation_id_of

CTRL = Qt.KeyboardModifier.ControlModifier


def test_mounted_workspace_keys_reader_drag_and_close(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    store = Store(store_path)
    seed = seed_corpus(store)
    draft_id = seed_realistic_draft(store)
    store.close()
    window = make_window()
    ws = window.drafts
    assert window.workspaces.indexOf(ws) == 1 and window.workspaces.tabText(1) == "Drafts"
    window.workspaces.setCurrentWidget(ws)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    wait_active(qtbot, window)

    # Ctrl+Z in the editor undoes the draft's typing, not the window's annotation stack.
    select_row(qtbot, ws, 1)
    ws.editor.setFocus()
    ws.editor.moveCursor(ws.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(ws.editor, " Typed.")
    assert ws.editor.text().endswith(" Typed.")
    qtbot.keyClick(ws.editor, Qt.Key.Key_Z, CTRL)
    assert not ws.editor.text().endswith(" Typed.")
    assert window.undo_stack.count() == 0
    # Alt+Down works inside the window too.
    moved = ws.editor.block_id
    qtbot.keyClick(ws.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.model.row_of(moved) == 2)

    # A passage in the evidence panel opens in the reader.
    select_row(qtbot, ws, 7)  # finding 3): C26/60 para 3
    qtbot.waitUntil(lambda: ws.evidence.list.count() == 1)
    item = ws.evidence.list.item(0)
    qtbot.mouseClick(ws.evidence.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=ws.evidence.list.visualItemRect(item).center())
    cid = seed["contributions"]["C26/60-E"].id
    qtbot.waitUntil(lambda: window.reader.contribution is not None
                    and window.reader.contribution.id == cid)
    assert window.workspaces.currentIndex() == 0

    # Rows of the annotations panel carry the editor's mime type when dragged.
    panel = window.annotations_panel
    panel.scope.setCurrentIndex(1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    annotation = panel.model.rows.annotations[0]
    mime = window.annotation_drag.mime_for(annotation)
    assert mime.hasFormat(ANNOTATION_MIME) and annotation_id_of(mime) == annotation.id
    assert mime.text().startswith("[@C26/")

    # Closing the window with text typed a moment ago: it is in the store.
    window.workspaces.setCurrentWidget(ws)
    select_row(qtbot, ws, 10)
    ws.editor.setFocus()
    qtbot.keyClicks(ws.editor, "Closing now ")
    block_id = ws.editor.block_id
    window.close()
    assert not window.db.running
    assert fresh(store_path, lambda s: s.blocks.get(block_id).text).endswith("Closing now ")
    assert draft_id
