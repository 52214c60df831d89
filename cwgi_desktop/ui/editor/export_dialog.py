"""Export a draft: Word in ITU layout (or Markdown), with a first-page preview.

What the export needs from the store (the draft, its blocks, the cited documents and
passages, annotations for comments) is read by the database worker; writing the file and
rendering the preview run in a QThreadPool task, so the window never waits. The preview
is the exported document converted by LibreOffice (`soffice --headless --convert-to pdf`)
and its first page rendered by `pdftoppm`; without LibreOffice there is no preview.
"""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.exporters.file_names import export_file_stem, with_language_suffix
from cwgi_desktop.core.models import LANGUAGES, Draft
from cwgi_desktop.core.services.export import (
    DocxOptions,
    ExportError,
    ExportInput,
    prepare_export,
    write_export,
)
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.db_worker import DbWorker, Done
from cwgi_desktop.ui.editor.new_draft_dialog import _language_combo
from cwgi_desktop.ui.settings import Settings, export_label_overrides

FONTS = ("Calibri", "Carlito", "Times New Roman", "Arial", "Liberation Serif")
RENDER_TIMEOUT_S = 180


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


# LibreOffice starts faster with a profile it made before: previews share one, kept in the
# temporary folder (one render at a time uses it; another at once gets its own).
_PROFILE_LOCK = threading.Lock()


def shared_profile() -> Path:
    return Path(tempfile.gettempdir()) / f"cwgi-preview-profile-{getpass.getuser()}"


class _TaskSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)  # Path (file written or PNG of the first page)
    failed = Signal(str)


class ExportTask(QRunnable):
    """Writes the export, or (preview) a temporary .docx rendered to a PNG of page 1."""

    def __init__(self, data: ExportInput, out: Path | None, fmt: str, options: DocxOptions,
                 *, preview: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the dialog keeps it (to cancel it)
        self.signals = _TaskSignals()
        self.data, self.out, self.fmt, self.options = data, out, fmt, options
        self.preview = preview
        self.cancelled = False
        self.process: subprocess.Popen[bytes] | None = None

    def run(self) -> None:
        try:
            self.signals.finished.emit(self._render() if self.preview else self._write())
        except Exception as exc:  # reported to the dialog
            self.signals.failed.emit(str(exc) or exc.__class__.__name__)

    def _write(self) -> Path:
        assert self.out is not None
        self.signals.progress.emit(50, "write")
        path = write_export(self.data, self.out, self.fmt, self.options).path
        self.signals.progress.emit(100, "done")
        return path

    def _run(self, args: list[str], cwd: Path) -> None:
        if self.cancelled:
            raise RuntimeError("cancelled")
        self.process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE)
        try:
            _out, err = self.process.communicate(timeout=RENDER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            raise RuntimeError(f"{args[0]} took too long") from None
        if self.process.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {err.decode(errors='replace')}")

    def _render(self) -> Path:
        soffice = soffice_path()
        if soffice is None:
            raise RuntimeError("LibreOffice is not installed")
        folder = Path(tempfile.mkdtemp(prefix="cwgi-preview-"))
        docx = folder / "preview.docx"
        self.signals.progress.emit(15, "write")
        write_export(self.data, docx, "docx", self.options)
        self.signals.progress.emit(35, "convert")
        shared = _PROFILE_LOCK.acquire(blocking=False)
        try:
            profile = (shared_profile() if shared else folder / "lo-profile").as_uri()
            self._run([soffice, f"-env:UserInstallation={profile}", "--headless",
                       "--norestore", "--convert-to", "pdf", "--outdir", str(folder),
                       str(docx)], folder)
        finally:
            if shared:
                _PROFILE_LOCK.release()
        self.signals.progress.emit(80, "render")
        self._run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1",
                   str(folder / "preview.pdf"), str(folder / "page")], folder)
        pages = sorted(folder.glob("page*.png"))
        if not pages:
            raise RuntimeError("no page was rendered")
        self.signals.progress.emit(100, "done")
        return pages[0]

    def cancel(self) -> None:
        self.cancelled = True
        if self.process is not None and self.process.poll() is None:
            self.process.kill()


