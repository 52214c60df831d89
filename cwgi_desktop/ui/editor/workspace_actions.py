"""The drafting workspace's actions, their keys, its toolbars and its Draft menu.

Shortcuts are scoped to the workspace (WidgetWithChildrenShortcut), so they never clash
with the main window's. Undo and redo are not shortcuts here: the editor and the outline
take Ctrl+Z / Ctrl+Shift+Z themselves (ShortcutOverride), so the window's own undo (for
annotations) keeps working everywhere else.

Every text is a literal `QCoreApplication.translate("DraftWorkspace", …)`, so lupdate finds
it (the workspace's own `self.tr` uses the same context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QToolButton

from cwgi_desktop.core.models import BLOCK_KINDS
from cwgi_desktop.ui.editor.editor_labels import block_kind_names
from cwgi_desktop.ui.icons import icon
from cwgi_desktop.ui.toolbar_style import compact_toolbar

if TYPE_CHECKING:
    from types import ModuleType

    from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace


def _language_versions() -> ModuleType:
    from cwgi_desktop.ui.editor import language_version_ui

    return language_version_ui


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")


def _action(owner: QObject, name: str, text: str, slot: Callable[[], object],
            keys: list[str] | None = None, tip: str = "", picture: str = "") -> QAction:
    action = QAction(text, owner)
    action.setObjectName(name)
    if picture:
        action.setIcon(icon(picture))
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or _plain(text)} ({shown})"
    action.setToolTip(tip or _plain(text))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda _checked=False: slot())
    return action


STATUS_MS = 5000  # how long the window's status bar shows a draft command's message


def already_saved() -> str:
    """What Save now says when nothing is pending (the window says it too before its
    workspace is built: see draft_menu)."""
    return QCoreApplication.translate(
        "DraftWorkspace",
        "Already saved: your text is saved as you type. Ctrl+Shift+S keeps a named version.")


# The actions on the draft as a whole the window's Draft menu holds (key -> the
# workspace's method they call).
DRAFT_METHODS: dict[str, str] = {
    "new_draft": "new_draft", "import_draft": "import_draft", "save_now": "save_now",
    "details": "edit_details", "delete_draft": "delete_draft",
    "take_version": "take_version", "versions": "show_versions",
    "export": "export_draft", "review": "show_review",
}


def draft_actions(owner: QObject, run: Callable[[str], object]) -> dict[str, QAction]:
    """The actions on the draft as a whole (the Draft menus and toolbar): triggering one
    calls `run(method name)` (see DRAFT_METHODS). A main window makes them before its
    workspace exists (its Draft menu holds them; the workspace is built on first use) and
    gives them to the workspace; a workspace of its own calls its methods directly."""
    def call(key: str) -> Callable[[], object]:
        return lambda: run(DRAFT_METHODS[key])

    a: dict[str, QAction] = {}
    a["new_draft"] = _action(
        owner, "actionNewDraft", QCoreApplication.translate("DraftWorkspace", "New draft…"),
        call("new_draft"), tip=QCoreApplication.translate(
            "DraftWorkspace", "A new draft from a template, a scaffold or a compilation"),
        picture="new_draft")
    a["import_draft"] = _action(
        owner, "actionImportDraft",
        QCoreApplication.translate("DraftWorkspace", "Import Markdown draft…"),
        call("import_draft"), tip=QCoreApplication.translate(
            "DraftWorkspace", "A draft from a Markdown file (front matter optional)"),
        picture="import_draft")
    a["save_now"] = _action(
        owner, "actionSaveNow", QCoreApplication.translate("DraftWorkspace", "Save now"),
        call("save_now"), ["Ctrl+S"], QCoreApplication.translate(
            "DraftWorkspace", "Your text is saved as you type; this saves at once"),
        picture="save")
    a["details"] = _action(
        owner, "actionDraftDetails", QCoreApplication.translate("DraftWorkspace", "Details…"),
        call("details"), tip=QCoreApplication.translate(
            "DraftWorkspace", "Symbol, meeting, purpose and other cover-page details"),
        picture="details")
    a["delete_draft"] = _action(
        owner, "actionDeleteDraft",
        QCoreApplication.translate("DraftWorkspace", "Delete draft…"),
        call("delete_draft"), picture="delete")
    a["take_version"] = _action(
        owner, "actionTakeVersion",
        QCoreApplication.translate("DraftWorkspace", "Take version…"),
        call("take_version"), ["Ctrl+Shift+S"], QCoreApplication.translate(
            "DraftWorkspace", "Keep the draft as it stands, named, to compare or restore"),
        picture="take_version")
    a["versions"] = _action(
        owner, "actionVersions", QCoreApplication.translate("DraftWorkspace", "Versions…"),
        call("versions"), ["Ctrl+Shift+V"],
        QCoreApplication.translate("DraftWorkspace", "Named versions: compare, restore"),
        picture="versions")
    a["export"] = _action(
        owner, "actionExportDraft", QCoreApplication.translate("DraftWorkspace", "Export…"),
        call("export"),
        tip=QCoreApplication.translate("DraftWorkspace", "Word in ITU layout, or Markdown"),
        picture="export")
    a["review"] = _action(
        owner, "actionReviewComments",
        QCoreApplication.translate("DraftWorkspace", "Review comments…"), call("review"),
        ["Ctrl+Shift+R"], QCoreApplication.translate(
            "DraftWorkspace", "Comments and suggested changes of the draft, back from Word"),
        picture="review")
    return a


def _language_actions(ws: DraftWorkspace) -> dict[str, QAction]:
    """Language versions (the workspace's own Draft menu)."""
    a: dict[str, QAction] = {}
    a["language_version"] = _action(
        ws, "actionLanguageVersion",
        QCoreApplication.translate("DraftWorkspace", "New language version…"),
        lambda: _language_versions().new_language_version(ws),
        tip=QCoreApplication.translate(
            "DraftWorkspace", "The draft in another of the six languages, block by block"))
    a["translation_current"] = _action(
        ws, "actionTranslationCurrent",
        QCoreApplication.translate("DraftWorkspace", "Mark translation up to date"),
        lambda: _language_versions().mark_current(ws),
        tip=QCoreApplication.translate(
            "DraftWorkspace", "This block of a language version follows the original again"))
    return a


def _block_actions(ws: DraftWorkspace) -> dict[str, QAction]:
    """Actions on the current block (the Blocks toolbar)."""
    a: dict[str, QAction] = {}
    a["new_block"] = _action(
        ws, "actionNewBlock", QCoreApplication.translate("DraftWorkspace", "New block"),
        ws.new_block, ["Ctrl+Return", "Ctrl+Enter"],
        QCoreApplication.translate("DraftWorkspace", "A new block after this one"),
        picture="new_block")
    a["split"] = _action(
        ws, "actionSplitBlock", QCoreApplication.translate("DraftWorkspace", "Split"),
        ws.split_block,
        tip=QCoreApplication.translate("DraftWorkspace", "Split the block at the cursor"),
        picture="split")
    a["merge"] = _action(
        ws, "actionMergeBlock", QCoreApplication.translate("DraftWorkspace", "Merge"),
        ws.merge_block,
        tip=QCoreApplication.translate("DraftWorkspace", "Merge the next block into this one"),
        picture="merge")
    a["delete_block"] = _action(
        ws, "actionDeleteBlock", QCoreApplication.translate("DraftWorkspace", "Delete block"),
        ws.delete_block, picture="delete")
    a["move_up"] = _action(
        ws, "actionMoveBlockUp", QCoreApplication.translate("DraftWorkspace", "Move up"),
        ws.move_up, ["Alt+Up"], picture="move_up")
    a["move_down"] = _action(
        ws, "actionMoveBlockDown", QCoreApplication.translate("DraftWorkspace", "Move down"),
        ws.move_down, ["Alt+Down"], picture="move_down")
    a["indent"] = _action(
        ws, "actionIndentBlock", QCoreApplication.translate("DraftWorkspace", "Indent"),
        ws.indent, tip=QCoreApplication.translate(
            "DraftWorkspace", "One level deeper (Tab in the outline)"), picture="indent")
    a["outdent"] = _action(
        ws, "actionOutdentBlock", QCoreApplication.translate("DraftWorkspace", "Outdent"),
        ws.outdent, tip=QCoreApplication.translate(
            "DraftWorkspace", "One level up (Shift+Tab in the outline)"), picture="outdent")
    a["cite"] = _action(
        ws, "actionCite", QCoreApplication.translate("DraftWorkspace", "Cite…"), ws.cite,
        ["Ctrl+Shift+C"], QCoreApplication.translate(
            "DraftWorkspace", "Insert a citation from the contributions and annotations"),
        picture="cite")
    undo = ws.session.undo_stack.createUndoAction(
        ws, QCoreApplication.translate("DraftWorkspace", "Undo"))
    undo.setObjectName("actionDraftUndo")
    redo = ws.session.undo_stack.createRedoAction(
        ws, QCoreApplication.translate("DraftWorkspace", "Redo"))
    redo.setObjectName("actionDraftRedo")
    undo.setIcon(icon("undo"))
    redo.setIcon(icon("redo"))
    a["undo"], a["redo"] = undo, redo
    return a


def _kind_combo(ws: DraftWorkspace) -> QComboBox:
    kind = QComboBox(ws)
    kind.setObjectName("blockKind")
    kind.setAccessibleName(QCoreApplication.translate("DraftWorkspace", "Block kind"))
    kind.setToolTip(QCoreApplication.translate("DraftWorkspace", "The kind of the current block"))
    kind.setAccessibleDescription(kind.toolTip())
    names = block_kind_names()
    for k in BLOCK_KINDS:
        kind.addItem(names[k], k)
    kind.activated.connect(lambda index: ws.set_kind(kind.itemData(index)))
    return kind


def _draft_menu(ws: DraftWorkspace, a: dict[str, QAction]) -> QToolButton:
    """The Draft menu: every action on the draft as a whole, Delete last."""
    title = QCoreApplication.translate("DraftWorkspace", "&Draft")
    menu = QMenu(_plain(title), ws)
    menu.setObjectName("draftMenu")
    menu.addActions([a["new_draft"], a["import_draft"], a["details"]])
    menu.addSeparator()
    menu.addActions([a["save_now"], a["take_version"], a["versions"], a["language_version"],
                     a["translation_current"]])
    menu.addSeparator()
    menu.addActions([a["export"], a["review"]])
    menu.addSeparator()
    menu.addAction(a["delete_draft"])
    button = QToolButton(ws)
    button.setObjectName("draftMenuButton")
    button.setText(title)
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAccessibleName(QCoreApplication.translate("DraftWorkspace", "Draft menu"))
    button.setToolTip(QCoreApplication.translate(
        "DraftWorkspace", "New, details, versions, export, review comments, delete"))
    button.setAccessibleDescription(button.toolTip())
    ws.draft_menu = menu
    return button


def build(ws: DraftWorkspace, shared: dict[str, QAction] | None = None
          ) -> dict[str, QAction]:
    """Create the actions of `ws` (those on the draft as a whole: `shared` when given, see
    `draft_actions`), its toolbars (`ws.toolbar`, `ws.block_toolbar`), its
    Draft menu (`ws.draft_menu`) and its block-kind combo box (`ws.kind_combo`).

    Buttons are icons of a fixed width with their text in the tooltip, except the few a
    rapporteur looks for by name (New draft, Export, New block, Cite): those keep their
    text, and come first, so a narrow window never pushes them into the overflow.
    """
    if shared is None:
        shared = draft_actions(ws, lambda method: getattr(ws, method)())
    a = {**shared, **_language_actions(ws), **_block_actions(ws)}
    for key, action in a.items():
        if key not in ("undo", "redo"):
            ws.addAction(action)  # the shortcuts work within the workspace
    ws.kind_combo = _kind_combo(ws)

    bar = _toolbar(ws, "draftToolbar", QCoreApplication.translate("DraftWorkspace", "Draft"))
    ws.draft_menu_action = bar.addWidget(_draft_menu(ws, a))
    bar.addSeparator()
    bar.addWidget(QLabel(QCoreApplication.translate("DraftWorkspace", "Draft:") + " ", bar))
    bar.addWidget(ws.draft_chooser)
    bar.addActions([a["new_draft"], a["export"]])
    bar.addSeparator()
    bar.addActions([a["save_now"], a["take_version"], a["versions"], a["review"],
                    a["details"]])
    blocks = _toolbar(ws, "blockToolbar", QCoreApplication.translate("DraftWorkspace", "Blocks"))
    blocks.addActions([a["new_block"], a["cite"]])
    blocks.addWidget(ws.kind_combo)
    blocks.addSeparator()
    blocks.addActions([a["split"], a["merge"], a["delete_block"]])
    blocks.addSeparator()
    blocks.addActions([a["move_up"], a["move_down"], a["indent"], a["outdent"]])
    blocks.addSeparator()
    blocks.addActions([a["undo"], a["redo"]])
    ws.block_toolbar = blocks
    ws.toolbar = bar
    compact_toolbar(bar, {a["new_draft"], a["export"]})
    compact_toolbar(blocks, {a["new_block"], a["cite"]}, dynamic=(a["undo"], a["redo"]))
    for toolbar in (bar, blocks):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator() and action.objectName():
                button.setAccessibleName(_plain(action.text()))
                button.setObjectName("button" + action.objectName().removeprefix("action"))
    return a


def _toolbar(ws: DraftWorkspace, name: str, title: str) -> QToolBar:
    bar = QToolBar(title, ws)
    bar.setObjectName(name)
    bar.setAccessibleName(title)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar
