"""The session: one window over one store at a time; switching, restoring, restarting.

Switching stores, restoring a backup or changing the interface language closes the window
(its worker stops and, as the settings say, the backup on close is taken) and opens a new
one on the path: nothing of the old store survives in the new window. A store that cannot
be opened at start-up is not a crash: the user is offered its newest good backup.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.paths import DB_FILE_NAME
from cwgi_desktop.core.services.backups import (
    missing_store_problem,
    newest_good_backup,
    restore,
    store_problem,
)
from cwgi_desktop.ui.backup_ui import BackupScheduler, DamagedStoreDialog
from cwgi_desktop.ui.first_run import FirstRun
from cwgi_desktop.ui.languages import install_translations
from cwgi_desktop.ui.main_window import MainWindow
from cwgi_desktop.ui.settings import Settings

translate = QCoreApplication.translate


def check_store(path: Path) -> str | None:
    """A reason the store cannot be used, or None (checked and closed on this thread).

    core.backups.store_problem's default check: cheap enough for every start-up on a large
    store (the file opens, its schema reads, its tables answer); `cwgi check` does the full
    integrity check. A store that does not exist yet is created here, so a folder that
    cannot be written is reported now rather than by the worker. An older store is
    migrated on a thread, with its steps shown (see `_migrate_with_progress`).
    """
    from cwgi_desktop.core.services.opening import needs_migration, open_store

    if needs_migration(path):
        return _migrate_with_progress(path)
    try:
        problem = store_problem(path)
        if problem is None and not path.exists():
            open_store(path).close()
    except StoreError as exc:
        return str(exc)
    except OSError as exc:
        return f"{path}: {exc}"
    return problem


class _MigrationProgress(QObject):
    """A progress dialog fed from the migration's thread: `progressed` is emitted there and,
    this object living on the GUI thread, delivered here queued."""

    progressed = Signal(int, int, int)  # steps done, steps in all, schema being reached
    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.dialog = QProgressDialog(translate("StoreSession", "Upgrading the store…"), "",
                                      0, 0)
        self.dialog.setObjectName("storeUpgrade")
        self.dialog.setAccessibleName(translate("StoreSession", "Upgrading the store"))
        self.dialog.setWindowTitle(translate("StoreSession", "Upgrading the store"))
        self.dialog.setCancelButton(None)  # one transaction per step: it runs to the end
        self.dialog.setMinimumDuration(0)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.steps_shown: list[int] = []
        self.progressed.connect(self._show)

    @Slot(int, int, int)
    def _show(self, done: int, steps: int, _version: int) -> None:
        self.steps_shown.append(done)
        self.dialog.setMaximum(steps)
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            translate("StoreSession", "Upgrading the store (step %1 of %2)…")
            .replace("%1", str(min(done + 1, steps))).replace("%2", str(steps)))


LAST_MIGRATION: list[_MigrationProgress] = []  # the last one shown (for tests)


def _migrate_with_progress(path: Path) -> str | None:
    """Migrate (safety copy, then each schema step) on a thread while a progress dialog
    shows the steps: the GUI thread keeps painting. Returns what `store_problem` says."""
    view = _MigrationProgress()
    box: dict[str, str | None] = {}

    def work() -> None:
        try:
            box["problem"] = store_problem(path, progress=view.progressed.emit)
        except (StoreError, OSError) as exc:
            box["problem"] = str(exc)
        finally:
            view.done.emit()  # queued: handled by the loop below even if not yet running

    loop = QEventLoop()
    view.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    view.dialog.show()
    thread = threading.Thread(target=work, name="cwgi-store-migration", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    view.dialog.close()
    view.dialog.deleteLater()
    LAST_MIGRATION[:] = [view]
    return box.get("problem")


class StoreSession(QObject):
    """The application's one window over one store; opens, switches and restores stores."""

    window_opened = Signal(object)  # MainWindow
    damaged = Signal(object)  # DamagedStoreDialog shown at start-up

    def __init__(self, settings: Settings, *, first_run: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or QApplication.instance())
        self.settings = settings
        self.first_run = first_run
        self.window: MainWindow | None = None
        self.path: Path | None = None
        self.damaged_dialog: DamagedStoreDialog | None = None

    # -- opening -----------------------------------------------------------------------

    def open(self, path: Path | str) -> MainWindow | None:
        """Open a window on `path` (created if missing, unless the user had a store there:
        then, as for a damaged store, its newest good backup is offered instead). Returns
        the window, or None while the user decides."""
        path = Path(path).expanduser()
        missing = missing_store_problem(path, self.settings.backup_dir(),
                                        self.settings.recent_stores)
        if missing is not None:
            self._offer_backup(path, missing, missing=True)
            return None
        problem = check_store(path)
        if problem is not None:
            self._offer_backup(path, problem)
            return None
        return self._open_window(path)

    def _open_window(self, path: Path) -> MainWindow:
        window = MainWindow(path, self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.backups = BackupScheduler(window, self.settings)  # type: ignore[attr-defined]
        if self.first_run:
            window.first_run = FirstRun(window, self.settings)  # type: ignore[attr-defined]
        window.store_requested.connect(self.switch_to)
        window.restore_requested.connect(self.restore_backup)
        window.restart_requested.connect(self.restart)
        self.window, self.path = window, path
        self.settings.add_recent_store(path)
        self.settings.last_store = str(path.resolve())
        window.show()
        self.window_opened.emit(window)
        return window

    def _close_window(self, *, backup: bool = True) -> bool:
        """Close the current window (its worker stops); False if it refused to close."""
        window = self.window
        if window is None:
            return True
        scheduler = getattr(window, "backups", None)
        if scheduler is not None and not backup:
            scheduler.skip_on_close = True
        app = _application()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the next window is coming
        try:
            closed = window.close()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if closed:
            self.window = None
        return closed

    # -- what the window asks for ------------------------------------------------------

    def switch_to(self, path: Path | str) -> MainWindow | None:
        """Close the window and open one on another store."""
        path = Path(path).expanduser()
        if self.path is not None and path.resolve() == self.path.resolve() and self.window:
            return self.window
        if not self._close_window():
            return None
        return self.open(path)

    def restart(self) -> MainWindow | None:
        """Reopen the window on the same store (after the interface language changed)."""
        if self.path is None or not self._close_window():
            return None
        install_translations(_application(), self.settings.language)
        return self.open(self.path)

    def restore_backup(self, backup: Path | str) -> MainWindow | None:
        """Close the window, put the backup in place of the store, open it again."""
        path = self.path
        if path is None or not self._close_window(backup=False):
            return None
        try:
            restore(Path(backup), path)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(None, self.tr("Restore from a backup"),
                                self.tr("Nothing was restored: %1").replace("%1", str(exc)))
        window = self.open(path)
        if window is not None:
            window.statusBar().showMessage(
                self.tr("Restored the backup %1.").replace("%1", Path(backup).name), 10000)
        return window

    # -- a damaged store at start-up ---------------------------------------------------

    def _offer_backup(self, path: Path, problem: str, *, missing: bool = False) -> None:
        backup = newest_good_backup(path, self.settings.backup_dir())
        dialog = DamagedStoreDialog(path, problem, backup, self.window, missing=missing)
        self.damaged_dialog = dialog
        app = _application()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # closing the question must not end the app

        def answered(_result: int) -> None:
            self.damaged_dialog = None
            app.setQuitOnLastWindowClosed(quit_on_close)
            if dialog.choice == DamagedStoreDialog.RESTORE and backup is not None:
                self._restore_at_start(path, backup.path)
            elif dialog.choice == DamagedStoreDialog.CREATE_NEW:
                self._create_at_start(path)
            elif dialog.choice == DamagedStoreDialog.OPEN_OTHER:
                from cwgi_desktop.ui.store_manager import choose_existing_store

                other = choose_existing_store(self.window, str(path.parent))
                if other is not None:
                    self.open(other)
                    return
                self._quit_if_no_window()
            else:
                self._quit_if_no_window()

        dialog.finished.connect(answered)
        dialog.open()
        self.damaged.emit(dialog)

    def _restore_at_start(self, path: Path, backup: Path) -> None:
        try:
            restore(backup, path)
        except (StoreError, OSError) as exc:
            QMessageBox.warning(None, self.tr("Restore from a backup"),
                                self.tr("Nothing was restored: %1").replace("%1", str(exc)))
            self._quit_if_no_window()
            return
        self.open(path)

    def _create_at_start(self, path: Path) -> None:
        """The user asked for a new, empty store where the missing one was."""
        from cwgi_desktop.core.services.opening import open_store

        try:
            open_store(path).close()
        except (StoreError, OSError) as exc:
            QMessageBox.warning(None, self.tr("New store"), str(exc))
            self._quit_if_no_window()
            return
        self.open(path)

    def _quit_if_no_window(self) -> None:
        if self.window is None:
            QTimer.singleShot(0, _application().quit)


def default_store_for(settings: Settings, fallback: Path) -> Path:
    """The store to open without --db: $CWGI_DB, else the last one used if it still exists,
    else `fallback` (the default store in the user data folder)."""
    env = os.environ.get("CWGI_DB")
    if env:
        return Path(env)
    last = settings.last_store
    if last and (Path(last).exists()
                 or missing_store_problem(Path(last), settings.backup_dir()) is not None):
        return Path(last)  # a last store gone missing is offered its backups, not replaced
    return fallback if fallback.suffix else fallback / DB_FILE_NAME


def _application() -> QApplication:
    """The running QApplication (the window exists only inside one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
