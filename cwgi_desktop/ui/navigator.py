"""The navigator dock: consultations, languages, source types, themes and authors, counted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from cwgi_desktop.ui.filter_bar import Facets
from cwgi_desktop.ui.labels import (
    isolate,
    language_name,
    stakeholder_group_name,
    themes_in_order,
)

KindRole = Qt.ItemDataRole.UserRole + 1
ValueRole = Qt.ItemDataRole.UserRole + 2

# Kinds of navigator entries (what choosing one filters on).
ALL = "all"
CONSULTATION = "consultation"
LANGUAGE = "language"
SOURCE_TYPE = "source_type"
THEME = "theme"
AUTHOR = "author"


def swatch(colour: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return pixmap


class Navigator(QTreeView):
    """A tree of what the store holds; choosing an entry filters the list."""

    chosen = Signal(str, object)  # kind, value (None for "all")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Navigator"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self._collapsed: set[str] = set()
        self.activated.connect(self._choose)
        self.clicked.connect(self._choose)
        self.collapsed.connect(lambda i: self._collapsed.add(str(i.data(KindRole))))
        self.expanded.connect(lambda i: self._collapsed.discard(str(i.data(KindRole))))
        self.set_facets(Facets())

    def set_facets(self, facets: Facets) -> None:
        """Rebuild the tree from the store's counts, keeping what was folded."""
        current = self.currentIndex()
        keep = (current.data(KindRole), current.data(ValueRole)) if current.isValid() else None
        model = self.model_
        model.clear()
        root = model.invisibleRootItem()
        root.appendRow(self._item(self.tr("All contributions"), ALL, None, facets.total))
        sections = (
            (self.tr("Consultations and meetings"), CONSULTATION,
             [(v, v, n) for v, n in facets.consultations]),
            (self.tr("Languages"), LANGUAGE,
             [(v, language_name(v), n) for v, n in facets.languages]),
            (self.tr("Source types"), SOURCE_TYPE,
             [(v, stakeholder_group_name(v), n) for v, n in facets.source_types]),
        )
        for title, kind, entries in sections:
            section = self._section(title, kind)
            for value, label, count in entries:
                section.appendRow(self._item(label, kind, value, count))
            root.appendRow(section)
        themes = self._section(self.tr("Themes"), THEME)
        items: dict[str, QStandardItem] = {}
        for theme, _depth in themes_in_order(facets.themes):
            item = self._item(theme.name, THEME, theme.id, facets.theme_counts.get(theme.id, 0))
            item.setData(swatch(theme.colour), Qt.ItemDataRole.DecorationRole)
            if theme.description:
                item.setToolTip(theme.description)
            items[theme.id] = item
            parent = items.get(theme.parent_id or "", themes)
            parent.appendRow(item)
        root.appendRow(themes)
        authors = self._section(self.tr("Authors"), AUTHOR)
        for name, count in facets.authors:
            authors.appendRow(self._item(name, AUTHOR, name, count))
        root.appendRow(authors)
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if str(index.data(KindRole)) not in self._collapsed:
                self.expandRecursively(index)
        if keep is not None:
            self._select(*keep)

    def _section(self, title: str, kind: str) -> QStandardItem:
        item = QStandardItem(title)
        item.setData(kind, KindRole)
        item.setData(None, ValueRole)
        item.setSelectable(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    @staticmethod
    def _item(label: str, kind: str, value: object, count: int) -> QStandardItem:
        item = QStandardItem(f"{isolate(label)} ({count})")
        item.setData(kind, KindRole)
        item.setData(value, ValueRole)
        item.setData(f"{label}, {count}", Qt.ItemDataRole.AccessibleTextRole)
        return item

    def _select(self, kind: object, value: object) -> None:
        model = self.model_
        pending = [model.index(r, 0) for r in range(model.rowCount())]
        while pending:
            index = pending.pop(0)
            if index.data(KindRole) == kind and index.data(ValueRole) == value \
                    and index.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.setCurrentIndex(index)
                return
            pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]

    def _choose(self, index: QModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return
        self.chosen.emit(str(index.data(KindRole)), index.data(ValueRole))
