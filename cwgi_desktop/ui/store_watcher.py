"""Notice changes another process (the CLI, a second window) made to the store.

SQLite's `PRAGMA data_version` changes, for one connection, whenever another connection
commits to the file; our own commits leave it alone. The window's database worker reads it
every `POLL_MS` (a job of microseconds, skipped while other jobs are queued); when it moved,
every view reloads as if a job had announced every topic.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, READ_STATE, THEMES, DbWorker
from cwgi_desktop.ui.editor.editor_labels import DRAFTS

POLL_MS = 1500
EXTERNAL = "external"  # the topic of a change made outside this window
EVERYTHING = frozenset({CONTRIBUTIONS, ANNOTATIONS, THEMES, READ_STATE, DRAFTS, EXTERNAL})


def data_version(store: Store) -> int:
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])


class StoreWatcher(QObject):
    """Polls the store's data_version on the worker; announces outside changes."""

    changed_outside = Signal()

    def __init__(self, db: DbWorker, parent: QObject | None = None, *,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.version: int | None = None
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if not self.db.running:
            self.timer.stop()
            return
        if self._asking or self.db.pending:  # busy: the next tick will do
            return
        self._asking = True
        self.db.submit(data_version, self._answer, self._failed, owner=self)

    def _failed(self, _exc: BaseException) -> None:
        self._asking = False  # e.g. the store could not be opened: the window says so

    def _answer(self, version: int) -> None:
        self._asking = False
        previous, self.version = self.version, version
        if previous is not None and version != previous:
            self.changed_outside.emit()
            self.db.changed.emit(EVERYTHING)
