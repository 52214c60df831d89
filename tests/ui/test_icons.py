"""Shipped icons render a size when it is first asked for (the window's start rendered 190
pixmaps up front), in the palette's colours, and survive Qt copying their engine."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from cwgi_desktop.ui import icons


def test_a_shipped_icon_renders_each_size_when_first_asked(
        qapp: Any, monkeypatch: Any) -> None:
    rendered: list[int] = []
    render = icons._render
    monkeypatch.setattr(icons, "_render",
                        lambda svg, colour, size: rendered.append(size) or render(svg, colour,
                                                                                  size))
    icons._shipped.cache_clear()
    undo = icons.icon("undo")
    assert not undo.isNull() and rendered == []  # nothing drawn until it is shown
    assert undo.availableSizes() == [QSize(s, s) for s in icons.SIZES]
    normal = undo.pixmap(QSize(24, 24))
    assert normal.size() == QSize(24, 24) and rendered == [24]
    undo.pixmap(QSize(24, 24))
    assert rendered == [24]  # kept
    disabled = undo.pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert normal.toImage() != disabled.toImage() and rendered == [24, 24]  # its colour
    icons._shipped.cache_clear()


def test_a_copied_icon_changed_later_keeps_working(qapp: Any) -> None:
    """Changing a shared QIcon makes Qt clone the engine; the clone must outlive Python's
    reference to it (it crashed the interpreter when it did not)."""
    icons._shipped.cache_clear()
    originals = [icons.icon(name) for name in ("undo", "redo", "cite")]
    icons._shipped.cache_clear()
    for _ in range(3):
        for original in originals:
            copy = QIcon(original)
            copy.addPixmap(QPixmap(8, 8))  # detaches: Qt clones the engine
            assert not copy.pixmap(QSize(20, 20)).isNull()
            del copy
            gc.collect()
            assert not original.pixmap(QSize(32, 32), QIcon.Mode.Disabled).isNull()
