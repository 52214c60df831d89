"""Importing files and folders, with progress, cancel and a summary.

Files are read and parsed in a thread pool (`services.importing.prepare_file`, no store);
the database worker only writes, one short transaction per file
(`services.importing.store_file`), so reads and autosaves slip in between two files
instead of waiting for the whole import.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.ui.core_messages import translate_message
from cwgi_desktop.ui.db_worker import CONTRIBUTIONS, DbWorker
from cwgi_desktop.ui.tree_items import children, top_items

if TYPE_CHECKING:
    from cwgi_desktop.core.services.importing import ImportReport, PreparedFile

PARSERS = max(1, min(4, (os.cpu_count() or 2)))  # parsing threads (PDF/Word parsing is C + Python)


class _Gone(Exception):
    """The job's QObject was deleted (its window closed) while the feeder ran."""


def _emit(signal: object, *values: object) -> None:
    try:
        signal.emit(*values)  # type: ignore[attr-defined]
    except RuntimeError as exc:  # PySide: the C++ object behind the signal is gone
        raise _Gone from exc


class ImportJob(QObject):
    """One import: a window-modal progress dialog that can cancel, then a summary.

    A feeder thread walks the files in order, has them parsed in a pool (a few ahead) and
    hands each parsed file to the GUI thread (`prepared`, a queued signal), which queues
    its write on the database worker. Cancelling stops at the next file.
    """

    progressed = Signal(int, int, str)  # files done, files in all, current file
    prepared = Signal(object)  # PreparedFile, parsed on a pool thread
    fed = Signal(bool)  # every file handed over (True: cancelled)
    parse_failed = Signal(str)  # the feeder itself failed (not one file)
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, db: DbWorker, paths: Iterable[Path | str], parent: QWidget, *,
                 consultation: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = [Path(p) for p in paths]
        self.consultation = consultation
        self.parent_widget = parent
        self.cancel_requested = threading.Event()
        self.report: ImportReport | None = None
        from cwgi_desktop.core.services.importing import ImportReport  # loaded on first import

        self._building = ImportReport()  # filled on the database worker, one file a job
        self.summary: ImportSummaryDialog | None = None
        self.progress = QProgressDialog(self.tr("Preparing the import…"), self.tr("Cancel"),
                                        0, 0, parent)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowTitle(self.tr("Importing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progressed.connect(self._on_progress)
        self.prepared.connect(self._store)
        self.fed.connect(self._finish)
        self.parse_failed.connect(self._failed)
        self._closed = False

    def start(self) -> None:
        self.progress.show()
        threading.Thread(target=self._feed, name="cwgi-import-feeder", daemon=True).start()

    def cancel(self) -> None:
        self.cancel_requested.set()
        self.progress.setLabelText(self.tr("Cancelling after the current file…"))

    # -- the feeder thread: emit only, never touch widgets or the store -------------------

    def _feed(self) -> None:
        try:
            cancelled = self._parse_all()
        except _Gone:  # the job was deleted with its window: nobody is waiting
            return
        except Exception as exc:  # reported like a failed database job
            self._emit_quietly(self.parse_failed, str(exc))
            return
        self._emit_quietly(self.fed, cancelled)

    def _parse_all(self) -> bool:
        from cwgi_desktop.core.services import importing

        files = list(importing.expand_paths(self.paths))
        total = len(files)
        with ThreadPoolExecutor(PARSERS, thread_name_prefix="cwgi-parse") as pool:
            ahead: list[Future[PreparedFile]] = []
            for done in range(total):
                while len(ahead) < PARSERS and done + len(ahead) < total:
                    path, problem = files[done + len(ahead)]
                    ahead.append(pool.submit(importing.prepare_file, path, self.consultation,
                                             problem=problem))
                _emit(self.progressed, done, total, files[done][0].name)
                if self.cancel_requested.is_set():
                    return self._drop(ahead)
                prepared = ahead.pop(0).result()
                if self.cancel_requested.is_set():  # pressed while this file was parsed
                    return self._drop(ahead)
                _emit(self.prepared, prepared)
        _emit(self.progressed, total, total, "")
        return False

    @staticmethod
    def _drop(ahead: list[Future[PreparedFile]]) -> bool:
        for future in ahead:
            future.cancel()
        return True

    @staticmethod
    def _emit_quietly(signal: object, value: object) -> None:
        with contextlib.suppress(_Gone):
            _emit(signal, value)

    # -- the GUI thread: queue the writes, then the summary -----------------------------

    @Slot(object)
    def _store(self, prepared: PreparedFile) -> None:
        report = self._building
        from cwgi_desktop.core.services import importing

        self.db.submit(lambda s: importing.store_file(s, prepared, report),
                       on_error=self._failed, changes=(CONTRIBUTIONS,), owner=self)

    @Slot(bool)
    def _finish(self, cancelled: bool) -> None:
        report = self._building
        report.cancelled = cancelled
        # Runs after every write queued before it: jobs run in submission order.
        self.db.submit(lambda _s: report, self._done, self._failed, owner=self)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, name: str) -> None:
        if self.cancel_requested.is_set():
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))
        if name:
            self.progress.setLabelText(
                self.tr("Importing %1 (%2 of %3)").replace("%1", name)
                .replace("%2", str(done + 1)).replace("%3", str(total)))

    def _done(self, report: ImportReport) -> None:
        if self._closed:
            return
        self.report = report
        self._close_progress()
        self.summary = ImportSummaryDialog(report, self.parent_widget, roots=self.paths)
        self.summary.open()
        self.finished.emit(report)

    def _failed(self, exc: BaseException | str) -> None:
        if self._closed:
            return
        self._close_progress()
        self.failed.emit(str(exc))

    def _close_progress(self) -> None:
        self._closed = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()


