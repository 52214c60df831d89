"""Each workspace (tab) keeps its own dock layout, saved between runs.

The Contributions tab wants the navigator, the search and the annotations beside the list;
the Drafts tab wants the room for the editor, so there the docks start hidden. Whatever the
user then opens, moves or closes is kept per tab: leaving a tab saves the window's state
under the tab's name, coming back restores it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from cwgi_desktop.ui.main_window import MainWindow

# Workspaces whose docks start hidden (by the workspace widget's objectName).
DOCKLESS_BY_DEFAULT = frozenset({"draftWorkspace"})


class WorkspaceLayouts(QObject):
    """Saves and restores the window's docks when the current workspace changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current = window.workspaces.currentIndex()
        self._states: dict[int, bytes] = {}
        window.workspaces.currentChanged.connect(self.switch)

    def docks(self) -> list[QDockWidget]:
        w = self.window
        return [w.navigator_dock, w.search_dock, w.annotations_dock]

    def key(self, index: int) -> str:
        """The settings key of a workspace's state; the first keeps the window's own."""
        base = self.window._window_state_name()
        if index <= 0:
            return base
        widget = self.window.workspaces.widget(index)
        name = (widget.objectName() if widget is not None else "") or str(index)
        return f"{base}-{name}"

    def save_current(self) -> None:
        w = self.window
        if self.current >= 0:
            w.settings.set_layout_state(self.key(self.current), w.saveState())

    def switch(self, index: int) -> None:
        if index == self.current or index < 0:
            return
        self.save_current()
        self.current = index
        w = self.window
        state = w.settings.layout_state(self.key(index))
        if state is not None and w.restoreState(state):
            return
        widget = w.workspaces.widget(index)
        shown = widget is None or widget.objectName() not in DOCKLESS_BY_DEFAULT
        for dock in self.docks():
            dock.setVisible(shown)
