"""Exchange between laptops in the window: share, import, conflicts, and Word review.

Entry points for the main window and the draft workspace:

- `share_annotations(parent, db, author)`: File → Share annotications… (`ShareDialog`);
- `import_shared_work(parent, db)`: File → Import shared work… (asks for the file, then
  shows `ImportSharedWorkDialog` with added / updated / unchanged / conflicts);
- `show_conflicts(parent, db)`: the `ConflictsDialog` (both versions side by side);
- `show_review(parent, db, draft_id)`: the `ReviewDialog` of a draft (Word comments and
  tracked changes; accept or reject; import a reviewed .docx).

Every store call runs on the database worker (`DbWorker.submit`); the callbacks only touch
widgets. Jobs that write announce `EXCHANGE_TOPICS` (plus `CONFLICTS` / `REVIEW`).
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.exchange import BundleFilter, Conflict, MergeResult
from cwgi_desktop.core.exchange.bundle import SUFFIX
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.records import Keep
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, THEMES, DbWorker

DRAFTS = "drafts"  # the editor's topic (ui.editor.editor_labels.DRAFTS)
CONFLICTS = "conflicts"
REVIEW = "review"
EXCHANGE_TOPICS = (CONTRIBUTIONS, ANNOTATIONS, THEMES, DRAFTS, CONFLICTS)
IdRole = Qt.ItemDataRole.UserRole + 1

if TYPE_CHECKING:
    from cwgi_desktop.ui.review_dialog import ReviewDialog


def one_line(exc: BaseException) -> str:
    """An error as the one line a status label shows."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def make_button(parent: QWidget, text: str, name: str, slot: Any) -> QPushButton:
    """A push button with an objectName and an accessible name, calling `slot`."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, accessible: str) -> W:
    """Give a control its objectName (tests, style) and accessible name (screen readers)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class ShareDialog(QDialog):
    """Share annotations…: choose what goes in the bundle, then where to save it."""

    exported = Signal(object)  # ExportSummary

    def __init__(self, db: DbWorker, author: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share annotations"))
        self.db = db
        self.others_notes_found: list[Any] = []
        self.author = named(QComboBox(self), "shareAuthor", self.tr("Author"))
        self.author.addItem(self.tr("Everyone"), "")
        if author:
            self.author.addItem(author, author)
            self.author.setCurrentIndex(1)
        self.since_on = named(QCheckBox(self.tr("Only changes since"), self), "shareSinceOn",
                               self.tr("Only changes since a date"))
        self.since = named(QDateEdit(QDate.currentDate().addDays(-7), self), "shareSince",
                            self.tr("Changed since"))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setEnabled(False)
        self.since_on.toggled.connect(self.since.setEnabled)
        self.consultation = named(QComboBox(self), "shareConsultation",
                                   self.tr("Consultation"))
        self.consultation.addItem(self.tr("All consultations"), "")
        self.texts = named(QCheckBox(self.tr("Include the full texts of the contributions"),
                                      self), "shareTexts", self.tr("Include full texts"))
        self.drafts = named(QCheckBox(self.tr("Include drafts"), self), "shareDrafts",
                             self.tr("Include drafts"))
        self.drafts.setChecked(True)
        # A scaffold copies every annotator's note into draft text: a bundle for one author
        # leaves out the drafts that carry others' notes, unless the user includes them.
        self.others_notes = named(QCheckBox(self.tr("Include drafts that carry other "
                                                    "authors' notes"), self),
                                  "shareOthersNotes", self.tr("Include other authors' notes"))
        self.others_notes_info = named(QLabel(self), "shareOthersNotesInfo",
                                       self.tr("Drafts carrying other authors' notes"))
        self.others_notes_info.setWordWrap(True)
        self.status = named(QLabel(self), "shareStatus", self.tr("Status"))
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Author:"), self.author)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_on)
        since_row.addWidget(self.since, 1)
        form.addRow(since_row)
        form.addRow(self.tr("&Consultation:"), self.consultation)
        form.addRow(self.texts)
        form.addRow(self.drafts)
        form.addRow(self.others_notes)
        form.addRow(self.others_notes_info)
        self.save_button = make_button(self, self.tr("&Save bundle…"), "shareSave", self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        chain_tab_order([self.author, self.since_on, self.since, self.consultation, self.texts,
                         self.drafts, self.others_notes, self.save_button,
                         buttons.button(QDialogButtonBox.StandardButton.Close)])
        self.db.submit(lambda s: (s.annotations.authors(), s.contributions.distinct_values(
                "consultation")),
                       lambda r: self._fill(*r), owner=self)
        self.author.currentIndexChanged.connect(lambda _i: self._check_others_notes())
        self.drafts.toggled.connect(lambda _on: self._check_others_notes())
        self._check_others_notes()

    def _check_others_notes(self) -> None:
        """Say which drafts carry other authors' notes, for the chosen author."""
        author = self.author.currentData() or ""
        relevant = bool(author) and self.drafts.isChecked()
        self.others_notes.setVisible(relevant)
        self.others_notes_info.setVisible(relevant)
        if relevant:
            self.db.submit(lambda s: exchange_service.drafts_with_others_notes(s, author),
                           lambda found: self._show_others_notes(author, found), owner=self)

    def _show_others_notes(self, author: str, found: list[Any]) -> None:
        if author != (self.author.currentData() or ""):
            return  # the choice changed meanwhile; its own answer follows
        self.others_notes_found = found
        if not found:
            self.others_notes_info.setText(self.tr("No draft carries other authors' notes."))
            self.others_notes.setEnabled(False)
            return
        self.others_notes.setEnabled(True)
        names = "; ".join(f"“{d.title}” ({', '.join(d.authors)})" for d in found)
        self.others_notes_info.setText(
            self.tr("These drafts carry notes of other authors and are left out unless "
                    "included: %1").replace("%1", names))

    def _fill(self, authors: list[tuple[str, int]], consultations: list[tuple[str, int]]
              ) -> None:
        known = {self.author.itemData(i) for i in range(self.author.count())}
        for name, _count in authors:
            if name not in known:
                self.author.addItem(name, name)
        for name, _count in consultations:
            self.consultation.addItem(name, name)

    def bundle_filter(self) -> BundleFilter:
        """The filter the options describe."""
        return BundleFilter(
            author=self.author.currentData() or None,
            since=self.since.date().toString("yyyy-MM-dd") if self.since_on.isChecked()
            else None,
            consultation=self.consultation.currentData() or None,
            with_texts=self.texts.isChecked(), drafts=self.drafts.isChecked(),
            others_notes=self.others_notes.isChecked())

    def save(self) -> None:
        """Ask where to save, then write the bundle on the worker."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save bundle"), f"cwgi-shared{SUFFIX}",
            self.tr("CWGI bundles (*%1)").replace("%1", SUFFIX))
        if not path:
            return
        flt = self.bundle_filter()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.db.submit(lambda s: exchange_service.export_bundle(
                s, path, flt), self._saved, self._failed,
                       owner=self)

    def _saved(self, summary: Any) -> None:
        c = summary.counts
        # One plural per count: "1 draft", "2 drafts" in every language.
        counts = ", ".join((self.tr("%n annotations", "", c["annotation"]),
                            self.tr("%n themes", "", c["theme"]),
                            self.tr("%n drafts", "", c["draft"])))
        self.status.setText(self.tr("Saved %1: %2.").replace("%1", Path(summary.path).name)
                            .replace("%2", counts))
        if summary.others_notes and not summary.others_notes_included:
            self.status.setText(self.status.text() + " " + self.tr(
                "Left out %n drafts carrying other authors' notes.", "",
                len(summary.others_notes)))
        self.save_button.setEnabled(True)
        self.exported.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Not saved: %1").replace("%1", one_line(exc)))
        self.save_button.setEnabled(True)


class ImportSharedWorkDialog(QDialog):
    """Import shared work…: merges one bundle and says what it did."""

    imported = Signal(object)  # MergeResult

    def __init__(self, db: DbWorker, path: str, parent: QWidget | None = None,
                 backup_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSharedDialog")
        self.setWindowTitle(self.tr("Import shared work"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.db = db
        self.merge_result: MergeResult | None = None
        self.summary = named(QLabel(self.tr("Importing %1…").replace("%1", Path(path).name),
                                     self), "importSharedSummary", self.tr("Import summary"))
        self.summary.setWordWrap(True)
        self.show_conflicts = make_button(self, self.tr("Show &conflicts…"),
                                      "importSharedConflicts",
                                      lambda: show_conflicts(self.parentWidget() or self,
                                                             self.db))
        self.show_conflicts.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.show_conflicts, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        chain_tab_order([self.show_conflicts,
                         buttons.button(QDialogButtonBox.StandardButton.Close)])
        self.db.submit(lambda s: exchange_service.import_bundle(s, path, backup_dir=backup_dir),
                       self._done, self._failed, changes=EXCHANGE_TOPICS, owner=self)

    def _done(self, result: MergeResult) -> None:
        self.merge_result = result
        text = (self.tr("Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4")
                .replace("%1", str(result.added)).replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged)).replace("%4", str(result.conflicts)))
        if result.held_back:
            text += "\n" + self.tr(
                "%1 changes were held back: the bundle deletes or replaces many of your own "
                "rows, moves rows elsewhere, or claims to replace edits you never shared. "
                "Nothing of yours was changed; confirm or reject them in the conflicts.") \
                .replace("%1", str(result.held_back))
        if result.safety_copy:
            text += "\n" + self.tr("A safety copy of the store was taken first: %1") \
                .replace("%1", Path(result.safety_copy).name)
        for note in result.notes:
            text += "\n" + note
        self.summary.setText(text)
        self.show_conflicts.setVisible(result.conflicts > 0)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", one_line(exc)))


def share_annotations(parent: QWidget, db: DbWorker, author: str = "") -> ShareDialog:
    """File → Share annotications…: open the share dialog (not modal)."""
    dialog = ShareDialog(db, author, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def import_shared_work(parent: QWidget, db: DbWorker,
                       backup_dir: Path | None = None) -> ImportSharedWorkDialog | None:
    """File → Import shared work…: choose a bundle, merge it, show the summary."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ExchangeDialogs", "Import shared work"), "",
        QCoreApplication.translate("ExchangeDialogs", "CWGI bundles (*%1);;All files (*)")
        .replace("%1", SUFFIX))
    if not path:
        return None
    dialog = ImportSharedWorkDialog(db, path, parent, backup_dir)
    dialog.show()
    return dialog


