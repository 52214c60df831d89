"""Small helpers for screen readers and the keyboard: names, descriptions, tab order."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def describe(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give a control the name and description a screen reader announces."""
    widget.setAccessibleName(name.replace("&", "").rstrip(":").strip())
    if description:
        widget.setAccessibleDescription(description)
        if not widget.toolTip():
            widget.setToolTip(description)
    return widget


def label_for(label: QLabel, widget: QWidget) -> QLabel:
    """Tie a label to its control (Alt+letter focuses it; screen readers read it)."""
    label.setBuddy(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
    return label


def chain_tab_order(widgets: Iterable[QWidget | None]) -> None:
    """Tab moves through `widgets` in this order (None entries are skipped)."""
    previous: QWidget | None = None
    for widget in widgets:
        if widget is None:
            continue
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget


def focus_chain(root: QWidget, limit: int = 500) -> list[QWidget]:
    """The widgets Tab visits from `root`, in order (stops when the chain loops)."""
    seen: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(seen) < limit:
        if widget in seen:
            break
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(root) \
                and widget.isEnabled():
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen
