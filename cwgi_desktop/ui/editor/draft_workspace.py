"""The drafting workspace: the outline, the editor of the current block, its preview, and
the evidence and coverage panels.

One QPlainTextEdit edits the current block; the outline is a model/view over the draft's
blocks, so a draft of 500 blocks costs one block per keystroke. Text is saved as it is
typed (see autosave.py); structural edits go through the undo stack (see undo.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Block, Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, THEMES, DbWorker
from cwgi_desktop.ui.editor import language_version_ui, workspace_actions
from cwgi_desktop.ui.editor.block_commands import BlockCommandsMixin
from cwgi_desktop.ui.editor.block_editor import BlockEditor
from cwgi_desktop.ui.editor.coverage_panel import CoveragePanel
from cwgi_desktop.ui.editor.draft_commands import DraftCommandsMixin
from cwgi_desktop.ui.editor.draft_session import DraftSession
from cwgi_desktop.ui.editor.editor_labels import DRAFTS, block_label, draft_kind_names
from cwgi_desktop.ui.editor.evidence_panel import EvidencePanel, citation_signature, load_evidence
from cwgi_desktop.ui.editor.new_draft_dialog import (
    DetailsDialog,
    NewDraftDialog,
    create_from_request,
)
from cwgi_desktop.ui.editor.outline_model import OutlineView
from cwgi_desktop.ui.editor.preview import PreviewBrowser
from cwgi_desktop.ui.editor.revisions_dialog import (
    RevisionsDialog,
    ask_version_name,
    default_version_name,
)
from cwgi_desktop.ui.elided_label import ElidedLabel
from cwgi_desktop.ui.settings import Settings

if TYPE_CHECKING:  # the export and review stacks load on first use (start-up)
    from cwgi_desktop.ui.editor.export_dialog import ExportDialog
    from cwgi_desktop.ui.review_dialog import ReviewDialog

PREVIEW_DELAY_MS = 150
EVIDENCE_DELAY_MS = 300
COVERAGE_DELAY_MS = 1500


def settings_of(widget: QWidget | None) -> Settings:
    """The user's settings: the main window's (`widget.settings`) when it has them."""
    found = getattr(widget, "settings", None)
    return found if isinstance(found, Settings) else Settings()


class DraftWorkspace(BlockCommandsMixin, DraftCommandsMixin, QWidget):
    """Drafts of the store, edited block by block."""

    open_contribution_requested = Signal(str, int)  # contribution id, paragraph (0: top)

    def __init__(self, db: DbWorker, parent: QWidget | None = None, *,
                 actions: dict[str, QAction] | None = None) -> None:
        """`actions`: those on the draft as a whole when the window made them (its Draft
        menu holds them before the workspace is built; see workspace_actions)."""
        super().__init__(parent)
        self.setObjectName("draftWorkspace")
        self.setAccessibleName(self.tr("Drafts"))
        self.db = db
        self.settings = settings_of(parent)
        self.session = DraftSession(db, self)
        self.model = self.session.model
        self.autosaver = self.session.autosaver
        self.drafts: list[Draft] = []
        self._evidence_signature: tuple | None = None
        self._focus_editor = False
        self._watched: QWidget | None = None
        self._ready = False  # the drafts listed and the first one loaded
        self._when_ready: list[Callable[[], object]] = []
        self.kind_combo: QComboBox
        self.toolbar: QToolBar
        self.block_toolbar: QToolBar
        self.draft_menu: QMenu
        self.draft_menu_action: QAction  # the toolbar's Draft menu button
        self.draft_chooser = QComboBox(self)
        self.draft_chooser.setObjectName("draftChooser")
        self.draft_chooser.setAccessibleName(self.tr("Draft"))
        self.draft_chooser.setAccessibleDescription(self.tr("The draft being edited"))
        self.draft_chooser.setMinimumContentsLength(28)
        # As wide as its longest title (up to a limit), not a fixed 28 characters.
        self.draft_chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.draft_chooser.setMaximumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.outline = OutlineView(self)
        self.outline.setModel(self.model)
        self.editor = BlockEditor(self)
        self.editor.spelling.set_enabled(self.settings.spell_check)
        self.header = ElidedLabel(self)
        self.header.setObjectName("blockHeader")
        self.preview = PreviewBrowser(self)
        self.evidence = EvidencePanel(self)
        self.coverage = CoveragePanel(self)
        self.side = QTabWidget(self)
        self.side.setObjectName("draftSidePanels")
        self.side.setAccessibleName(self.tr("Evidence and coverage"))
        self.side.setAccessibleDescription(self.tr(
            "Evidence: the passages the current block cites. Coverage: what the draft "
            "cites and leaves out of the consultation."))
        self.side.addTab(self.evidence, self.tr("Evidence"))
        self.side.addTab(self.coverage, self.tr("Coverage"))
        self.status = ElidedLabel(self)  # a long message never widens the workspace
        self.status.setObjectName("draftStatus")
        self.actions_ = workspace_actions.build(self, actions)
        self._layout()
        self._timers()
        self._connect()
        self.reload_drafts()
        self.session.load_known()

    # -- construction ----------------------------------------------------------------------

    def _layout(self) -> None:
        centre = QSplitter(Qt.Orientation.Vertical, self)
        centre.setObjectName("draftCentreSplitter")
        top = QWidget(centre)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.header)
        top_layout.addWidget(self.editor, 1)
        centre.addWidget(top)
        centre.addWidget(self.preview)
        centre.setSizes([360, 240])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("draftSplitter")
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([320, 520, 360])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.block_toolbar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab follows the screen: menu, draft, block kind, outline, text, preview, panels."""
        menu_button = self.toolbar.findChild(QWidget, "draftMenuButton")
        chain_tab_order([menu_button, self.draft_chooser, self.kind_combo, self.outline,
                         self.editor, self.preview, self.side, *self.evidence.tab_order(),
                         *self.coverage.tab_order()])

    def _timer(self, ms: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _timers(self) -> None:
        self.preview_timer = self._timer(PREVIEW_DELAY_MS, self.refresh_preview)
        self.evidence_timer = self._timer(EVIDENCE_DELAY_MS, self.refresh_evidence)
        self.coverage_timer = self._timer(COVERAGE_DELAY_MS, self.refresh_coverage)

    def _connect(self) -> None:
        s = self.session
        s.draft_loaded.connect(self._draft_loaded)
        s.blocks_applied.connect(self._blocks_applied)
        s.text_replaced.connect(self._text_replaced)
        s.known_changed.connect(self._known_changed)
        s.error.connect(lambda m: self.show_status(self.tr("Error: %1").replace("%1", m)))
        s.error.connect(lambda _m: self._became_ready())  # what waits acts on no draft
        self.autosaver.saved.connect(self._saved)
        self.autosaver.save_failed.connect(
            lambda m: self.show_status(self.tr("Not saved: %1").replace("%1", m)))
        self.outline.selectionModel().currentChanged.connect(self._current_changed)
        self.outline.indent_requested.connect(self.indent)
        self.outline.outdent_requested.connect(self.outdent)
        self.outline.undo_requested.connect(s.undo_stack.undo)
        self.outline.redo_requested.connect(s.undo_stack.redo)
        self.outline.annotation_dropped.connect(self._annotation_on_block)
        self.editor.text_edited.connect(self._typed)
        self.editor.undo_requested.connect(s.undo_stack.undo)
        self.editor.redo_requested.connect(s.undo_stack.redo)
        self.editor.focus_left.connect(self.autosaver.flush)
        self.editor.annotation_dropped.connect(self._annotation_in_editor)
        self.editor.cursorPositionChanged.connect(self._update_header)
        self.evidence.open_requested.connect(self.open_contribution_requested)
        self.coverage.refresh_requested.connect(self.refresh_coverage)
        self.coverage.block_requested.connect(self.select_block)
        self.side.currentChanged.connect(lambda _i: self.coverage_timer.start(0))
        self.draft_chooser.activated.connect(
            lambda i: self.session.load(self.draft_chooser.itemData(i)))
        self.db.changed.connect(self._db_changed)

    # -- drafts ----------------------------------------------------------------------------

    @property
    def draft(self) -> Draft | None:
        return self.session.draft

    def reload_drafts(self, select: str | None = None) -> None:
        self.db.submit(lambda s: s.drafts.all(), lambda drafts: self._show_drafts(drafts, select),
                       owner=self)

    def _show_drafts(self, drafts: list[Draft], select: str | None) -> None:
        self.drafts = drafts
        wanted = select or self.session.draft_id or (drafts[0].id if drafts else None)
        names = draft_kind_names()
        self.draft_chooser.blockSignals(True)
        self.draft_chooser.clear()
        for d in drafts:
            self.draft_chooser.addItem(f"{d.title or self.tr('(untitled)')} — "
                                       f"{names.get(d.kind, d.kind)}", d.id)
        self.draft_chooser.setCurrentIndex(self.draft_chooser.findData(wanted))
        self.draft_chooser.blockSignals(False)
        if wanted != self.session.draft_id or select:
            self.session.load(wanted)
        elif wanted is None:  # no draft at all: the same state as after closing the last one
            self._draft_loaded(None)
        else:
            self._became_ready()

    def when_ready(self, then: Callable[[], object]) -> None:
        """Run `then` once the drafts are listed and the current one is loaded (at once if
        they are): an action chosen in the window's Draft menu before the workspace was
        built acts on the draft it then shows."""
        if self._ready:
            then()
        else:
            self._when_ready.append(then)

    def _became_ready(self) -> None:
        if not self._ready:
            self._ready = True
            pending, self._when_ready = self._when_ready, []
            for then in pending:
                then()

    def open_draft(self, draft_id: str) -> None:
        self.reload_drafts(select=draft_id)

    def _draft_loaded(self, draft: Draft | None) -> None:
        self.editor.spelling.set_language(draft.language if draft else "")
        for action in self.actions_.values():
            action.setEnabled(draft is not None or action in (
                self.actions_["new_draft"], self.actions_["import_draft"],
                self.actions_["save_now"]))
        index = self.draft_chooser.findData(draft.id if draft else None)
        if index >= 0:
            self.draft_chooser.setCurrentIndex(index)
        self._evidence_signature = None
        self.coverage.set_report(None)
        self.coverage_timer.start(0)
        language_version_ui.refresh_stale(self, draft)
        self.show_status(self.tr("All changes saved.") if draft else
                         self.tr("No draft yet: create one with “New draft…”."))
        self._became_ready()

    def new_draft(self) -> None:
        """Ask what to create (the consultations are read first, on the worker)."""
        self.db.submit(lambda s: [n for n, _c in s.contributions.distinct_values("consultation")],
                       self._ask_new_draft, owner=self)

    def _ask_new_draft(self, consultations: list[str]) -> NewDraftDialog:
        language = self.draft.language if self.draft else "en"
        dialog = NewDraftDialog(consultations, self, language)

        def create() -> None:
            request = dialog.request()
            self.db.submit(lambda s: create_from_request(s, request),
                           lambda d: self.reload_drafts(select=d.id),
                           lambda exc: self.show_status(str(exc)), changes=(DRAFTS,), owner=None)

        dialog.accepted.connect(create)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_details(self) -> DetailsDialog | None:
        if self.draft is None:
            return None
        dialog = DetailsDialog(self.draft, self)
        draft_id = self.draft.id

        def save() -> None:
            changes = dialog.changes()
            if changes:
                self.db.submit(lambda s: s.drafts.update(draft_id, **changes),
                               self._details_saved, lambda e: self.show_status(str(e)),
                               changes=(DRAFTS,), owner=self)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def _details_saved(self, draft: Draft) -> None:
        self.editor.spelling.set_language(draft.language)
        self.session.set_draft(draft)
        self.reload_drafts()

    def delete_draft(self) -> None:
        draft = self.draft
        if draft is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete draft"),
            self.tr("Delete “%1”? Its versions are kept.").replace("%1", draft.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.autosaver.flush()
            self.db.submit(lambda s: s.drafts.delete(draft.id),
                           lambda _r: self._after_delete(), changes=(DRAFTS,), owner=None)

    def _after_delete(self) -> None:
        self.session.load(None)
        self.reload_drafts()

    # -- the current block -------------------------------------------------------------------

    def current_block(self) -> Block | None:
        return self.model.block(self.editor.block_id)

    def select_block(self, block_id: str | None) -> None:
        row = self.model.row_of(block_id)
        if row >= 0:
            self.outline.setCurrentIndex(self.model.index(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        block = self.model.block_at(current.row()) if current.isValid() else None
        if block is None:
            self.editor.set_block(None, "")
        elif block.id != self.editor.block_id:
            self.editor.set_block(block.id, block.text)
        self._block_shown()

    def _block_shown(self) -> None:
        self._update_header()
        block = self.current_block()
        if block is not None:
            index = self.kind_combo.findData(block.kind)
            self.kind_combo.setCurrentIndex(index)
        self.preview_timer.start(0)
        self.evidence_timer.start(0)
        if self._focus_editor:
            self._focus_editor = False
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_header(self) -> None:
        block = self.current_block()
        if block is None:
            self.header.setText("")
            return
        text = block_label(block.kind, self.model.number(block.id))
        if block.level > 1:
            text += "  · " + self.tr("level %1").replace("%1", str(block.level))
        missing = self.editor.unresolved_keys()
        if missing:
            text += "  ⚠ " + self.tr("unresolved: %1").replace(
                "%1", ", ".join("@" + k for k in missing))
        self.header.setText(text)

    def _blocks_applied(self, focus: str | None) -> None:
        current = self.editor.block_id
        target = focus if self.model.row_of(focus) >= 0 else current
        if self.model.row_of(target) < 0:
            row = min(max(self.outline.currentIndex().row(), 0), self.model.rowCount() - 1)
            block = self.model.block_at(row)
            target = block.id if block else None
        if target is None:
            self.editor.set_block(None, "")
            self._block_shown()
            return
        if target == current:
            block = self.model.block(target)
            if block is not None and not self.autosaver.is_dirty(target):
                self.editor.replace_text(block.text, self.editor.cursor_position())
        self.select_block(target)
        self.outline.scrollTo(self.outline.currentIndex())
        self._block_shown()
        self.coverage_timer.start()

    def _typed(self, block_id: str, old: str, new: str, cursor: int) -> None:
        self.session.typed(block_id, old, new, cursor)
        self.preview_timer.start()
        if citation_signature(new) != self._evidence_signature:
            self.evidence_timer.start()
            self._update_header()
        if self.status.text() != self.tr("Saving…"):
            self.show_status(self.tr("Saving…"))

    def _text_replaced(self, block_id: str, text: str, cursor: int) -> None:
        if self.editor.block_id != block_id:
            self.select_block(block_id)
        self.editor.replace_text(text, cursor)
        self._block_shown()

    def _saved(self, _ids: list[str]) -> None:
        if not self.autosaver.has_unsaved:
            self.show_status(self.tr("All changes saved."))
        self.coverage_timer.start()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    # -- preview, evidence, coverage -------------------------------------------------------

    def refresh_preview(self) -> None:
        block = self.current_block()
        language = self.draft.language if self.draft else "en"
        self.preview.show_block(block, self.model.number(block.id) if block else None,
                                self.session.known, language)

    def refresh_evidence(self) -> None:
        block = self.current_block()
        text = block.text if block else ""
        signature = citation_signature(text)
        if signature == self._evidence_signature:
            return
        self._evidence_signature = signature
        if not signature:
            self.evidence.set_evidence([])
            return
        language = self.draft.language if self.draft else "en"
        self.db.submit(lambda s: load_evidence(s, text, language),
                       lambda items: self.evidence.set_evidence(items)
                       if self._evidence_signature == signature else None, owner=None)

    def refresh_coverage(self) -> None:
        draft_id = self.session.draft_id
        if draft_id is None or not self.db.running or not self.coverage.isVisible():
            return  # a hidden panel is refreshed when its tab is shown
        consultation = self.coverage.chosen_consultation()

        def job(store: Store) -> tuple[object, list[str]]:
            names = [n for n, _c in store.contributions.distinct_values("consultation")]
            return draft_service.coverage(store, draft_id, consultation), names

        def done(result: tuple[object, list[str]]) -> None:
            report, names = result
            if self.session.draft_id == draft_id:
                self.coverage.set_consultations(names)
                self.coverage.set_report(report)  # type: ignore[arg-type]

        self.db.submit(job, done, lambda e: self.show_status(str(e)), owner=None)

    def _known_changed(self) -> None:
        self.editor.highlighter.set_known(self.session.known)
        self._update_header()
        self.preview_timer.start(0)

    def _db_changed(self, topics: frozenset[str]) -> None:
        if "external" in topics:  # another process wrote: its drafts join the chooser
            self.reload_drafts()
        if CONTRIBUTIONS in topics:
            self.session.load_known()
            self._evidence_signature = None
            self.evidence_timer.start()
        if topics & {CONTRIBUTIONS, ANNOTATIONS, THEMES}:
            self.coverage_timer.start()

    # -- versions and export ---------------------------------------------------------------

    def take_version(self) -> None:
        draft_id = self.session.draft_id
        if draft_id is None:
            return
        name = ask_version_name(self, default_version_name())
        if not name:
            return
        self.autosaver.flush()
        author = self.settings.author
        self.db.submit(lambda s: revision_service.take_revision(s, draft_id, name,
                                                                author=author),
                       lambda r: self.show_status(self.tr("Version “%1” taken.")
                                                  .replace("%1", r.name)),
                       lambda e: self.show_status(str(e)), changes=(DRAFTS,), owner=None)

    def show_versions(self) -> RevisionsDialog | None:
        draft_id = self.session.draft_id
        if draft_id is None:
            return None
        self.autosaver.flush()
        dialog = RevisionsDialog(self.db, draft_id, self)
        dialog.restore_requested.connect(self.restore_version)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_draft(self) -> ExportDialog | None:
        if self.draft is None:
            return None
        self.autosaver.flush()
        from cwgi_desktop.ui.editor.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self.draft, self, settings=self.settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_review(self) -> ReviewDialog | None:
        """The review comments and suggested changes of the current draft (not modal)."""
        draft_id = self.session.draft_id
        if draft_id is None:
            return None
        self.autosaver.flush()
        from cwgi_desktop.ui import exchange_dialogs

        dialog = exchange_dialogs.show_review(self, self.db, draft_id)
        # Text typed since must reach the store before a change is applied to it.
        dialog.before_change.connect(lambda _draft_id: self.autosaver.flush())
        dialog.draft_changed.connect(self._changed_by_review)
        return dialog

    def _changed_by_review(self, draft_id: str) -> None:
        """A suggested change was accepted: show the blocks as the store has them now."""
        if draft_id == self.session.draft_id:
            self.session.undo_stack.clear()  # its states predate the change
            self.session.reload()

    # -- nothing typed is lost ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        app = QApplication.instance()
        if app is not None and not getattr(self, "_quit_hooked", False):
            self._quit_hooked = True
            app.aboutToQuit.connect(self.autosaver.flush)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.autosaver.flush()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosaver.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosaver.flush()
        super().closeEvent(event)
