"""The window notices what another process writes to its store (the CLI, a second window):
no click needed, the lists refresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_helpers import add_contribution

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store


def test_a_second_connection_writing_refreshes_the_list_and_drafts(
        qtbot: Any, make_window: Any, store_path: Path) -> None:
    window = make_window()
    assert window.model.total == 0
    qtbot.waitUntil(lambda: window.store_watcher.version is not None)
    other = Store(store_path)  # as the CLI would: its own connection, its own commits
    try:
        add_contribution(other, "C26/77-E", "Affordability remains the main barrier.",
                         title="Meaningful connectivity", consultation="Council 2026")
        draft_service.create_draft(other, "key_findings", "Written by the CLI", "en", template=True)
    finally:
        other.close()
    with qtbot.waitSignal(window.store_watcher.changed_outside, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: window.model.total == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.count_label.text() == "1 contribution")
    qtbot.waitUntil(lambda: [d.title for d in window.drafts.drafts] == ["Written by the CLI"])
    qtbot.waitUntil(lambda: [n for n, _c in window.facets.consultations] == ["Council 2026"])


def test_the_window_s_own_writes_are_not_taken_for_outside_ones(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.store_watcher.version is not None)
    seen: list[bool] = []
    window.store_watcher.changed_outside.connect(lambda: seen.append(True))
    window.db.call(lambda s: draft_service.create_draft(s, "key_findings", "Mine", "en"))
    before = window.store_watcher.version
    window.store_watcher.poll()
    qtbot.waitUntil(lambda: not window.store_watcher._asking and window.db.pending == 0)
    assert window.store_watcher.version == before and seen == []
