"""The editor of the current block: one QPlainTextEdit, Markdown and citation highlighting.

Only the current block is ever in the editor, so a 500-block draft costs what one block
costs. The editor keeps no undo history of its own: each change is reported
(`text_edited`) and becomes a command on the workspace's undo stack, merged per block.
Citations that name no imported contribution are underlined in red, with a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from cwgi_desktop.core import markdown_syntax as md
from cwgi_desktop.core.citations import base_symbol_of, find_citations
from cwgi_desktop.core.models import Citation
from cwgi_desktop.ui.editor.annotation_drag import ANNOTATION_MIME, annotation_id_of
from cwgi_desktop.ui.editor.spell_highlighter import EditorSpelling, context_menu
from cwgi_desktop.ui.theme import current_watcher, error_colour, is_dark


def is_resolved(citation: Citation, known: set[str]) -> bool:
    """Whether a citation names an imported document (`known`: casefolded symbols)."""
    return citation.key.casefold() in known or base_symbol_of(citation.key).casefold() in known


def unresolved_in(text: str, known: set[str]) -> list[str]:
    """Citation keys of `text` that resolve to nothing, as written, first-seen order."""
    keys = [c.key for _span, group in find_citations(text) for c in group
            if not is_resolved(c, known)]
    return list(dict.fromkeys(keys))


def _format(colour: str | None = None, *, bold: bool = False, italic: bool = False,
            background: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if colour:
        fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if background:
        fmt.setBackground(QColor(background))
    return fmt


class CitationHighlighter(QSyntaxHighlighter):
    """Markdown marks in colour; citations tinted, unresolved ones with a red wave."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.known: set[str] = set()
        self.heading = _format("#1f3a5f", bold=True)
        self.mark = _format("#8a8a8a")
        self.bold = _format(bold=True)
        self.italic = _format(italic=True)
        self.code = _format("#6a3d9a")
        self.code.setFontFamilies(
            [QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
        self.link = _format("#1a5fb4")
        self.link.setFontUnderline(True)
        self.cited = _format("#0b5394", background="#e6f0fa")
        self.unresolved = self._unresolved_format()
        self.spelling: EditorSpelling | None = None  # adds the misspelt-word marks
        watcher = current_watcher()
        if watcher is not None:
            watcher.changed.connect(self._scheme_changed)

    @staticmethod
    def _unresolved_format() -> QTextCharFormat:
        """The theme's error colour with a red wave (readable in light and dark)."""
        fmt = _format(error_colour().name(), background="#3d1c20" if is_dark() else "#fdecee")
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(error_colour())
        return fmt

    def _scheme_changed(self, _dark: bool) -> None:
        self.unresolved = self._unresolved_format()
        self.rehighlight()

    def set_known(self, symbols: Iterable[str]) -> None:
        """The symbols and base symbols that resolve (any case); re-highlights."""
        self.known = {s.casefold() for s in symbols}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not text:
            return
        if md.ATX_HEADING.match(text):
            self.setFormat(0, len(text), self.heading)
        mark = md.BULLET.match(text) or md.ORDERED.match(text)
        if mark:
            self.setFormat(0, mark.end(), self.mark)
        for pattern, fmt in ((md.STRONG, self.bold), (md.EMPHASIS_STAR, self.italic),
                             (md.EMPHASIS_UNDERSCORE, self.italic), (md.LINK, self.link),
                             (md.FOOTNOTE_REF, self.link), (md.TABLE_PIPE, self.mark)):
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), fmt)
        for m in md.CODE_SPAN.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self.code)
        for (start, end), group in find_citations(text):
            ok = all(is_resolved(c, self.known) for c in group)
            self.setFormat(start, end - start, self.cited if ok else self.unresolved)
        if self.spelling is not None:
            self.spelling.decorate(text)


