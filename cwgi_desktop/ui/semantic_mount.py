"""Search by meaning in the main window: the related-passages dock, background indexing
after each import, theme suggestions. One call, `mount_semantic(window)`, so the window
itself stays as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer

from cwgi_desktop.core.store.annotations import DEFAULT_COLOUR
from cwgi_desktop.ui.annotations_panel import AnnotationRole
from cwgi_desktop.ui.db_worker import CONTRIBUTIONS
from cwgi_desktop.ui.reader_text import Passage
from cwgi_desktop.ui.related_panel import RelatedPanel
from cwgi_desktop.ui.semantic_indexer import BackgroundIndexer
from cwgi_desktop.ui.undo_commands import AddAnnotationCommand

if TYPE_CHECKING:  # numpy and the model load on first use, not with the window (start-up)
    from cwgi_desktop.core.semantic.suggestions import ThemeSuggestion
    from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace
    from cwgi_desktop.ui.main_window import MainWindow

# Moving the cursor through the reader asks once it rests this long.
FOLLOW_MS = 300
# An import announces its contributions; indexing starts once the announcements settle.
INDEX_AFTER_MS = 500
# What an earlier session left unindexed waits this long after the window is shown: the
# first seconds are the user's (the model's loading and the embedding take both cores and
# some 150 MB on a 50,000-contribution store).
INDEX_AT_START_MS = 5000


class SemanticUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = RelatedPanel(window.db, window)
        self.dock = window._dock("relatedDock", self.tr("Related passages"), self.panel,
                                 Qt.DockWidgetArea.RightDockWidgetArea)
        # Closed until asked for (View menu); the window keeps the user's choice across
        # sessions like its other docks. (Tabified with the annotations, a hidden dock still
        # kept the window 130 px wider.)
        self.dock.hide()
        window.main_actions.view_menu.addAction(self.dock.toggleViewAction())
        self.indexer = BackgroundIndexer(window.db.path, window.statusBar())
        self.follow = QTimer(self)
        self.follow.setSingleShot(True)
        self.follow.setInterval(FOLLOW_MS)
        self.follow.timeout.connect(self._relate_pending)
        self._pending: Callable[[], None] | None = None
        self.index_timer = QTimer(self)
        self.index_timer.setSingleShot(True)
        self.index_timer.setInterval(INDEX_AFTER_MS)
        self.index_timer.timeout.connect(self.indexer.start)
        self.start_timer = QTimer(self)
        self.start_timer.setSingleShot(True)
        self.start_timer.setInterval(INDEX_AT_START_MS)
        self.start_timer.timeout.connect(self.indexer.start)
        self._connect()

    def _connect(self) -> None:
        w = self.window
        w.reader.text.cursorPositionChanged.connect(
            lambda: self._relate_later(self.relate_reader_paragraph))
        w.annotations_panel.list.selectionModel().currentChanged.connect(
            self._annotation_chosen)
        w.drafts_built.connect(self._drafts_built)  # the editor is built on first use
        self.dock.visibilityChanged.connect(self._dock_shown)
        w.db.changed.connect(self._on_changed)
        w.first_shown.connect(self.start_timer.start)  # what an earlier session left undone
        w.closing.connect(self._closing)
        self.indexer.failed.connect(w.show_error)
        self.indexer.finished.connect(lambda _report: self.panel.refresh())
        self.panel.open_requested.connect(self._open)
        self.panel.accept_requested.connect(self._accept)
        self.panel.dismiss_requested.connect(self._dismiss)

    # -- following the selection -------------------------------------------------------------

    def _relate_later(self, relate: Callable[[], None]) -> None:
        """Ask once the selection rests: moving through blocks or paragraphs with the
        keyboard must not queue a query per step."""
        self._pending = relate
        self.follow.start()

    def _relate_pending(self) -> None:
        relate, self._pending = self._pending, None
        if relate is not None and self.dock.isVisible():  # a closed dock asks nothing
            relate()

    def _dock_shown(self, visible: bool) -> None:
        if visible and self.window.db.running:
            self._relate_later(self.relate_reader_paragraph)

    def relate_reader_paragraph(self) -> None:
        contribution = self.window.reader.contribution
        paragraph = self.window.reader.text.current_paragraph()
        if contribution is not None and paragraph is not None:
            self.panel.show_for_paragraph(contribution.id, paragraph)

    def _annotation_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        annotation = current.data(AnnotationRole) if current.isValid() else None
        if annotation is not None:
            self._relate_later(lambda: self.panel.show_for_annotation(annotation.id))

    def _drafts_built(self, ws: DraftWorkspace) -> None:
        ws.outline.selectionModel().currentChanged.connect(self._block_chosen)

    def _block_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from cwgi_desktop.ui.editor.outline_model import BlockRole

        block = current.data(BlockRole) if current.isValid() else None
        if block is not None and block.text.strip():
            self._relate_later(lambda: self.panel.show_for_block(block.id))

    def _open(self, cid: str, paragraph: int) -> None:
        self.window.workspaces.setCurrentIndex(0)
        self.window.open_contribution(cid, paragraph=paragraph, focus=True)

    # -- indexing ----------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if CONTRIBUTIONS in topics:
            self.index_timer.start()

    def _closing(self) -> None:
        self.follow.stop()
        self.index_timer.stop()
        self.start_timer.stop()
        self.indexer.stop()

    # -- theme suggestions ---------------------------------------------------------------------

    def _accept(self, cid: str, paragraph: int, suggestion: ThemeSuggestion) -> None:
        """The whole paragraph annotated with the theme, as one undoable command."""
        def annotate(text: str | None) -> None:
            if text is None:
                return
            self.window.undo_stack.push(AddAnnotationCommand(
                self.window.db, cid, Passage(paragraph, 0, len(text), text),
                author=self.window.settings.author, colour=DEFAULT_COLOUR,
                themes=[suggestion.theme_id]))
            self._decided(suggestion, True)

        self.window.ensure_author(lambda: self.window.db.submit(
            lambda s: s.contributions.paragraph_text(cid, paragraph), annotate, owner=self))

    def _dismiss(self, cid: str, paragraph: int, suggestion: ThemeSuggestion) -> None:
        from cwgi_desktop.core.semantic.suggestions import dismiss_suggestion

        self.window.db.submit(
            lambda s: dismiss_suggestion(s, cid, paragraph, suggestion.theme_id),
            lambda _r: self._decided(suggestion, False), owner=self)

    def _decided(self, suggestion: ThemeSuggestion, accepted: bool) -> None:
        text = self.tr("Theme %1 added to the paragraph") if accepted \
            else self.tr("Theme %1 will not be suggested here again")
        self.window.statusBar().showMessage(text.replace("%1", suggestion.name), 4000)
        self.panel.refresh()


def mount_semantic(window: MainWindow) -> SemanticUi:
    return SemanticUi(window)
