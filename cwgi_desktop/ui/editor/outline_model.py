"""The outline of a draft: a flat list model of its blocks with derived numbers, and its view.

Numbers come from `core.drafting.numbering.number_blocks`, recomputed when the structure
changes (order, kind, level), never when text is typed. A text edit changes one row.
The view indents rows by level; Tab / Shift+Tab ask for indent / outdent, and an
annotation dropped on a row asks for a citation in that block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cwgi_desktop.core.drafting.numbering import number_blocks, numbered_paragraphs_default
from cwgi_desktop.core.models import Block
from cwgi_desktop.ui.editor.annotation_drag import ANNOTATION_MIME, annotation_id_of
from cwgi_desktop.ui.editor.editor_labels import block_label, short

BlockRole = Qt.ItemDataRole.UserRole + 1
NumberRole = Qt.ItemDataRole.UserRole + 2
LevelRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4
AnyIndex = QModelIndex | QPersistentModelIndex
INDENT_PX = 16
_MARKS = re.compile(r"\*\*|__|^#{1,6}\s+|`")
_NUMBER_COLOURS = {"heading": "#1f3a5f", "finding": "#8a4b00", "guideline": "#2e6b30",
                   "recommendation": "#6b2e63", "annex": "#444444", "paragraph": "#777777"}


def _structure(blocks: Sequence[Block]) -> list[tuple[str, str, int]]:
    return [(b.id, b.kind, b.level) for b in blocks]


def _stale_text() -> str:
    return QCoreApplication.translate(
        "OutlineModel", "Stale: the original was edited after this translation")


class OutlineModel(QAbstractListModel):
    """The live blocks of one draft, in order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.blocks: list[Block] = []
        self.numbers: dict[str, str] = {}
        self.numbered_paragraphs = False
        self._rows: dict[str, int] = {}
        # Blocks of a language version whose original was edited after their translation.
        self.stale: set[str] = set()

    # -- loading -------------------------------------------------------------------------

    def set_draft_kind(self, kind: str) -> None:
        self.numbered_paragraphs = numbered_paragraphs_default(kind)

    def set_blocks(self, blocks: Sequence[Block],
                   keep_text: Callable[[str], bool] = lambda _id: False) -> None:
        """Show `blocks`; rows whose id `keep_text` accepts keep their (newer) local text."""
        old = {b.id: b for b in self.blocks}
        fresh = []
        for b in blocks:
            if b.id in old and keep_text(b.id):
                b = Block(**{**b.to_dict(), "text": old[b.id].text})
            fresh.append(b)
        if [b.id for b in fresh] == [b.id for b in self.blocks]:
            structure_changed = _structure(fresh) != _structure(self.blocks)
            changed = [i for i, (a, b) in enumerate(zip(self.blocks, fresh, strict=True))
                       if (a.kind, a.level, a.text) != (b.kind, b.level, b.text)]
            self.blocks = fresh
            if structure_changed:
                self._renumber()
                changed = list(range(len(fresh)))
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self.blocks = fresh
        self._rows = {b.id: i for i, b in enumerate(fresh)}
        self._renumber()
        self.endResetModel()

    def clear(self) -> None:
        self.set_blocks([])

    def set_stale(self, block_ids: set[str]) -> None:
        """Mark the stale blocks of a language version (⚠ before their text)."""
        if block_ids != self.stale:
            self.stale = set(block_ids)
            if self.blocks:
                self.dataChanged.emit(self.index(0), self.index(len(self.blocks) - 1))

    def _renumber(self) -> None:
        self._rows = {b.id: i for i, b in enumerate(self.blocks)}
        self.numbers = number_blocks(
            [Block(**{**b.to_dict(), "position": i}) for i, b in enumerate(self.blocks)],
            self.numbered_paragraphs)

    # -- access --------------------------------------------------------------------------

    def row_of(self, block_id: str | None) -> int:
        return self._rows.get(block_id, -1) if block_id else -1

    def block_at(self, row: int) -> Block | None:
        return self.blocks[row] if 0 <= row < len(self.blocks) else None

    def block(self, block_id: str | None) -> Block | None:
        return self.block_at(self.row_of(block_id))

    def number(self, block_id: str) -> str | None:
        return self.numbers.get(block_id)

    def set_text(self, block_id: str, text: str) -> None:
        """A text edit: one row changes, numbering does not."""
        row = self.row_of(block_id)
        if row < 0 or self.blocks[row].text == text:
            return
        self.blocks[row].text = text
        index = self.index(row)
        self.dataChanged.emit(index, index)

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.blocks)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        block = self.block_at(index.row()) if index.isValid() else None
        if block is None:
            return None
        number = self.numbers.get(block.id)
        stale = block.id in self.stale
        if role == Qt.ItemDataRole.DisplayRole:
            return ("⚠ " if stale else "") + (short(_MARKS.sub("", block.text), 90) or "…")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{block_label(block.kind, number)}: {short(block.text, 200)}"
                    + (f" ({_stale_text()})" if stale else ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{block_label(block.kind, number)}\n{short(block.text, 400)}"
                    + (f"\n\n{_stale_text()}" if stale else ""))
        if role == NumberRole:
            return number or ""
        if role == LevelRole:
            return block.level
        if role == KindRole:
            return block.kind
        if role == BlockRole:
            return block
        return None


