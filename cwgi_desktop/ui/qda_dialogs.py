"""File ▸ Other tools: REFI-QDA projects and codebooks (QualCoder, NVivo, ATLAS.ti, MAXQDA)
and CSL-JSON for Zotero, in the window.

Each entry asks for a file, then runs the service on the database worker and shows one
line saying what it did, or why nothing was done, in a small result dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, THEMES, DbWorker

if TYPE_CHECKING:  # the QDA stack loads when an entry is used
    from cwgi_desktop.core.services.qda import QdaExportReport, QdaImportReport

IMPORT_TOPICS = (CONTRIBUTIONS, ANNOTATIONS, THEMES)


class ToolJobDialog(QDialog):
    """Runs one export or import and says, in one line, what it did."""

    def __init__(self, db: DbWorker, title: str, working: str, job: Callable[[Store], Any],
                 parent: QWidget | None = None, changes: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("otherToolsDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(working, self)
        self.summary.setObjectName("otherToolsSummary")
        self.summary.setAccessibleName(self.tr("Result"))
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("otherToolsDetails")
        self.details.setAccessibleName(self.tr("What was skipped"))
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.finished_ok: bool | None = None
        db.submit(job, self._done, self._failed, changes=changes, owner=self)

    def _done(self, outcome: str | tuple[str, str, Any]) -> None:
        """A job answers with its line, or (what it did, the file, its figures): figures are
        worded here, where Qt's plural forms apply (lupdate marks only `self.tr` plurals)."""
        text = self._worded(*outcome) if isinstance(outcome, tuple) else outcome
        line, *skipped = text.split("\n")
        self.summary.setText(line)
        if skipped:
            self.details.setPlainText("\n".join(skipped))
            self.details.setVisible(True)
        self.finished_ok = True
        self.adjustSize()

    def _worded(self, what: str, path: str, figures: Any) -> str:
        if what == "themes":
            return self.tr("Wrote %1: %n theme(s)", "", figures).replace("%1", path)
        if what == "contributions":
            return self.tr("Wrote %1: %n contribution(s)", "", figures).replace("%1", path)
        if what == "project":
            return self.tr("Wrote %1: %2").replace("%1", path).replace(
                "%2", self._exported(figures))
        return "\n".join([self._imported(figures), *figures.skipped])

    def _exported(self, report: QdaExportReport) -> str:
        return ", ".join([self.tr("%n source(s)", "", report.sources),
                          self.tr("%n coded selection(s)", "", report.selections),
                          self.tr("%n code(s)", "", report.codes),
                          self.tr("%n note(s)", "", report.notes)])

    def _imported(self, report: QdaImportReport) -> str:
        parts = [self.tr("%n theme(s) added (%1 already here)", "", report.themes_added)
                 .replace("%1", str(report.themes_kept))]
        if report.sources_added or report.sources_matched or report.annotations_added \
                or report.annotations_kept:
            parts.append(self.tr("%n contribution(s) added (%1 already here)", "",
                                 report.sources_added).replace("%1", str(report.sources_matched)))
            parts.append(self.tr("%n annotation(s) added (%1 already here)", "",
                                 report.annotations_added)
                         .replace("%1", str(report.annotations_kept)))
        if report.skipped:
            parts.append(self.tr("%n item(s) skipped", "", len(report.skipped)))
        return "; ".join(parts)

    def _failed(self, exc: BaseException) -> None:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self.summary.setText(self.tr("Nothing was done: %1").replace("%1", reason))
        self.finished_ok = False
        self.adjustSize()


def _run(parent: QWidget, db: DbWorker, title: str, job: Callable[[Store], Any],
         changes: tuple[str, ...] = ()) -> ToolJobDialog:
    working = QCoreApplication.translate("OtherTools", "Working…")
    dialog = ToolJobDialog(db, title, working, job, parent, changes)
    dialog.show()
    return dialog


def _save_path(parent: QWidget, title: str, name: str, pattern: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, pattern)
    return path


