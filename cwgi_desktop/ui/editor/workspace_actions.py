"""The drafting workspace's actions, their keys, and its toolbar.

Shortcuts are scoped to the workspace (WidgetWithChildrenShortcut), so they never clash
with the main window's. Undo and redo are not shortcuts here: the editor and the outline
take Ctrl+Z / Ctrl+Shift+Z themselves (ShortcutOverride), so the window's own undo (for
annotations) keeps working everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar

from cwgi_desktop.core.models import BLOCK_KINDS
from cwgi_desktop.ui.editor.editor_labels import block_kind_names

if TYPE_CHECKING:
    from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftWorkspace", text)


def _action(ws: DraftWorkspace, name: str, text: str, slot: Callable[[], object],
            keys: list[str] | None = None, tip: str = "") -> QAction:
    action = QAction(text, ws)
    action.setObjectName(name)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or text.replace('&', '').rstrip('…')} ({shown})"
    action.setToolTip(tip or text.replace("&", "").rstrip("…"))
    action.setStatusTip(action.toolTip())
    action.triggered.connect(lambda _checked=False: slot())
    ws.addAction(action)
    return action


def build(ws: DraftWorkspace) -> dict[str, QAction]:
    """Create the actions of `ws` and its toolbar (`ws.toolbar`)."""
    a: dict[str, QAction] = {}
    a["new_draft"] = _action(ws, "actionNewDraft", _tr("New draft…"), ws.new_draft,
                             tip=_tr("A new draft from a template, a scaffold or a compilation"))
    a["details"] = _action(ws, "actionDraftDetails", _tr("Details…"), ws.edit_details,
                           tip=_tr("Symbol, meeting, purpose and other cover-page details"))
    a["delete_draft"] = _action(ws, "actionDeleteDraft", _tr("Delete draft…"),
                                ws.delete_draft)
    a["new_block"] = _action(ws, "actionNewBlock", _tr("New block"), ws.new_block,
                             ["Ctrl+Return", "Ctrl+Enter"], _tr("A new block after this one"))
    a["split"] = _action(ws, "actionSplitBlock", _tr("Split"), ws.split_block,
                         tip=_tr("Split the block at the cursor"))
    a["merge"] = _action(ws, "actionMergeBlock", _tr("Merge"), ws.merge_block,
                         tip=_tr("Merge the next block into this one"))
    a["delete_block"] = _action(ws, "actionDeleteBlock", _tr("Delete block"), ws.delete_block)
    a["move_up"] = _action(ws, "actionMoveBlockUp", _tr("Move up"), ws.move_up, ["Alt+Up"])
    a["move_down"] = _action(ws, "actionMoveBlockDown", _tr("Move down"), ws.move_down,
                             ["Alt+Down"])
    a["indent"] = _action(ws, "actionIndentBlock", _tr("Indent"), ws.indent,
                          tip=_tr("One level deeper (Tab in the outline)"))
    a["outdent"] = _action(ws, "actionOutdentBlock", _tr("Outdent"), ws.outdent,
                           tip=_tr("One level up (Shift+Tab in the outline)"))
    a["cite"] = _action(ws, "actionCite", _tr("Cite…"), ws.cite, ["Ctrl+Shift+C"],
                        _tr("Insert a citation from the contributions and annotations"))
    a["take_version"] = _action(ws, "actionTakeVersion", _tr("Take version…"),
                                ws.take_version, ["Ctrl+S"],
                                _tr("Save a named version (your text is saved as you type)"))
    a["versions"] = _action(ws, "actionVersions", _tr("Versions…"), ws.show_versions,
                            tip=_tr("Named versions: compare, restore"))
    a["export"] = _action(ws, "actionExportDraft", _tr("Export…"), ws.export_draft,
                          tip=_tr("Word in ITU layout, or Markdown"))
    undo = ws.session.undo_stack.createUndoAction(ws, _tr("Undo"))
    undo.setObjectName("actionDraftUndo")
    redo = ws.session.undo_stack.createRedoAction(ws, _tr("Redo"))
    redo.setObjectName("actionDraftRedo")
    a["undo"], a["redo"] = undo, redo

    kind = QComboBox(ws)
    kind.setObjectName("blockKind")
    kind.setAccessibleName(_tr("Block kind"))
    kind.setToolTip(_tr("The kind of the current block"))
    names = block_kind_names()
    for k in BLOCK_KINDS:
        kind.addItem(names[k], k)
    kind.activated.connect(lambda index: ws.set_kind(kind.itemData(index)))
    ws.kind_combo = kind

    bar = _toolbar(ws, "draftToolbar", _tr("Draft"))
    bar.addWidget(QLabel(_tr("Draft:") + " ", bar))
    bar.addWidget(ws.draft_chooser)
    bar.addActions([a["new_draft"], a["details"]])
    bar.addSeparator()
    bar.addActions([a["take_version"], a["versions"], a["export"]])
    blocks = _toolbar(ws, "blockToolbar", _tr("Blocks"))
    blocks.addActions([a["new_block"], a["split"], a["merge"], a["delete_block"]])
    blocks.addSeparator()
    blocks.addActions([a["move_up"], a["move_down"], a["indent"], a["outdent"]])
    blocks.addWidget(kind)
    blocks.addSeparator()
    blocks.addActions([a["cite"], undo, redo])
    ws.block_toolbar = blocks
    ws.toolbar = bar
    for toolbar in (bar, blocks):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator() and action.objectName():
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
                button.setObjectName("button" + action.objectName().removeprefix("action"))
    return a


def _toolbar(ws: DraftWorkspace, name: str, title: str) -> QToolBar:
    bar = QToolBar(title, ws)
    bar.setObjectName(name)
    bar.setAccessibleName(title)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar
