"""Language versions in the workspace: start one, see stale blocks, mark them current,
export it with its suffix and the original's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from editor_fixtures import seed_realistic_draft
from editor_helpers import wait_dialog
from PySide6.QtCore import Qt

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor import language_version_ui
from cwgi_desktop.ui.editor.export_dialog import ExportDialog


def test_a_rapporteur_starts_a_french_version_and_sees_stale_blocks(
        qtbot: Any, open_workspace: Any, corpus: dict, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(corpus["path"]) as store:
        draft_id = seed_realistic_draft(store)
        block = next(b for b in store.blocks.all(draft_id) if "C26/99" in b.text)
        store.blocks.update_text(block.id, "Shutdowns undo progress on inclusion.")
        store.drafts.update(draft_id, symbol="C26/52")
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    offered: list[list[str]] = []
    monkeypatch.setattr(language_version_ui, "ask_version_language",
                        lambda _parent, choices: offered.append(choices) or "fr")
    ws.actions_["language_version"].trigger()
    qtbot.waitUntil(lambda: ws.draft is not None and ws.draft.language == "fr", timeout=10_000)
    assert offered and "en" not in offered[0] and "fr" in offered[0]
    version_id = ws.draft.id
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    assert ws.model.stale == set()

    # The original changes; back in the version, the block is marked stale.
    with Store(corpus["path"]) as store:
        store.blocks.update_text(block.id, "Shutdowns undo years of progress on inclusion.")
        stale_id = next(v.block.id for v in store.language_versions.blocks(version_id)
                        if v.source and v.source.id == block.id)
    ws.open_draft(draft_id)
    qtbot.waitUntil(lambda: ws.draft is not None and ws.draft.id == draft_id)
    ws.open_draft(version_id)
    qtbot.waitUntil(lambda: ws.model.stale == {stale_id}, timeout=10_000)
    row = ws.model.row_of(stale_id)
    assert ws.model.data(ws.model.index(row)).startswith("⚠ ")
    assert "Stale" in ws.model.data(ws.model.index(row), Qt.ItemDataRole.ToolTipRole)
    ws.outline.setCurrentIndex(ws.model.index(row))
    qtbot.waitUntil(lambda: ws.current_block() is not None
                    and ws.current_block().id == stale_id)
    ws.actions_["translation_current"].trigger()
    qtbot.waitUntil(lambda: ws.model.stale == set(), timeout=10_000)

    # Exported, it says Document C26/52-F and Original: anglais.
    ws.actions_["export"].trigger()
    dialog = wait_dialog(qtbot, ws, ExportDialog)
    assert dialog.language.currentData() == "fr" and not dialog.language_warning.isVisibleTo(
        dialog)
    assert Path(dialog.path.text()).stem == "C26-52-F"
    out = tmp_path / "fr.docx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert any("Document C26/52-F" in c for c in cells)
    assert any("Original: anglais" in c for c in cells)