class OutlineDelegate(QStyledItemDelegate):
    """Indents a row by its level and draws its derived number before its first line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = option.fontMetrics.height() + 8  # type: ignore[attr-defined]
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        # Not `opt.widget`: reading it when unset releases None once too often (PySide 6.12).
        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(6, 0, -6, 0)  # type: ignore[attr-defined]
        kind = index.data(KindRole)
        # AlignLeft is the start side: the right one in a right-to-left layout, where the
        # indent and the number column come off the right edge instead.
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]

        def skip(px: int) -> None:
            if rtl:
                rect.setRight(rect.right() - px)
            else:
                rect.setLeft(rect.left() + px)

        skip((int(index.data(LevelRole) or 1) - 1) * INDENT_PX)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        pal: QPalette = opt.palette  # type: ignore[attr-defined]
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        font = QFont(opt.font)  # type: ignore[attr-defined]
        if kind in ("heading", "annex"):
            font.setBold(True)
        painter.setFont(font)
        number = str(index.data(NumberRole) or "")
        if kind == "annex":
            number = self.tr("Annex %1").replace("%1", number)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        column = painter.fontMetrics().horizontalAdvance("00.0") + 10
        if number:
            painter.setPen(fg if selected else QColor(_NUMBER_COLOURS.get(kind, "#555555")))
            width = painter.fontMetrics().horizontalAdvance(number) + 8
            painter.drawText(rect, int(flags), number)
            skip(max(width, column))
        elif kind == "paragraph":
            painter.setPen(QColor("#9a9a9a") if not selected else fg)
            painter.drawText(rect, int(flags), "¶")
            skip(column)
        painter.setPen(fg)
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                  max(rect.width(), 0))
        painter.drawText(rect, int(flags), elided)
        painter.restore()


class OutlineView(QListView):
    """The outline list. Undo/redo and Tab keys are handled here, not by the window."""

    indent_requested = Signal()
    outdent_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()
    annotation_dropped = Signal(str, str)  # block id, annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOutline")
        self.setAccessibleName(self.tr("Outline"))
        self.setItemDelegate(OutlineDelegate(self))
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setTabKeyNavigation(False)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and not event.modifiers() & ~(
                    Qt.KeyboardModifier.KeypadModifier):
                self.indent_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.outdent_requested.emit()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
        else:
            super().keyPressEvent(event)

    # -- annotations dropped on a row ----------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ANNOTATION_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if event.mimeData().hasFormat(ANNOTATION_MIME) and self.indexAt(
                event.position().toPoint()).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        annotation_id = annotation_id_of(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        block = index.data(BlockRole) if index.isValid() else None
        if annotation_id and block is not None:
            event.acceptProposedAction()
            self.annotation_dropped.emit(block.id, annotation_id)
        else:
            event.ignore()
