"""Undoable edits: each command sends its change to the database worker.

Commands run their jobs in push/undo/redo order because the worker runs jobs one at a time
in the order they were submitted. Deleting leaves a tombstone, so undoing a delete (or an
add) just flips the annotation's deleted flag.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cwgi_desktop.core.models import new_id
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, THEMES, DbWorker
from cwgi_desktop.ui.reader_text import Passage

translate = QCoreApplication.translate


def _short(text: str, length: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


class AddAnnotationCommand(QUndoCommand):
    """Highlight a passage, possibly with a note and themes."""

    def __init__(self, db: DbWorker, cid: str, passage: Passage, *, author: str,
                 colour: str, note: str = "", themes: list[str] | None = None) -> None:
        super().__init__()
        self.db = db
        self.cid = cid
        self.passage = passage
        self.author = author
        self.colour = colour
        self.note = note
        self.themes = list(themes or [])
        self.annotation_id = new_id()
        self._created = False
        if note:
            label = translate("UndoCommands", "Note on “%1”")
        elif self.themes:
            label = translate("UndoCommands", "Tag “%1”")
        else:
            label = translate("UndoCommands", "Highlight “%1”")
        self.setText(label.replace("%1", _short(passage.quote)))

    def redo(self) -> None:
        if self._created:
            aid = self.annotation_id
            self.db.submit(lambda s: s.annotations.delete(aid, deleted=False),
                           changes=(ANNOTATIONS,), owner=None)
            return
        self._created = True
        cid, p, aid = self.cid, self.passage, self.annotation_id
        author, colour, note, themes = self.author, self.colour, self.note, self.themes

        def job(store: Store) -> Any:
            return store.annotations.add(
                cid, author=author, paragraph=p.paragraph, start=p.start, end=p.end,
                note=note, themes=themes, colour=colour, annotation_id=aid,
            )

        self.db.submit(job, changes=(ANNOTATIONS, THEMES) if themes else (ANNOTATIONS,), owner=None)

    def undo(self) -> None:
        aid = self.annotation_id
        self.db.submit(lambda s: s.annotations.delete(aid), changes=(ANNOTATIONS,), owner=None)


class EditAnnotationCommand(QUndoCommand):
    """Change an annotation's note, colour or themes (theme ids or names)."""

    def __init__(self, db: DbWorker, annotation_id: str, old: dict[str, Any],
                 new: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.db = db
        self.annotation_id = annotation_id
        self.old = dict(old)
        self.new = dict(new)

    def _apply(self, fields: dict[str, Any]) -> None:
        aid, values = self.annotation_id, dict(fields)
        changes = (ANNOTATIONS, THEMES) if "themes" in values else (ANNOTATIONS,)
        self.db.submit(lambda s: s.annotations.update(aid, **values), changes=changes, owner=None)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class DeleteAnnotationCommand(QUndoCommand):
    def __init__(self, db: DbWorker, annotation_id: str, quote: str) -> None:
        text = translate("UndoCommands", "Delete annotation “%1”")
        super().__init__(text.replace("%1", _short(quote)))
        self.db = db
        self.annotation_id = annotation_id

    def redo(self) -> None:
        aid = self.annotation_id
        self.db.submit(lambda s: s.annotations.delete(aid), changes=(ANNOTATIONS,), owner=None)

    def undo(self) -> None:
        aid = self.annotation_id
        self.db.submit(lambda s: s.annotations.delete(aid, deleted=False),
                       changes=(ANNOTATIONS,), owner=None)


class EditMetadataCommand(QUndoCommand):
    """Correct a contribution's symbol, title, source, date or consultation."""

    def __init__(self, db: DbWorker, cid: str, old: dict[str, Any],
                 new: dict[str, Any]) -> None:
        text = translate("UndoCommands", "Edit details of %1")
        super().__init__(text.replace("%1", str(old.get("symbol") or "")))
        self.db = db
        self.cid = cid
        self.old = dict(old)
        self.new = dict(new)

    def _apply(self, fields: dict[str, Any]) -> None:
        cid, values = self.cid, dict(fields)
        self.db.submit(lambda s: s.contributions.update(cid, **values),
                       changes=(CONTRIBUTIONS,), owner=None)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
