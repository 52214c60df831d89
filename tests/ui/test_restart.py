"""Closing and reopening: the store keeps the work, the settings keep the layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import wait_idle

from cwgi_desktop.core.store import AnnotationFilter
from cwgi_desktop.ui.reader_text import Passage
from cwgi_desktop.ui.settings import Settings
from cwgi_desktop.ui.undo_commands import AddAnnotationCommand


def test_a_new_window_on_the_same_store_finds_everything_and_the_layout(
        qtbot: Any, make_window: Any, seeded: dict, store_path: Path) -> None:
    first = make_window()
    cid = seeded["en"].id
    first.open_contribution(cid)
    qtbot.waitUntil(lambda: first.reader.contribution is not None)
    passage = Passage(3, 0, 13, "Affordability")
    first.undo_stack.push(AddAnnotationCommand(
        first.db, cid, passage, author=first.settings.author, colour="#7bc67e",
        note="Evidence", themes=["Affordability"]))
    wait_idle(qtbot, first)
    first.annotations_dock.hide()
    first.splitter.setSizes([120, 480])
    first.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    first.reader.text.set_zoom(3)
    qtbot.waitUntil(lambda: first.minimumSize().width() < 740)  # the dock is gone
    first.resize(740, 700)  # the offscreen screen is 800 wide; the window fits in it
    qtbot.waitUntil(lambda: first.width() == 740)
    wait_idle(qtbot, first)
    size, sizes = first.size(), first.splitter.sizes()
    first.close()
    assert not first.db.running

    second = make_window(store_path, Settings())
    assert second.size() == size
    assert second.annotations_dock.isHidden()
    assert not second.navigator_dock.isHidden()
    assert second.splitter.sizes() == sizes
    assert second.reader.text.zoom == 3
    header = second.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (4, Qt.SortOrder.DescendingOrder)

    annotations = second.db.call(
            lambda s: s.annotations.all(AnnotationFilter(contribution_id=cid)))
    assert [(a.quote, a.note, a.author, a.colour) for a in annotations] == \
        [("Affordability", "Evidence", "Test Author", "#7bc67e")]
    theme = second.db.call(lambda s: s.themes.find("Affordability"))
    assert annotations[0].themes == [theme.id]
    assert second.db.call(lambda s: s.contributions.get(cid).read_at) is not None
    qtbot.waitUntil(lambda: second.navigator.model_.rowCount() > 0)
    themes = second.navigator.model_.findItems("Themes")[0]
    assert themes.child(0).text().endswith("(1)")
    row = second.model.row_of(cid)
    assert row >= 0
    assert second.model.data(second.model.index(row, 5)) == "1"
