"""Autosave: block texts reach the store at most ~2 s after they were typed.

Every edit marks its block dirty. A save runs `DEBOUNCE_MS` after the last keystroke, and
at the latest `MAX_DELAY_MS` after the first unsaved one (so continuous typing is saved
too). A save is one job on the database worker, one transaction over every dirty block.
`flush()` saves now (focus leaves the editor, a structural edit, closing); because the
worker runs jobs in submission order, a structural job submitted after a flush sees the
flushed text. A periodic automatic version (`auto_snapshot`) runs on its own timer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import DbWorker

log = logging.getLogger(__name__)

DEBOUNCE_MS = 600
MAX_DELAY_MS = 1500
SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000
SNAPSHOT_MIN_AGE_S = 600


class Autosaver(QObject):
    """Collects dirty block texts and writes them off the GUI thread."""

    saved = Signal(object)  # list of block ids whose text is now committed
    save_failed = Signal(str)
    snapshot_taken = Signal(object)  # Revision

    def __init__(self, db: DbWorker, parent: QObject | None = None, *,
                 debounce_ms: int = DEBOUNCE_MS, max_delay_ms: int = MAX_DELAY_MS) -> None:
        super().__init__(parent)
        self.db = db
        self.draft_id: str | None = None
        self._pending: dict[str, str] = {}
        self._inflight: dict[str, str] = {}
        self._first_dirty: float | None = None
        self.last_latency_s: float | None = None  # first unsaved edit → commit, last save
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.flush)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_delay_ms)
        self._deadline.timeout.connect(self.flush)
        self._snapshots = QTimer(self)
        self._snapshots.setInterval(SNAPSHOT_INTERVAL_MS)
        self._snapshots.timeout.connect(self.snapshot)
        self._snapshots.start()

    # -- state ---------------------------------------------------------------------------

    def is_dirty(self, block_id: str) -> bool:
        """True while an edit of the block is not yet committed (pending or being saved)."""
        return block_id in self._pending or block_id in self._inflight

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending or self._inflight)

    def set_snapshot_interval(self, ms: int) -> None:
        self._snapshots.setInterval(ms)

    # -- edits ---------------------------------------------------------------------------

    def mark(self, block_id: str, text: str) -> None:
        """The block's text is now `text`; save it soon."""
        self._pending[block_id] = text
        if self._first_dirty is None:
            self._first_dirty = time.monotonic()
            self._deadline.start()
        self._debounce.start()

    def forget(self, block_ids: list[str] | None = None) -> None:
        """Drop pending edits (of blocks about to be replaced wholesale); None: all."""
        for block_id in block_ids if block_ids is not None else list(self._pending):
            self._pending.pop(block_id, None)

    def flush(self, then: Callable[[], None] | None = None) -> None:
        """Submit the pending edits now (one job, one transaction)."""
        self._debounce.stop()
        self._deadline.stop()
        if not self._pending:
            if then is not None:
                then()
            return
        edits = dict(self._pending)
        self._pending.clear()
        self._inflight.update(edits)
        started = self._first_dirty
        self._first_dirty = None

        def job(store: Store) -> list[str]:
            saved = []
            with store.transaction():
                for block_id, text in edits.items():
                    try:
                        store.blocks.update_text(block_id, text)
                    except (NotFound, InvalidInput):  # deleted meanwhile: nothing to keep
                        continue
                    saved.append(block_id)
            return saved

        def done(ids: list[str]) -> None:
            for block_id in edits:
                if self._inflight.get(block_id) == edits[block_id]:
                    del self._inflight[block_id]
            if started is not None:
                self.last_latency_s = time.monotonic() - started
            self.saved.emit(ids)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            for block_id in edits:
                self._inflight.pop(block_id, None)
            log.warning("autosave failed: %s", exc)
            self.save_failed.emit(str(exc))

        if not self.db.running:
            return
        self.db.submit(job, done, failed, owner=self)

    def snapshot(self) -> None:
        """An automatic version of the current draft, if it changed and the last is old."""
        draft_id = self.draft_id
        if draft_id is None or not self.db.running:
            return
        self.flush()
        from cwgi_desktop.ui.settings import Settings

        author = Settings().author
        self.db.submit(lambda s: revision_service.auto_snapshot(
                s, draft_id, min_interval_s=SNAPSHOT_MIN_AGE_S, author=author),
                       lambda rev: self.snapshot_taken.emit(rev) if rev else None,
                       lambda exc: log.warning("automatic version failed: %s", exc), owner=self)
