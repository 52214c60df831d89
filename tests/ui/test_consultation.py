"""Contributions and their consultation: many at once from the list, a warning when a
draft's consultation holds none, and names instead of internal ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from ui_helpers import add_contribution, find_dialog, wait_idle

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.consultation_ui import ConsultationDialog
from cwgi_desktop.ui.metadata_dialog import MetadataDialog


def seed(store_path: Path) -> str:
    store = Store(store_path)
    try:
        for n in range(3):
            add_contribution(store, f"C26/{70 + n}-E", f"Paragraph {n}.",
                             title=f"Contribution {n}", source_type="Member State")
        store.contributions.add(sha256="nosymbol", paragraphs=[("No symbol here.", "body")],
                                      metadata={"title": "Untitled notes from Arcadia",
                                                "file_name": "arcadia-notes.txt"})
        return draft_service.create_draft(store, "key_findings", "Findings", "en", template=True,
                                  consultation="Open consultation 2026").id
    finally:
        store.close()


def test_many_contributions_get_one_consultation_and_coverage_finds_them(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    seed(store_path)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.total == 4)
    ws = window.drafts
    # The draft's consultation holds nothing yet: coverage says so, instead of "0 cited".
    window.workspaces.setCurrentWidget(ws)
    ws.side.setCurrentWidget(ws.coverage)
    qtbot.waitUntil(lambda: ws.coverage.report is not None)
    assert ws.coverage.summary.text().startswith("No contribution belongs to")
    assert ws.coverage.summary.property("warning")

    # Select three rows (click, Shift+click) and set their consultation.
    window.workspaces.setCurrentIndex(0)
    table = window.table
    first = table.visualRect(window.model.index(0, 1)).center()
    third = table.visualRect(window.model.index(2, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, pos=third)
    assert len(table.selectionModel().selectedRows()) == 3
    window.actions_["set_consultation"].trigger()
    dialog = find_dialog(qtbot, window, ConsultationDialog)
    dialog.choice.lineEdit().selectAll()
    qtbot.keyClicks(dialog.choice.lineEdit(), "Open consultation 2026")
    qtbot.keyClick(dialog.choice, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    store = Store(store_path)
    try:
        names = sorted(c.consultation or "" for c in store.contributions.all())
    finally:
        store.close()
    assert names == ["", "Open consultation 2026", "Open consultation 2026",
                     "Open consultation 2026"]
    window.workspaces.setCurrentWidget(ws)
    ws.side.setCurrentWidget(ws.coverage)
    qtbot.waitUntil(lambda: "3 not cited yet" in ws.coverage.summary.text(), timeout=5000)
    assert not ws.coverage.summary.property("warning")
    # One undo gives each its own consultation back.
    window.undo_stack.undo()
    wait_idle(qtbot, window)
    store = Store(store_path)
    try:
        assert {c.consultation for c in store.contributions.all()} == {None}
    finally:
        store.close()


def test_no_internal_id_is_shown_and_the_user_can_give_a_symbol(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    seed(store_path)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.total == 4)
    store = Store(store_path)
    try:
        unnamed = next(c for c in store.contributions.all() if not c.symbol)
    finally:
        store.close()
    row = next(r for r in range(4) if window.model.contribution_at(r).id == unnamed.id)
    cell = window.model.index(row, 0)
    shown = window.model.data(cell)
    assert "arcadia-notes.txt" in shown and unnamed.id[:8] not in shown
    assert "No symbol yet" in window.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    # Coverage names it by title, never by its id.
    ws = window.drafts
    window.workspaces.setCurrentWidget(ws)
    ws.side.setCurrentWidget(ws.coverage)
    ws.coverage.consultation.setCurrentIndex(0)
    qtbot.waitUntil(lambda: ws.coverage.report is not None)
    window.drafts.db.submit(lambda s: s.drafts.update(ws.draft.id, consultation=""),
                            lambda d: ws.session.set_draft(d), owner=None)
    wait_idle(qtbot, window)
    ws.refresh_coverage()
    qtbot.waitUntil(lambda: len(ws.coverage.values("uncited")) == 4)
    texts = [ws.coverage.tree.topLevelItem(0).child(i).text(0) for i in range(4)]
    assert any("Untitled notes from Arcadia (no symbol)" in t for t in texts), texts
    assert not any(unnamed.id in t for t in texts)
    # F2 on that row: the details dialog gives it a symbol.
    window.workspaces.setCurrentIndex(0)
    window.table.selectionModel().setCurrentIndex(
        cell, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.waitUntil(lambda: window.reader.contribution is not None
                    and window.reader.contribution.id == unnamed.id)
    window.actions_["edit_metadata"].trigger()
    dialog = find_dialog(qtbot, window, MetadataDialog)
    qtbot.keyClicks(dialog.symbol, "C26/90-E")
    qtbot.keyClick(dialog.symbol, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.model.data(window.model.index(
        next(r for r in range(4) if window.model.contribution_at(r).id == unnamed.id), 0))
        == "C26/90-E")
