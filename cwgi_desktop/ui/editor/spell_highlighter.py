"""Spell-checking in the block editor: red wavy underlines, suggestions in the context menu.

The highlighter of the editor (block_editor.CitationHighlighter) calls `decorate` at the end
of each block it paints: only words whose answer is cached are marked, the others are sent
to the spelling service's worker and the block is repainted when they come back, so typing
never waits for Hunspell. Dictionaries load on that worker the first time a draft of their
language is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from cwgi_desktop.core.spelling import SpellChecker, SpellService, UserDictionary, Word
from cwgi_desktop.core.spelling.dictionaries import DICTIONARIES
from cwgi_desktop.core.spelling.terms import user_dictionary_path
from cwgi_desktop.core.spelling.tokens import is_checkable, word_at, words_to_check

SPELLING_RED = "#e01b24"
REPAINT_DELAY_MS = 30
_PART = re.compile(r"[^\-‐]+")


class SpellBridge(QObject):
    """The application's one spelling service; brings its worker's news to the GUI thread."""

    checked = Signal(str)  # language: some words were looked up or a dictionary loaded
    user_words_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = SpellService(UserDictionary())
        self._announced: set[str] = set()  # languages whose loading will emit `checked`

    def follow_data_folder(self) -> None:
        """Use the user dictionary of the current data folder (tests move it per test)."""
        if self.service.user.path != user_dictionary_path():
            self.service.set_user(UserDictionary())

    def checker(self, language: str) -> SpellChecker | None:
        """The loaded checker, or None (loading starts; `checked` says when it is ready)."""
        checker = self.service.checker(language)
        if checker is None and language in DICTIONARIES:
            future = self.service.load(language)
            if not future.done() and language not in self._announced:
                self._announced.add(language)
                future.add_done_callback(lambda _f: self.checked.emit(language))
        return checker

    def look_up(self, language: str, words: list[str]) -> Future[list[str]]:
        return self.service.check_async(language, words, self.checked.emit)


_bridge: SpellBridge | None = None


def spelling_bridge() -> SpellBridge:
    """The shared bridge (made on first use, owned by the application)."""
    global _bridge
    if _bridge is None:
        _bridge = SpellBridge(QCoreApplication.instance())
    _bridge.follow_data_folder()
    return _bridge


def misspelt_format(base: QTextCharFormat) -> QTextCharFormat:
    """`base` with Word's red wavy underline added."""
    fmt = QTextCharFormat(base)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(SPELLING_RED))
    return fmt


