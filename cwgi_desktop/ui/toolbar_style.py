"""Toolbars of fixed-width buttons: icons, the full text in the tooltip, a few named ones.

An icon-only button keeps its width whatever its action's text becomes ("Undo Note on
'Spectrum licensing fees…'" stays one icon wide); the tooltip shows the whole text, and
follows it when the text changes (undo and redo rename themselves).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton
from shiboken6 import isValid


def tooltip_of(action: QAction) -> str:
    """The action's text without accelerator or ellipsis, then its shortcut."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    keys = action.shortcut()
    if not keys.isEmpty():
        text += f" ({keys.toString(QKeySequence.SequenceFormat.NativeText)})"
    return text


class _TooltipFollower(QObject):
    """Keeps an action's tooltip its text (undo and redo rename themselves). A child of the
    action, so the connection dies with it."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.action = action
        action.changed.connect(self.update)
        self.update()

    def update(self) -> None:
        if not isValid(self.action):  # `changed` comes once more while it is destroyed
            return
        wanted = tooltip_of(self.action)
        if self.action.toolTip() != wanted:
            self.action.setToolTip(wanted)


def compact_toolbar(toolbar: QToolBar, named: Iterable[QAction] = (),
                    dynamic: Iterable[QAction] = ()) -> None:
    """Icons only, except `named` (icon and text); `dynamic` actions' tooltips follow their
    text. Actions without an icon keep their text (an empty button helps nobody)."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    named = set(named)
    for action in dynamic:
        _TooltipFollower(action)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if not isinstance(button, QToolButton) or action.isSeparator():
            continue
        if action in named or action.icon().isNull():
            # The toolbar would reset a style set on the button only when its own changes.
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if not action.toolTip() or action.toolTip() == action.iconText():
            action.setToolTip(tooltip_of(action))
