"""The codebook of themes: add, rename, merge, recolour, delete; the Resolution 1305 starter."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Theme
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS, THEMES, DbWorker
from cwgi_desktop.ui.labels import themes_in_order
from cwgi_desktop.ui.navigator import swatch

STARTER_CODEBOOK = "codebook_res1305.json"
ThemeIdRole = Qt.ItemDataRole.UserRole + 1


def starter_codebook() -> dict[str, Any]:
    """The Council Resolution 1305 codebook shipped inside the package."""
    folder = resources.files("cwgi_desktop").joinpath("resources")
    text = folder.joinpath(STARTER_CODEBOOK).read_text(encoding="utf-8")
    return json.loads(text)


def load_codebook(store: Store, codebook: dict[str, Any]) -> tuple[int, int]:
    """Add the codebook's themes that the store lacks (by name); returns (added, kept).

    Runs on the database worker; existing themes of the same name are left as they are.
    """
    added = kept = 0

    def walk(nodes: list[dict[str, Any]], parent_id: str | None) -> None:
        nonlocal added, kept
        for node in nodes:
            theme = store.themes.find(node["name"])
            if theme is None:
                theme = store.themes.add(node["name"], parent_id=parent_id,
                                        colour=node.get("colour", "#f6c343"),
                                        description=node.get("description", ""))
                added += 1
            else:
                kept += 1
            walk(node.get("children", []), theme.id)

    walk(codebook.get("themes", []), None)
    return added, kept


class CodebookDialog(QDialog):
    """The hierarchical codebook with annotation counts; every change is one job."""

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookDialog")
        self.setWindowTitle(self.tr("Codebook"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.themes: list[Theme] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("codebookTree")
        self.tree.setAccessibleName(self.tr("Themes"))
        self.tree.setHeaderLabels([self.tr("Theme"), self.tr("Annotations")])
        self.tree.setColumnWidth(0, 360)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("add", self.tr("&Add theme…"), self.add_theme),
            ("child", self.tr("Add s&ub-theme…"), self.add_child),
            ("rename", self.tr("&Rename…"), self.rename),
            ("colour", self.tr("Re&colour…"), self.recolour),
            ("merge", self.tr("&Merge into…"), self.merge),
            ("delete", self.tr("&Delete"), self.delete),
            ("starter", self.tr("Load Resolution &1305 starter codebook"), self.load_starter),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"codebook_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(720, 480)
        self.db.changed.connect(self._changed)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.reload()

    # -- showing -----------------------------------------------------------------------

    def reload(self) -> None:
        self.db.submit(lambda s: (s.themes.all(), s.themes.counts()), lambda r: self._show(*r),
                       owner=self)

    def _changed(self, topics: frozenset[str]) -> None:
        if topics & {THEMES, ANNOTATIONS}:
            self.reload()

    def _show(self, themes: list[Theme], counts: dict[str, int]) -> None:
        current = self.current_theme()
        self.themes = themes
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for theme, _depth in themes_in_order(themes):
            parent = items.get(theme.parent_id or "")
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.tree)
            item.setText(0, theme.name)
            item.setText(1, str(counts.get(theme.id, 0)))
            item.setIcon(0, swatch(theme.colour, 14))
            item.setToolTip(0, theme.description or theme.name)
            item.setData(0, ThemeIdRole, theme.id)
            items[theme.id] = item
            if current is not None and theme.id == current.id:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._enable()

    def current_theme(self) -> Theme | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        tid = item.data(0, ThemeIdRole)
        return next((t for t in self.themes if t.id == tid), None)

    def _enable(self) -> None:
        chosen = self.current_theme() is not None
        for key in ("child", "rename", "colour", "merge", "delete"):
            self.buttons[key].setEnabled(chosen)

    def _run(self, fn: Any) -> None:
        self.db.submit(fn, on_error=self._error, changes=(THEMES,), owner=self)

    def _error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Codebook"), str(exc))

    # -- changing ----------------------------------------------------------------------

    def add_theme(self, parent_id: str | None = None) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Name:"))
        if ok and name.strip():
            self._run(lambda s: s.themes.add(name.strip(), parent_id=parent_id))

    def add_child(self) -> None:
        theme = self.current_theme()
        if theme is not None:
            self.add_theme(theme.id)

    def rename(self) -> None:
        theme = self.current_theme()
        if theme is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename theme"), self.tr("Name:"),
                                        text=theme.name)
        if ok and name.strip() and name.strip() != theme.name:
            self._run(lambda s: s.themes.update(theme.id, name=name.strip()))

    def recolour(self) -> None:
        theme = self.current_theme()
        if theme is None:
            return
        colour = QColorDialog.getColor(QColor(theme.colour), self, self.tr("Theme colour"))
        if colour.isValid():
            value = colour.name()
            self._run(lambda s: s.themes.update(theme.id, colour=value))

    def merge(self) -> None:
        theme = self.current_theme()
        if theme is None:
            return
        others = [t for t in self.themes if t.id != theme.id]
        if not others:
            return
        names = [t.name for t in others]
        name, ok = QInputDialog.getItem(
            self, self.tr("Merge theme"),
            self.tr("Move every use of “%1” to:").replace("%1", theme.name), names, 0, False)
        if ok and name in names:
            target = others[names.index(name)]
            self.db.submit(lambda s: s.themes.merge(theme.id, target.id), on_error=self._error,
                           changes=(THEMES, ANNOTATIONS), owner=self)

    def delete(self) -> None:
        theme = self.current_theme()
        if theme is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete theme"),
            self.tr("Delete “%1”? Annotations keep their passages and notes but lose this "
                    "theme.").replace("%1", theme.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.db.submit(lambda s: s.themes.delete(theme.id), on_error=self._error,
                           changes=(THEMES, ANNOTATIONS), owner=self)

    def load_starter(self) -> None:
        codebook = starter_codebook()
        self.db.submit(lambda s: load_codebook(s, codebook), on_error=self._error,
                       changes=(THEMES,), owner=self)
