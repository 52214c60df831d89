"""Fixtures of the drafting editor's tests: a seeded store, a workspace on its own worker.

Each workspace is a top-level window with its own DbWorker; teardown closes it, stops the
worker and drains the thread pool (export and preview tasks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from editor_fixtures import seed_corpus
from PySide6.QtCore import QThreadPool
from ui_helpers import wait_active

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor import DraftWorkspace


@pytest.fixture
def corpus(tmp_path: Path) -> dict[str, Any]:
    """A store with the consultation's four contributions and two annotations."""
    path = tmp_path / "drafts.sqlite3"
    store = Store(path)
    try:
        seed = seed_corpus(store)
    finally:
        store.close()
    return {"path": path, **seed}


@pytest.fixture
def open_workspace(qtbot: Any) -> Iterator[Callable[..., DraftWorkspace]]:
    opened: list[tuple[DraftWorkspace, DbWorker]] = []

    def make(path: Path, *, width: int = 1300, height: int = 800) -> DraftWorkspace:
        db = DbWorker(path)
        workspace = DraftWorkspace(db)
        qtbot.addWidget(workspace)
        opened.append((workspace, db))
        workspace.resize(width, height)
        workspace.show()
        qtbot.waitExposed(workspace)
        workspace.activateWindow()
        wait_active(qtbot, workspace)
        qtbot.waitUntil(lambda: db.pending == 0)
        return workspace

    yield make
    for workspace, db in opened:
        workspace.close()
        db.stop()
    QThreadPool.globalInstance().waitForDone(60_000)

