"""Indexing for search by meaning in the background, with progress in the status bar.

The index is built on a thread of its own with its own connection to the store, not on
the database worker: embedding thousands of paragraphs takes minutes, and the worker must
stay free for what the user does meanwhile. Each batch is its own short transaction, so
the worker's writes wait at most a batch (WAL lets its reads go on).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from cwgi_desktop.core.store import Store

if TYPE_CHECKING:  # numpy and the model load on the indexing thread (start-up)
    from cwgi_desktop.core.semantic import IndexReport

log = logging.getLogger(__name__)


class BackgroundIndexer(QObject):
    """Runs `SemanticIndex.build` on a thread; `start()` again while running is a no-op
    (the running build picks up paragraphs imported meanwhile: it asks for what is
    missing before every batch)."""

    progressed = Signal(int, int)  # paragraphs indexed, paragraphs in all
    finished = Signal(object)  # IndexReport
    failed = Signal(str)

    def __init__(self, db_path: Path | str, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.db_path = Path(db_path)
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self.report: IndexReport | None = None
        self.label = QLabel(status_bar)
        self.label.setObjectName("semanticIndexLabel")
        self.label.setAccessibleName(self.tr("Indexing for search by meaning"))
        self.bar = QProgressBar(status_bar)
        self.bar.setObjectName("semanticIndexProgress")
        self.bar.setAccessibleName(self.tr("Indexing progress"))
        self.bar.setMaximumWidth(160)
        self.cancel_button = QToolButton(status_bar)
        self.cancel_button.setObjectName("semanticIndexCancel")
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop indexing"))
        self.cancel_button.setToolTip(self.tr("Stop indexing (it resumes at the next import "
                                              "or the next start)"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.label, self.bar, self.cancel_button):
            status_bar.addPermanentWidget(widget)
            widget.hide()
        self.progressed.connect(self._show_progress)
        self.finished.connect(self._finished)
        self.failed.connect(self._done)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._cancel.clear()
        self.report = None
        self._thread = threading.Thread(target=self._run, name="cwgi-semantic-index",
                                        daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self.label.setText(self.tr("Stopping after this batch…"))

    def stop(self, timeout: float = 30.0) -> None:
        """Cancel and wait for the thread (at most one batch): before the window closes."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- on the indexing thread: emit only, never touch a widget ---------------------------

    def _run(self) -> None:
        try:
            store = Store(self.db_path)
        except Exception as exc:
            self.failed.emit(str(exc))
            return
        if store.read_only:  # nothing can be written: search by meaning uses what is there
            store.close()
            return
        try:
            from cwgi_desktop.core.semantic import SemanticIndex

            report = SemanticIndex(store).build(
                progress=lambda done, total: self.progressed.emit(done, total),
                cancelled=self._cancel.is_set)
        except Exception as exc:  # shown in the status bar, never lost
            log.warning("indexing failed: %s", exc, exc_info=exc)
            self.failed.emit(str(exc))
        else:
            self.finished.emit(report)
        finally:
            store.close()

    # -- on the GUI thread ---------------------------------------------------------------------

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if done >= total:
            return  # nothing (left) to do: stay out of sight
        if not self._cancel.is_set():
            self.label.setText(self.tr("Indexing for search by meaning"))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(f"{done}/{total}")
        for widget in (self.label, self.bar, self.cancel_button):
            widget.show()

    def _finished(self, report: IndexReport) -> None:
        self.report = report
        self._done()

    def _done(self, _message: str = "") -> None:
        for widget in (self.label, self.bar, self.cancel_button):
            widget.hide()