def safe_file_name(title: str) -> str:
    name = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip()
    return name[:80] or "draft"


class ExportDialog(QDialog):
    """Options, output file, progress, and the preview of the first page.

    The language offered is the draft's (unless Preferences set a default export language);
    another one changes only the fixed texts (labels,
    dates, citations), which the dialog says. The file name takes the language's suffix
    (`C26-52-F.docx`) and a preview on show follows the language. Font, cover logo and
    label texts come from the preferences (`settings`); the Preferences' name signs the
    annotation comments, the document properties name nobody.
    """

    exported = Signal(object)  # Path

    def __init__(self, db: DbWorker, draft: Draft, parent: QWidget | None = None,
                 pool: QThreadPool | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export “%1”").replace("%1", draft.title))
        self.db, self.draft = db, draft
        self.settings = settings or Settings()
        self.pool = pool or QThreadPool.globalInstance()
        self.tasks: list[ExportTask] = []
        self.busy = False
        self._make_options()
        self._make_output()
        self._lay_out()
        self.word.toggled.connect(self._format_changed)
        self._format_changed()
        self._language_code = self.language.currentData()
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        self.resize(860, 560)
        self._previewing: ExportTask | None = None
        self._preview_wanted = False
        self._first_show = True

    def _make_options(self) -> None:
        prefs = self.settings
        self.word = QRadioButton(self.tr("Word document in ITU layout (.docx)"), self)
        self.word.setObjectName("exportWord")
        self.markdown = QRadioButton(self.tr("Markdown (.md)"), self)
        self.markdown.setObjectName("exportMarkdown")
        self.word.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.word)
        formats.addButton(self.markdown)
        # The draft's own language, unless Preferences name a default export language.
        language = prefs.export_language if prefs.export_language in LANGUAGES \
            else self.draft.language
        self.language = _language_combo(self, "exportLanguage", language)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of the labels, dates and citations of the document"))
        self.language_warning = QLabel(self)
        self.language_warning.setObjectName("exportLanguageWarning")
        self.language_warning.setWordWrap(True)
        self.language_warning.setAccessibleName(self.tr("Language warning"))
        self.sources = QCheckBox(self.tr("Add an annex listing the sources of each finding"),
                                 self)
        self.sources.setObjectName("exportSourcesAnnex")
        self.comments = QCheckBox(self.tr("Include annotations as Word comments"), self)
        self.comments.setObjectName("exportComments")
        self.font_box = QComboBox(self)
        self.font_box.setObjectName("exportFont")
        self.font_box.setAccessibleName(self.tr("Font"))
        self.font_box.setEditable(True)
        self.font_box.addItems(list(FONTS))
        font = prefs.export_font or FONTS[0]
        if self.font_box.findText(font) < 0:
            self.font_box.addItem(font)
        self.font_box.setCurrentText(font)
        self.logo_path = prefs.logo_path
        self.logo = QCheckBox(self.tr("Put the logo on the cover page"), self)
        self.logo.setObjectName("exportLogo")
        self.logo.setToolTip(self.logo_path)
        self.logo.setAccessibleDescription(self.logo_path)
        self.logo.setChecked(bool(self.logo_path))
        self.logo.setVisible(bool(self.logo_path))

    def _make_output(self) -> None:
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("File"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.preview = QLabel(self.tr("No preview yet."), self)
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(self.tr("First page"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setMinimumSize(300, 420)
        self.preview_area = QScrollArea(self)
        self.preview_area.setObjectName("exportPreviewArea")
        self.preview_area.setAccessibleName(self.tr("Preview of the first page"))
        self.preview_area.setAccessibleDescription(
            self.tr("The first page of the document, as LibreOffice lays it out"))
        self.preview_area.setWidget(self.preview)
        self.preview_area.setWidgetResizable(True)
        self.preview_button = QPushButton(self.tr("Preview first page"), self)
        self.preview_button.setObjectName("exportPreviewButton")
        self.preview_button.setEnabled(soffice_path() is not None)
        if soffice_path() is None:
            self.preview_button.setToolTip(self.tr("Install LibreOffice to see a preview"))
        self.preview_button.clicked.connect(self.render_preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportRun")
        self.export_button.clicked.connect(self.export)
        # Shown only when citations are unresolved: a copy for the rapporteur, marked.
        self.anyway_button = self.buttons.addButton(
            self.tr("Export a draft copy anyway"), QDialogButtonBox.ButtonRole.ActionRole)
        self.anyway_button.setObjectName("exportAnyway")
        self.anyway_button.setToolTip(self.tr(
            "Each unresolved citation is printed marked “[unresolved: @…]”, and the "
            "document opens with a draft-copy notice"))
        self.anyway_button.clicked.connect(lambda: self.export(allow_unresolved=True))
        self.anyway_button.hide()
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.word)
        form.addRow("", self.markdown)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.language_warning)
        form.addRow(self.tr("Font:"), self.font_box)
        form.addRow("", self.sources)
        form.addRow("", self.comments)
        form.addRow("", self.logo)
        form.addRow(self.tr("File:"), where)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.preview_button)
        left.addStretch(1)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.preview_area, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        chain_tab_order([self.word, self.markdown, self.language, self.font_box, self.sources,
                         self.comments, self.logo, self.path, self.browse_button,
                         self.preview_button, self.preview_area, self.export_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Close)])

    # -- options -------------------------------------------------------------------------

    def fmt(self) -> str:
        return "docx" if self.word.isChecked() else "md"

    def options(self) -> DocxOptions:
        """The Word options the dialog and the preferences describe."""
        logo = self.logo_path if self.logo_path and self.logo.isChecked() else None
        return DocxOptions(language=self.language.currentData(),
                           font=self.font_box.currentText().strip() or FONTS[0],
                           include_sources_annex=self.sources.isChecked(),
                           include_annotations_as_comments=self.comments.isChecked(),
                           comment_author=self.settings.author,
                           logo_path=logo,
                           label_overrides=export_label_overrides(self.settings))

    def _format_changed(self) -> None:
        word = self.word.isChecked()
        for widget in (self.sources, self.comments, self.font_box, self.logo):
            widget.setEnabled(word)
        suffix = ".docx" if word else ".md"
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix(suffix)))
        else:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            stem = export_file_stem(self.draft, self.language.currentData())
            self.path.setText(str(Path(folder) / (stem + suffix)))

    def _language_changed(self) -> None:
        language = self.language.currentData()
        other = language != self.draft.language
        self.language_warning.setVisible(other)
        self.language_warning.setText(self.tr(
            "The draft is written in %1. Exporting in %2 changes only the fixed texts "
            "(labels, dates, citations); the text of the draft stays as written.")
            .replace("%1", self.language.itemText(self.language.findData(self.draft.language)))
            .replace("%2", self.language.currentText()) if other else "")
        current = self.path.text().strip()
        if current:
            path = Path(current)
            stem = with_language_suffix(path.stem, language)
            if path.stem == export_file_stem(self.draft, self._language_code):
                stem = export_file_stem(self.draft, language)
            self.path.setText(str(path.with_name(stem + path.suffix)))
        self._language_code = language
        if not self.preview.pixmap().isNull():  # the preview shown is of another language
            self.preview.clear()
            self.preview.setText(self.tr("No preview yet."))
            self.render_preview()

    def browse(self) -> None:
        suffix = "*.docx" if self.word.isChecked() else "*.md"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              self.tr("Documents (%1)").replace("%1", suffix))
        if path:
            self.path.setText(path)

    # -- running -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The preview starts at once, in the background: it is ready by the time the
        options are chosen, and choosing them or exporting is never held up by it."""
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self, self.render_preview)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_button.setEnabled(not busy or self._preview_wanted)
        self.preview_button.setEnabled(not busy and soffice_path() is not None)

    def _gather(self, then: Done, allow_unresolved: bool = False) -> None:
        draft_id, language = self.draft.id, self.language.currentData()
        comments = self.comments.isChecked() and self.fmt() == "docx"
        self._set_busy(True)
        self.anyway_button.hide()
        self.progress.setValue(5)
        self.status.setText(self.tr("Collecting the cited documents…"))
        self.db.submit(lambda s: prepare_export(s, draft_id, language=language,
                                                with_annotations=comments,
                                                allow_unresolved=allow_unresolved), then,
                       self._gather_failed, owner=self)

    def _gather_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.progress.setValue(0)
        if isinstance(exc, ExportError) and exc.keys:
            self.status.setText(self.tr("Nothing exported: unresolved citations %1 — no "
                                        "imported contribution has that symbol.")
                                .replace("%1", ", ".join("@" + k for k in exc.keys)))
            self.anyway_button.show()
        else:
            self.status.setText(self.tr("Nothing exported: %1").replace("%1", str(exc)))

    def export(self, allow_unresolved: bool = False) -> None:
        text = self.path.text().strip()
        if self._preview_wanted:  # the export goes first; a preview can wait
            self._preview_wanted = False
            if self._previewing is not None:
                self._previewing.cancel()
                self._previewing = None
            self._set_busy(False)
        if not text or self.busy:
            return
        out = Path(text).expanduser()
        fmt, options = self.fmt(), self.options()
        self._gather(lambda data: self._start(ExportTask(data, out, fmt, options),
                                              self._exported), allow_unresolved)

    def render_preview(self) -> None:
        if self.busy or soffice_path() is None:
            return
        options = replace(self.options(), include_annotations_as_comments=False)

        def start(data: ExportInput) -> None:
            if not self._preview_wanted:
                return  # an export was asked for meanwhile
            self._previewing = ExportTask(data, None, "docx", options, preview=True)
            self._start(self._previewing, self._previewed)

        # A preview shows unresolved citations marked rather than refusing to show.
        self._preview_wanted = True
        self._gather(start, allow_unresolved=True)

    def _start(self, task: ExportTask, done: object) -> None:
        # Bound methods, not lambdas: Qt drops these connections if the dialog is deleted
        # while the task still runs.
        task.signals.progress.connect(self._task_progress)
        task.signals.finished.connect(done)
        task.signals.failed.connect(self._task_failed)
        self.tasks.append(task)
        self.progress.setValue(10)
        self.pool.start(task)

    def _task_progress(self, value: int, step: str) -> None:
        if self._from_cancelled():
            return
        steps = {"write": self.tr("Writing the document…"),
                 "convert": self.tr("LibreOffice is laying out the first page in the "
                                    "background; you can choose options or export "
                                    "meanwhile…"),
                 "render": self.tr("Rendering the first page…"), "done": self.tr("Done.")}
        self.progress.setValue(value)
        self.status.setText(steps.get(step, step))

    def _exported(self, path: Path) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _previewed(self, png: Path) -> None:
        if self._from_cancelled():
            shutil.rmtree(png.parent, ignore_errors=True)
            return
        self._previewing = None
        self._preview_wanted = False
        self._set_busy(False)
        pixmap = QPixmap(str(png))
        self.preview.setPixmap(pixmap.scaledToWidth(
            max(self.preview.width() - 8, 280), Qt.TransformationMode.SmoothTransformation))
        self.status.setText(self.tr("Preview of the first page, as LibreOffice lays it out."))
        shutil.rmtree(png.parent, ignore_errors=True)

    def _from_cancelled(self) -> bool:
        """Whether the signal being handled comes from a task cancelled meanwhile."""
        sender = self.sender()
        return any(t.cancelled and t.signals is sender for t in self.tasks)

    def _task_failed(self, message: str) -> None:
        if self._from_cancelled():
            return
        self._previewing = None
        self._preview_wanted = False
        self._set_busy(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Export failed: %1").replace("%1", message))

    def done(self, result: int) -> None:
        for task in self.tasks:
            task.cancel()
        super().done(result)
