"""The open draft: its outline model, autosaver, undo stack, and the symbols that resolve.

The session holds no widget. The workspace shows what it announces: a draft loaded, blocks
applied (after a structural edit, an undo, a reload) with the block to show, a block's
text replaced by undo/redo. All store access goes through the database worker.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cwgi_desktop.core.models import Block, Draft
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor.autosave import Autosaver
from cwgi_desktop.ui.editor.outline_model import OutlineModel
from cwgi_desktop.ui.editor.undo import Operation, StructuralCommand, TextEditCommand


def load_draft(store: Store, draft_id: str) -> tuple[Draft, list[Block]]:
    """A draft and its live blocks (runs on the worker)."""
    return store.drafts.get(draft_id), store.blocks.all(draft_id)


class DraftSession(QObject):
    """State of the draft being edited; every change goes through here."""

    draft_loaded = Signal(object)  # Draft or None
    blocks_applied = Signal(object)  # id of the block to show, or None
    text_replaced = Signal(str, str, int)  # block id, text, cursor position
    known_changed = Signal()
    error = Signal(str)

    def __init__(self, db: DbWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.draft: Draft | None = None
        self.model = OutlineModel(self)
        self.autosaver = Autosaver(db, self)
        self.undo_stack = QUndoStack(self)
        self.known: dict[str, str] = {}  # casefolded symbol or base symbol -> base symbol
        self._generation = 0

    @property
    def draft_id(self) -> str | None:
        return self.draft.id if self.draft else None

    # -- loading -------------------------------------------------------------------------

    def load(self, draft_id: str | None, focus: str | None = None) -> None:
        """Open another draft (None: none); pending text of the current one is saved first."""
        self.autosaver.flush()
        self._generation += 1
        generation = self._generation
        if draft_id is None:
            self._show(None, [], None)
            return
        self.db.submit(lambda s: load_draft(s, draft_id),
                       lambda r: self._show(r[0], r[1], focus) if generation == self._generation
                       else None,
                       lambda exc: self.error.emit(str(exc)), owner=self)

    def _show(self, draft: Draft | None, blocks: list[Block], focus: str | None) -> None:
        self.draft = draft
        self.autosaver.draft_id = draft.id if draft else None
        self.undo_stack.clear()
        self.model.clear()
        if draft is not None:
            self.model.set_draft_kind(draft.kind)
            self.model.set_blocks(blocks)
        self.draft_loaded.emit(draft)
        self.blocks_applied.emit(focus or (blocks[0].id if blocks else None))

    def reload(self) -> None:
        """Read the blocks again (after an error, or a change made elsewhere)."""
        draft_id = self.draft_id
        if draft_id is not None:
            self.db.submit(lambda s: s.blocks.all(draft_id),
                           lambda blocks: self.apply_blocks(blocks, None)
                           if self.draft_id == draft_id else None, owner=self)

    def set_draft(self, draft: Draft) -> None:
        """The draft's metadata changed (details edited, version restored)."""
        if draft.id == self.draft_id:
            kind_changed = self.draft is not None and self.draft.kind != draft.kind
            self.draft = draft
            if kind_changed:
                self.model.set_draft_kind(draft.kind)
                self.model.set_blocks(list(self.model.blocks))
            self.draft_loaded.emit(draft)

    def load_known(self) -> None:
        """Which citation keys resolve (after imports too)."""
        self.db.submit(lambda s: s.contributions.known_symbols(), self._known, owner=self)

    def _known(self, known: dict[str, str]) -> None:
        self.known = known
        self.known_changed.emit()

    # -- changes -------------------------------------------------------------------------

    def apply_blocks(self, blocks: list[Block], focus: str | None) -> None:
        """Show the blocks a job returned, keeping text typed since it started."""
        self.model.set_blocks(blocks, keep_text=self.autosaver.is_dirty)
        self.blocks_applied.emit(focus)

    def typed(self, block_id: str, old: str, new: str, cursor: int) -> None:
        """The user changed a block's text in the editor."""
        self.model.set_text(block_id, new)
        self.autosaver.mark(block_id, new)
        before = max(0, cursor - max(0, len(new) - len(old)))
        self.undo_stack.push(TextEditCommand(self, block_id, old, new, before, cursor))

    def edit_text(self, block_id: str, new: str) -> None:
        """Change a block's text from outside the editor (undoable)."""
        block = self.model.block(block_id)
        if block is None or block.text == new:
            return
        command = TextEditCommand(self, block_id, block.text, new, len(block.text), len(new))
        command._first = False
        self.undo_stack.push(command)

    def set_block_text(self, block_id: str, text: str, cursor: int) -> None:
        """Undo/redo of a text edit."""
        self.model.set_text(block_id, text)
        self.autosaver.mark(block_id, text)
        self.text_replaced.emit(block_id, text, cursor)

    def structural(self, label: str, operation: Operation, focus_before: str | None) -> None:
        """Run an undoable structural change on the store."""
        if self.draft is not None:
            self.undo_stack.push(StructuralCommand(self, label, operation, focus_before))

    def report_error(self, message: str) -> None:
        self.error.emit(message)