def _open_path(parent: QWidget, title: str, pattern: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return path


def _projects() -> str:
    return QCoreApplication.translate("OtherTools", "REFI-QDA projects (*.qdpx);;All files (*)")


def _codebooks() -> str:
    return QCoreApplication.translate("OtherTools", "REFI-QDA codebooks (*.qdc);;All files (*)")


def export_qda_project(parent: QWidget, db: DbWorker) -> ToolJobDialog | None:
    title = QCoreApplication.translate("OtherTools", "Export for QDA software")
    path = _save_path(parent, title, "cwgi-project.qdpx", _projects())
    if not path:
        return None

    def job(store: Store) -> tuple[str, str, QdaExportReport]:
        from cwgi_desktop.core.services import qda

        return "project", path, qda.export_project(store, path)

    return _run(parent, db, title, job)


def import_qda_project(parent: QWidget, db: DbWorker, author: str) -> ToolJobDialog | None:
    title = QCoreApplication.translate("OtherTools", "Import from QDA software")
    path = _open_path(parent, title, _projects())
    if not path:
        return None

    def job(store: Store) -> tuple[str, str, QdaImportReport]:
        from cwgi_desktop.core.services import qda

        return "imported", path, qda.import_project(store, path, author=author)

    return _run(parent, db, title, job, IMPORT_TOPICS)


def export_codebook(parent: QWidget, db: DbWorker) -> ToolJobDialog | None:
    title = QCoreApplication.translate("OtherTools", "Export the codebook")
    path = _save_path(parent, title, "codebook.qdc", _codebooks())
    if not path:
        return None

    def job(store: Store) -> tuple[str, str, int]:
        from cwgi_desktop.core.services import qda

        return "themes", path, qda.export_codebook(store, path)

    return _run(parent, db, title, job)


def import_codebook(parent: QWidget, db: DbWorker) -> ToolJobDialog | None:
    title = QCoreApplication.translate("OtherTools", "Import a codebook")
    path = _open_path(parent, title, _codebooks())
    if not path:
        return None

    def job(store: Store) -> tuple[str, str, QdaImportReport]:
        from cwgi_desktop.core.services import qda

        return "imported", path, qda.import_codebook(store, path)

    return _run(parent, db, title, job, (THEMES,))


def export_csl(parent: QWidget, db: DbWorker) -> ToolJobDialog | None:
    title = QCoreApplication.translate("OtherTools", "Export contributions for Zotero")
    path = _save_path(parent, title, "contributions.json", QCoreApplication.translate(
        "OtherTools", "CSL-JSON (*.json);;All files (*)"))
    if not path:
        return None

    def job(store: Store) -> tuple[str, str, int]:
        from cwgi_desktop.core.services.csl import export_csl_json

        return "contributions", path, export_csl_json(store, path)

    return _run(parent, db, title, job)


def _entries(parent: QWidget, db: DbWorker, author: Callable[[], str],
             ) -> list[tuple[str, str, str, Callable[[], Any]]]:
    """(object name, text, tooltip, slot) of each entry of the menu."""
    return [
        ("actionExportQdpx",
         QCoreApplication.translate("OtherTools", "&Export for QDA software (.qdpx)…"),
         QCoreApplication.translate("OtherTools", "Contributions, annotations and themes for "
                                    "QualCoder, NVivo, ATLAS.ti, MAXQDA"),
         lambda: export_qda_project(parent, db)),
        ("actionImportQdpx",
         QCoreApplication.translate("OtherTools", "&Import from QDA software (.qdpx)…"),
         QCoreApplication.translate("OtherTools",
                                    "Sources, coded segments and notes of a REFI-QDA project"),
         lambda: import_qda_project(parent, db, author())),
        ("actionExportQdc",
         QCoreApplication.translate("OtherTools", "Export the &codebook (.qdc)…"),
         QCoreApplication.translate("OtherTools", "The themes as a REFI-QDA codebook"),
         lambda: export_codebook(parent, db)),
        ("actionImportQdc",
         QCoreApplication.translate("OtherTools", "Import a code&book (.qdc)…"),
         QCoreApplication.translate("OtherTools", "Add a REFI-QDA codebook's codes as themes"),
         lambda: import_codebook(parent, db)),
        ("actionExportCsl",
         QCoreApplication.translate("OtherTools", "Export contributions for &Zotero (CSL-JSON)…"),
         QCoreApplication.translate("OtherTools", "Cite contributions from Zotero or pandoc"),
         lambda: export_csl(parent, db)),
    ]


def other_tools_menu(parent: QWidget, db: DbWorker, author: Callable[[], str]) -> QMenu:
    """The File ▸ Other tools submenu; its actions are named for automation."""
    menu = QMenu(QCoreApplication.translate("OtherTools", "&Other tools"), parent)
    menu.setObjectName("menuOtherTools")
    for name, text, tip, slot in _entries(parent, db, author):
        action = QAction(text, menu)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        menu.addAction(action)
    return menu
