"""The look: labels elided with their full text in a tooltip, fixed-width undo/redo
buttons, the welcome box sized to its text, the window title naming the store once."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from app_helpers import clipped_texts
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QToolBar

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.coverage_panel import Bar, BarChart
from cwgi_desktop.ui.elided_label import ElidedLabel
from cwgi_desktop.ui.first_run import DemoOfferDialog
from cwgi_desktop.ui.icons import ICONS, icon, shipped_icon_files


def test_the_window_title_names_the_store_once(make_window: Any, store_path: Path) -> None:
    QApplication.setApplicationDisplayName("CWGI Desktop")
    window = make_window()
    assert window.windowTitle() == store_path.name
    assert "CWGI Desktop" not in window.windowTitle()


def test_the_undo_button_keeps_its_width_whatever_it_undoes(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    undo = window.actions_["undo"]
    button = toolbar.widgetForAction(undo)
    width = button.sizeHint().width()
    from PySide6.QtGui import QUndoCommand

    long = QUndoCommand("Note on 'Spectrum licensing fees for community networks in Kenya'")
    window.undo_stack.push(long)
    assert button.sizeHint().width() == width
    assert "Spectrum licensing fees for community networks" in button.toolTip()


def test_an_elided_label_shows_its_whole_text_in_a_tooltip(qtbot: Any) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(120, 24)
    label.show()
    text = "Finding 12) · level 2  ⚠ unresolved: @C26/999, @C26/998, @CWG-Internet-22/40"
    label.setText(text)
    assert label.text() == text and label.toolTip() == text
    assert label.minimumSizeHint().width() == 0  # never widens its panel
    label.resize(2000, 24)
    assert label.toolTip() == ""  # nothing hidden, nothing to repeat


def test_a_cut_bar_label_shows_in_full_on_hover(qtbot: Any) -> None:
    chart = BarChart("By group", "chart")
    qtbot.addWidget(chart)
    chart.resize(200, 80)
    chart.set_bars([Bar("Sector Members and Associates of the Sector", 2, 5, "2/5")])
    chart.show()
    assert chart.bar_at(30) is not None and chart.bar_at(5) is None
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(20, 30), chart.mapToGlobal(QPoint(20, 30)))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text() == "Sector Members and Associates of the Sector: 2/5"


def test_the_welcome_box_is_sized_to_its_text(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    dialog = DemoOfferDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped_texts(dialog) == []
    assert dialog.height() > 104


def test_the_block_header_never_widens_the_workspace(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    store = Store(store_path)
    try:
        draft = draft_service.create_draft(store, "key_findings", "Findings", "en", template=True)
        block = store.blocks.all(draft.id)[-1]
        keys = "; ".join(f"@C26/{900 + n}" for n in range(40))
        store.blocks.update_text(block.id, f"A finding [{keys}].")
    finally:
        store.close()
    window = make_window()
    window.resize(1366, 768)
    ws = window.drafts
    window.workspaces.setCurrentWidget(ws)
    qtbot.waitUntil(lambda: ws.model.rowCount() > 0)
    ws.outline.setCurrentIndex(ws.model.index(ws.model.rowCount() - 1))
    qtbot.waitUntil(lambda: "unresolved" in ws.header.text())
    assert ws.header.toolTip() == ws.header.text()
    assert window.width() <= 1366


def test_every_icon_ships_with_its_licence() -> None:
    from importlib import resources

    folder = resources.files("cwgi_desktop").joinpath("resources", "icons")
    shipped = sorted(p.name.removesuffix(".svg") for p in folder.iterdir()
                     if p.name.endswith(".svg"))
    assert shipped == shipped_icon_files()  # exactly those used, no more
    assert "ISC License" in folder.joinpath("LICENSE-lucide.txt").read_text(encoding="utf-8")
    for name in ICONS:
        assert not icon(name).isNull(), name


def test_outline_numbers_and_titles_do_not_overlap_right_to_left(
        qtbot: Any, make_window: Any, store_path: Path, qapp: Any) -> None:
    """In Arabic the number sits at the right edge and the title starts left of it."""
    from PySide6.QtCore import Qt as QtNs

    store = Store(store_path)
    try:
        draft = draft_service.create_draft(store, "key_findings", "Findings", "en")
        store.blocks.insert(draft.id, "heading", "Community networks everywhere", level=2)
    finally:
        store.close()
    qapp.setLayoutDirection(QtNs.LayoutDirection.RightToLeft)
    try:
        window = make_window()
        ws = window.drafts
        window.workspaces.setCurrentWidget(ws)
        qtbot.waitUntil(lambda: any(b.text.startswith("Community") for b in ws.model.blocks))
        row = next(i for i, b in enumerate(ws.model.blocks) if b.text.startswith("Community"))
        ws.outline.setCurrentIndex(ws.model.index(0 if row else 1))
        rect = ws.outline.visualRect(ws.model.index(row))
        image = ws.outline.viewport().grab(rect).toImage()
        inked = [any(image.pixelColor(x, y).lightness() < 140 for y in range(image.height()))
                 for x in range(image.width())]
        columns = [x for x, ink in enumerate(inked) if ink]
        assert columns, "nothing painted"
        gaps = [b - a for a, b in itertools.pairwise(columns)]
        assert max(gaps) >= 6, "the number runs into the title"
        assert columns[-1] > image.width() * 0.8  # the number is at the right (start) edge
    finally:
        qapp.setLayoutDirection(QtNs.LayoutDirection.LeftToRight)
