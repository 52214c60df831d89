"""The window's Draft menu: drafting is found from the menu bar, whichever tab is open.

It holds the drafting workspace's own actions (one QAction each, so a shortcut and its
enabled state are the same in the menu and the toolbar); choosing one from the menu first
brings the Drafts tab forward. Ctrl+S ("Save now") works in the whole window: in the
Contributions tab too it says that everything is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from cwgi_desktop.ui.main_window import MainWindow

# The workspace's actions, in menu order; None is a separator.
MENU_ORDER: tuple[str | None, ...] = (
    "new_draft", "import_draft", None,
    "save_now", "take_version", "versions", None,
    "export", "review", None,
    "details", "delete_draft",
)


def install_draft_menu(window: MainWindow) -> QMenu:
    """Add the Draft menu to the window's menu bar, before View; returns it."""
    ws = window.drafts
    menu = QMenu(QCoreApplication.translate("DraftMenu", "&Draft"), window)
    menu.setObjectName("menuDraft")
    for key in MENU_ORDER:
        if key is None:
            menu.addSeparator()
        else:
            menu.addAction(ws.actions_[key])
    view = window.main_actions.view_menu.menuAction()
    window.menuBar().insertMenu(view, menu)
    menu.triggered.connect(lambda action: _bring_drafts_forward(window, action))
    save = ws.actions_["save_now"]
    save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(save)
    # In the window the menu bar holds the Draft menu: the toolbar's button would repeat it.
    ws.draft_menu_action.setVisible(False)
    return menu


def _bring_drafts_forward(window: MainWindow, action: QAction) -> None:
    if action is not window.drafts.actions_["save_now"]:
        window.workspaces.setCurrentWidget(window.drafts)
