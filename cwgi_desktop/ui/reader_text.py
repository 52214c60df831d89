"""The reader's text: numbered paragraphs, annotations as coloured spans, search hits marked.

Each paragraph is one block; its margin shows the number the document gives it (`2.3`,
`fn1`, or a count where the document prints none), drawn by Qt as a list item (runs of
consecutive numbers share one list), so it is not part of the text and offsets stay those
of the store. Block user state
holds the paragraph index. Qt counts positions in UTF-16 units and Python in code points:
`to_qt`/`from_qt` convert, so a passage outside the BMP is anchored where the store expects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextList,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from cwgi_desktop.core.models import Annotation, Paragraph
from cwgi_desktop.ui.theme import highlight_colours, hit_colours

AnnotationIdProperty = QTextFormat.Property.UserProperty + 1


def to_qt(text: str, offset: int) -> int:
    """A code-point offset in `text` as a UTF-16 offset (what Qt positions count)."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_qt(text: str, offset: int) -> int:
    """A UTF-16 offset in `text` as a code-point offset."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


@dataclass
class Passage:
    """A selected stretch of one paragraph, in the store's terms."""

    paragraph: int
    start: int
    end: int
    quote: str


def annotation_format(annotation: Annotation) -> QTextCharFormat:
    """Background in the annotation's colour and an underline, so it shows without colour.

    The tint and the text colour come from the theme, so the passage reads in light and
    dark schemes alike.
    """
    fmt = QTextCharFormat()
    colour = QColor(annotation.colour)
    background, text = highlight_colours(annotation.colour)
    fmt.setBackground(background)
    fmt.setForeground(text)
    fmt.setUnderlineColor(colour.darker(160))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline if annotation.note
                          else QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setProperty(AnnotationIdProperty, annotation.id)
    tip = [annotation.author]
    if annotation.note:
        tip.append(annotation.note)
    fmt.setToolTip("\n".join(tip))
    return fmt


def _base_format(paragraph: Paragraph) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if paragraph.style == "heading":
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


_MARGIN_RE = re.compile(r"^(?P<prefix>.*?)(?P<value>\d+|[a-z])$")
_STYLES = {"decimal": QTextListFormat.Style.ListDecimal,
           "alpha": QTextListFormat.Style.ListLowerAlpha}


def margin_number(number: str) -> tuple[str, int, str] | None:
    """(prefix, value, list style) that draw `number` in the margin as a list item: `2.3` is
    prefix `2.` and item 3, `fn1` prefix `fn` item 1, `b` lower-alpha item 2; None for an
    unnumbered paragraph."""
    match = _MARGIN_RE.match(number)
    if not number or not match:
        return None
    value = match.group("value")
    if value.isdigit():
        return match.group("prefix"), int(value), "decimal"
    return match.group("prefix"), ord(value) - ord("a") + 1, "alpha"


def _list_format(prefix: str, start: int, style: str) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(_STYLES[style])
    fmt.setIndent(1)
    fmt.setStart(start)
    fmt.setNumberPrefix(prefix)
    # A count or `3.` keeps its period; `2.3`, `fn1` or `a` are shown as the document does.
    fmt.setNumberSuffix("." if not prefix and style == "decimal" else "")
    return fmt