class ImportSummaryDialog(QDialog):
    """What came in, what was already there, and each refused file with its reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None, *,
                 roots: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self._roots = [r for r in (roots or []) if r.is_dir()]
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        self.setWindowTitle(self.tr("Import cancelled") if report.cancelled
                            else self.tr("Import finished"))
        counts = self.tr("Imported: %1 · Duplicates: %2 · Rejected: %3") \
            .replace("%1", str(len(report.imported))) \
            .replace("%2", str(len(report.duplicates))) \
            .replace("%3", str(len(report.rejected)))
        if report.cancelled:
            counts = self.tr("Cancelled. ") + counts
        self.counts = QLabel(counts, self)
        self.counts.setObjectName("importCounts")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importDetails")
        self.tree.setAccessibleName(self.tr("Import details"))
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Details")])
        self.tree.setRootIsDecorated(True)
        self._section(self.tr("Imported (%1)"), [
            (i["path"], " — ".join(p for p in (i.get("symbol"), i.get("title")) if p))
            for i in report.imported
        ])
        self._section(self.tr("Duplicates, already in the store (%1)"), [
            (d["path"], self.tr("same file already imported"))
            for d in report.duplicates
        ])
        self._section(self.tr("Rejected (%1)"), [
            (r["path"], translate_message(r["reason"])) for r in report.rejected
        ], expand=True)
        if report.skipped:  # files of a folder not tried: unsupported, links out of it
            self._section(self.tr("Skipped (%1)"), [
                (s["path"], s["reason"]) for s in report.skipped
            ])
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def _section(self, title: str, rows: list[tuple[str, str]], *, expand: bool = False) -> None:
        section = QTreeWidgetItem(self.tree, [title.replace("%1", str(len(rows)))])
        for path, detail in rows:
            item = QTreeWidgetItem(section, [self._shown(path), detail])
            item.setToolTip(0, path)
            item.setToolTip(1, detail)
        section.setExpanded(expand or len(rows) <= 20)

    def _shown(self, path: str) -> str:
        """A file as the user dropped it: relative to the dropped folder, else its name."""
        for root in self._roots:
            try:
                return Path(path).relative_to(root).as_posix()
            except ValueError:
                continue
        return Path(path).name

    def section_texts(self) -> dict[str, list[tuple[str, str]]]:
        """Section title -> (file, detail) rows, as shown."""
        out: dict[str, list[tuple[str, str]]] = {}
        for section in top_items(self.tree):
            out[section.text(0)] = [(child.text(0), child.text(1)) for child in children(section)]
        return out
