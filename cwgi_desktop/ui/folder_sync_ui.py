"""Share through a folder, in the window: the sync controller, its status-bar line and the
dialog that chooses the folder and shows each colleague.

The controller runs a round (publish this laptop's changes, merge the colleagues') on the
database worker: when the window opens, a few seconds after the shared folder changes (a
file watcher), some seconds after a local edit, and every few minutes. Rounds never
overlap; one asked for while another runs follows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, THEMES, DbWorker

if TYPE_CHECKING:  # the sync and exchange stacks load once the window is shown (start-up)
    from types import ModuleType

    from cwgi_desktop.core.services import folder_sync
    from cwgi_desktop.ui.settings import Settings


def _sync() -> ModuleType:
    from cwgi_desktop.core.services import folder_sync

    return folder_sync

SYNC_TOPICS = (CONTRIBUTIONS, ANNOTATIONS, THEMES, "drafts", "conflicts")
LOCAL_TOPICS = frozenset({ANNOTATIONS, THEMES, "drafts"})


class FolderSyncController(QObject):
    """Keeps one store in sync with the shared folder it names (if any)."""

    status_changed = Signal(str)  # the status-bar line
    round_done = Signal(object)  # folder_sync.SyncRound

    # Milliseconds; tests shorten them.
    EVERY = 180_000
    AFTER_FOLDER_CHANGE = 3_000
    AFTER_LOCAL_EDIT = 15_000

    def __init__(self, db: DbWorker, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.folder: Path | None = None
        self.peers: list[folder_sync.PeerStatus] = []
        self.last_change = ""
        self.last_error = ""
        self._running = False
        self._again = False
        self._announcing = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._soon(self.AFTER_FOLDER_CHANGE))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_round)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.timeout.connect(self.run_round)
        db.changed.connect(self._store_changed)

    def start(self) -> None:
        """Read the folder shared through and, if there is one, run a round (the window
        calls this once it is shown)."""
        if self.db.running:
            self.db.submit(lambda s: _sync().shared_folder(s), self._configured,
                           owner=self)

    # -- configuration -------------------------------------------------------------------

    def _configured(self, folder: Path | None) -> None:
        self.folder = folder
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder is None:
            self.timer.stop()
            self.status_changed.emit("")
            return
        self.timer.start(self.EVERY)
        self.run_round()

    def share_through(self, folder: Path | None) -> None:
        """Start sharing through `folder` (None: stop)."""
        self.db.submit(lambda s: _sync().set_shared_folder(s, folder),
                       lambda _: self._configured(folder.resolve() if folder else None),
                       self._failed, owner=self)

    # -- rounds --------------------------------------------------------------------------

    def _soon(self, delay: int) -> None:
        if self.folder is not None and self.db.running and not self.debounce.isActive():
            self.debounce.start(delay)

    def _store_changed(self, topics: frozenset[str]) -> None:
        if topics & LOCAL_TOPICS and not self._announcing:
            self._soon(self.AFTER_LOCAL_EDIT)

    def run_round(self) -> None:
        if self.folder is None or not self.db.running:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        folder, author = self.folder, self.settings.author
        backup_dir = self.settings.backup_dir()

        def job(store: Store) -> tuple[Any, ...]:
            result = _sync().sync(store, folder, author=author, backup_dir=backup_dir)
            return result, _sync().status(store, folder), _sync().last_round(store)[1]

        self.db.submit(job, self._done, self._failed, owner=self)

    def _done(self, outcome: tuple[Any, ...]) -> None:
        result, self.peers, self.last_change = outcome
        self.last_error = ""
        self._watch()
        if result.changed:
            # The lists refresh; what came in is not a local edit to send back out.
            self._announcing = True
            try:
                self.db.changed.emit(frozenset(SYNC_TOPICS))
            finally:
                self._announcing = False
        self._finish()
        self.round_done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.last_error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        self._finish()

    def _finish(self) -> None:
        self._running = False
        self.status_changed.emit(self.status_line())
        if self._again:
            self._again = False
            self._soon(0)

    def _watch(self) -> None:
        if self.folder is None:
            return
        wanted = [str(self.folder)] + [str(self.folder / p.store_id) for p in self.peers]
        missing = [p for p in wanted if p not in self.watcher.directories() and Path(p).is_dir()]
        if missing:
            self.watcher.addPaths(missing)

    def publish_now(self) -> None:
        """Write this laptop's last changes (at close: no merge, nothing to wait for); no
        round runs after this."""
        self.timer.stop()
        self.debounce.stop()
        self.watcher.blockSignals(True)
        if self.folder is None or not self.db.running:
            return
        folder, author = self.folder, self.settings.author
        self.db.submit(lambda s: _sync().publish(s, folder, author), owner=self)

    # -- what the window shows -----------------------------------------------------------

    def status_line(self) -> str:
        if self.folder is None:
            return ""
        if self.last_error:
            return self.tr("Sharing: %1").replace("%1", self.last_error)
        synced = sum(1 for p in self.peers if p.in_sync)
        line = self.tr("In sync with %n colleague(s)", "", synced)
        behind = len(self.peers) - synced
        if behind:
            line += self.tr(", %n still arriving", "", behind)
        if self.last_change:
            line += self.tr(", last change %1").replace("%1", self.ago(self.last_change))
        return line

    def ago(self, stamp: str) -> str:
        """`stamp` as the interface language says how long ago (from the core's figures,
        not by parsing its English)."""
        elapsed = _sync().age(stamp)
        if elapsed is None:
            return stamp
        count, unit = elapsed
        if unit == "day":
            return self.tr("%n day(s) ago", "", count)
        if unit == "hour":
            return self.tr("%n hour(s) ago", "", count)
        if unit == "minute":
            return self.tr("%n minute(s) ago", "", count)
        return self.tr("just now")


class SyncStatusLabel(QLabel):
    """The status-bar line; a click opens the sharing dialog."""

    clicked = Signal()

    def __init__(self, controller: FolderSyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Sharing status"))
        self.setToolTip(self.tr("Share through a folder: click for each colleague"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        controller.status_changed.connect(self._show)
        self.setVisible(False)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def mousePressEvent(self, event: Any) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class FolderSyncDialog(QDialog):
    """Choose the shared folder; see each colleague and what came in; sync now."""

    def __init__(self, controller: FolderSyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folderSyncDialog")
        self.setWindowTitle(self.tr("Share through a folder"))
        self.controller = controller
        self.last_in: dict[str, tuple[int, int, int]] = {}
        intro = QLabel(self.tr(
            "Choose a folder your working group already shares (OneDrive, SharePoint, "
            "Nextcloud, Syncthing, a network share). Each laptop writes its changes into its "
            "own subfolder there and reads the others'."), self)
        intro.setWordWrap(True)
        self.path = QLineEdit(str(controller.folder or ""), self)
        self.path.setObjectName("syncFolder")
        self.path.setAccessibleName(self.tr("Shared folder"))
        self.path.setReadOnly(True)
        choose = self._button(self.tr("&Choose…"), "syncChoose", self.choose)
        self.stop = self._button(self.tr("&Stop sharing"), "syncStop",
                                 lambda: self.controller.share_through(None))
        self.now = self._button(self.tr("Sync &now"), "syncNow", controller.run_round)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(self.stop)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("syncColleagues")
        self.table.setAccessibleName(self.tr("Colleagues"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Colleague"), self.tr("Files merged"), self.tr("Last change"),
            self.tr("Came in last time")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel(controller.status_line(), self)
        self.status.setObjectName("syncDialogStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        controller.status_changed.connect(self._refresh)
        controller.round_done.connect(self._round_done)
        self._refresh()
        self.resize(680, 360)

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared folder"),
                                                  self.path.text())
        if folder:
            self.controller.share_through(Path(folder))

    def _round_done(self, result: folder_sync.SyncRound) -> None:
        self.last_in.update(result.per_peer)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        c = self.controller
        self.path.setText(str(c.folder or ""))
        self.stop.setEnabled(c.folder is not None)
        self.now.setEnabled(c.folder is not None)
        self.status.setText(c.status_line() or self.tr("Not sharing through a folder."))
        self.table.setRowCount(len(c.peers))
        for row, peer in enumerate(c.peers):
            added, updated, conflicts = self.last_in.get(peer.store_id, (0, 0, 0))
            cells = [
                peer.author or peer.store_id[:8],
                f"{peer.applied} / {peer.available}",
                c.ago(peer.last_change) if peer.last_change else "—",
                self.tr("%1 added, %2 updated, %3 conflicts").replace("%1", str(added))
                .replace("%2", str(updated)).replace("%3", str(conflicts)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 1 and peer.waiting:
                    item.setToolTip(peer.waiting)
                self.table.setItem(row, column, item)


def mount_folder_sync(window: Any, file_menu: Any) -> FolderSyncController:
    """Give a main window its sync controller, status-bar line and File menu entry."""
    from PySide6.QtGui import QAction

    controller = FolderSyncController(window.db, window.settings, window)
    label = SyncStatusLabel(controller, window)
    window.statusBar().addPermanentWidget(label)

    def open_dialog() -> FolderSyncDialog:
        dialog = FolderSyncDialog(controller, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    label.clicked.connect(open_dialog)
    action = QAction(QCoreApplication.translate("FolderSyncController",
                                                "Share through a &folder…"), window)
    action.setObjectName("actionShareFolder")
    action.setToolTip(QCoreApplication.translate(
        "FolderSyncController",
        "Keep this store in sync with colleagues through a folder you already share"))
    action.triggered.connect(lambda _checked=False: open_dialog())
    file_menu.addAction(action)
    # The last edits of the session go out before the window closes.
    window.closing.connect(controller.publish_now)
    # Not before the window is shown: its first page and counts come first (start-up).
    window.first_shown.connect(controller.start)
    return controller
