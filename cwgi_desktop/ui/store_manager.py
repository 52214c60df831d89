"""Stores: File ▸ New store…, Open store…, Open recent, and the Stores dialog.

The window never switches stores itself: it emits `store_requested(path)` and the session
(session.py) closes it and opens a new window on the path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.ui.accessibility import chain_tab_order, describe
from cwgi_desktop.ui.settings import Settings

StorePathRole = Qt.ItemDataRole.UserRole + 1
STORE_SUFFIX = ".sqlite3"


def _store_filter() -> str:
    return QApplication.translate("StoreManager",
                                  "CWGI stores (*.sqlite3 *.db);;All files (*)")


def choose_new_store(parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask where to create a new store; None if cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QApplication.translate("StoreManager", "New store"),
        str(Path(folder) / "consultation.sqlite3") if folder else "consultation.sqlite3",
        _store_filter())
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(STORE_SUFFIX)


def choose_existing_store(parent: QWidget | None, folder: str = "") -> Path | None:
    """Ask for a store file to open; None if cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QApplication.translate("StoreManager", "Open store"), folder, _store_filter())
    return Path(path) if path else None


class StoreManagerDialog(QDialog):
    """Recent stores: open one, forget one, create a new one or open another file."""

    chosen = Signal(object)  # Path of the store to switch to

    def __init__(self, settings: Settings, current: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeManagerDialog")
        self.setWindowTitle(self.tr("Stores"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings = settings
        self.current = Path(current).resolve() if current else None
        intro = QLabel(self.tr(
            "A store is one file holding the contributions, annotations and drafts of your "
            "work. Keep one per consultation, or one for everything."), self)
        intro.setObjectName("storesIntro")
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recentStores")
        describe(self.list, self.tr("Recent stores"),
                 self.tr("Stores opened lately, most recent first"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openRecentStore")
        self.forget_button = QPushButton(self.tr("&Forget"), self)
        self.forget_button.setObjectName("forgetStore")
        describe(self.forget_button, self.tr("Forget"),
                 self.tr("Remove from this list (the file is not deleted)"))
        self.new_button = QPushButton(self.tr("&New store…"), self)
        self.new_button.setObjectName("newStoreButton")
        self.other_button = QPushButton(self.tr("Open another &file…"), self)
        self.other_button.setObjectName("openStoreFileButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button, role in ((self.open_button, QDialogButtonBox.ButtonRole.AcceptRole),
                             (self.forget_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.new_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.other_button, QDialogButtonBox.ButtonRole.ActionRole)):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_current)
        self.forget_button.clicked.connect(self._forget)
        self.new_button.clicked.connect(self._new)
        self.other_button.clicked.connect(self._other)
        self.list.itemActivated.connect(lambda _item: self._open_current())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._fill()
        chain_tab_order([self.list, self.open_button, self.forget_button, self.new_button,
                         self.other_button,
                         self.buttons.button(QDialogButtonBox.StandardButton.Close)])
        self.resize(560, 340)
        self.list.setFocus()

    def _fill(self) -> None:
        self.list.clear()
        for name in self.settings.recent_stores:
            path = Path(name)
            text = f"{path.name} — {path.parent}"
            if self.current is not None and path == self.current:
                text = self.tr("%1 (open)").replace("%1", text)
            elif not path.exists():
                text = self.tr("%1 (missing)").replace("%1", text)
            item = QListWidgetItem(text, self.list)
            item.setData(StorePathRole, str(path))
            item.setToolTip(str(path))
        if self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.chosen_path()
        self.open_button.setEnabled(chosen is not None and chosen.exists()
                                    and chosen != self.current)
        self.forget_button.setEnabled(chosen is not None)

    def chosen_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(StorePathRole)) if item is not None else None

    def _finish(self, path: Path | None) -> None:
        if path is not None:
            self.chosen.emit(path)
            self.accept()

    def _open_current(self) -> None:
        if self.open_button.isEnabled():
            self._finish(self.chosen_path())

    def _forget(self) -> None:
        path = self.chosen_path()
        if path is not None:
            self.settings.forget_recent_store(path)
            self._fill()

    def _new(self) -> None:
        folder = str(self.current.parent) if self.current else ""
        self._finish(choose_new_store(self, folder))

    def _other(self) -> None:
        folder = str(self.current.parent) if self.current else ""
        self._finish(choose_existing_store(self, folder))
