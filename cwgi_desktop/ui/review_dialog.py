"""A circulated draft back from Word: its review notes and suggested changes.

Opened for one draft through `exchange_dialogs.show_review` (the draft workspace's entry
point). Comments are listed by block and can be marked done; each tracked change is shown
against the block's text (deletions struck out in red, insertions underlined in green) and
can be accepted, which edits the block, or rejected.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.errors import DraftMismatch
from cwgi_desktop.core.exchange import ReviewNote, SuggestedChange
from cwgi_desktop.core.models import Block
from cwgi_desktop.core.services import review as review_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.change_styles import INSERTED_STYLE, deleted_style
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.exchange_dialogs import DRAFTS, REVIEW, IdRole, make_button, named, one_line


def change_html(change: SuggestedChange) -> str:
    """The change in its context: text before, deletion, insertion, text after."""
    return (f"<p>…{html.escape(change.before)}"
            f"<span style='{deleted_style()}'>{html.escape(change.old_text)}</span>"
            f"<span style='{INSERTED_STYLE}'>{html.escape(change.new_text)}</span>"
            f"{html.escape(change.after)}…</p>")


class ReviewDialog(QDialog):
    """Review notes and suggested changes of one draft.

    `before_change(draft id)` is emitted just before an accepted change is written (the
    draft workspace saves pending text then), `draft_changed(draft id)` once it is written.
    """

    before_change = Signal(str)
    draft_changed = Signal(str)

    def __init__(self, db: DbWorker, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setWindowTitle(self.tr("Review"))
        self.db = db
        self.draft_id = draft_id
        self.notes: list[ReviewNote] = []
        self.changes: list[SuggestedChange] = []
        self.blocks: dict[str, str] = {}
        self.status = named(QLabel(self), "reviewStatus", self.tr("Status"))
        self.mismatch_box: QMessageBox | None = None  # asking about another draft's review
        self.status.setWordWrap(True)
        self.import_button = make_button(self, self.tr("&Import reviewed document…"),
                                     "reviewImport", self.import_docx)
        self.note_tree = self._tree("reviewNotes", self.tr("Comments"),
                                    [self.tr("Block"), self.tr("Author"), self.tr("Date"),
                                     self.tr("Comment"), self.tr("Status")])
        self.change_tree = self._tree("reviewChanges", self.tr("Suggested changes"),
                                      [self.tr("Block"), self.tr("Author"), self.tr("Date"),
                                       self.tr("Change"), self.tr("Status")])
        self.detail = named(QTextBrowser(self), "reviewChangeDetail",
                             self.tr("The change in its context"))
        self.done_button = make_button(self, self.tr("Mark &done"), "reviewNoteDone",
                                   lambda: self._note_status("done"))
        self.reopen_button = make_button(self, self.tr("&Reopen"), "reviewNoteReopen",
                                     lambda: self._note_status("open"))
        self.accept_button = make_button(self, self.tr("&Accept change"), "reviewAccept",
                                     lambda: self._decide(True))
        self.reject_button = make_button(self, self.tr("Re&ject change"), "reviewReject",
                                     lambda: self._decide(False))
        self.tabs = named(QTabWidget(self), "reviewTabs", self.tr("Review"))
        self.tabs.addTab(self._page(self.note_tree, None, self.done_button, self.reopen_button),
                         self.tr("Comments"))
        self.tabs.addTab(self._page(self.change_tree, self.detail, self.accept_button,
                                    self.reject_button), self.tr("Suggested changes"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(860, 560)
        chain_tab_order([self.import_button, self.tabs, self.note_tree, self.done_button,
                         self.reopen_button, self.change_tree, self.detail,
                         self.accept_button, self.reject_button,
                         close.button(QDialogButtonBox.StandardButton.Close)])
        self.note_tree.currentItemChanged.connect(lambda *_: self._enable())
        self.change_tree.currentItemChanged.connect(lambda *_: self._show_change())
        self.db.changed.connect(self._changed)
        self.reload()

    def _tree(self, name: str, accessible: str, headers: list[str]) -> QTreeWidget:
        tree = named(QTreeWidget(self), name, accessible)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setColumnWidth(0, 200)
        return tree

    def _page(self, tree: QTreeWidget, detail: QWidget | None, *buttons: QPushButton
              ) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(tree, 3)
        if detail is not None:
            column.addWidget(detail, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column.addLayout(row)
        return page

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the draft's notes, changes and block texts on the worker."""
        draft_id = self.draft_id

        def job(store: Store) -> tuple[str, list[ReviewNote], list[SuggestedChange],
                                       list[Block]]:
            return (store.drafts.get(draft_id).title, store.review.notes(draft_id),
                    store.review.changes(draft_id),
                    store.blocks.all(draft_id, include_deleted=True))

        self.db.submit(job, lambda r: self._show(*r), self._failed, owner=self)

    def _changed(self, topics: frozenset[str]) -> None:
        if topics & {REVIEW, DRAFTS}:
            self.reload()

    def _show(self, title: str, notes: list[ReviewNote], changes: list[SuggestedChange],
              blocks: list[Block]) -> None:
        self.setWindowTitle(self.tr("Review of “%1”").replace("%1", title))
        self.notes, self.changes = notes, changes
        self.blocks = {b.id: (b.text.strip().splitlines() or [""])[0][:60] for b in blocks}
        statuses = {"open": self.tr("open"), "done": self.tr("done"),
                    "accepted": self.tr("accepted"), "rejected": self.tr("rejected")}
        whole = self.tr("(whole draft)")
        self._fill(self.note_tree, [
            (n.id, [self.blocks.get(n.block_id or "", whole), n.author, n.date[:16],
                    n.text, statuses.get(n.status, n.status)]) for n in notes])
        self._fill(self.change_tree, [
            (c.id, [self.blocks.get(c.block_id, ""), c.author, c.date[:16],
                    f"“{c.old_text}” → “{c.new_text}”", statuses.get(c.status, c.status)])
            for c in changes])
        open_notes = sum(n.status == "open" for n in notes)
        open_changes = sum(c.status == "open" for c in changes)
        self.status.setText(self.tr("%1 open comments, %2 open suggested changes")
                            .replace("%1", str(open_notes)).replace("%2", str(open_changes)))
        self._show_change()

    @staticmethod
    def _fill(tree: QTreeWidget, rows: list[tuple[str, list[str]]]) -> None:
        item = tree.currentItem()
        current = item.data(0, IdRole) if item is not None else None
        tree.clear()
        for item_id, texts in rows:
            item = QTreeWidgetItem(tree, texts)
            item.setData(0, IdRole, item_id)
            item.setToolTip(3, texts[3])
            if item_id == current:
                tree.setCurrentItem(item)

    # -- acting ----------------------------------------------------------------------

    def _current(self, tree: QTreeWidget, items: list[Any]) -> Any:
        item = tree.currentItem()
        wanted = item.data(0, IdRole) if item else None
        return next((x for x in items if x.id == wanted), None)

    def _enable(self) -> None:
        note = self._current(self.note_tree, self.notes)
        self.done_button.setEnabled(note is not None and note.status == "open")
        self.reopen_button.setEnabled(note is not None and note.status == "done")
        change = self._current(self.change_tree, self.changes)
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(change is not None and change.status == "open")

    def _show_change(self) -> None:
        change = self._current(self.change_tree, self.changes)
        if change is None:
            self.detail.clear()
        else:
            self.detail.setHtml(change_html(change))
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(one_line(exc))

    def _note_status(self, status: str) -> None:
        note = self._current(self.note_tree, self.notes)
        if note is not None:
            self.db.submit(lambda s: s.review.set_note_status(note.id, status), None,
                           self._failed, changes=(REVIEW,), owner=self)

    def _decide(self, accept: bool) -> None:
        change = self._current(self.change_tree, self.changes)
        if change is None:
            return
        draft_id = self.draft_id
        if accept:
            self.before_change.emit(draft_id)

        def done(_result: object) -> None:
            if accept:
                self.draft_changed.emit(draft_id)

        self.db.submit(lambda s: review_service.decide_change(
                s, change.id, accept), done, self._failed,
                       changes=(REVIEW, DRAFTS), owner=self)

    def import_docx(self) -> None:
        """Ask for a reviewed .docx and import its comments and tracked changes."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import reviewed document"), "",
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        self._import(path, other_draft_ok=False)

    def _import(self, path: str, *, other_draft_ok: bool) -> None:
        draft_id = self.draft_id
        self.status.setText(self.tr("Importing…"))
        self.db.submit(lambda s: review_service.import_review(
            s, path, draft_id, other_draft_ok=other_draft_ok),
                       self._imported, lambda exc: self._import_failed(exc, path),
                       changes=(REVIEW,), owner=self)

    def _import_failed(self, exc: BaseException, path: str) -> None:
        """A document exported from another draft: ask before applying it to this one."""
        if not isinstance(exc, DraftMismatch):
            self._failed(exc)
            return
        self.status.setText(self.tr("Nothing was imported yet."))
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Another draft"), self.tr(
            "“%1” was exported from the draft “%2”, not from “%3”. Import its comments and "
            "changes into “%3” anyway?").replace("%1", Path(path).name)
            .replace("%2", exc.named_title).replace("%3", exc.chosen_title), buttons, self)
        box.setObjectName("reviewDraftMismatch")
        box.setAccessibleName(self.tr("Another draft"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setObjectName("reviewDraftMismatchYes")
        box.button(QMessageBox.StandardButton.No).setObjectName("reviewDraftMismatchNo")
        box.finished.connect(lambda _code: self._mismatch_answered(box, path))
        self.mismatch_box = box
        box.open()  # window-modal, not blocking: the worker's callbacks keep running

    def _mismatch_answered(self, box: QMessageBox, path: str) -> None:
        self.mismatch_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._import(path, other_draft_ok=True)
        else:
            self.status.setText(self.tr("Nothing was imported."))
        box.deleteLater()

    def _imported(self, result: Any) -> None:
        self.tabs.setCurrentIndex(0 if result.notes or not result.changes else 1)


def open_review(parent: QWidget, db: DbWorker, draft_id: str) -> ReviewDialog:
    """Open the review dialog of a draft (not modal)."""
    dialog = ReviewDialog(db, draft_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
