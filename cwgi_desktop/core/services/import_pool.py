"""Reading and parsing an import's files in worker processes, in file order.

`cwgi import` of a folder spends two thirds of its time parsing (zip, XML, numbering,
cover page): that work touches no store (`importing.prepare_file`), so the command hands
it to a few processes while it stores what they return, in order, one file at a time.
Only on Linux, where workers are forked (they start in a millisecond and share the
loaded code); elsewhere, or for a few files, files are parsed on the calling thread. The
window parses in its own thread pool and never uses this.

A worker knows the files the store held when the import began (their hashes), so those
are not parsed again; a worker that dies (the system ran out of memory) leaves the rest
of the files to be parsed in the calling process, as without workers.

The workers are forked before the import's first transaction and never touch the store:
the SQLite connection they inherit is never used there, nor closed (a multiprocessing
worker ends with os._exit), so it cannot checkpoint or remove the parent's WAL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # (loaded when workers start: an import of a few files never needs them)
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
PARALLEL_MIN_FILES = 24  # below this, starting workers costs more than it saves
# Files handed to a worker at once: each task's round trip (pickling, pipes, the pool's
# threads waking) cost as much CPU as a fifth of a file's parsing, one file per task.
FILES_PER_TASK = 8
# Files parsed ahead of the one being stored, per worker: enough for the workers to go on
# parsing while the store writes a batch's full-text rows and commits (`importing`'s
# BATCH_FILES; at 16 a worker they stood idle then, 8% of a 1,000-file import) ...
AHEAD_PER_WORKER = 16 * FILES_PER_TASK
# ... and at most this many bytes of files: a prepared file is held until it is stored,
# and a large one holds its text twice over (paragraphs and full-text row).
MAX_BYTES_AHEAD = 48 * 1024 * 1024

_KNOWN: dict[str, str] = {}  # in a worker: sha256 -> contribution id, at the start


def _start_worker(known: dict[str, str]) -> None:
    global _KNOWN
    _KNOWN = known


def _run(work: Callable[..., Any], paths: list[Path], consultation: str | None
         ) -> list[Any]:
    return [work(path, consultation, known=_KNOWN.get) for path in paths]


def default_workers() -> int:
    """Worker processes for an import: one per core the process may use, up to 4 (none
    where workers cannot be forked)."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return min(cores, 4) if cores > 1 else 0


class Preparer(Generic[T]):
    """`prepare(i)` is file i prepared: `work(path, consultation, known=...)` run by the
    workers ahead of time, or `here(i)` on the calling thread (a file with a problem, few
    files, no workers, or workers gone)."""

    def __init__(self, files: list[tuple[Path, str | None]], consultation: str | None, *,
                 work: Callable[..., T], here: Callable[[int], T],
                 known: Callable[[], dict[str, str]], workers: int = 0) -> None:
        self._files = files
        self._consultation = consultation
        self._work = work
        self._here = here
        # File index -> the task preparing it, and its place in the task's results.
        self._futures: dict[int, tuple[Future[list[T]], int]] = {}
        self._next = 0
        self._ahead = workers * AHEAD_PER_WORKER
        self._size_ahead: dict[int, int] = {}  # file index -> its size, handed out not stored
        self._bytes_ahead = 0  # their sum
        self._pool: ProcessPoolExecutor | None = None
        wanted = sum(1 for _, problem in files if problem is None)
        if workers > 1 and wanted >= PARALLEL_MIN_FILES:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker, initargs=(known(),))
            self._submit_until(0)  # the workers start now, before a transaction is open

    def _submit_until(self, index: int) -> None:
        assert self._pool is not None
        while (self._next < len(self._files) and self._next <= index + self._ahead
               and (not self._size_ahead or self._bytes_ahead < MAX_BYTES_AHEAD)):
            task: list[int] = []
            while self._next < len(self._files) and len(task) < FILES_PER_TASK:
                if self._files[self._next][1] is None:
                    task.append(self._next)
                self._next += 1
            if not task:
                continue
            future = self._pool.submit(_run, self._work, [self._files[i][0] for i in task],
                                       self._consultation)
            for place, i in enumerate(task):
                self._futures[i] = (future, place)
                self._size_ahead[i] = _size(self._files[i][0])
                self._bytes_ahead += self._size_ahead[i]

    def __call__(self, index: int) -> T:
        if self._pool is not None:
            try:
                # Handing the next files out raises too once the pool knows a worker died.
                self._submit_until(index)
                entry = self._futures.pop(index, None)
                self._bytes_ahead -= self._size_ahead.pop(index, 0)
                if entry is not None:
                    return entry[0].result()[entry[1]]
            except Exception:
                # A worker died (BrokenProcessPool) or a result was lost on its way:
                # this file and the rest are prepared here, as without workers.
                self.close(wait=False)
        return self._here(index)

    def close(self, *, wait: bool = True) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None
            self._futures.clear()
            self._size_ahead.clear()
            self._bytes_ahead = 0


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the worker says what is wrong with it
