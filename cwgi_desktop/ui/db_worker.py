"""The database worker: one thread owns the Store; the GUI sends it jobs.

Anki's QueryOp shape: `submit(fn, on_done, on_error)` runs `fn(store)` on the worker thread
and calls `on_done(result)` or `on_error(exc)` back on the GUI thread, in submission order.
A job must never touch a widget: it only talks to the store and returns plain data.

Jobs that write say what they changed (`changes=("annotations",)`); once their `on_done`
has run the worker emits `changed(topics)`, so every view that shows those things reloads.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from cwgi_desktop.core.services.opening import open_store
from cwgi_desktop.core.store import Store

log = logging.getLogger(__name__)

Job = Callable[[Store], Any]
Done = Callable[[Any], object]  # what it returns is ignored
Failed = Callable[[BaseException], None]

# Topics a job may announce in `changes=`; views subscribe through `DbWorker.changed`.
CONTRIBUTIONS = "contributions"
ANNOTATIONS = "annotations"
THEMES = "themes"
READ_STATE = "read"


class _StoreOwner(QObject):
    """Lives on the worker thread; opens the store there and runs the jobs."""

    finished = Signal(int, object, object)  # job id, result, error (or None)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self.store: Store | None = None

    @Slot(int, object)
    def run(self, job_id: int, fn: Job) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            if self.store is None:
                self.store = open_store(self._path)
        except Exception as exc:  # the store cannot be opened: every job reports it
            abort = getattr(fn, "abort", None)
            if abort is not None:
                abort(exc)
            self.finished.emit(job_id, None, exc)
            return
        try:
            result = fn(self.store)
        except Exception as exc:  # reported to the GUI thread, never lost
            error = exc
        self.finished.emit(job_id, result, error)

    @Slot()
    def shutdown(self) -> None:
        """Close the store on its own thread, then end the thread's event loop."""
        try:
            if self.store is not None:
                self.store.close()
        finally:
            self.store = None
            app = QCoreApplication.instance()
            if app is not None:  # hand this object back so it is deleted where it lives
                self.moveToThread(app.thread())
            QThread.currentThread().quit()


class DbWorker(QObject):
    """One QThread owning one `Store`. Create it on the GUI thread; `stop()` before exit."""

    changed = Signal(object)  # frozenset of topics written by a finished job
    failed = Signal(str)  # an error no job handled (shown in the status bar)
    _post = Signal(int, object)
    _shutdown = Signal()

    def __init__(self, path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._ids = itertools.count(1)
        self._pending: dict[
            int, tuple[Done | None, Failed | None, frozenset[str], QObject | None]] = {}
        self._stopped = False
        # Owned by this object (not by Python): deleted by Qt with the window, on the GUI
        # thread, never by a garbage collection that happens to run on the worker thread.
        self._thread = QThread(self)
        self._thread.setObjectName("cwgi-db-worker")
        self._owner = _StoreOwner(self.path)
        self._owner.moveToThread(self._thread)
        self._post.connect(self._owner.run)
        self._shutdown.connect(self._owner.shutdown)
        self._owner.finished.connect(self._deliver)
        self._thread.start()

    # -- the API -----------------------------------------------------------------------

    def submit(
        self,
        fn: Job,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        owner: QObject | None,
        changes: Iterable[str] = (),
    ) -> int:
        """Queue `fn(store)` on the worker; callbacks run later on the GUI thread.

        Returns the job id. Jobs run one at a time in submission order. Without `on_error`
        an error is logged and announced through the `failed` signal. `owner` is named by
        every caller: the widget the callbacks update (they are skipped if it was deleted
        meanwhile; `changed` is announced all the same), or None when nothing can go away.
        """
        if self._stopped:
            raise RuntimeError("the database worker has been stopped")
        if owner is not None and not isinstance(owner, QObject):
            raise TypeError(f"a job's owner is a QObject or None, not {type(owner).__name__}")
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error, frozenset(changes), owner)
        self._post.emit(job_id, fn)
        return job_id

    def call(self, fn: Job, timeout: float = 30.0) -> Any:
        """Run `fn(store)` on the worker and wait for its result (blocks the caller).

        For tests, start-up checks and shutdown only: a GUI must use `submit`.
        """
        if self._stopped:
            raise RuntimeError("the database worker has been stopped")
        box: dict[str, Any] = {}
        ready = threading.Event()

        def abort(exc: BaseException) -> None:
            box["error"] = exc
            ready.set()

        def job(store: Store) -> None:
            try:
                box["result"] = fn(store)
            except Exception as exc:
                box["error"] = exc
            finally:
                ready.set()

        job.abort = abort  # type: ignore[attr-defined]
        self.submit(job, lambda _result: None, lambda _exc: None, owner=None)
        if not ready.wait(timeout):
            raise TimeoutError("the database worker did not answer")
        if "error" in box:
            raise box["error"]
        return box.get("result")

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return len(self._pending)

    @property
    def running(self) -> bool:
        return not self._stopped

    def stop(self, timeout_ms: int = 30_000) -> None:
        """Finish queued jobs, close the store on its own thread, end the thread."""
        if self._stopped:
            return
        self._stopped = True
        self._pending.clear()
        self._shutdown.emit()  # queued after every job already submitted
        if not self._thread.wait(timeout_ms):
            log.warning("the database worker did not stop in time")
        elif self._owner.thread() is self.thread():
            self._owner.setParent(self)  # back on this thread: Qt owns it from now on

    # -- delivery on the GUI thread ------------------------------------------------------

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        entry = self._pending.pop(job_id, None)
        if entry is None or self._stopped:
            return
        on_done, on_error, changes, context = entry
        if context is not None and not shiboken6.isValid(context):
            on_done = on_error = None  # the widget waiting for this is gone
            if error is not None:
                log.warning("database job failed: %s", error)
                return
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.warning("database job failed: %s", error, exc_info=error)
                self.failed.emit(str(error))
            return
        if on_done is not None:
            on_done(result)
        if changes:
            self.changed.emit(changes)
