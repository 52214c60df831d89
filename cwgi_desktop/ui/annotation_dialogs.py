"""The two small dialogs of annotating: a note, and the theme picker over the codebook.

Both open window-modal with `open()` (never a blocking `exec()`) and report through
`accepted`; both are driven entirely from the keyboard: Ctrl+Enter saves a note; in the
theme picker, type to filter and press Enter to tag with the first match (or a new theme
of that name), or move into the tree and press Space to tick several.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Theme
from cwgi_desktop.ui.labels import themes_in_order
from cwgi_desktop.ui.navigator import swatch

ThemeIdRole = Qt.ItemDataRole.UserRole + 1


def _quote_label(quote: str, parent: QWidget) -> QLabel:
    short = quote if len(quote) <= 240 else quote[:239] + "…"
    label = QLabel(f"“{short}”", parent)
    label.setObjectName("quote")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class NoteDialog(QDialog):
    """Write or change the note on a passage."""

    def __init__(self, quote: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlainText(note)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_quote_label(quote, self))
        hint = QLabel(self.tr("Ctrl+Enter saves."), self)
        hint.setEnabled(False)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.resize(460, 260)
        self.editor.setFocus()

    def note(self) -> str:
        return self.editor.toPlainText().strip()


class ThemePickerDialog(QDialog):
    """Tick themes of the codebook (hierarchical), or name a new one."""

    def __init__(self, themes: list[Theme], selected: list[str], quote: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themePicker")
        self.setWindowTitle(self.tr("Themes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._new_names: list[str] = []
        self.filter = QLineEdit(self)
        self.filter.setObjectName("themeFilter")
        self.filter.setAccessibleName(self.tr("Filter themes"))
        self.filter.setPlaceholderText(self.tr("Type to filter, or to name a new theme"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        items: dict[str, QStandardItem] = {}
        for theme, _depth in themes_in_order(themes):
            item = QStandardItem(theme.name)
            item.setData(theme.id, ThemeIdRole)
            item.setData(swatch(theme.colour), Qt.ItemDataRole.DecorationRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if theme.id in selected
                               else Qt.CheckState.Unchecked)
            if theme.description:
                item.setToolTip(theme.description)
            items[theme.id] = item
            parent_item = items.get(theme.parent_id or "")
            (parent_item or self.model.invisibleRootItem()).appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView(self)
        self.tree.setObjectName("themeTree")
        self.tree.setAccessibleName(self.tr("Codebook"))
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.proxy)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.expandAll()
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if quote:
            layout.addWidget(_quote_label(quote, self))
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        if not themes:
            layout.addWidget(QLabel(self.tr(
                "The codebook is empty: type a theme name, or load the Resolution 1305 "
                "starter codebook from Annotate ▸ Codebook."), self))
        layout.addWidget(buttons)
        self.resize(420, 460)
        self.filter.setFocus()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self.tree.setFocus()
            if not self.tree.currentIndex().isValid():
                self.tree.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _first_match(self) -> QStandardItem | None:
        pending = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        text = self.filter.text().strip().casefold()
        first: QStandardItem | None = None
        while pending:
            index = pending.pop(0)
            item = self.model.itemFromIndex(self.proxy.mapToSource(index))
            if item.text().casefold() == text:
                return item
            if first is None:
                first = item
            pending += [self.proxy.index(r, 0, index) for r in range(self.proxy.rowCount(index))]
        return first

    def accept(self) -> None:
        text = " ".join(self.filter.text().split())
        if text and self.focusWidget() is self.filter:
            match = self._first_match()
            if match is not None:
                match.setCheckState(Qt.CheckState.Checked)
            else:
                self._new_names.append(text)
        super().accept()

    def chosen(self) -> list[str]:
        """Ticked theme ids, then the names of new themes to create."""
        ids: list[str] = []
        pending = [self.model.invisibleRootItem()]
        while pending:
            parent = pending.pop(0)
            for row in range(parent.rowCount()):
                item = parent.child(row)
                if item.checkState() == Qt.CheckState.Checked:
                    ids.append(item.data(ThemeIdRole))
                pending.append(item)
        return ids + self._new_names
