"""A citation picker closed (and deleted) before its search comes back: the late result
is dropped, not shown in a deleted list (it raised "Internal C++ object already deleted",
seen when other jobs kept the worker busy a moment longer)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor.citation_picker import CitationPicker


def test_a_result_arriving_after_the_picker_is_deleted_is_dropped(qtbot: Any,
                                                                   tmp_path: Path) -> None:
    Store(tmp_path / "s.sqlite3").close()
    db = DbWorker(tmp_path / "s.sqlite3")
    try:
        gate = threading.Event()
        db.submit(lambda _store: gate.wait(10), owner=None)  # the worker is busy elsewhere
        picker = CitationPicker(db)  # its first search waits behind that job
        picker.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(picker)
        gate.set()
        qtbot.waitUntil(lambda: db.pending == 0)
    finally:
        db.stop()
