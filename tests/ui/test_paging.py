"""The contribution list stays light at 10,000 rows: a page at a time, sorted by the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.contribution_list_model import PAGE_SIZE

N = 10_000


@pytest.fixture
def big_store(store_path: Path) -> Path:
    store = Store(store_path)
    try:
        with store.transaction():  # one transaction: the adds below become savepoints
            for i in range(N):
                store.contributions.add(
                    sha256=f"{i:064x}",
                    paragraphs=[(f"Paragraph of contribution {i}.", "body")],
                    metadata={"symbol": f"C26/{i:05d}-E", "title": f"Contribution {i}",
                              "source": ("Brazil", "Kenya", "India", "Germany")[i % 4],
                              "consultation": f"Meeting {i % 3}", "date": "2026-01-01"},
                )
    finally:
        store.close()
    return store_path


def test_the_list_loads_one_page_and_fetches_the_next_on_demand(
        qtbot: Any, make_window: Any, big_store: Path) -> None:
    window = make_window(big_store)
    model = window.model
    assert model.total == N
    assert model.rowCount() == PAGE_SIZE
    assert model.fetch_log[-1] == (0, PAGE_SIZE)
    assert "10,000 contributions" in window.count_label.text() or \
        "10000 contributions" in window.count_label.text()
    assert model.canFetchMore()

    with qtbot.waitSignal(model.page_loaded, timeout=5000) as page:
        model.fetchMore()
    assert page.args == [PAGE_SIZE, PAGE_SIZE]
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.contribution_at(PAGE_SIZE).symbol == f"C26/{PAGE_SIZE:05d}-E"

    # Scrolling to the bottom asks for one more page, not for everything.
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 3 * PAGE_SIZE)
    qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() < N
    assert all(limit == PAGE_SIZE for _offset, limit in model.fetch_log)
    assert max(model.rowCount(), *(o + n for o, n in model.fetch_log)) < N


def test_sorting_asks_the_store_and_starts_again_at_one_page(
        qtbot: Any, make_window: Any, big_store: Path) -> None:
    window = make_window(big_store)
    model = window.model
    with qtbot.waitSignal(model.page_loaded, timeout=5000):
        window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE
    assert model.contribution_at(0).symbol == f"C26/{N - 1:05d}-E"


def test_a_filter_counts_in_the_store(
        qtbot: Any, make_window: Any, big_store: Path) -> None:
    window = make_window(big_store)
    qtbot.waitUntil(lambda: window.filter_bar.consultation.findData("Meeting 1") >= 0)
    with qtbot.waitSignal(window.model.total_changed, timeout=5000) as total:
        window.filter_bar.choose("consultation", "Meeting 1")
    assert total.args == [N // 3]
    assert window.model.rowCount() == PAGE_SIZE
    assert all(window.model.contribution_at(r).consultation == "Meeting 1"
               for r in range(window.model.rowCount()))
