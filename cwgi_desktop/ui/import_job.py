"""Importing files and folders on the database worker, with progress, cancel and a summary."""

from __future__ import annotations

import threading
from collections.abc import Iterable
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

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.core_messages import translate_message
from cwgi_desktop.ui.db_worker import CONTRIBUTIONS, DbWorker

if TYPE_CHECKING:
    from cwgi_desktop.core.services.importing import ImportReport


class ImportJob(QObject):
    """One import: a window-modal progress dialog that can cancel, then a summary.

    The job on the worker reports progress through `progressed` (a queued signal, so the
    dialog is updated on the GUI thread) and stops at the next file once cancelled.
    """

    progressed = Signal(int, int, str)  # files done, files in all, current file
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

    def start(self) -> None:
        paths, consultation, report_progress = self.paths, self.consultation, self._report

        from cwgi_desktop.core.services import importing  # the importers load on first import

        def job(store: Store) -> ImportReport:
            return importing.import_paths(store, paths, consultation=consultation,
                                          progress=report_progress)

        self.progress.show()
        self.db.submit(job, self._done, self._failed, changes=(CONTRIBUTIONS,), owner=self)

    def cancel(self) -> None:
        self.cancel_requested.set()
        self.progress.setLabelText(self.tr("Cancelling after the current file…"))

    def _report(self, done: int, total: int, path: Path) -> bool:
        """Called on the worker thread by import_paths: emit only, never touch widgets."""
        self.progressed.emit(done, total, path.name)
        return not self.cancel_requested.is_set()

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
        self.report = report
        self._close_progress()
        self.summary = ImportSummaryDialog(report, self.parent_widget, roots=self.paths)
        self.summary.open()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.failed.emit(str(exc))

    def _close_progress(self) -> None:
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
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            out[section.text(0)] = [(section.child(j).text(0), section.child(j).text(1))
                                    for j in range(section.childCount())]
        return out