# -- conflicts ------------------------------------------------------------------------------

def field_names() -> dict[str, str]:
    """Row fields as the conflicts dialog names them, in the interface language."""
    return {"note": QCoreApplication.translate("ExchangeDialogs", "Note"),
            "text": QCoreApplication.translate("ExchangeDialogs", "Text"),
            "themes": QCoreApplication.translate("ExchangeDialogs", "Themes"),
            "deleted": QCoreApplication.translate("ExchangeDialogs", "Deleted"),
            "colour": QCoreApplication.translate("ExchangeDialogs", "Colour"),
            "name": QCoreApplication.translate("ExchangeDialogs", "Name"),
            "title": QCoreApplication.translate("ExchangeDialogs", "Title"),
            "kind": QCoreApplication.translate("ExchangeDialogs", "Kind"),
            "level": QCoreApplication.translate("ExchangeDialogs", "Level"),
            "quote": QCoreApplication.translate("ExchangeDialogs", "Quote"),
            "order": QCoreApplication.translate("ExchangeDialogs", "Block order"),
            "updated": QCoreApplication.translate("ExchangeDialogs", "Changed")}


def conflict_html(conflict: Conflict, side: str, themes: dict[str, str]) -> str:
    """One version of a conflicting row as HTML: its differing fields first, highlighted."""
    row, other = (conflict.mine, conflict.theirs) if side == "mine" else (
        conflict.theirs, conflict.mine)
    changed = set(conflict.changed_fields())
    names = field_names()
    parts = []
    for key in [*sorted(changed), "updated"]:
        value = row.get(key)
        if key == "themes":
            value = ", ".join(themes.get(t, t) for t in value or [])
        elif key == "deleted":
            value = (QCoreApplication.translate("ExchangeDialogs", "yes") if value
                     else QCoreApplication.translate("ExchangeDialogs", "no"))
        elif not isinstance(value, str):
            value = json.dumps(value, ensure_ascii=False)
        style = "background:#fff3cd;" if key in changed and row.get(key) != other.get(key) \
            else "color:#666;"
        name = names.get(key, key)
        parts.append(f"<p style='{style}'><b>{html.escape(name)}</b><br>"
                     f"{html.escape(str(value)).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


class ConflictsDialog(QDialog):
    """Rows edited on both sides: both versions side by side; keep mine or theirs."""

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.db = db
        self.conflicts: list[Conflict] = []
        self.themes: dict[str, str] = {}
        self.list = named(QListWidget(self), "conflictList", self.tr("Conflicts"))
        self.mine = named(QTextBrowser(self), "conflictMine", self.tr("My version"))
        self.theirs = named(QTextBrowser(self), "conflictTheirs", self.tr("Their version"))
        self.mine_title, self.theirs_title = QLabel(self), QLabel(self)
        self.empty = QLabel(self.tr("No conflicts: nothing to settle."), self)
        self.reason = named(QLabel(self), "conflictReason", self.tr("Why this is a conflict"))
        self.reason.setWordWrap(True)
        self.keep_mine = make_button(self, self.tr("Keep &mine"), "conflictKeepMine",
                                 lambda: self.keep("mine"))
        self.keep_theirs = make_button(self, self.tr("Keep &theirs"), "conflictKeepTheirs",
                                   lambda: self.keep("theirs"))
        # Changes a bundle had held back come in batches (a mass deletion is hundreds of
        # rows): settle every one held back from the same file at once.
        self.reject_all = make_button(self, self.tr("&Reject all held back"),
                                      "conflictRejectAllHeld", lambda: self.keep_all("mine"))
        self.confirm_all = make_button(self, self.tr("&Apply all held back"),
                                       "conflictApplyAllHeld", lambda: self.keep_all("theirs"))
        sides = QHBoxLayout()
        for title, view, button in ((self.mine_title, self.mine, self.keep_mine),
                                    (self.theirs_title, self.theirs, self.keep_theirs)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            column.addWidget(button)
            sides.addLayout(column, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        batch = QHBoxLayout()
        batch.addStretch(1)
        batch.addWidget(self.reject_all)
        batch.addWidget(self.confirm_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.reason)
        layout.addLayout(sides, 1)
        layout.addLayout(batch)
        layout.addWidget(close)
        chain_tab_order([self.list, self.mine, self.keep_mine, self.theirs, self.keep_theirs,
                         self.reject_all, self.confirm_all,
                         close.button(QDialogButtonBox.StandardButton.Close)])
        self.resize(820, 560)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.db.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        """Load the open conflicts (and theme names, to show themes by name)."""
        def job(store: Store) -> tuple[list[Conflict], dict[str, str]]:
            return store.exchange.conflicts(), {t.id: t.name for t in store.themes.all(
                    include_deleted=True)}
        self.db.submit(job, lambda r: self._show(*r), owner=self)

    def _changed(self, topics: frozenset[str]) -> None:
        if CONFLICTS in topics:
            self.reload()

    def _show(self, conflicts: list[Conflict], themes: dict[str, str]) -> None:
        self.conflicts, self.themes = conflicts, themes
        kinds = {"annotation": self.tr("Annotation"), "block": self.tr("Draft block"),
                 "draft": self.tr("Draft"), "theme": self.tr("Theme"),
                 "review_note": self.tr("Review note"),
                 "language_version": self.tr("Language version"),
                 "version_block": self.tr("Translated block")}
        self.list.clear()
        for conflict in conflicts:
            text = f"{kinds.get(conflict.kind, conflict.kind)}: {conflict.label}"
            if conflict.held_back:
                text += self.tr(" (held back: to confirm)")
            item = QListWidgetItem(text)
            item.setData(IdRole, conflict.id)
            self.list.addItem(item)
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.list.setCurrentRow(0)
        self._show_current()

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def reason_text(self, conflict: Conflict) -> str:
        """Why a conflict was kept, in the interface language."""
        return {
            "edited": self.tr("Both sides edited this since they last exchanged."),
            "mass": self.tr("Held back: the bundle %1 deletes or replaces many of your own "
                            "rows at once. Yours is in place; keep theirs to apply the "
                            "change."),
            "owner": self.tr("Held back: the bundle %1 moves this to another draft or "
                             "contribution. Yours is in place; keep theirs to move it."),
            "unshared": self.tr("Held back: the bundle %1 claims to replace an edit of yours "
                                "that you never shared. Yours is in place; keep theirs to "
                                "apply it."),
        }.get(conflict.reason, conflict.reason).replace("%1", f"“{conflict.source}”")

    def held_from_same_file(self) -> list[Conflict]:
        """The held-back conflicts from the same bundle as the selected one."""
        current = self.current()
        if current is None or not current.held_back:
            return []
        return [c for c in self.conflicts if c.held_back and c.source == current.source
                and c.peer == current.peer]

    def _show_current(self) -> None:
        conflict = self.current()
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(conflict is not None)
        held = bool(self.held_from_same_file())
        for button in (self.reject_all, self.confirm_all):
            button.setEnabled(held)
        self.reason.setText(self.reason_text(conflict) if conflict is not None else "")
        if conflict is None:
            self.mine.clear()
            self.theirs.clear()
            self.mine_title.setText(self.tr("Mine"))
            self.theirs_title.setText(self.tr("Theirs"))
            return
        in_place = self.tr(" (in place now)")
        self.mine_title.setText(self.tr("Mine") + (in_place if conflict.winner == "mine" else ""))
        self.theirs_title.setText(self.tr("Theirs")
                                  + (in_place if conflict.winner == "theirs" else ""))
        self.mine.setHtml(conflict_html(conflict, "mine", self.themes))
        self.theirs.setHtml(conflict_html(conflict, "theirs", self.themes))

    def keep(self, side: Keep) -> None:
        """Settle the selected conflict by keeping one side (a job on the worker)."""
        conflict = self.current()
        if conflict is None:
            return
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(False)
        self.db.submit(lambda s: exchange_service.resolve_conflict(s, conflict.id, side), None,
                       lambda exc: self.empty.setText(one_line(exc)),
                       changes=EXCHANGE_TOPICS, owner=self)

    def keep_all(self, side: Keep) -> None:
        """Settle every change held back from the selected one's bundle the same way."""
        ids = [c.id for c in self.held_from_same_file()]
        if not ids:
            return
        for button in (self.keep_mine, self.keep_theirs, self.reject_all, self.confirm_all):
            button.setEnabled(False)
        self.db.submit(lambda s: exchange_service.resolve_conflicts(s, ids, side), None,
                       lambda exc: self.empty.setText(one_line(exc)),
                       changes=EXCHANGE_TOPICS, owner=self)


def show_conflicts(parent: QWidget, db: DbWorker) -> ConflictsDialog:
    """Open the conflicts dialog (not modal)."""
    dialog = ConflictsDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_review(parent: QWidget, db: DbWorker, draft_id: str) -> ReviewDialog:
    """Open the review notes and suggested changes of a draft (see `review_dialog`)."""
    from cwgi_desktop.ui.review_dialog import open_review

    return open_review(parent, db, draft_id)
