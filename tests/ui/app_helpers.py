"""Helpers of the application-level GUI tests (plain module, like ui_helpers).

`Sessions` opens StoreSession windows (first run, store switching, restore) and closes them
in teardown; `built_translations` compiles the .qm catalogues (and the pseudo one) into a
temporary folder; `dialog_factories` opens every dialog of the application on a window;
`unnamed_controls` and `clipped_texts` are the accessibility and layout checks.
"""

from __future__ import annotations

import importlib.util
import inspect
import pkgutil
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import shiboken6
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from ui_helpers import wait_idle

import cwgi_desktop.ui
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services.backups import BackupInfo
from cwgi_desktop.core.services.importing import ImportReport
from cwgi_desktop.ui.accessibility import focus_chain
from cwgi_desktop.ui.main_window import MainWindow
from cwgi_desktop.ui.session import StoreSession
from cwgi_desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def load_build_script() -> ModuleType:
    """build/translations.py as a module (build/ is not a package)."""
    spec = importlib.util.spec_from_file_location("cwgi_build_translations",
                                                  ROOT / "build" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def built_translations(folder: Path) -> Path:
    """Compile every shipped .ts and the pseudo-translation into `folder`."""
    script = load_build_script()
    script.build(out=folder)
    script.pseudo(folder / "cwgi_desktop_pseudo.qm")
    return folder


def settings_with_author(name: str = "Test Author") -> Settings:
    """Settings in the test's config folder with the author known (as conftest's helper;
    importing `conftest` by name is ambiguous when the editor's tests are collected too)."""
    settings = Settings()
    settings.author = name
    return settings


def _owned_by(widget: QWidget | None, window: QWidget) -> bool:
    """Whether `widget` is `window` or a dialog it opened. QWidget.isAncestorOf stops at
    window boundaries, so a first-run question shown before the window was activated
    would never count, and the wait failed about one run in three."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


class Sessions:
    """StoreSession windows of one test; `close_all` ends them (workers stopped)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.opened: list[StoreSession] = []

    def start(self, path: Path, settings: Settings | None = None, *,
              first_run: bool = True, wait: bool = True) -> StoreSession:
        session = StoreSession(settings or Settings(), first_run=first_run)
        self.opened.append(session)
        session.open(path)
        if wait and session.window is not None:
            self.wait_window(session)
        return session

    def wait_window(self, session: StoreSession, previous: QWidget | None = None
                    ) -> MainWindow:
        """Until the session shows a window (other than `previous`) and it has loaded."""
        self.qtbot.waitUntil(lambda: session.window is not None
                             and session.window is not previous
                             and session.window.isVisible(), timeout=10_000)
        window = session.window
        assert window is not None
        self.qtbot.waitExposed(window)

        def active() -> bool:  # the window, or a dialog it opened (first-run questions)
            return _owned_by(QApplication.activeWindow(), window)

        window.activateWindow()
        deadline = time.monotonic() + 10
        while not active():
            if time.monotonic() > deadline:
                raise AssertionError("the new window never became active")
            QTest.qWait(10)
            if not QApplication.activeWindow():  # the offscreen platform dropped the request
                window.activateWindow()
        wait_idle(self.qtbot, window)
        return window

    def close_all(self) -> None:
        for session in self.opened:
            window = session.window
            if window is not None and shiboken6.isValid(window):
                window.close()
                assert not window.db.running
            dialog = session.damaged_dialog
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
            session.deleteLater()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.close()


# -- every dialog of the application -----------------------------------------------------


def _draft_of(window: MainWindow) -> Callable[[], Any]:
    def draft() -> Any:
        found = window.db.call(lambda s: s.drafts.all())
        return found[0] if found else window.db.call(
            lambda s: draft_service.create_draft(s, "key_findings", "Key findings"))
    return draft


def _editor_dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """The drafting editor's dialogs (imported lazily: the editor may be absent)."""
    try:
        from cwgi_desktop.ui.editor.citation_picker import CitationPicker
        from cwgi_desktop.ui.editor.export_dialog import ExportDialog
        from cwgi_desktop.ui.editor.new_draft_dialog import DetailsDialog, NewDraftDialog
        from cwgi_desktop.ui.editor.revisions_dialog import RevisionsDialog
    except ImportError:
        return {}
    draft = _draft_of(window)

    return {
        "NewDraftDialog": lambda: NewDraftDialog(["Demo consultation"], window),
        "DetailsDialog": lambda: DetailsDialog(draft(), window),
        "ExportDialog": lambda: ExportDialog(window.db, draft(), window,
                                             settings=window.settings),
        "RevisionsDialog": lambda: RevisionsDialog(window.db, draft().id, window),
        "CitationPicker": lambda: CitationPicker(window.db, window),
    }


def _exchange_dialogs(window: MainWindow, draft: Callable[[], Any]
                      ) -> dict[str, Callable[[], QDialog]]:
    """Sharing work between laptops (imported lazily: the module may be absent)."""
    out: dict[str, Callable[[], QDialog]] = {}
    try:
        from cwgi_desktop.ui.exchange_dialogs import (
            ConflictsDialog,
            ImportSharedWorkDialog,
            ShareDialog,
        )
    except ImportError:
        pass
    else:
        missing = str(window.db.path.with_name("no-such-bundle.cwgi"))
        out.update({
            "ShareDialog": lambda: ShareDialog(window.db, window.settings.author, window),
            "ImportSharedWorkDialog": lambda: ImportSharedWorkDialog(window.db, missing, window),
            "ConflictsDialog": lambda: ConflictsDialog(window.db, window),
        })
    try:
        from cwgi_desktop.ui.review_dialog import ReviewDialog
    except ImportError:
        pass
    else:
        out["ReviewDialog"] = lambda: ReviewDialog(window.db, draft().id, window)
    return out


def dialog_factories(window: MainWindow, qtbot: Any) -> dict[str, Callable[[], QDialog]]:
    """Class name -> a callable that makes (not yet shows) that dialog over `window`."""
    from cwgi_desktop.ui.annotation_dialogs import NoteDialog, ThemePickerDialog
    from cwgi_desktop.ui.author_dialog import AuthorDialog
    from cwgi_desktop.ui.backup_ui import DamagedStoreDialog, RestoreDialog
    from cwgi_desktop.ui.codebook_dialog import CodebookDialog
    from cwgi_desktop.ui.consultation_ui import ConsultationDialog, ConsultationTexts
    from cwgi_desktop.ui.first_run import DemoOfferDialog
    from cwgi_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog
    from cwgi_desktop.ui.import_job import ImportSummaryDialog
    from cwgi_desktop.ui.metadata_dialog import MetadataDialog
    from cwgi_desktop.ui.preferences_dialog import PreferencesDialog
    from cwgi_desktop.ui.store_manager import StoreManagerDialog

    def contribution() -> Any:
        found = window.db.call(lambda s: s.contributions.all(limit=1))
        return found[0]

    report = ImportReport(
        imported=[{"path": "/tmp/a/C26-77-E.docx", "symbol": "C26/77-E", "title": "Title"}],
        duplicates=[{"path": "/tmp/a/C26-77-F.docx", "id": "x"}],
        rejected=[{"path": "/tmp/a/broken.pdf", "reason": "not a PDF file"}])
    backup = BackupInfo(window.db.path, datetime.now(timezone.utc), "close", 123_456)
    themes = window.db.call(lambda s: s.themes.all())
    factories: dict[str, Callable[[], QDialog]] = {
        "PreferencesDialog": lambda: PreferencesDialog(window.settings, window),
        "AboutDialog": lambda: AboutDialog(window),
        "UserGuideDialog": lambda: UserGuideDialog(window),
        "ShortcutsDialog": lambda: ShortcutsDialog(window),
        "AuthorDialog": lambda: AuthorDialog(window.settings.author, window),
        "CodebookDialog": lambda: CodebookDialog(window.db, window),
        "MetadataDialog": lambda: MetadataDialog(contribution(), consultations=["Demo"],
                                                 source_types=["Member State"], parent=window),
        "ImportSummaryDialog": lambda: ImportSummaryDialog(report, window),
        "NoteDialog": lambda: NoteDialog("A quoted passage", "", window),
        "ThemePickerDialog": lambda: ThemePickerDialog(themes, [], "A quoted passage", window),
        "RestoreDialog": lambda: RestoreDialog(window.db.path, window.settings.backup_dir(),
                                               window),
        "DamagedStoreDialog": lambda: DamagedStoreDialog(
            window.db.path, "file is not a database", backup, window),
        "DemoOfferDialog": lambda: DemoOfferDialog(window),
        "ConsultationDialog": lambda: ConsultationDialog(
            ["Demo consultation"], ConsultationTexts().import_question(3), window),
        "StoreManagerDialog": lambda: StoreManagerDialog(window.settings, window.db.path,
                                                         window),
    }
    factories.update(_editor_dialogs(window))
    factories.update(_exchange_dialogs(window, _draft_of(window)))
    factories.update(_other_tools_dialogs(window))
    return factories


def _other_tools_dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    from PySide6.QtCore import QCoreApplication

    from cwgi_desktop.ui.qda_dialogs import ToolJobDialog

    def job_dialog() -> QDialog:
        title = QCoreApplication.translate("OtherTools", "Export the codebook")
        working = QCoreApplication.translate("OtherTools", "Working…")
        return ToolJobDialog(window.db, title, working, lambda _store: "", window)

    def sync_dialog() -> QDialog:
        from cwgi_desktop.ui.folder_sync_ui import FolderSyncDialog

        return FolderSyncDialog(window.main_actions.folder_sync, window)

    return {"ToolJobDialog": job_dialog, "FolderSyncDialog": sync_dialog}


def application_dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined in cwgi_desktop.ui (and its subpackages)."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(cwgi_desktop.ui.__path__, "cwgi_desktop.ui."):
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QDialog) and obj.__module__ == module.__name__:
                found[name] = obj
    return found


