"""The main window: navigator, contribution list, reader, search and annotations.

The window holds no SQL and opens no connection: everything goes through `self.db`, the
one database worker (see db_worker.py). Views reload when a job announces a change.
The central area is a tab widget of workspaces ("Contributions" first); other parts of
the application add theirs with `add_workspace`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Annotation, Contribution, SearchHit
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.annotation_controller import AnnotationController
from cwgi_desktop.ui.annotations_panel import AnnotationsPanel
from cwgi_desktop.ui.contribution_list_model import ContributionListModel, MiddleElideDelegate
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, READ_STATE, THEMES, DbWorker
from cwgi_desktop.ui.draft_menu import install_draft_menu, make_draft_actions
from cwgi_desktop.ui.editor import AnnotationDragSource
from cwgi_desktop.ui.filter_bar import Facets, FilterBar
from cwgi_desktop.ui.main_actions import MainActions
from cwgi_desktop.ui.navigator import Navigator
from cwgi_desktop.ui.reader import ReaderContent, ReaderView, load_annotations, load_reader_content
from cwgi_desktop.ui.search_panel import SearchPanel
from cwgi_desktop.ui.semantic_mount import mount_semantic
from cwgi_desktop.ui.settings import Settings
from cwgi_desktop.ui.store_watcher import StoreWatcher
from cwgi_desktop.ui.undo_commands import EditMetadataCommand
from cwgi_desktop.ui.workspace_layouts import WorkspaceLayouts

if TYPE_CHECKING:  # loaded on first use (start-up): the editor when its tab is first shown
    from cwgi_desktop.ui.author_dialog import AuthorDialog
    from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace
    from cwgi_desktop.ui.import_job import ImportJob


def load_facets(store: Store) -> Facets:
    """Counts for the navigator and the filters (runs on the worker)."""
    return Facets(
        consultations=store.contributions.distinct_values("consultation"),
        languages=store.contributions.distinct_values("language"),
        source_types=store.contributions.distinct_values("source_type"),
        themes=store.themes.all(), theme_counts=store.themes.counts(),
        authors=store.annotations.authors(),
        total=store.contributions.count(),
    )


# A contribution shown by moving through the list is marked read once it stays this long.
READ_DELAY_MS = 1500


class MainWindow(QMainWindow):
    """CWGI Desktop's window over one store file.

    What needs the application rather than the window (another store, a restored backup,
    a new interface language) is asked for with a signal; store_manager.StoreSession
    answers by closing this window and opening a new one.
    """

    store_requested = Signal(object)  # Path of a store to switch to
    restore_requested = Signal(object)  # Path of a backup to put in place of the store
    restart_requested = Signal()  # reopen on the same store (e.g. a new language)
    first_shown = Signal()  # shown for the first time and the author question answered
    closing = Signal()  # about to close: the database worker still runs
    drafts_built = Signal(object)  # the DraftWorkspace, built on first use

    def __init__(self, db_path: Path | str, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        # The application's display name ("CWGI Desktop") is added by Qt: only the store here.
        self.setWindowTitle(Path(db_path).name)
        self.settings = settings or Settings()
        self.db = DbWorker(db_path, self)
        self.undo_stack = QUndoStack(self)
        self.facets = Facets()
        self.import_job: ImportJob | None = None
        self._reader_generation = 0
        self._first_show = True
        self._read_pending = ""
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_DELAY_MS)
        self._read_timer.timeout.connect(self._mark_shown_read)
        self._closed = False
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        # Contributions workspace: filters, list, reader.
        self.filter_bar = FilterBar(self)
        self.filter_bar.author = self.settings.author
        self.model = ContributionListModel(self.db, self)
        self.table = self._make_table()
        # The first page is asked for now: the worker opens the store and reads it while
        # the rest of the window is built (start-up).
        self._load_first_page()
        self.reader = ReaderView(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("contributionsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        contributions = QWidget(self)
        contributions.setObjectName("contributionsWorkspace")
        layout = QVBoxLayout(contributions)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.workspaces = QTabWidget(self)
        self.workspaces.setObjectName("workspaces")
        self.workspaces.setDocumentMode(True)
        self.workspaces.addTab(contributions, self.tr("Contributions"))
        self.setCentralWidget(self.workspaces)

        # Docks.
        self.navigator = Navigator(self)
        self.search_panel = SearchPanel(self.db, self)
        self.annotations_panel = AnnotationsPanel(self.db, self)
        self.navigator_dock = self._dock("navigatorDock", self.tr("Navigator"), self.navigator,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.search_dock = self._dock("searchDock", self.tr("Search"), self.search_panel,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.annotations_dock = self._dock("annotationsDock", self.tr("Annotations"),
                                           self.annotations_panel,
                                           Qt.DockWidgetArea.RightDockWidgetArea)

        self.annotator = AnnotationController(self, self.db, self.reader, self.undo_stack,
                                              self.settings, self.ensure_author)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("contributionCount")
        self.statusBar().addPermanentWidget(self.count_label)
        self.main_actions = MainActions(self)
        self.actions_ = self.main_actions.actions
        self._mount_drafts()
        self.semantic = mount_semantic(self)  # related passages, background indexing
        self._connect()
        self._restore_layout()
        self.layouts = WorkspaceLayouts(self)
        self.store_watcher = StoreWatcher(self.db, self)
        self.reload_facets()

    # -- construction helpers ----------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("contributionList")
        table.setAccessibleName(self.tr("Contributions"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows at once: Contribution ▸ Set consultation… acts on them all.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setItemDelegateForColumn(0, MiddleElideDelegate(table))
        table.setAcceptDrops(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 380, 180, 90, 90, 90)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        return table

    def _dock(self, name: str, title: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        if self.isRightToLeft():  # Qt does not mirror dock areas: the start side is right
            area = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
                    Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea
                    }.get(area, area)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.db.changed.connect(self._on_changed)
        self.db.failed.connect(self.show_error)
        self.model.total_changed.connect(self._show_count)
        self.filter_bar.filter_changed.connect(self.model.set_filter)
        self.navigator.chosen.connect(self._navigator_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.activated.connect(self._row_activated)
        self.search_panel.hit_chosen.connect(self.open_hit)
        self.reader.version_chosen.connect(
            lambda cid: self.open_contribution(cid, paragraph=self.reader.text.top_paragraph()))
        self.reader.edit_requested.connect(self.edit_metadata)
        self.reader.read_toggled.connect(self.set_read)
        self.reader.text.zoom_changed.connect(self._zoom_changed)
        self.annotator.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        panel = self.annotations_panel
        panel.jump_requested.connect(self.jump_to_annotation)
        panel.note_requested.connect(self.annotator.edit_note)
        panel.themes_requested.connect(self._edit_themes_from_panel)
        panel.delete_requested.connect(self.annotator.delete)
        panel.colour_requested.connect(self.annotator.recolour)

    # -- workspaces ----------------------------------------------------------------------

    def _mount_drafts(self) -> None:
        """The drafting workspace, a tab beside the contributions; annotations drag onto it.

        The editor is built when its tab is first shown or `drafts` is first used (loading
        and building it was a third of the window's start); until then the tab holds an
        empty page of the same name (its dock layout is kept under that name). The Draft
        menu's actions exist from the start: choosing one builds the editor.
        """
        self._drafts: DraftWorkspace | None = None
        self._drafts_page = QWidget(self)
        self._drafts_page.setObjectName("draftWorkspace")
        self._drafts_index = self.add_workspace(self._drafts_page, self.tr("Drafts"))
        self.workspaces.currentChanged.connect(self._workspace_shown)
        self.draft_actions = make_draft_actions(self)
        self.draft_menu = install_draft_menu(self, self.draft_actions)
        self.annotation_drag = AnnotationDragSource(self.annotations_panel.list)

    @property
    def drafts(self) -> DraftWorkspace:
        """The drafting workspace (built on first use, into its tab)."""
        if self._drafts is None:
            from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace

            ws = DraftWorkspace(self.db, self, actions=self.draft_actions)
            self._drafts = ws
            # In the window the menu bar holds the Draft menu: the toolbar's button would
            # repeat it.
            ws.draft_menu_action.setVisible(False)
            ws.open_contribution_requested.connect(self._open_from_draft)
            index, tabs = self._drafts_index, self.workspaces
            current = tabs.currentIndex()
            tabs.blockSignals(True)  # the same tab stays current: nothing to announce
            try:
                tabs.insertTab(index, ws, tabs.tabText(index))
                tabs.removeTab(index + 1)
                tabs.setCurrentIndex(current)
            finally:
                tabs.blockSignals(False)
            self._drafts_page.deleteLater()
            self.drafts_built.emit(ws)
        return self._drafts

    @property
    def drafts_if_built(self) -> DraftWorkspace | None:
        """The drafting workspace if it was built (None: its tab was never opened)."""
        return self._drafts

    def _workspace_shown(self, index: int) -> None:
        if index == self._drafts_index and self._drafts is None:
            self.drafts  # noqa: B018 - builds the editor into its tab

    def _open_from_draft(self, cid: str, paragraph: int) -> None:
        self.workspaces.setCurrentIndex(0)
        self.open_contribution(cid, paragraph=paragraph or None, focus=True)

    def add_workspace(self, widget: QWidget, title: str) -> int:
        """Add a tab to the central area (e.g. the drafting editor); returns its index."""
        return self.workspaces.addTab(widget, title)

    # -- loading ---------------------------------------------------------------------------

    def reload_facets(self) -> None:
        self.db.submit(load_facets, self._show_facets, owner=self)

    def _show_facets(self, facets: Facets) -> None:
        self.facets = facets
        self.filter_bar.set_facets(facets)
        self.navigator.set_facets(facets)
        self.annotations_panel.set_facets(facets)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n contributions", "", total))

    def _on_changed(self, topics: frozenset[str]) -> None:
        flt = self.model.filter
        if CONTRIBUTIONS in topics:
            self.model.reload()
        elif ANNOTATIONS in topics and (flt.theme_id or flt.annotated_by):
            self.model.reload()  # membership may have changed
        elif topics & {ANNOTATIONS, READ_STATE}:
            self.refresh_visible_rows()
        if topics & {CONTRIBUTIONS, ANNOTATIONS, THEMES}:
            self.reload_facets()
        cid = self.reader.contribution.id if self.reader.contribution else None
        if cid and CONTRIBUTIONS in topics:  # where the reader was, not back at the top
            self.open_contribution(cid, mark_read=False,
                                   paragraph=self.reader.text.top_paragraph() or None)
        elif cid and topics & {ANNOTATIONS, THEMES}:
            self.db.submit(lambda s: load_annotations(s, cid),
                           lambda r: self.reader.set_annotations(*r)
                           if self.reader.contribution and self.reader.contribution.id == cid
                           else None, owner=self)
        if topics & {ANNOTATIONS, THEMES, CONTRIBUTIONS}:
            self.annotations_panel.reload()

    def refresh_visible_rows(self) -> None:
        viewport = self.table.viewport().rect()
        top = self.table.rowAt(viewport.top())
        bottom = self.table.rowAt(viewport.bottom())
        if top < 0:
            return
        bottom = bottom if bottom >= 0 else self.model.rowCount() - 1
        ids = [c.id for r in range(top, bottom + 1) if (c := self.model.contribution_at(r))]
        self.model.refresh_rows(ids)

    # -- opening ---------------------------------------------------------------------------

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Moving through the list shows each row; one that stays shown is marked read."""
        contribution = self.model.contribution_at(current.row())
        if contribution is not None and (self.reader.contribution is None
                                         or self.reader.contribution.id != contribution.id):
            self.open_contribution(contribution.id, mark_read=False)
            self._read_pending = contribution.id
            self._read_timer.start()

    def _mark_shown_read(self) -> None:
        contribution = self.reader.contribution
        if contribution is not None and contribution.id == self._read_pending \
                and contribution.read_at is None:
            self.set_read(True, quiet=True)

    def _row_activated(self, index: QModelIndex) -> None:
        contribution = self.model.contribution_at(index.row())
        if contribution is not None:
            self.open_contribution(contribution.id, focus=True)

    def open_hit(self, hit: SearchHit, query: str) -> None:
        self.open_contribution(hit.contribution_id, paragraph=hit.paragraph, query=query,
                               focus=True)

    def open_contribution(self, cid: str, *, paragraph: int | None = None, query: str = "",
                          mark_read: bool = True, focus: bool = False,
                          then: Callable[[], None] | None = None) -> None:
        """Load a contribution into the reader (at `paragraph`, `query` terms marked)."""
        self._reader_generation += 1
        generation = self._reader_generation
        self._read_timer.stop()

        def done(content: ReaderContent) -> None:
            if generation != self._reader_generation:
                return
            self.reader.show_content(content, paragraph)
            self.annotations_panel.set_contribution(content.contribution.id)
            if focus:
                self.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)
            if then is not None:
                then()

        self.db.submit(lambda s: load_reader_content(s, cid, query=query, mark_read=mark_read),
                       done, changes=(READ_STATE,) if mark_read else (), owner=self)

    def jump_to_annotation(self, annotation: Annotation) -> None:
        current = self.reader.contribution
        if current is not None and current.id == annotation.contribution_id:
            self.reader.go_to_annotation(annotation)
        else:
            self.open_contribution(annotation.contribution_id,
                                   then=lambda: self.reader.go_to_annotation(annotation))

    def _edit_themes_from_panel(self, annotation: Annotation) -> None:
        self.jump_to_annotation(annotation)
        self.annotator.edit_themes(annotation)

    def set_read(self, read: bool, *, quiet: bool = False) -> None:
        contribution = self.reader.contribution
        if contribution is None:
            return
        cid = contribution.id

        def job(store: Store) -> Contribution:
            store.contributions.set_read(cid, read)
            return store.contributions.get(cid)

        self.db.submit(job, self.reader.set_contribution, changes=(READ_STATE,), owner=self)
        if not quiet:
            self.statusBar().showMessage(self.tr("Marked as read") if read
                                         else self.tr("Marked as unread"), 3000)

    def toggle_read(self) -> None:
        if self.reader.contribution is not None:
            self.reader.read_button.toggle()

    def edit_metadata(self) -> None:
        contribution = self.reader.contribution
        if contribution is None:
            return
        from cwgi_desktop.ui.metadata_dialog import MetadataDialog

        dialog = MetadataDialog(
            contribution, consultations=[v for v, _ in self.facets.consultations],
            source_types=[v for v, _ in self.facets.source_types], parent=self)

        def save() -> None:
            new = dialog.changes()
            if new:
                self.undo_stack.push(EditMetadataCommand(
                    self.db, contribution.id, dialog.old_values(list(new)), new))

        dialog.accepted.connect(save)
        dialog.open()

    # -- navigator -------------------------------------------------------------------------

    def _navigator_chosen(self, kind: str, value: object) -> None:
        if kind == "all":
            self.filter_bar.clear()
        elif kind == "author":
            self.annotations_panel.choose_author(str(value))
            self.annotations_dock.show()
            self.annotations_dock.raise_()
        elif kind in ("consultation", "language", "source_type", "theme"):
            self.filter_bar.choose(kind, value)

    # -- importing ---------------------------------------------------------------------------

    def import_paths(self, paths: list[Path | str], consultation: str | None = None
                     ) -> ImportJob | None:
        """Import files/folders on the worker, with progress and a summary at the end;
        with `consultation`, every contribution imported belongs to it."""
        if not paths:
            return None
        if self.import_job is not None and self.import_job.report is None:
            self.statusBar().showMessage(self.tr("An import is already running."), 4000)
            return None
        from cwgi_desktop.ui.import_job import ImportJob

        job = ImportJob(self.db, paths, self, consultation=consultation)
        job.finished.connect(lambda report: self.statusBar().showMessage(
            self.tr("Imported %1, duplicates %2, rejected %3")
            .replace("%1", str(len(report.imported)))
            .replace("%2", str(len(report.duplicates)))
            .replace("%3", str(len(report.rejected))), 8000))
        job.failed.connect(self.show_error)
        self.import_job = job
        job.start()
        return job

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            from cwgi_desktop.ui.consultation_ui import ask_import

            ask_import(self, list(paths))
        else:
            event.ignore()

    # -- author --------------------------------------------------------------------------------

    def ensure_author(self, then: Callable[[], object]) -> None:
        """Run `then` once the author's name is known (asking for it if need be)."""
        if self.settings.author:
            then()
        else:
            self.ask_author(then)

    def ask_author(self, then: Callable[[], object] | None = None) -> AuthorDialog:
        from cwgi_desktop.ui.author_dialog import AuthorDialog

        dialog = AuthorDialog(self.settings.author, self)

        def accepted() -> None:
            self.settings.author = dialog.author()
            self.filter_bar.author = self.settings.author
            self.statusBar().showMessage(
                self.tr("Annotations will carry the name %1.").replace("%1", dialog.author()),
                5000)
            if then is not None:
                then()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    # -- layout, errors, closing ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.layout_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 860)
        state = self.settings.layout_state(self._window_state_name())
        if state is None or not self.restoreState(state):
            self.resizeDocks([self.navigator_dock, self.annotations_dock], [270, 320],
                             Qt.Orientation.Horizontal)
        splitter = self.settings.layout_state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([300, 500])
        self.reader.text.set_zoom(self.settings.zoom)

    def _load_first_page(self) -> None:
        header = self.settings.layout_state("list-header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        self.table.setSortingEnabled(True)  # sorts by the (restored) indicator: first load

    def _window_state_name(self) -> str:
        """Docks are kept apart for right-to-left layouts (they sit on the other side)."""
        return "window-rtl" if self.isRightToLeft() else "window"

    def save_layout(self) -> None:
        self.settings.set_layout_state("geometry", self.saveGeometry())
        self.layouts.save_current()
        self.settings.set_layout_state("splitter", self.splitter.saveState())
        self.settings.set_layout_state("list-header", self.table.horizontalHeader().saveState())
        self.settings.zoom = self.reader.text.zoom
        self.settings.sync()

    def _zoom_changed(self, steps: int) -> None:
        self.settings.zoom = steps

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Error: %1").replace("%1", message), 10000)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self, self._after_first_show)

    def _after_first_show(self) -> None:
        """Ask the author's name if unknown; then announce `first_shown`."""
        if self.settings.author:
            self.first_shown.emit()
        else:  # (closing the window closes the question: nothing is announced then)
            self.ask_author().finished.connect(
                lambda _result: None if self._closed else self.first_shown.emit())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._read_timer.stop()
            self.store_watcher.timer.stop()
            self.search_panel.timer.stop()
            if self.import_job is not None and self.import_job.report is None:
                self.import_job.cancel()  # the worker stops after the current file
            self.save_layout()
            self.closing.emit()  # e.g. the backup on close, queued before the shutdown
            self.db.stop()
        super().closeEvent(event)
