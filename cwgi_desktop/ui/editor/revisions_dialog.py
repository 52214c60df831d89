"""Named versions of a draft: list, take, restore, compare two side by side, and export
the changes since a version as a Word document with tracked changes.

The comparison is one HTML table, a row per block: the older version on the left with
deletions in red strikethrough, the newer on the right with insertions in green underline;
added, removed and moved blocks are labelled.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.drafting.revisions import BlockDiff, WordChange
from cwgi_desktop.core.models import Draft, Revision
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.change_styles import INSERTED_STYLE, deleted_style
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor.editor_labels import block_kind_names


def ask_version_name(parent: QWidget | None, default: str) -> str | None:
    """Ask for a version's name (None if cancelled). Tests replace this function."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("RevisionsDialog", "Take a named version"),
        QCoreApplication.translate("RevisionsDialog", "Name of this version:"), text=default)
    return name.strip() if ok and name.strip() else None


def default_version_name() -> str:
    now = datetime.now().strftime("%Y-%m-%d %H:%M")
    return QCoreApplication.translate("RevisionsDialog", "Version of %1").replace("%1", now)


def when(created: str) -> str:
    try:
        return datetime.fromisoformat(created).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return created


def _runs(changes: list[WordChange]) -> str:
    out = []
    deleted = deleted_style()
    for change in changes:
        text = html.escape(change.text).replace("\n", "<br>")
        if change.op == "delete":
            out.append(f'<span style="{deleted}">{text}</span>')
        elif change.op == "insert":
            out.append(f'<span style="{INSERTED_STYLE}">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


def diff_html(diffs: list[BlockDiff], left_title: str, right_title: str) -> str:
    """The side-by-side comparison as an HTML table."""
    kinds = block_kind_names()
    status_names = {"added": QCoreApplication.translate("RevisionsDialog", "added"),
                    "removed": QCoreApplication.translate("RevisionsDialog", "removed"),
                    "moved": QCoreApplication.translate("RevisionsDialog", "moved"),
                    "changed": QCoreApplication.translate("RevisionsDialog", "changed"),
                    "unchanged": ""}
    rows = [f'<tr><th width="50%">{html.escape(left_title)}</th>'
            f'<th width="50%">{html.escape(right_title)}</th></tr>']
    for d in diffs:
        kind_old = kinds.get(d.old_kind or "", d.old_kind or "")
        kind_new = kinds.get(d.new_kind or "", d.new_kind or "")
        status = status_names.get(d.status, d.status)
        label_l = f"<small>{html.escape(kind_old)}</small><br>" if d.old_kind else ""
        label_r = (f"<small>{html.escape(kind_new)}"
                   f"{' — ' + html.escape(status) if status else ''}</small><br>"
                   if d.new_kind else f"<small>{html.escape(status)}</small>")
        shade = "" if d.status == "unchanged" else ' bgcolor="#fffbe6"'
        rows.append(f'<tr{shade}><td valign="top">{label_l}{_runs(d.left)}</td>'
                    f'<td valign="top">{label_r}{_runs(d.right)}</td></tr>')
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            'style="border-collapse:collapse; border-color:#cccccc;">'
            + "".join(rows) + "</table>")


