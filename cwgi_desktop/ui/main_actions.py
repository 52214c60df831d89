"""The main window's menus, toolbar and keyboard shortcuts.

Kept apart from main_window.py so the window's module stays about behaviour. Every action
has an objectName (tests and accessibility tools find it by that) and a translated text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from cwgi_desktop.ui.accessibility import chain_tab_order, describe
from cwgi_desktop.ui.folder_sync_ui import mount_folder_sync
from cwgi_desktop.ui.icons import icon
from cwgi_desktop.ui.qda_dialogs import other_tools_menu
from cwgi_desktop.ui.theme import current_watcher
from cwgi_desktop.ui.toolbar_style import compact_toolbar

if TYPE_CHECKING:  # the dialogs load when first opened (start-up)
    from types import ModuleType

    from PySide6.QtWidgets import QDialog

    from cwgi_desktop.ui.backup_ui import RestoreDialog
    from cwgi_desktop.ui.codebook_dialog import CodebookDialog
    from cwgi_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog
    from cwgi_desktop.ui.main_window import MainWindow
    from cwgi_desktop.ui.preferences_dialog import PreferencesDialog
    from cwgi_desktop.ui.store_manager import StoreManagerDialog

Keys = QKeySequence | str | list[str] | None


def _focus(widget: QWidget, dock: QWidget | None = None) -> Callable[[], None]:
    def go() -> None:
        if dock is not None:
            dock.show()
            dock.raise_()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return go


class MainActions(QObject):
    """Builds the actions, menus and toolbar of a MainWindow; `actions[key]` finds one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._accessibility()

    def _add(self, key: str, name: str, text: str, slot: Callable[[], object],
             keys: Keys = None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(k) for k in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.actions[key] = action
        return action

    # -- the actions -------------------------------------------------------------------

    def _make_actions(self) -> None:
        w = self.window
        add = self._add
        add("new_store", "actionNewStore", self.tr("&New store…"), self.new_store,
            "Ctrl+Alt+N", self.tr("Create an empty store file and open it"))
        add("open_store", "actionOpenStore", self.tr("&Open store…"), self.open_store,
            QKeySequence(QKeySequence.StandardKey.Open), self.tr("Open another store file"))
        add("stores", "actionStores", self.tr("&Stores…"), self.manage_stores,
            "Ctrl+Alt+O", self.tr("Recent stores: open, forget, create"))
        add("backup_now", "actionBackupNow", self.tr("&Back up now"), self.back_up_now,
            tip=self.tr("Save a copy of the store in the backup folder"))
        add("restore", "actionRestoreBackup", self.tr("&Restore from backup…"),
            self.restore_backup, tip=self.tr("Go back to an automatic backup of this store"))
        add("preferences", "actionPreferences", self.tr("&Preferences…"),
            self.open_preferences, "Ctrl+,",
            self.tr("Author, language, export, backups"))
        add("import", "actionImport", self.tr("&Import files…"), self.import_files, "Ctrl+I",
            self.tr("Import .docx, .pdf, .txt or .md contributions"))
        add("import_folder", "actionImportFolder", self.tr("Import &folder…"),
            self.import_folder, "Ctrl+Shift+I", self.tr("Import every contribution in a folder"))
        add("share", "actionShareAnnotations", self.tr("&Share annotations…"),
            self.share_annotations, "Ctrl+Shift+E",
            self.tr("Save your annotations, themes and drafts as a file for a colleague"))
        add("import_shared", "actionImportShared", self.tr("Import shared &work…"),
            self.import_shared_work, "Ctrl+Shift+M",
            self.tr("Merge a colleague's annotations, themes and drafts into this store"))
        add("conflicts", "actionConflicts", self.tr("&Conflicts…"), self.show_conflicts,
            tip=self.tr("Edits made on two laptops to the same item, for you to settle"))
        add("quit", "actionQuit", self.tr("&Quit"), w.close,
            QKeySequence(QKeySequence.StandardKey.Quit))

        undo = w.undo_stack.createUndoAction(w, self.tr("&Undo"))
        undo.setObjectName("actionUndo")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = w.undo_stack.createRedoAction(w, self.tr("&Redo"))
        redo.setObjectName("actionRedo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for key, action in (("undo", undo), ("redo", redo)):
            w.addAction(action)
            self.actions[key] = action

        find = add("find", "actionFind", self.tr("&Find in all contributions"),
                   w.search_panel.focus_field, QKeySequence(QKeySequence.StandardKey.Find),
                   self.tr("Search the full text of every contribution"))
        find.triggered.connect(w.search_dock.show)
        find.triggered.connect(w.search_dock.raise_)
        add("author", "actionAuthor", self.tr("Author &name…"), lambda: w.ask_author(),
            tip=self.tr("The name your annotations carry"))
        add("edit_metadata", "actionEditMetadata", self.tr("&Edit details…"), w.edit_metadata,
            "F2", self.tr("Correct symbol, title, source, date, consultation"))
        add("set_consultation", "actionSetConsultation", self.tr("Set &consultation…"),
            lambda: _consultation_ui().set_consultation_of_selection(w), "Ctrl+Shift+K",
            self.tr("Give the contributions selected in the list one consultation"))
        add("toggle_read", "actionToggleRead", self.tr("Mark read/&unread"), w.toggle_read,
            "Ctrl+U", self.tr("Mark the open contribution read or unread"))
        add("codebook", "actionCodebook", self.tr("&Codebook…"), self.open_codebook,
            "Ctrl+Shift+T", self.tr("Add, rename, merge and recolour themes"))

        text = w.reader.text
        add("zoom_in", "actionZoomIn", self.tr("Zoom &in"),
            lambda: text.set_zoom(text.zoom + 1), ["Ctrl+=", "Ctrl++"])
        add("zoom_out", "actionZoomOut", self.tr("Zoom &out"),
            lambda: text.set_zoom(text.zoom - 1), ["Ctrl+-"])
        add("zoom_reset", "actionZoomReset", self.tr("&Actual size"), lambda: text.set_zoom(0),
            ["Ctrl+0"])
        add("focus_list", "actionFocusList", self.tr("Go to the &list"), _focus(w.table),
            "Ctrl+1")
        add("focus_reader", "actionFocusReader", self.tr("Go to the &reader"), _focus(text),
            "Ctrl+2")
        add("focus_annotations", "actionFocusAnnotations", self.tr("Go to the &annotations"),
            _focus(w.annotations_panel.list, w.annotations_dock), "Ctrl+3")
        add("focus_navigator", "actionFocusNavigator", self.tr("Go to the &navigator"),
            _focus(w.navigator, w.navigator_dock), "Ctrl+4")
        add("guide", "actionUserGuide", self.tr("&User guide"), self.user_guide,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self.tr("What the application is for, from import to export"))
        add("shortcuts", "actionShortcuts", self.tr("&Keyboard shortcuts"), self.shortcuts,
            "Ctrl+/", self.tr("Every keyboard shortcut of the window"))
        add("demo", "actionLoadDemo", self.tr("Load the &demo consultation"),
            lambda: _load_demo(w), tip=self.tr("Six short fictional contributions to try "
                                              "the application on"))
        add("about", "actionAbout", self.tr("&About CWGI Desktop"), self.about)

    def _make_menus(self) -> None:
        w, a, ann = self.window, self.actions, self.window.annotator
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions([a["new_store"], a["open_store"]])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("menuRecentStores")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addAction(a["stores"])
        file_menu.addSeparator()
        file_menu.addActions([a["import"], a["import_folder"]])
        file_menu.addSeparator()
        file_menu.addActions([a["share"], a["import_shared"], a["conflicts"]])
        self.other_tools_menu = other_tools_menu(w, w.db, lambda: w.settings.author)
        file_menu.addMenu(self.other_tools_menu)
        self.folder_sync = mount_folder_sync(w, file_menu)
        file_menu.addSeparator()
        file_menu.addActions([a["backup_now"], a["restore"]])
        file_menu.addSeparator()
        file_menu.addActions([a["preferences"], a["quit"]])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menuEdit")
        edit.addActions([a["undo"], a["redo"]])
        edit.addSeparator()
        edit.addActions([a["find"], a["author"]])
        contribution = bar.addMenu(self.tr("&Contribution"))
        contribution.setObjectName("menuContribution")
        contribution.addActions([a["edit_metadata"], a["set_consultation"], a["toggle_read"]])
        w.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        w.table.addActions([a["edit_metadata"], a["set_consultation"], a["toggle_read"]])
        annotate = bar.addMenu(self.tr("&Annotate"))
        annotate.setObjectName("menuAnnotate")
        annotate.addActions([ann.highlight_action, ann.note_action, ann.themes_action,
                             ann.delete_action])
        colours = annotate.addMenu(self.tr("Highlight &colour"))
        colours.setObjectName("menuColour")
        colours.addActions(ann.colour_actions)
        annotate.addSeparator()
        annotate.addAction(a["codebook"])
        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("menuView")
        view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_reset"]])
        view.addSeparator()
        view.addActions([a["focus_list"], a["focus_reader"], a["focus_annotations"],
                         a["focus_navigator"]])
        view.addSeparator()
        for dock in (w.navigator_dock, w.search_dock, w.annotations_dock):
            view.addAction(dock.toggleViewAction())
        self.view_menu = view
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addActions([a["guide"], a["shortcuts"]])
        help_menu.addSeparator()
        help_menu.addAction(a["demo"])
        help_menu.addSeparator()
        help_menu.addAction(a["about"])

    def _make_toolbar(self) -> None:
        w, a, ann = self.window, self.actions, self.window.annotator
        toolbar = QToolBar(self.tr("Main toolbar"), w)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        pictures = {"import": a["import"], "import_folder": a["import_folder"],
                    "undo": a["undo"], "redo": a["redo"], "highlight": ann.highlight_action,
                    "note": ann.note_action, "themes": ann.themes_action,
                    "codebook": a["codebook"], "zoom_out": a["zoom_out"],
                    "zoom_in": a["zoom_in"]}
        for name, action in pictures.items():
            action.setIcon(icon(name))
        toolbar.addActions([a["import"], a["import_folder"]])
        toolbar.addSeparator()
        toolbar.addActions([a["undo"], a["redo"]])
        toolbar.addSeparator()
        toolbar.addActions([ann.highlight_action, ann.note_action, ann.themes_action])
        toolbar.addSeparator()
        toolbar.addActions([a["codebook"], a["zoom_out"], a["zoom_in"]])
        compact_toolbar(toolbar, {a["import"], ann.highlight_action, ann.note_action},
                        dynamic=(a["undo"], a["redo"]))
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.view_menu.addAction(toolbar.toggleViewAction())
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator():
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                button.setObjectName("button" + action.objectName().removeprefix("action"))

    def _accessibility(self) -> None:
        """Names and descriptions for screen readers; Tab goes left to right, top down."""
        w = self.window
        fb, reader, search, panel = w.filter_bar, w.reader, w.search_panel, w.annotations_panel
        describe(w.workspaces, self.tr("Workspaces"))
        describe(w.workspaces.tabBar(), self.tr("Workspaces"),
                 self.tr("Switch between the contributions and the drafts"))
        describe(w.table, self.tr("Contributions"),
                 self.tr("The contributions that match the filters; Enter opens one"))
        describe(w.navigator, self.tr("Navigator"),
                 self.tr("Consultations, languages, sources, themes and authors, counted"))
        describe(reader.text, self.tr("Contribution text"),
                 self.tr("The open contribution, paragraph by paragraph; select a passage "
                         "to annotate it"))
        describe(search.field, self.tr("Search the full text"),
                 self.tr("Type words to find them in every contribution; Down goes to "
                         "the hits"))
        describe(search.hits, self.tr("Search hits"), self.tr("Enter opens the hit"))
        describe(panel.list, self.tr("Annotations"),
                 self.tr("Annotations of the open contribution; Enter goes to the passage"))
        chain_tab_order([
            w.navigator, search.field, search.hits,
            fb.consultation, fb.language, fb.source_type, fb.theme, fb.mine, fb.unread,
            fb.clear_button, w.workspaces.tabBar(), w.table,
            reader.versions, reader.read_button, reader.edit_button, reader.text,
            panel.scope, panel.author, panel.theme, panel.colour, panel.list,
        ])

    # -- what some actions do ----------------------------------------------------------

    def import_files(self) -> None:
        w = self.window
        from cwgi_desktop.core.importers import SUPPORTED_EXTENSIONS

        patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            w, self.tr("Import contributions"), w.settings.import_folder,
            self.tr("Contributions (%1);;All files (*)").replace("%1", patterns))
        if paths:
            w.settings.import_folder = str(Path(paths[0]).parent)
            _consultation_ui().ask_import(w, list(paths))

    def import_folder(self) -> None:
        w = self.window
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            w, self.tr("Import a folder of contributions"), w.settings.import_folder)
        if folder:
            w.settings.import_folder = folder
            _consultation_ui().ask_import(w, [folder])

    def open_codebook(self) -> CodebookDialog:
        from cwgi_desktop.ui.codebook_dialog import CodebookDialog

        dialog = CodebookDialog(self.window.db, self.window)
        dialog.open()
        return dialog

    # -- stores and backups ------------------------------------------------------------

    def _fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        current = self.window.db.path.resolve()
        recent = [p for p in self.window.settings.recent_stores if Path(p) != current]
        for number, name in enumerate(recent, start=1):
            path = Path(name)
            label = f"&{number} {path.name} — {path.parent}" if number < 10 \
                else f"{path.name} — {path.parent}"
            action = menu.addAction(label)
            action.setObjectName(f"actionRecentStore{number}")
            action.setToolTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.switch_store(p))
        if not recent:
            empty = menu.addAction(self.tr("No other store yet"))
            empty.setEnabled(False)

    def switch_store(self, path: Path) -> None:
        """Ask the application to close this window and open one on `path`."""
        self.window.store_requested.emit(Path(path))

    def new_store(self) -> None:
        from cwgi_desktop.ui.store_manager import choose_new_store

        path = choose_new_store(self.window, str(self.window.db.path.parent))
        if path is not None:
            self.switch_store(path)

    def open_store(self) -> None:
        from cwgi_desktop.ui.store_manager import choose_existing_store

        path = choose_existing_store(self.window, str(self.window.db.path.parent))
        if path is not None:
            self.switch_store(path)

    def manage_stores(self) -> StoreManagerDialog:
        from cwgi_desktop.ui.store_manager import StoreManagerDialog

        dialog = StoreManagerDialog(self.window.settings, self.window.db.path, self.window)
        dialog.chosen.connect(self.switch_store)
        dialog.open()
        return dialog

    def back_up_now(self) -> None:
        scheduler = getattr(self.window, "backups", None)
        if scheduler is not None:
            scheduler.back_up_now()
            return
        from cwgi_desktop.ui.backup_ui import BackupScheduler

        self.window.backups = BackupScheduler(  # type: ignore[attr-defined]
            self.window, self.window.settings)
        self.window.backups.back_up_now()  # type: ignore[attr-defined]

    # -- exchange between laptops --------------------------------------------------------

    def share_annotations(self) -> QDialog:
        from cwgi_desktop.ui.exchange_dialogs import share_annotations  # on first use

        return share_annotations(self.window, self.window.db, self.window.settings.author)

    def import_shared_work(self) -> QDialog | None:
        from cwgi_desktop.ui.exchange_dialogs import import_shared_work

        return import_shared_work(self.window, self.window.db, self.window.settings.backup_dir())

    def show_conflicts(self) -> QDialog:
        from cwgi_desktop.ui.exchange_dialogs import show_conflicts

        return show_conflicts(self.window, self.window.db)

    def restore_backup(self) -> RestoreDialog:
        from cwgi_desktop.ui.backup_ui import RestoreDialog

        w = self.window
        dialog = RestoreDialog(w.db.path, w.settings.backup_dir(), w)
        dialog.accepted.connect(lambda: w.restore_requested.emit(dialog.chosen()))
        dialog.open()
        return dialog

    # -- preferences and help ----------------------------------------------------------

    def open_preferences(self) -> PreferencesDialog:
        from cwgi_desktop.ui.preferences_dialog import PreferencesDialog

        w = self.window
        dialog = PreferencesDialog(w.settings, w)
        dialog.accepted.connect(lambda: self._preferences_saved(dialog.changed))
        dialog.open()
        return dialog

    def _preferences_saved(self, changed: set[str]) -> None:
        w = self.window
        if "author" in changed:
            w.filter_bar.author = w.settings.author
        if "colour_scheme" in changed:
            watcher = current_watcher()
            if watcher is not None:
                watcher.set_preference(w.settings.colour_scheme)
        if "spelling" in changed and w.drafts_if_built is not None:  # else read when built
            w.drafts_if_built.editor.spelling.set_enabled(w.settings.spell_check)
        if "language" in changed:
            w.restart_requested.emit()

    def user_guide(self) -> UserGuideDialog:
        from cwgi_desktop.ui.help_dialogs import UserGuideDialog

        dialog = UserGuideDialog(self.window)
        dialog.show()
        return dialog

    def shortcuts(self) -> ShortcutsDialog:
        from cwgi_desktop.ui.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.show()
        return dialog

    def about(self) -> AboutDialog:
        from cwgi_desktop.ui.help_dialogs import AboutDialog

        dialog = AboutDialog(self.window)
        dialog.open()
        return dialog


def _load_demo(window: MainWindow) -> None:
    from cwgi_desktop.ui.first_run import load_demo

    load_demo(window)


def _consultation_ui() -> ModuleType:
    from cwgi_desktop.ui import consultation_ui  # its dialogs load when first used

    return consultation_ui