class EditorSpelling(QObject):
    """The spell-checking of one editor: its language, its marks, its context menu."""

    def __init__(self, editor: QPlainTextEdit, highlighter: QSyntaxHighlighter) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        self.language = ""
        self.enabled = True
        self.bridge = spelling_bridge()
        self.bridge.checked.connect(self._checked)
        self.bridge.user_words_changed.connect(self._schedule_repaint)
        self._waiting: set[str] = set()  # words sent to the worker, answer not back yet
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_DELAY_MS)
        self._repaint.timeout.connect(self.highlighter.rehighlight)
        self._typed_block = -1  # the block holding a word skipped while it was typed
        editor.cursorPositionChanged.connect(self._cursor_moved)
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._focus_left)
        return False

    def _focus_left(self) -> None:
        if self._typed_block >= 0:
            self._typed_block = -1
            self.highlighter.rehighlight()

    # -- settings -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """The draft's language ('' or 'zh': nothing is checked)."""
        if language != self.language:
            self.language = language
            self._waiting.clear()
            self.highlighter.rehighlight()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            self.highlighter.rehighlight()

    def checker(self) -> SpellChecker | None:
        if not self.enabled or self.language not in DICTIONARIES:
            return None
        return self.bridge.checker(self.language)

    # -- painting -------------------------------------------------------------------------

    def decorate(self, text: str) -> None:
        """Mark the misspelt words of the block being highlighted (called by highlightBlock)."""
        checker = self.checker()
        if checker is None or not text:
            return
        unknown: list[str] = []
        typing = self._typing_offset()
        for word in words_to_check(text):
            if word.end == typing:
                # The word being typed is judged once it is left, as in Word: no wave under
                # "governm" half-way through, no look-up per keystroke.
                self._typed_block = self.highlighter.currentBlock().blockNumber()
                continue
            right = checker.status(word.text)
            if right is None:
                unknown.append(word.text)
            elif not right:
                for part in self._wrong_parts(checker, word, unknown):
                    self._underline(part)
        fresh = [w for w in unknown if w not in self._waiting]
        if fresh:
            self._waiting.update(fresh)
            self.bridge.look_up(self.language, fresh)

    def _typing_offset(self) -> int:
        """The cursor's offset in the block being highlighted, while the editor has focus
        and nothing is selected (-1 otherwise)."""
        cursor = self.editor.textCursor()
        block = self.highlighter.currentBlock()
        if cursor.hasSelection() or not self.editor.hasFocus() or \
                cursor.blockNumber() != block.blockNumber():
            return -1
        return cursor.position() - block.position()

    def _cursor_moved(self) -> None:
        """Leaving the word just typed: check it now."""
        if self._typed_block < 0:
            return
        cursor = self.editor.textCursor()
        block = self.editor.document().findBlockByNumber(self._typed_block)
        if not block.isValid():
            self._typed_block = -1
            return
        word = word_at(block.text(), cursor.position() - block.position()) \
            if cursor.blockNumber() == self._typed_block else None
        if word is None or word.end != cursor.position() - block.position():
            self._typed_block = -1
            self.highlighter.rehighlightBlock(block)

    @staticmethod
    def _wrong_parts(checker: SpellChecker, word: Word, unknown: list[str]) -> list[Word]:
        """In "capacity-bulding" only "bulding" is marked, as in Word."""
        parts = [Word(word.start + m.start(), word.start + m.end(), m.group())
                 for m in _PART.finditer(word.text)]
        if len(parts) < 2:
            return [word]
        wrong = []
        for part in parts:
            right = checker.status(part.text) if is_checkable(part.text) else True
            if right is None:
                unknown.append(part.text)
            elif not right:
                wrong.append(part)
        return wrong or [word]

    def _underline(self, word: Word) -> None:
        # Per character: the word may already carry bold, italic or link formats.
        for i in range(word.start, word.end):
            self.highlighter.setFormat(i, 1, misspelt_format(self.highlighter.format(i)))

    def _checked(self, language: str) -> None:
        if language == self.language:
            self._waiting.clear()
            self._schedule_repaint()

    def _schedule_repaint(self) -> None:
        self._repaint.start()

    def misspelt_words(self) -> list[Word]:
        """The misspelt words of the editor's text known so far (for tests and the header)."""
        checker = self.checker()
        if checker is None:
            return []
        text = self.editor.toPlainText()
        return [w for w in words_to_check(text) if checker.status(w.text) is False]

    # -- the context menu -----------------------------------------------------------------

    def misspelt_word_at(self, position: int) -> Word | None:
        """The misspelt word at a text position (absolute), or None."""
        checker = self.checker()
        if checker is None:
            return None
        block = self.editor.document().findBlock(position)
        word = word_at(block.text(), position - block.position())
        if word is None or checker.check(word.text):
            return None
        return Word(word.start + block.position(), word.end + block.position(), word.text)

    def add_actions(self, menu: QMenu, position: int) -> None:
        """Put suggestions, "Ignore" and "Add to my dictionary" at the top of `menu`."""
        word = self.misspelt_word_at(position)
        if word is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.bridge.service.suggest(self.language, word.text)
        added: list[QAction] = []
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("spellSuggestion")
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(self._replacer(word, suggestion))
            added.append(action)
        if not suggestions:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            added.append(none)
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.setObjectName("spellIgnore")
        ignore.triggered.connect(lambda: self.ignore(word.text))
        add = QAction(self.tr("Add to my dictionary"), menu)
        add.setObjectName("spellAddToDictionary")
        add.triggered.connect(lambda: self.add_to_dictionary(word.text))
        added += [ignore, add]
        menu.insertActions(first, added)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]

    def _replacer(self, word: Word, suggestion: str) -> Callable[[], None]:
        def replace() -> None:
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(word.start)
            cursor.setPosition(word.end, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText().replace("’", "'") == word.text:
                cursor.insertText(suggestion)  # reported as an edit, undoable
        return replace

    def ignore(self, word: str) -> None:
        checker = self.checker()
        if checker is not None:
            checker.ignore(word)
            self.highlighter.rehighlight()

    def add_to_dictionary(self, word: str) -> None:
        checker = self.checker()
        if checker is not None:
            checker.add_to_dictionary(word)
            self.highlighter.rehighlight()
            self.bridge.user_words_changed.emit()


def context_menu(editor: QPlainTextEdit, spelling: EditorSpelling, pos: QPoint) -> QMenu:
    """The editor's standard menu with the spelling actions for the word at `pos` on top.

    The word under the pointer counts, as in Word; the cursor moves there first.
    """
    cursor = editor.cursorForPosition(pos)
    menu = editor.createStandardContextMenu(editor.viewport().mapToGlobal(pos))
    menu.setObjectName("blockEditorMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    spelling.add_actions(menu, cursor.position())
    return menu
