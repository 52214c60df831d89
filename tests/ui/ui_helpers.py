"""Helpers shared by the GUI tests (imported as a plain module, like importer_fixtures)."""

from __future__ import annotations

import hashlib
import time
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.main_window import MainWindow


def wait_idle(qtbot: Any, window: MainWindow, timeout: int = 10_000) -> None:
    """Until the worker has delivered every submitted job and the list has loaded."""
    qtbot.waitUntil(lambda: window.db.pending == 0 and window.model.total is not None,
                    timeout=timeout)


def add_contribution(store: Store, symbol: str, *paragraphs: str, **meta: Any
                     ) -> Contribution:
    """Store a contribution straight away (a test's own connection, on its thread)."""
    digest = hashlib.sha256("|".join((symbol, *paragraphs)).encode()).hexdigest()
    contribution, _ = store.contributions.add(
        sha256=digest, paragraphs=[(p, "body") for p in paragraphs],
        metadata={"symbol": symbol, **meta},
    )
    return contribution


def find_dialog(qtbot: Any, window: QWidget, cls: type, timeout: int = 5000) -> Any:
    """Wait for a visible dialog of class `cls` owned by `window`."""
    found: list[Any] = []

    def visible() -> bool:
        found[:] = [d for d in window.findChildren(cls) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=timeout)
    dialog = found[-1]
    wait_active(qtbot, dialog, timeout)
    return dialog


def wait_active(qtbot: Any, widget: QWidget, timeout: int = 5000) -> None:
    """Until `widget`'s window is QApplication's active window, as a window manager makes it.

    The offscreen platform activates a new window asynchronously, and QTest.qWait (unlike a
    nested event loop) delivers that; keyboard shortcuts only reach the active window.
    """
    deadline = time.monotonic() + timeout / 1000
    while QApplication.activeWindow() is not widget.window():
        if time.monotonic() > deadline:
            raise AssertionError(f"{widget.objectName()} never became the active window")
        QTest.qWait(10)


def reactivate(qtbot: Any, window: QWidget) -> None:
    """Give the window back its activation after a dialog closed (a window manager would)."""
    window.activateWindow()
    wait_active(qtbot, window)


def select_in_reader(window: MainWindow, paragraph: int, quote: str) -> None:
    """Select `quote` in `paragraph` of the reader, as a mouse drag would."""
    text = window.reader.text
    block = text.block_of(paragraph)
    assert block is not None, f"paragraph {paragraph} not shown"
    start = block.text().index(quote)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + start + len(quote), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    text.setFocus()


def press(qtbot: Any, widget: QWidget, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def drop_point(window: MainWindow) -> QPointF:
    return QPointF(window.rect().center())


def focused() -> QWidget | None:
    return QApplication.focusWidget()
