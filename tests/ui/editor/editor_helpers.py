"""Helpers for driving the drafting workspace (plain module)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor import DraftWorkspace


def fresh(path: Path, fn: Callable[[Store], Any]) -> Any:
    """Read the store through a new connection, as another process would."""
    store = Store(path)
    try:
        return fn(store)
    finally:
        store.close()


def wait_jobs(qtbot: Any, workspace: DraftWorkspace, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: workspace.db.pending == 0, timeout=timeout)


def dialogs(owner: QWidget, cls: type) -> list[Any]:
    return [d for d in owner.findChildren(cls) if d.isVisible()]


def wait_dialog(qtbot: Any, owner: QWidget, cls: type, timeout: int = 5000) -> Any:
    qtbot.waitUntil(lambda: bool(dialogs(owner, cls)), timeout=timeout)
    return dialogs(owner, cls)[-1]


def select_row(qtbot: Any, ws: DraftWorkspace, row: int) -> None:
    ws.outline.setCurrentIndex(ws.model.index(row))
    block = ws.model.block_at(row)
    assert block is not None
    qtbot.waitUntil(lambda: ws.editor.block_id == block.id)


def texts(ws: DraftWorkspace) -> list[str]:
    return [b.text for b in ws.model.blocks]


def drop_on(widget: QWidget, mime: QMimeData, at: QPoint) -> None:
    """What a drag from another widget delivers to `widget`: enter, move, drop."""
    actions = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # PySide marks the QPoint constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(at, actions, mime, buttons, mods)
        move = QDragMoveEvent(at, actions, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    QApplication.sendEvent(widget, move)
    QApplication.sendEvent(widget, QDropEvent(at.toPointF(), actions, mime, buttons, mods))
