"""Annotating from the reader: highlight (Ctrl+H), note (Ctrl+Shift+N), themes (Ctrl+T).

Every change is a command on the window's QUndoStack; the dialogs open without blocking.
On a fresh selection the action creates an annotation; with the caret (or a selection) on
an existing annotation it edits that one instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from cwgi_desktop.core.models import Annotation
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.navigator import swatch
from cwgi_desktop.ui.reader import ReaderView
from cwgi_desktop.ui.settings import Settings
from cwgi_desktop.ui.translation_marks import QT_TRANSLATE_NOOP
from cwgi_desktop.ui.undo_commands import (
    AddAnnotationCommand,
    DeleteAnnotationCommand,
    EditAnnotationCommand,
)

if TYPE_CHECKING:  # the dialogs load when first opened (start-up)
    from cwgi_desktop.ui.annotation_dialogs import ThemePickerDialog

# Highlight colours offered (name, colour); names are translated where shown.
PALETTE: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("AnnotationController", "Yellow"), "#f6c343"),
    (QT_TRANSLATE_NOOP("AnnotationController", "Green"), "#7bc67e"),
    (QT_TRANSLATE_NOOP("AnnotationController", "Blue"), "#6fa8dc"),
    (QT_TRANSLATE_NOOP("AnnotationController", "Pink"), "#f28cb1"),
    (QT_TRANSLATE_NOOP("AnnotationController", "Orange"), "#f5a05a"),
    (QT_TRANSLATE_NOOP("AnnotationController", "Purple"), "#b39ddb"),
)



class AnnotationController(QObject):
    """The annotate actions, shared by the menu, the toolbar and the reader's context menu."""

    message = Signal(str)

    def __init__(self, window: QWidget, db: DbWorker, reader: ReaderView,
                 undo_stack: QUndoStack, settings: Settings,
                 ensure_author: Callable[[Callable[[], None]], None]) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.reader = reader
        self.undo_stack = undo_stack
        self.settings = settings
        self.ensure_author = ensure_author

        self.highlight_action = self._action(
            "actionHighlight", self.tr("&Highlight"), "Ctrl+H",
            self.tr("Highlight the selected passage"), self.highlight)
        self.note_action = self._action(
            "actionNote", self.tr("Add or edit &note…"), "Ctrl+Shift+N",
            self.tr("Write a note on the selected passage"), self.note)
        self.themes_action = self._action(
            "actionThemes", self.tr("&Themes…"), "Ctrl+T",
            self.tr("Tag the selected passage with themes of the codebook"), self.themes)
        self.delete_action = self._action(
            "actionDeleteAnnotation", self.tr("&Delete annotation"), "Ctrl+Shift+D",
            self.tr("Delete the annotation at the cursor"), self.delete)
        self.colour_group = QActionGroup(self)
        self.colour_actions: list[QAction] = []
        for name, colour in PALETTE:
            action = QAction(QIcon(swatch(colour, 16)), self.tr(name), self)
            action.setObjectName(f"actionColour{name}")
            action.setCheckable(True)
            action.setData(colour)
            action.setChecked(colour == self.settings.highlight_colour)
            action.triggered.connect(lambda _checked=False, c=colour: self.choose_colour(c))
            self.colour_group.addAction(action)
            self.colour_actions.append(action)
        self.reader.text.context_actions = [self.highlight_action, self.note_action,
                                            self.themes_action, self.delete_action]

    def _action(self, name: str, text: str, keys: str, tip: str,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- helpers -----------------------------------------------------------------------

    def _mine_at_cursor(self) -> Annotation | None:
        """The annotation the caret stands in, or that holds the whole selection."""
        found = self.reader.annotations_at_cursor()
        passage = self.reader.selected_passage()
        if passage is not None:
            found = [a for a in found if a.start <= passage.start and passage.end <= a.end]
        mine = [a for a in found if a.author == self.settings.author]
        return (mine or found or [None])[0]  # type: ignore[list-item]

    def _new_passage_or_say(self) -> Any:
        contribution = self.reader.contribution
        passage = self.reader.selected_passage()
        if contribution is None or passage is None:
            self.message.emit(self.tr("Select a passage in the reader first."))
            return None
        return contribution, passage

    # -- the actions -------------------------------------------------------------------

    def highlight(self) -> None:
        """Highlight the selection in the current colour (or recolour the one under it)."""
        self.ensure_author(self._highlight)

    def _highlight(self) -> None:
        existing = self._mine_at_cursor()
        if existing is not None:
            self.recolour(existing, self.settings.highlight_colour)
            return
        found = self._new_passage_or_say()
        if found is None:
            return
        contribution, passage = found
        self.undo_stack.push(AddAnnotationCommand(
            self.db, contribution.id, passage, author=self.settings.author,
            colour=self.settings.highlight_colour))
        self.message.emit(self.tr("Highlighted."))

    def note(self) -> None:
        self.ensure_author(self._note)

    def _note(self) -> None:
        existing = self._mine_at_cursor()
        if existing is not None:
            self.edit_note(existing)
            return
        found = self._new_passage_or_say()
        if found is None:
            return
        contribution, passage = found
        from cwgi_desktop.ui.annotation_dialogs import NoteDialog

        dialog = NoteDialog(passage.quote, "", self.window)

        def save() -> None:
            text = dialog.note()
            if text:
                self.undo_stack.push(AddAnnotationCommand(
                    self.db, contribution.id, passage, author=self.settings.author,
                    colour=self.settings.highlight_colour, note=text))
                self.message.emit(self.tr("Note added."))

        dialog.accepted.connect(save)
        dialog.open()

    def edit_note(self, annotation: Annotation) -> None:
        from cwgi_desktop.ui.annotation_dialogs import NoteDialog

        dialog = NoteDialog(annotation.quote, annotation.note, self.window)

        def save() -> None:
            text = dialog.note()
            if text != annotation.note:
                self.undo_stack.push(EditAnnotationCommand(
                    self.db, annotation.id, {"note": annotation.note}, {"note": text},
                    self.tr("Edit note")))

        dialog.accepted.connect(save)
        dialog.open()

    def themes(self) -> None:
        self.ensure_author(self._themes)

    def _themes(self) -> None:
        existing = self._mine_at_cursor()
        if existing is not None:
            self.edit_themes(existing)
            return
        found = self._new_passage_or_say()
        if found is None:
            return
        contribution, passage = found
        dialog = self._picker([], passage.quote)

        def save() -> None:
            chosen = dialog.chosen()
            if chosen:
                self.undo_stack.push(AddAnnotationCommand(
                    self.db, contribution.id, passage, author=self.settings.author,
                    colour=self._colour_for(chosen), themes=chosen))
                self.message.emit(self.tr("Tagged."))

        dialog.accepted.connect(save)
        dialog.open()

    def edit_themes(self, annotation: Annotation) -> None:
        dialog = self._picker(annotation.themes, annotation.quote)

        def save() -> None:
            chosen = dialog.chosen()
            if chosen != annotation.themes:
                self.undo_stack.push(EditAnnotationCommand(
                    self.db, annotation.id, {"themes": list(annotation.themes)},
                    {"themes": chosen}, self.tr("Change themes")))

        dialog.accepted.connect(save)
        dialog.open()

    def _picker(self, selected: list[str], quote: str) -> ThemePickerDialog:
        themes = list(self.reader.content.themes.values()) if self.reader.content else []
        from cwgi_desktop.ui.annotation_dialogs import ThemePickerDialog

        return ThemePickerDialog(themes, selected, quote, self.window)

    def _colour_for(self, chosen: list[str]) -> str:
        """A passage tagged with a theme takes the theme's colour."""
        themes = self.reader.content.themes if self.reader.content else {}
        first = themes.get(chosen[0]) if chosen else None
        return first.colour if first is not None and QColor(first.colour).isValid() \
            else self.settings.highlight_colour

    def delete(self, annotation: Annotation | None = None) -> None:
        annotation = annotation or self._mine_at_cursor()
        if annotation is None:
            self.message.emit(self.tr("Put the cursor on an annotation to delete it."))
            return
        self.undo_stack.push(DeleteAnnotationCommand(self.db, annotation.id, annotation.quote))
        self.message.emit(self.tr("Annotation deleted (Ctrl+Z brings it back)."))

    def recolour(self, annotation: Annotation, colour: str) -> None:
        if colour != annotation.colour:
            self.undo_stack.push(EditAnnotationCommand(
                self.db, annotation.id, {"colour": annotation.colour}, {"colour": colour},
                self.tr("Change colour")))

    def choose_colour(self, colour: str) -> None:
        """New highlights take this colour; the annotation at the cursor is recoloured."""
        self.settings.highlight_colour = colour
        existing = self._mine_at_cursor()
        if existing is not None and self.reader.text.hasFocus():
            self.recolour(existing, colour)
