"""The window's Draft menu: drafting is found from the menu bar, whichever tab is open.

It holds the drafting workspace's own actions (one QAction each, so a shortcut and its
enabled state are the same in the menu and the toolbar); choosing one from the menu first
brings the Drafts tab forward. Ctrl+S ("Save now") works in the whole window: in the
Contributions tab too it says that everything is saved.

The window makes these actions before its drafting workspace exists (the editor is built
when the Drafts tab is first shown: start-up) and gives them to the workspace when it
builds it; one chosen before builds the workspace and acts once its draft is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cwgi_desktop.ui.editor.workspace_actions import STATUS_MS, already_saved, draft_actions

if TYPE_CHECKING:
    from cwgi_desktop.ui.main_window import MainWindow

# The workspace's actions, in menu order; None is a separator.
MENU_ORDER: tuple[str | None, ...] = (
    "new_draft", "import_draft", None,
    "save_now", "take_version", "versions", None,
    "export", "review", None,
    "details", "delete_draft",
)


def make_draft_actions(window: MainWindow) -> dict[str, QAction]:
    """The actions on the draft as a whole, before the workspace exists (see the module)."""
    return draft_actions(window, lambda method: _run(window, method))


def install_draft_menu(window: MainWindow, actions: dict[str, QAction]) -> QMenu:
    """Add the Draft menu of `actions` to the window's menu bar, before View; returns it."""
    menu = QMenu(QCoreApplication.translate("DraftMenu", "&Draft"), window)
    menu.setObjectName("menuDraft")
    for key in MENU_ORDER:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[key])
    view = window.main_actions.view_menu.menuAction()
    window.menuBar().insertMenu(view, menu)
    save = actions["save_now"]
    save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(save)
    return menu


def _run(window: MainWindow, method: str) -> None:
    """An action chosen (menu, toolbar or key): the workspace (built if need be) does it;
    anything but Save now brings the Drafts tab forward first. Save now before the
    workspace was built says that everything is saved without building it (an editor
    never built holds nothing unsaved)."""
    if method == "save_now" and window.drafts_if_built is None:
        window.statusBar().showMessage(already_saved(), STATUS_MS)
        return
    ws = window.drafts
    if method != "save_now":
        window.workspaces.setCurrentWidget(ws)
    ws.when_ready(lambda: getattr(ws, method)())
