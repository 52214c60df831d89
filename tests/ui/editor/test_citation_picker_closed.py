"""A citation picker closed while its search runs: the answer is dropped, not delivered to
deleted widgets (it raised "Internal C++ object already deleted" in the event loop)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6

from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor.citation_picker import CitationPicker


def test_a_picker_deleted_during_its_search_drops_the_answer(
        qtbot: Any, corpus: dict[str, Any]) -> None:
    db = DbWorker(Path(corpus["path"]))
    try:
        picker = CitationPicker(db)  # its first search is on the worker now
        shiboken6.delete(picker)  # closed and deleted before the answer arrives
        qtbot.waitUntil(lambda: db.pending == 0, timeout=10_000)
        qtbot.wait(50)  # any delivery is processed (pytest-qt fails on its exception)
    finally:
        db.stop()