def show_dialog(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- checks ------------------------------------------------------------------------------


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the control's name, worked out as Qt's widget
    accessibility does: its accessible name, else its own text, else the label whose buddy
    it is, else its placeholder.

    (Asking QAccessible itself crashed at random: its interface cache can hand back the
    interface of a deleted widget whose address a new widget reuses.)
    """
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QTabBar):  # read as its tab widget, then the current tab's text
        owner = widget.parentWidget()
        if owner is not None and owner.accessibleName().strip():
            return owner.accessibleName().strip()
        return widget.tabText(widget.currentIndex()).replace("&", "").strip()
    text = getattr(widget, "text", None)
    if callable(text) and not isinstance(widget, QLineEdit | QAbstractSpinBox):
        own = str(text()).replace("&", "").strip()
        if own:
            return own
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    placeholder = getattr(widget, "placeholderText", None)
    return str(placeholder()).strip() if callable(placeholder) else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls under `root` that a screen reader could not name."""
    out = []
    for widget in focus_chain(root):
        if not (root is widget or root.isAncestorOf(widget)):
            continue
        named = widget
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            named = widget.parentWidget()  # the editor inside a combo box or a spin box
        if not accessible_name(named):
            out.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return out


def clipped_texts(root: QWidget) -> list[str]:
    """Labels, buttons and check boxes under `root` too small for their text."""
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(root):
            continue
        if not widget.text().strip() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h = widget.heightForWidth(widget.width())
            if widget.height() + 1 < need_h:
                out.append(f"{widget.objectName() or type(widget).__name__}: "
                           f"{widget.text()[:40]!r} height {widget.height()} < {need_h}")
            continue
        need = widget.minimumSizeHint().width()
        if widget.width() + 1 < need:
            out.append(f"{widget.objectName() or type(widget).__name__}: "
                       f"{widget.text()[:40]!r} width {widget.width()} < {need}")
    return out