class ReaderText(QTextBrowser):
    """Read-only, selectable by mouse and keyboard; renders one contribution."""

    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerText")
        self.setAccessibleName(self.tr("Contribution text"))
        self.setOpenLinks(False)
        self.setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document().setDocumentMargin(12)
        self._base_point_size = self.font().pointSizeF()
        self._zoom = 0
        self._paragraphs: list[Paragraph] = []
        self._blocks: dict[int, int] = {}  # paragraph index -> block number
        self._rtl = False
        self._annotations: list[Annotation] = []
        self.context_actions: list = []  # QActions offered in the context menu

    # -- content -----------------------------------------------------------------------

    def show_paragraphs(self, paragraphs: list[Paragraph], *, rtl: bool) -> None:
        """Lay out the paragraphs as a numbered list (no annotations yet)."""
        self._paragraphs = paragraphs
        self._rtl = rtl
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        doc = self.document()
        doc.clear()
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        self._blocks = {}
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(direction)
        block_format.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute)
        block_format.setBottomMargin(8)
        block_format.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block_format)
        current: tuple[str, int, str] | None = None  # (prefix, last value, style) of the list
        text_list: QTextList | None = None
        for n, paragraph in enumerate(paragraphs):
            if n:
                cursor.insertBlock(block_format)
            cursor.insertText(paragraph.text, _base_format(paragraph))
            key = margin_number(paragraph.number)
            if key is None:
                text_list, current = None, None
                indented = QTextBlockFormat(block_format)
                indented.setIndent(1)  # in line with the numbered paragraphs
                cursor.setBlockFormat(indented)
            elif (text_list is not None and current is not None
                  and (current[0], current[1] + 1, current[2]) == key):
                text_list.add(cursor.block())
                current = key
            else:
                text_list = cursor.createList(_list_format(*key))
                current = key
            cursor.block().setUserState(paragraph.index)
            self._blocks[paragraph.index] = cursor.block().blockNumber()
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.setExtraSelections([])

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self._paragraphs

    def block_of(self, paragraph: int) -> QTextBlock | None:
        number = self._blocks.get(paragraph)
        return self.document().findBlockByNumber(number) if number is not None else None

    def paragraph_text(self, paragraph: int) -> str:
        block = self.block_of(paragraph)
        return block.text() if block is not None else ""

    def _cursor_for(self, paragraph: int, start: int, end: int) -> QTextCursor | None:
        block = self.block_of(paragraph)
        if block is None:
            return None
        text = block.text()
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + to_qt(text, start))
        cursor.setPosition(block.position() + to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def show_annotations(self, annotations: list[Annotation]) -> None:
        """Clear earlier spans and colour each annotation's passage."""
        self._annotations = list(annotations)
        doc = self.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for paragraph in self._paragraphs:  # back to the plain text formats
            span = self._cursor_for(paragraph.index, 0, len(paragraph.text))
            if span is not None:
                span.setCharFormat(_base_format(paragraph))
        for annotation in annotations:
            span = self._cursor_for(annotation.paragraph, annotation.start, annotation.end)
            if span is not None and span.hasSelection():
                span.mergeCharFormat(annotation_format(annotation))
        cursor.endEditBlock()

    def show_hits(self, spans: dict[int, list[tuple[int, int]]]) -> None:
        """Mark search-hit terms (bold on orange) without touching the document."""
        selections = []
        fmt = QTextCharFormat()
        background, foreground = hit_colours()
        fmt.setBackground(background)
        fmt.setForeground(foreground)
        fmt.setFontWeight(QFont.Weight.Bold)
        for paragraph, ranges in sorted(spans.items()):
            for start, end in ranges:
                cursor = self._cursor_for(paragraph, start, end)
                if cursor is None or not cursor.hasSelection():
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                selection.format = fmt  # type: ignore[attr-defined]
                selections.append(selection)
        self.setExtraSelections(selections)

    def hit_texts(self) -> list[str]:
        """The text under each search-hit mark (for tests and accessibility checks)."""
        return [s.cursor.selectedText() for s in self.extraSelections()]

    # -- moving ------------------------------------------------------------------------

    def go_to(self, paragraph: int, start: int | None = None, end: int | None = None) -> None:
        """Scroll the paragraph to the top; select the span (or put the caret at `start`)."""
        block = self.block_of(paragraph)
        if block is None:
            return
        if start is not None:
            cursor = self._cursor_for(paragraph, start, start if end is None else end) \
                or QTextCursor(block)
        else:
            cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(int(rect.top()))
        self.ensureCursorVisible()

    def current_paragraph(self) -> int | None:
        """The paragraph holding the cursor (or the first one in view)."""
        block = self.textCursor().block()
        if block.isValid() and block.userState() > 0:
            return block.userState()
        return None

    def top_paragraph(self) -> int | None:
        """The first paragraph visible in the viewport."""
        cursor = self.cursorForPosition(self.viewport().rect().topLeft())
        state = cursor.block().userState()
        return state if state > 0 else None

    # -- selection ---------------------------------------------------------------------

    def selected_passage(self) -> Passage | None:
        """The selection clipped to its first paragraph, trimmed of outer spaces."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        doc = self.document()
        block = doc.findBlock(cursor.selectionStart())
        if block.userState() <= 0:
            return None
        text = block.text()
        start_qt = cursor.selectionStart() - block.position()
        end_qt = min(cursor.selectionEnd() - block.position(), block.length() - 1)
        start, end = from_qt(text, start_qt), from_qt(text, end_qt)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        return Passage(block.userState(), start, end, text[start:end])

    def cursor_position(self) -> tuple[int, int] | None:
        """(paragraph, code-point offset) of the caret."""
        cursor = self.textCursor()
        block = cursor.block()
        if block.userState() <= 0:
            return None
        return block.userState(), from_qt(block.text(), cursor.positionInBlock())

    # -- zoom --------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        steps = max(-6, min(20, steps))
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, self._base_point_size + steps))
        self.setFont(font)
        if steps != self._zoom:
            self._zoom = steps
            self.zoom_changed.emit(steps)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (the system went dark or light): recolour the highlights."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) \
                and self._annotations:
            self.show_annotations(self._annotations)

    # -- context menu ------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
