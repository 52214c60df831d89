"""The database worker: jobs run on its thread, results come back on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread

from cwgi_desktop.core.errors import NotFound
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS, DbWorker


@pytest.fixture
def worker(tmp_path: Path) -> Any:
    db = DbWorker(tmp_path / "w.sqlite3")
    yield db
    db.stop()


def test_jobs_run_off_the_gui_thread_and_deliver_on_it(qtbot: Any, worker: DbWorker) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def job(store: Store) -> int:
        seen["job_thread"] = threading.get_ident()
        return store.contributions.count()

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    worker.submit(job, done, owner=None)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 0
    assert seen["job_thread"] != gui
    assert seen["done_thread"] == gui


def test_jobs_run_in_submission_order(qtbot: Any, worker: DbWorker) -> None:
    order: list[int] = []
    for i in range(20):
        worker.submit(lambda _s, i=i: i, order.append, owner=None)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


def test_an_error_goes_to_on_error_and_the_worker_goes_on(qtbot: Any, worker: DbWorker) -> None:
    errors: list[BaseException] = []
    results: list[int] = []
    worker.submit(
            lambda s: s.contributions.get("nope"), results.append, errors.append, owner=None)
    worker.submit(lambda s: s.contributions.count(), results.append, owner=None)
    qtbot.waitUntil(lambda: results == [0])
    assert len(errors) == 1 and isinstance(errors[0], NotFound)


def test_an_unhandled_error_is_announced(qtbot: Any, worker: DbWorker) -> None:
    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker:
        worker.submit(lambda s: s.contributions.get("nope"), owner=None)
    assert "no such contribution" in blocker.args[0]


def test_changes_are_announced_after_on_done(qtbot: Any, worker: DbWorker) -> None:
    calls: list[str] = []
    worker.changed.connect(lambda topics: calls.append(f"changed {sorted(topics)}"))
    worker.submit(
            lambda s: None, lambda _r: calls.append("done"), changes=(ANNOTATIONS,), owner=None)
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["done", "changed ['annotations']"]


def test_call_blocks_for_a_result_and_raises_errors(worker: DbWorker) -> None:
    assert worker.call(lambda s: s.contributions.count()) == 0
    with pytest.raises(NotFound):
        worker.call(lambda s: s.contributions.get("nope"))


def test_a_store_that_cannot_open_is_reported(qtbot: Any, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-store.sqlite3"
    bad.write_bytes(b"this is not sqlite at all" * 10)
    db = DbWorker(bad)
    try:
        errors: list[BaseException] = []
        db.submit(lambda s: 1, None, errors.append, owner=None)
        qtbot.waitUntil(lambda: bool(errors))
        assert "not a CWGI store" in str(errors[0])
        with pytest.raises(Exception, match="not a CWGI store"):
            db.call(lambda s: 1)
    finally:
        db.stop()


def test_stop_finishes_queued_jobs_and_ends_the_thread(qtbot: Any, tmp_path: Path) -> None:
    db = DbWorker(tmp_path / "w.sqlite3")
    ran: list[int] = []
    for i in range(5):
        db.submit(lambda _s, i=i: ran.append(i), owner=None)
    db.stop()
    assert ran == [0, 1, 2, 3, 4]
    assert not db.running
    assert db._thread.isFinished()
    assert isinstance(db._thread, QThread)
    with pytest.raises(RuntimeError):
        db.submit(lambda s: 1, owner=None)


def test_callbacks_for_a_deleted_widget_are_skipped(qtbot: Any, worker: DbWorker) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    seen: list[str] = []
    changed: list[frozenset[str]] = []
    worker.changed.connect(changed.append)
    gate = threading.Event()
    worker.submit(lambda _s: gate.wait(5), owner=None)  # keep the worker busy while the label goes
    worker.submit(lambda _s: "text", lambda r: (seen.append(r), label.setText(r)),
                  changes=(ANNOTATIONS,), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert seen == []
    assert changed == [frozenset({ANNOTATIONS})]


def test_every_job_names_its_owner(worker: DbWorker) -> None:
    """No guessing from `on_done.__self__`: a submit without `owner=` is refused, and an
    owner must be a QObject (the widget its callbacks update) or None."""
    submit = worker.submit  # (not `worker.submit(`: the codemod would name an owner)
    with pytest.raises(TypeError):
        submit(lambda _s: 1, lambda _r: None)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="QObject or None"):
        worker.submit(lambda _s: 1, [].append, owner=[])  # type: ignore[arg-type]
    assert worker.pending == 0


def test_a_lambda_callback_of_a_deleted_owner_is_skipped(qtbot: Any, worker: DbWorker) -> None:
    """A lambda has no `__self__`: the old guess could not tie it to its widget, so it ran
    on a deleted one. Named explicitly, the owner's deletion skips it."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    seen: list[str] = []
    gate = threading.Event()
    worker.submit(lambda _s: gate.wait(5), owner=None)
    worker.submit(lambda _s: "text", lambda r: seen.append(r), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert seen == []