class BlockEditor(QPlainTextEdit):
    """Edits the text of the current block; reports every change."""

    text_edited = Signal(str, str, str, int)  # block id, old text, new text, cursor position
    undo_requested = Signal()
    redo_requested = Signal()
    annotation_dropped = Signal(str, int)  # annotation id, position in the text
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockEditor")
        self.setAccessibleName(self.tr("Block text"))
        self.setAccessibleDescription(self.tr(
            "The text of the block chosen in the outline, in Markdown. Tab inserts a tab; "
            "Ctrl+Tab moves to the next control."))
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(False)
        self.setPlaceholderText(self.tr("Type the block's text (Markdown). "
                                        "Ctrl+Shift+C inserts a citation."))
        self.highlighter = CitationHighlighter(self.document())
        self.spelling = EditorSpelling(self, self.highlighter)
        self.highlighter.spelling = self.spelling
        self.block_id: str | None = None
        self._text = ""
        self._loading = False
        self.textChanged.connect(self._changed)
        self.setEnabled(False)

    # -- content -------------------------------------------------------------------------

    def set_block(self, block_id: str | None, text: str, cursor: int | None = None) -> None:
        """Show another block (or none), without reporting an edit."""
        self.block_id = block_id
        self.setEnabled(block_id is not None)
        self._replace(text, len(text) if cursor is None else cursor)

    def replace_text(self, text: str, cursor: int | None = None) -> None:
        """Replace the current block's text (undo, redo, a reload) without reporting it."""
        if text != self._text:
            self._replace(text, len(text) if cursor is None else cursor)

    def _replace(self, text: str, cursor: int) -> None:
        self._loading = True
        try:
            self.setPlainText(text)
            self._text = text
            c = self.textCursor()
            c.setPosition(max(0, min(cursor, len(text))))
            self.setTextCursor(c)
        finally:
            self._loading = False

    def text(self) -> str:
        return self._text

    def _changed(self) -> None:
        if self._loading or self.block_id is None:
            return
        new = self.toPlainText()
        if new == self._text:
            return
        old, self._text = self._text, new
        self.text_edited.emit(self.block_id, old, new, self.textCursor().position())

    def insert_at(self, position: int, text: str) -> None:
        """Insert `text` at `position` as if typed (reported as an edit)."""
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self._text))))
        cursor.insertText(text)
        self.setTextCursor(cursor)

    def unresolved_keys(self) -> list[str]:
        return unresolved_in(self._text, self.highlighter.known)

    # -- keys, focus, tooltips -----------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)):
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tooltip_at(event)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
        else:
            super().keyPressEvent(event)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu at `pos` (viewport coordinates), spelling actions first."""
        return context_menu(self, self.spelling, pos)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.build_context_menu(event.pos()).popup(event.globalPos())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    def citation_tooltip(self, position: int) -> str:
        """The tooltip for the character at `position` ('' outside citations)."""
        block = self.document().findBlock(position)
        offset = position - block.position()
        for (start, end), group in find_citations(block.text()):
            if start <= offset < end:
                lines = []
                for c in group:
                    if is_resolved(c, self.highlighter.known):
                        lines.append(self.tr("@%1: cites document %2")
                                     .replace("%1", c.key).replace("%2", c.base_symbol))
                    else:
                        lines.append(self.tr("@%1: unresolved citation — no imported "
                                             "contribution has that symbol").replace("%1", c.key))
                return "\n".join(lines)
        return ""

    def _tooltip_at(self, event: QHelpEvent) -> str:
        cursor = self.cursorForPosition(self.viewport().mapFrom(self, event.pos()))
        return self.citation_tooltip(cursor.position())

    # -- annotations dropped or pasted ---------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(ANNOTATION_MIME) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        annotation_id = annotation_id_of(source)
        if annotation_id:
            self.annotation_dropped.emit(annotation_id, self.textCursor().position())
            return
        super().insertFromMimeData(source)

    def cursor_position(self) -> int:
        return self.textCursor().position()

    def move_cursor_to_end(self) -> None:
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
