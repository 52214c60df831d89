"""Backups in the window: automatic (on close or daily), restore, and a damaged store.

The copies are made by core.backups on the database worker (SQLite's backup API, so the
store stays in use meanwhile). Restoring needs the store closed: the dialog only chooses a
backup; the window's `restore_requested` signal has the application close the window, put
the backup in place and open a new window (see store_manager.StoreSession).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.services.backups import (
    BackupInfo,
    backup_if_due,
    list_backups,
    take_backup,
)
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.accessibility import chain_tab_order, describe
from cwgi_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from cwgi_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
DAILY = timedelta(days=1)
CHECK_EVERY_MS = 60 * 60 * 1000  # while the window stays open, look again every hour
BackupPathRole = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    """A backup's reason as the user reads it."""
    names = {
        "close": QCoreApplication.translate("Backups", "When the window closed"),
        "daily": QCoreApplication.translate("Backups", "Daily"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "migration": QCoreApplication.translate("Backups", "Before an upgrade"),
    }
    return names.get(reason, reason)


def taken_text(info: BackupInfo) -> str:
    """When a backup was taken, in local time and the interface's date format."""
    moment = QDateTime.fromMSecsSinceEpoch(int(info.taken.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


class BackupScheduler(QObject):
    """Takes a window's automatic backups, as the settings say (on close / daily / never)."""

    backed_up = Signal(object)  # Path of the new backup

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.skip_on_close = False  # set when the store is about to be replaced
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily_if_due)
        window.closing.connect(self._window_closing)
        if settings.backup_frequency == "daily":
            self.daily_if_due()
            self.timer.start()

    def _folder(self) -> Path:
        return self.settings.backup_dir()

    def daily_if_due(self) -> None:
        folder, keep = self._folder(), self.settings.backup_keep
        self.window.db.submit(lambda s: backup_if_due(s, folder, every=DAILY, keep=keep),
                              self._done, self._failed, owner=self)

    def back_up_now(self) -> None:
        """A backup on request (File ▸ Back up now), announced in the status bar."""
        folder, keep = self._folder(), self.settings.backup_keep

        def done(path: Path | None) -> None:
            self._done(path)
            if path is not None:
                self.window.statusBar().showMessage(
                    self.tr("Backup saved: %1").replace("%1", str(path)), 8000)

        self.window.db.submit(lambda s: take_backup(s, folder, "manual", keep), done,
                              self._failed, owner=self)

    def _window_closing(self) -> None:
        self.timer.stop()
        if self.skip_on_close or self.settings.backup_frequency != "close":
            return
        folder, keep = self._folder(), self.settings.backup_keep

        def job(store: Store) -> Path | None:
            try:
                return take_backup(store, folder, "close", keep)
            except OSError as exc:  # the window is going: log, never block closing
                log.warning("backup on close failed: %s", exc)
                return None

        # Queued before the worker's shutdown: the window waits for it while it closes.
        self.window.db.submit(job, owner=None)

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self.backed_up.emit(path)

    def _failed(self, exc: BaseException) -> None:
        log.warning("backup failed: %s", exc)
        self.window.statusBar().showMessage(
            self.tr("The backup failed: %1").replace("%1", str(exc)), 10000)


class RestoreDialog(QDialog):
    """The backups of this store, newest first; the one chosen replaces the store."""

    def __init__(self, store_path: Path, backup_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store_path = Path(store_path)
        self.backups = list_backups(self.store_path, Path(backup_dir))
        intro = QLabel(self.tr(
            "Choose the backup to go back to. The window closes, the backup takes the place "
            "of the store, and the window opens again. The current file is kept beside it "
            "(its name ends in “.replaced-” and the date), so nothing is lost."), self)
        intro.setObjectName("restoreIntro")
        intro.setWordWrap(True)
        self.folder = QLabel(self.tr("Backup folder: %1").replace("%1", str(backup_dir)), self)
        self.folder.setObjectName("restoreFolder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        describe(self.list, self.tr("Backups"),
                 self.tr("The backups of this store, newest first"))
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for info in self.backups:
            item = QTreeWidgetItem(self.list, [taken_text(info), reason_text(info.reason),
                                               size_text(info.size)])
            item.setData(0, BackupPathRole, str(info.path))
            item.setToolTip(0, str(info.path))
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.empty = QLabel(self.tr("There is no backup of this store yet."), self)
        self.empty.setObjectName("noBackups")
        self.empty.setVisible(not self.backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.itemActivated.connect(lambda *_: self.accept())
        first = self.list.topLevelItem(0)
        if self.backups and first is not None:
            self.list.setCurrentItem(first)
        self._enable()
        chain_tab_order([self.list, self.restore_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.resize(560, 360)
        self.list.setFocus()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, BackupPathRole)) if item is not None else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


class DamagedStoreDialog(QDialog):
    """At start-up: the store cannot be opened; offer its newest good backup."""

    RESTORE, OPEN_OTHER, QUIT, CREATE_NEW = 1, 2, 0, 3

    def __init__(self, store_path: Path, problem: str, backup: BackupInfo | None,
                 parent: QWidget | None = None, *, missing: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("damagedStoreDialog")
        self.setWindowTitle(self.tr("The store cannot be opened"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.backup = backup
        self.choice = self.QUIT
        message = QLabel(self.tr("CWGI Desktop cannot open %1:").replace(
            "%1", str(store_path)), self)
        message.setObjectName("damagedMessage")
        message.setWordWrap(True)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("damagedProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if missing and backup is not None:
            advice = self.tr(
                "The store is missing. The newest good backup was taken on %1; restoring it "
                "brings back the work saved up to then.").replace("%1", taken_text(backup))
        elif missing:
            advice = self.tr("The store is missing and no good backup of it was found. You "
                             "can open another store or create a new, empty one.")
        elif backup is not None:
            advice = self.tr(
                "The newest good backup was taken on %1. Restoring it brings back the work "
                "saved up to then; the damaged file is kept beside it.").replace(
                "%1", taken_text(backup))
        else:
            advice = self.tr("No good backup of this store was found. You can open another "
                             "store or create a new one.")
        self.advice = QLabel(advice, self)
        self.advice.setObjectName("damagedAdvice")
        self.advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore the backup"), self)
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setVisible(False)
        self.open_button = QPushButton(self.tr("&Open another store…"), self)
        self.open_button.setObjectName("openOtherStoreButton")
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("quitButton")
        # Where a store is missing, an empty one is created only when the user says so.
        self.create_button = QPushButton(self.tr("Create a &new, empty store"), self)
        self.create_button.setObjectName("createNewStoreButton")
        self.create_button.setVisible(False)
        if backup is not None:  # a button box shows every button added to it
            self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        if missing:
            self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._finish(self.RESTORE))
        self.open_button.clicked.connect(lambda: self._finish(self.OPEN_OTHER))
        self.quit_button.clicked.connect(lambda: self._finish(self.QUIT))
        self.create_button.clicked.connect(lambda: self._finish(self.CREATE_NEW))
        layout = QVBoxLayout(self)
        for widget in (message, self.problem, self.advice, self.buttons):
            layout.addWidget(widget)
        chain_tab_order([self.restore_button if backup else None, self.open_button,
                         self.create_button if missing else None, self.quit_button])
        (self.restore_button if backup is not None else self.open_button).setDefault(True)
        self.resize(520, 0)

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.done(choice)
