"""The workspace's edits of blocks: structure (undoable, through the session) and citations.

A mixin of `DraftWorkspace`; it uses the workspace's session, model, editor and worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cwgi_desktop.core.models import Block
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.annotation_drag import citation_for_annotation
from cwgi_desktop.ui.editor.citation_picker import CitationPicker

if TYPE_CHECKING:
    from cwgi_desktop.ui.db_worker import DbWorker, Done
    from cwgi_desktop.ui.editor.block_editor import BlockEditor
    from cwgi_desktop.ui.editor.draft_session import DraftSession
    from cwgi_desktop.ui.editor.outline_model import OutlineModel

ITEM_KINDS = ("paragraph", "finding", "guideline", "recommendation")


class BlockCommandsMixin:
    """New, move, indent, kind, split, merge, delete, restore; citations and drops."""

    db: DbWorker
    session: DraftSession
    model: OutlineModel
    editor: BlockEditor
    _focus_editor: bool

    if TYPE_CHECKING:
        def current_block(self) -> Block | None: ...
        def show_status(self, text: str) -> None: ...
        def _details_saved(self, draft: Any) -> None: ...

    @property
    def _qobject(self) -> QWidget:
        """This mixin as the workspace widget it is mixed into (a job's owner, a parent)."""
        return cast(QWidget, self)

    # -- structural edits ------------------------------------------------------------------

    def _structural(self, label: str, op: object, *, focus_editor: bool = False) -> None:
        block = self.current_block()
        self._focus_editor = focus_editor
        self.session.structural(label, op, block.id if block else None)  # type: ignore[arg-type]

    def new_block(self) -> None:
        draft_id = self.session.draft_id
        if draft_id is None:
            return
        block = self.current_block()
        if block is None:
            self._structural(QCoreApplication.translate("DraftWorkspace", "New block"),
                             lambda s: s.blocks.insert(draft_id, "paragraph", "").id,
                             focus_editor=True)
            return
        kind = block.kind if block.kind in ITEM_KINDS else "paragraph"
        after = block.id
        self._structural(QCoreApplication.translate("DraftWorkspace", "New block"),
                         lambda s: s.blocks.insert(draft_id, kind, "", after=after).id,
                         focus_editor=True)

    def _simple(self, label: str, method: str, *args: object, focus: str | None = None,
                editor: bool = False) -> None:
        block = self.current_block()
        if block is None:
            return
        block_id = block.id
        shown = focus or block_id

        def op(store: Store) -> str | None:
            getattr(store.blocks, method)(block_id, *args)
            return shown

        self._structural(label, op, focus_editor=editor)

    def move_up(self) -> None:
        if self.model.row_of(self.editor.block_id) > 0:
            self._simple(QCoreApplication.translate("DraftWorkspace", "Move block up"),
                         "move_up")

    def move_down(self) -> None:
        row = self.model.row_of(self.editor.block_id)
        if 0 <= row < self.model.rowCount() - 1:
            self._simple(QCoreApplication.translate("DraftWorkspace", "Move block down"),
                         "move_down")

    def indent(self) -> None:
        self._simple(QCoreApplication.translate("DraftWorkspace", "Indent block"),
                     "indent")

    def outdent(self) -> None:
        self._simple(QCoreApplication.translate("DraftWorkspace", "Outdent block"),
                     "outdent")

    def set_kind(self, kind: str) -> None:
        block = self.current_block()
        if block is not None and kind != block.kind:
            self._simple(QCoreApplication.translate("DraftWorkspace", "Change block kind"),
                         "set_kind", kind)

    def merge_block(self) -> None:
        row = self.model.row_of(self.editor.block_id)
        if 0 <= row < self.model.rowCount() - 1:
            self._simple(QCoreApplication.translate("DraftWorkspace", "Merge blocks"),
                         "merge_with_next")

    def delete_block(self) -> None:
        row = self.model.row_of(self.editor.block_id)
        if row < 0:
            return
        neighbour = self.model.block_at(row + 1) or self.model.block_at(row - 1)
        self._simple(QCoreApplication.translate("DraftWorkspace", "Delete block"),
                     "delete", focus=neighbour.id if neighbour else None)

    def split_block(self) -> None:
        block = self.current_block()
        if block is None:
            return
        block_id, offset = block.id, self.editor.cursor_position()
        self._structural(QCoreApplication.translate("DraftWorkspace", "Split block"),
                         lambda s: s.blocks.split(block_id, offset)[1].id, focus_editor=True)

    def restore_version(self, revision_id: str, name: str) -> None:
        from cwgi_desktop.ui.settings import Settings

        draft_id, author = self.session.draft_id, Settings().author

        def op(store: Store) -> None:
            revision_service.restore_revision(store, revision_id, author=author)

        label = QCoreApplication.translate("DraftWorkspace", "Restore “%1”").replace("%1", name)
        self._structural(label, op)
        if draft_id is not None:
            self.db.submit(lambda s: s.drafts.get(draft_id), self._details_saved,
                           owner=self._qobject)

    # -- citations -------------------------------------------------------------------------

    def cite(self) -> CitationPicker | None:
        block = self.current_block()
        if block is None:
            return None
        block_id, position = block.id, self.editor.cursor_position()
        picker = CitationPicker(self.db, self._qobject)
        picker.citation_chosen.connect(
            lambda text: self.insert_citation(block_id, position, text))
        picker.finished.connect(picker.deleteLater)
        picker.open()
        return picker

    def insert_citation(self, block_id: str, position: int, citation: str) -> None:
        """Insert `citation` into a block at `position` (-1: at its end), undoably."""
        block = self.model.block(block_id)
        if block is None:
            return
        text = block.text if self.editor.block_id != block_id else self.editor.text()
        position = len(text) if position < 0 else min(position, len(text))
        if position > 0 and not text[position - 1].isspace():
            citation = " " + citation
        if self.editor.block_id == block_id:
            self.editor.insert_at(position, citation)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.session.edit_text(block_id, text[:position] + citation + text[position:])

    def _citation_of(self, annotation_id: str, then: Done) -> None:
        def failed(exc: BaseException) -> None:
            self.show_status(QCoreApplication.translate("DraftWorkspace", "Cannot cite: %1")
                             .replace("%1", str(exc)))

        self.db.submit(
                lambda s: citation_for_annotation(s, annotation_id), then, failed,
                owner=self._qobject)

    def _annotation_in_editor(self, annotation_id: str, position: int) -> None:
        block_id = self.editor.block_id
        if block_id is not None:
            self._citation_of(annotation_id,
                              lambda c: self.insert_citation(block_id, position, c))

    def _annotation_on_block(self, block_id: str, annotation_id: str) -> None:
        self._citation_of(annotation_id, lambda c: self.insert_citation(block_id, -1, c))
