"""The annotations dock: this contribution's (or all) annotations, filtered, click to jump."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Annotation
from cwgi_desktop.core.services.annotations import AnnotationRows, load_annotation_rows
from cwgi_desktop.core.store import AnnotationFilter
from cwgi_desktop.ui.annotation_controller import PALETTE
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.filter_bar import Facets
from cwgi_desktop.ui.labels import isolate, themes_in_order
from cwgi_desktop.ui.navigator import swatch

AnnotationRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex


class AnnotationListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = AnnotationRows()

    def set_rows(self, rows: AnnotationRows) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows.annotations)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows.annotations):
            return None
        a = self.rows.annotations[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            quote = a.quote if len(a.quote) <= 120 else a.quote[:119] + "…"
            themes = ", ".join(self.rows.themes[t].name for t in a.themes if t in self.rows.themes)
            head = f"{self.rows.symbols.get(a.contribution_id, '')} ¶{a.paragraph}"
            lines = [f"{head}  “{isolate(quote)}”"]
            if a.note:
                lines.append("✎ " + isolate(a.note))
            lines.append(" · ".join(isolate(p) for p in (themes, a.author) if p))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(a.colour, 14)
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.note or a.quote
        if role == AnnotationRole:
            return a
        return None


class AnnotationsPanel(QWidget):
    """List + filters (scope, author, theme, colour). Emits what the user asks for."""

    jump_requested = Signal(object)  # Annotation
    note_requested = Signal(object)
    themes_requested = Signal(object)
    delete_requested = Signal(object)
    colour_requested = Signal(object, str)

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.setAccessibleName(self.tr("Annotations"))
        self.db = db
        self.contribution_id: str | None = None
        self._generation = 0
        self.scope = self._combo("annotationScope", self.tr("Show annotations of"))
        self.scope.addItem(self.tr("This contribution"), "current")
        self.scope.addItem(self.tr("All contributions"), "all")
        self.author = self._combo("annotationAuthorFilter", self.tr("Author"))
        self.theme = self._combo("annotationThemeFilter", self.tr("Theme"))
        self.colour = self._combo("annotationColourFilter", self.tr("Colour"))
        self.model = AnnotationListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("annotationList")
        self.list.setAccessibleName(self.tr("Annotations"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.activated.connect(self._jump)
        self.list.clicked.connect(self._jump)
        delete = QAction(self.tr("Delete annotation"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self._emit_current(self.delete_requested))
        self.list.addAction(delete)
        filters = QGridLayout()
        filters.addWidget(self.scope, 0, 0, 1, 2)
        filters.addWidget(self.author, 1, 0)
        filters.addWidget(self.theme, 1, 1)
        filters.addWidget(self.colour, 2, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        self.set_facets(Facets())
        for combo in (self.scope, self.author, self.theme, self.colour):
            combo.currentIndexChanged.connect(self.reload)

    def _combo(self, name: str, label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        return combo

    def set_facets(self, facets: Facets) -> None:
        """Offer the authors and themes of the store (keeping what is chosen)."""
        for combo, everything, items in (
            (self.author, self.tr("All authors"), [(n, f"{n} ({c})") for n, c in facets.authors]),
            (self.theme, self.tr("All themes"),
             [(t.id, "  " * d + t.name) for t, d in themes_in_order(facets.themes)]),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        if self.colour.count() == 0:
            self.colour.blockSignals(True)
            self.colour.addItem(self.tr("All colours"), None)
            for name, colour in PALETTE:
                self.colour.addItem(swatch(colour), translate("AnnotationController", name), colour)
            self.colour.blockSignals(False)

    def choose_author(self, author: str) -> None:
        index = self.author.findData(author)
        if index >= 0:
            self.scope.setCurrentIndex(1)
            self.author.setCurrentIndex(index)

    def set_contribution(self, cid: str | None) -> None:
        self.contribution_id = cid
        if self.scope.currentData() == "current":
            self.reload()

    def current_filter(self) -> AnnotationFilter:
        return AnnotationFilter(
            contribution_id=self.contribution_id if self.scope.currentData() == "current"
            else None,
            author=self.author.currentData(),
            theme_id=self.theme.currentData(),
            colour=self.colour.currentData(),
        )

    def reload(self, *_args: object) -> None:
        self._generation += 1
        generation = self._generation
        if self.scope.currentData() == "current" and self.contribution_id is None:
            self.model.set_rows(AnnotationRows())
            return
        flt = self.current_filter()
        self.db.submit(lambda s: load_annotation_rows(s, flt),
                       lambda rows: self._loaded(generation, rows), context=self)

    def _loaded(self, generation: int, rows: AnnotationRows) -> None:
        if generation == self._generation:
            current = self._current()
            self.model.set_rows(rows)
            if current is not None:
                for row, annotation in enumerate(rows.annotations):
                    if annotation.id == current.id:
                        self.list.setCurrentIndex(self.model.index(row))

    def _current(self) -> Annotation | None:
        index = self.list.currentIndex()
        return index.data(AnnotationRole) if index.isValid() else None

    def _emit_current(self, signal: Any) -> None:
        annotation = self._current()
        if annotation is not None:
            signal.emit(annotation)

    def _jump(self, index: QModelIndex) -> None:
        annotation = index.data(AnnotationRole)
        if annotation is not None:
            self.jump_requested.emit(annotation)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        annotation = index.data(AnnotationRole) if index.isValid() else None
        if annotation is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Go to passage"), lambda: self.jump_requested.emit(annotation))
        menu.addAction(self.tr("Edit note…"), lambda: self.note_requested.emit(annotation))
        menu.addAction(self.tr("Themes…"), lambda: self.themes_requested.emit(annotation))
        colours = menu.addMenu(self.tr("Colour"))
        for name, colour in PALETTE:
            colours.addAction(swatch(colour), translate("AnnotationController", name),
                              lambda c=colour: self.colour_requested.emit(annotation, c))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(annotation))
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()
