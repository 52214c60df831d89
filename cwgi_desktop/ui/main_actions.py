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
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from cwgi_desktop.core.importers import SUPPORTED_EXTENSIONS
from cwgi_desktop.ui.codebook_dialog import CodebookDialog

if TYPE_CHECKING:
    from cwgi_desktop.ui.main_window import MainWindow

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
        add("import", "actionImport", self.tr("&Import files…"), self.import_files, "Ctrl+I",
            self.tr("Import .docx, .pdf, .txt or .md contributions"))
        add("import_folder", "actionImportFolder", self.tr("Import &folder…"),
            self.import_folder, "Ctrl+Shift+I", self.tr("Import every contribution in a folder"))
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
        find.triggered.connect(lambda: (w.search_dock.show(), w.search_dock.raise_()))
        add("author", "actionAuthor", self.tr("Author &name…"), lambda: w.ask_author(),
            tip=self.tr("The name your annotations carry"))
        add("edit_metadata", "actionEditMetadata", self.tr("&Edit details…"), w.edit_metadata,
            "F2", self.tr("Correct symbol, title, source, date, consultation"))
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
        add("about", "actionAbout", self.tr("&About CWGI Desktop"), self.about)

    def _make_menus(self) -> None:
        w, a, ann = self.window, self.actions, self.window.annotator
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions([a["import"], a["import_folder"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.setObjectName("menuEdit")
        edit.addActions([a["undo"], a["redo"]])
        edit.addSeparator()
        edit.addActions([a["find"], a["author"]])
        contribution = bar.addMenu(self.tr("&Contribution"))
        contribution.setObjectName("menuContribution")
        contribution.addActions([a["edit_metadata"], a["toggle_read"]])
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
        help_menu.addAction(a["about"])

    def _make_toolbar(self) -> None:
        w, a, ann = self.window, self.actions, self.window.annotator
        toolbar = QToolBar(self.tr("Main toolbar"), w)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([a["import"], a["import_folder"]])
        toolbar.addSeparator()
        toolbar.addActions([a["undo"], a["redo"]])
        toolbar.addSeparator()
        toolbar.addActions([ann.highlight_action, ann.note_action, ann.themes_action])
        toolbar.addSeparator()
        toolbar.addActions([a["codebook"], a["zoom_out"], a["zoom_in"]])
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.view_menu.addAction(toolbar.toggleViewAction())
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator():
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                button.setObjectName("button" + action.objectName().removeprefix("action"))

    # -- what some actions do ----------------------------------------------------------

    def import_files(self) -> None:
        w = self.window
        patterns = " ".join(f"*{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        paths, _ = QFileDialog.getOpenFileNames(
            w, self.tr("Import contributions"), w.settings.import_folder,
            self.tr("Contributions (%1);;All files (*)").replace("%1", patterns))
        if paths:
            w.settings.import_folder = str(Path(paths[0]).parent)
            w.import_paths(list(paths))

    def import_folder(self) -> None:
        w = self.window
        folder = QFileDialog.getExistingDirectory(
            w, self.tr("Import a folder of contributions"), w.settings.import_folder)
        if folder:
            w.settings.import_folder = folder
            w.import_paths([folder])

    def open_codebook(self) -> CodebookDialog:
        dialog = CodebookDialog(self.window.db, self.window)
        dialog.open()
        return dialog

    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About CWGI Desktop"), self.tr(
            "CWGI Desktop: read, search and annotate the contributions to ITU's Council "
            "Working Group on international Internet-related public policy issues, offline."))
