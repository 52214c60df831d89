"""Undo and redo across the blocks of a draft (one QUndoStack per open draft).

- `TextEditCommand`: typing in a block. Consecutive edits of the same block merge into one
  command, so Ctrl+Z takes back a block's typing at once, then the edit before it.
  Text goes to the store through the autosaver, like typing.
- `StructuralCommand`: insert, delete, move, indent, change kind, split, merge, restore.
  Its first run performs the operation with the core API on the database worker and
  records the draft's blocks before and after (in the worker, so no later job can slip
  in between); undo and redo then put back one or the other with `replace_blocks`.
  Pending text is flushed first, so the worker sees exactly what the editor shows.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cwgi_desktop.core.models import Block
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.editor_labels import DRAFTS

if TYPE_CHECKING:
    from cwgi_desktop.ui.editor.draft_session import DraftSession

log = logging.getLogger(__name__)

TEXT_EDIT_ID = 0x4357  # 'CW'
# An operation on the store; returns the id of the block to show afterwards (or None).
Operation = Callable[[Store], "str | None"]



class TextEditCommand(QUndoCommand):
    """The text of one block went from `old` to `new` (already shown when pushed)."""

    def __init__(self, session: DraftSession, block_id: str, old: str, new: str,
                 cursor_before: int, cursor_after: int) -> None:
        super().__init__(QCoreApplication.translate("DraftUndo", "Typing"))
        self.session = session
        self.block_id = block_id
        self.old = old
        self.new = new
        self.cursor_before = cursor_before
        self.cursor_after = cursor_after
        self.stamp = time.monotonic()
        self._first = True

    def id(self) -> int:
        return TEXT_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextEditCommand) or other.block_id != self.block_id:
            return False
        self.new = other.new
        self.cursor_after = other.cursor_after
        self.stamp = other.stamp
        return True

    def redo(self) -> None:
        if self._first:  # the editor already shows it
            self._first = False
            return
        self.session.set_block_text(self.block_id, self.new, self.cursor_after)

    def undo(self) -> None:
        self.session.set_block_text(self.block_id, self.old, self.cursor_before)


class StructuralCommand(QUndoCommand):
    """A change of the draft's structure, undone by restoring the blocks it saw before."""

    def __init__(self, session: DraftSession, label: str, operation: Operation,
                 focus_before: str | None) -> None:
        super().__init__(label)
        self.session = session
        if session.draft_id is None:
            raise ValueError("a change of structure needs an open draft")
        self.draft_id: str = session.draft_id
        self.operation = operation
        self.focus_before = focus_before
        # Written by the worker during the first run, read by later jobs on the same worker.
        self.state: dict[str, Any] = {}
        self._ran = False

    def redo(self) -> None:
        draft_id, state, operation = self.draft_id, self.state, self.operation
        self.session.autosaver.flush()
        if not self._ran:
            self._ran = True

            def job(store: Store) -> tuple[list[Block], str | None]:
                before = store.blocks.all(draft_id)
                with store.transaction():
                    focus = operation(store)
                after = store.blocks.all(draft_id)
                state.update(before=before, after=after, focus=focus)
                return after, focus
        else:
            def job(store: Store) -> tuple[list[Block], str | None]:
                if "after" in state:
                    return store.blocks.replace_all(draft_id, state["after"]), state["focus"]
                return store.blocks.all(draft_id), None
        self._submit(job)

    def undo(self) -> None:
        draft_id, state, focus = self.draft_id, self.state, self.focus_before
        self.session.autosaver.flush()

        def job(store: Store) -> tuple[list[Block], str | None]:
            if "before" in state:
                return store.blocks.replace_all(draft_id, state["before"]), focus
            return store.blocks.all(draft_id), focus
        self._submit(job)

    def _submit(self, job: Callable[[Store], tuple[list[Block], str | None]]) -> None:
        session = self.session
        draft_id = self.draft_id

        def done(result: tuple[list[Block], str | None]) -> None:
            if session.draft_id == draft_id:
                session.apply_blocks(*result)

        def failed(exc: BaseException) -> None:
            log.info("structural edit refused: %s", exc)
            session.report_error(str(exc))
            session.reload()

        session.db.submit(job, done, failed, changes=(DRAFTS,), owner=session)