class RevisionsDialog(QDialog):
    """Versions of one draft. Restoring is asked of the workspace (so it can be undone)."""

    restore_requested = Signal(str, str)  # revision id, name
    version_taken = Signal(object)
    marked_exported = Signal(object)  # Path of a revision-marked .docx

    def __init__(self, db: DbWorker, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.setAccessibleName(self.tr("Versions"))
        self.setWindowTitle(self.tr("Versions of the draft"))
        self.db = db
        self.draft_id = draft_id
        self.revisions: list[Revision] = []
        self.compared: list[BlockDiff] | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.take_button = QPushButton(self.tr("Take a version…"), self)
        self.take_button.setObjectName("revisionTake")
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.compare_button.setObjectName("revisionCompareButton")
        self.compare_button.setToolTip(self.tr("Two versions selected: compare them. "
                                               "One: compare it with the draft as it is now."))
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("revisionRestore")
        self.marked_button = QPushButton(self.tr("Export changes as Word…"), self)
        self.marked_button.setObjectName("revisionExportMarked")
        self.marked_button.setAccessibleName(self.tr("Export changes as Word"))
        self.marked_button.setToolTip(self.tr(
            "A Word document with the changes since the selected version as tracked "
            "changes (two selected: from the older to the newer)"))
        self.marked_status = QLabel(self)
        self.marked_status.setObjectName("revisionExportStatus")
        self.marked_status.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("revisionCompare")
        self.view.setAccessibleName(self.tr("Comparison"))
        self.view.setOpenLinks(False)
        self.legend = QLabel(
            self.tr('<span style="%1">deleted</span> · <span style="%2">inserted</span>')
            .replace("%1", deleted_style()).replace("%2", INSERTED_STYLE), self)
        buttons = QVBoxLayout()
        for button in (self.take_button, self.compare_button, self.restore_button,
                       self.marked_button):
            buttons.addWidget(button)
        buttons.addWidget(self.marked_status)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QHBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.view, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 700])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        chain_tab_order([self.list, self.take_button, self.compare_button,
                         self.restore_button, self.marked_button, self.view,
                         close.button(QDialogButtonBox.StandardButton.Close)])
        self.resize(1000, 600)
        self.take_button.clicked.connect(self.take)
        self.compare_button.clicked.connect(self.compare)
        self.restore_button.clicked.connect(self.restore)
        self.marked_button.clicked.connect(self.export_marked)
        self.list.itemSelectionChanged.connect(self._selection)
        self._selection()
        self.reload()

    def reload(self) -> None:
        draft_id = self.draft_id
        self.db.submit(lambda s: s.revisions.all(draft_id), self._show, owner=self)

    def _show(self, revisions: list[Revision]) -> None:
        self.revisions = revisions
        self.list.clear()
        for r in revisions:
            text = f"{r.name}\n{when(r.created)}" + (f" · {r.author}" if r.author else "")
            if r.automatic:
                text += " · " + self.tr("automatic")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, r)
        self._selection()

    def selected(self) -> list[Revision]:
        chosen = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
        return sorted(chosen, key=lambda r: r.created)

    def _selection(self) -> None:
        count = len(self.list.selectedItems())
        self.compare_button.setEnabled(count in (1, 2))
        self.restore_button.setEnabled(count == 1)
        self.marked_button.setEnabled(count in (1, 2))

    def choose_marked_path(self, suggested: str) -> str:
        """Where to write the revision-marked file (a save dialog; tests replace it)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export changes to"), suggested,
                                              self.tr("Word documents (*.docx)"))
        return path

    def export_marked(self) -> None:
        chosen = self.selected()
        if not chosen or len(chosen) > 2:
            return
        # The export stack loads on first use, not with the window.
        from cwgi_desktop.ui.editor.revision_export import (
            default_marked_name,
            export_marked,
            marked_options,
        )
        from cwgi_desktop.ui.settings import Settings

        old, new = chosen[0], (chosen[1] if len(chosen) == 2 else None)
        settings = Settings()
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        draft_id = self.draft_id

        def ask(draft: Draft) -> None:
            path = self.choose_marked_path(
                str(Path(folder) / default_marked_name(draft, old.name)))
            if not path:
                return
            out, options, author = Path(path), marked_options(settings), settings.author
            self.marked_status.setText(self.tr("Writing the document…"))
            self.db.submit(lambda s: export_marked(s, old.id, new.id if new else None, out,
                                                   options, author).path,
                           self._marked, self._marked_failed, owner=self)

        self.db.submit(lambda s: s.drafts.get(draft_id), ask, owner=None)

    def _marked(self, path: Path) -> None:
        self.marked_status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        self.marked_exported.emit(path)

    def _marked_failed(self, exc: BaseException) -> None:
        self.marked_status.setText(self.tr("Nothing exported: %1").replace("%1", str(exc)))

    def take(self) -> None:
        name = ask_version_name(self, default_version_name())
        if not name:
            return
        from cwgi_desktop.ui.settings import Settings

        draft_id, author = self.draft_id, Settings().author

        def done(revision: Revision) -> None:
            self.version_taken.emit(revision)
            self.reload()

        self.db.submit(lambda s: revision_service.take_revision(s, draft_id, name,
                                                                author=author),
                       done, owner=None)

    def compare(self) -> None:
        chosen = self.selected()
        if not chosen or len(chosen) > 2:
            return
        old = chosen[0]
        new = chosen[1] if len(chosen) == 2 else None
        right = new.name if new else self.tr("Now")
        a, b = old.id, new.id if new else None
        self.db.submit(lambda s: revision_service.compare(s, a, b),
                       lambda diffs: self._compared(diffs, old.name, right), owner=None)

    def _compared(self, diffs: list[BlockDiff], left: str, right: str) -> None:
        self.compared = diffs
        self.view.setHtml(diff_html(diffs, left, right))
        changed = sum(1 for d in diffs if d.status != "unchanged")
        self.view.setAccessibleDescription(
            self.tr("%1 blocks differ").replace("%1", str(changed)))

    def restore(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.restore_requested.emit(chosen[0].id, chosen[0].name)
            self.reload()
