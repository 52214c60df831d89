"""The versions dialog exports the changes since a version as Word tracked changes."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from editor_fixtures import seed_realistic_draft
from editor_helpers import wait_dialog
from PySide6.QtCore import Qt

from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.revisions_dialog import RevisionsDialog
from cwgi_desktop.ui.settings import Settings


def test_changes_since_a_version_export_as_tracked_changes(
        qtbot: Any, open_workspace: Any, corpus: dict, tmp_path: Path) -> None:
    Settings().author = "Jane Doe (Kenya)"
    with Store(corpus["path"]) as store:
        draft_id = seed_realistic_draft(store)
        block = next(b for b in store.blocks.all(draft_id) if "C26/99" in b.text)
        store.blocks.update_text(block.id, "Shutdowns undo progress on inclusion.")
        revision_service.take_revision(store, draft_id, "sent to the Group")
        store.blocks.update_text(block.id, "Shutdowns undo much progress on inclusion.")
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    ws.actions_["versions"].trigger()
    versions = wait_dialog(qtbot, ws, RevisionsDialog)
    qtbot.waitUntil(lambda: versions.list.count() == 1)
    assert not versions.marked_button.isEnabled()
    versions.list.item(0).setSelected(True)
    assert versions.marked_button.isEnabled()
    out = tmp_path / "changes.docx"
    suggested: list[str] = []
    versions.choose_marked_path = lambda name: suggested.append(name) or str(out)
    with qtbot.waitSignal(versions.marked_exported, timeout=30_000) as done:
        qtbot.mouseClick(versions.marked_button, Qt.MouseButton.LeftButton)
    assert done.args == [out]
    assert suggested and "changes since sent to the Group" in suggested[0]
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert 'w:author="Jane Doe (Kenya)"' in body
    assert re.search(r"<w:ins [^>]*>(?:(?!</w:ins>).)*much", body)  # the word added, marked
    assert str(out) in versions.marked_status.text()
    versions.reject()
