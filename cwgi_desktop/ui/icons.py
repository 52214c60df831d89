"""The toolbar icons: the platform theme's where it has one, else our shipped Lucide set.

`resources/icons/` holds the few Lucide icons we use (ISC licence, LICENSE-lucide.txt
beside them). Lucide draws with `stroke="currentColor"`, which Qt's SVG renderer does not
know: the colour is put in before rendering, from the palette, so icons follow a dark theme.
Each size is rendered when it is first painted (the window's start used to render 190
pixmaps, most of them never shown).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

# Our name → (freedesktop theme name, Lucide file name).
ICONS: dict[str, tuple[str, str]] = {
    "import": ("document-import", "file-input"),
    "import_folder": ("folder-open", "folder-input"),
    "undo": ("edit-undo", "undo-2"),
    "redo": ("edit-redo", "redo-2"),
    "highlight": ("format-text-highlight", "highlighter"),
    "note": ("document-edit", "sticky-note"),
    "themes": ("tag", "tags"),
    "codebook": ("accessories-dictionary", "book-open"),
    "zoom_in": ("zoom-in", "zoom-in"),
    "zoom_out": ("zoom-out", "zoom-out"),
    "new_draft": ("document-new", "file-plus-2"),
    "import_draft": ("document-open", "file-text"),
    "details": ("document-properties", "info"),
    "save": ("document-save", "save"),
    "take_version": ("bookmark-new", "bookmark-plus"),
    "versions": ("document-open-recent", "history"),
    "export": ("document-export", "file-down"),
    "review": ("mail-message-new", "message-square-text"),
    "new_block": ("list-add", "square-plus"),
    "split": ("edit-cut", "scissors"),
    "merge": ("merge", "merge"),
    "delete": ("edit-delete", "trash-2"),
    "move_up": ("go-up", "arrow-up"),
    "move_down": ("go-down", "arrow-down"),
    "indent": ("format-indent-more", "indent-increase"),
    "outdent": ("format-indent-less", "indent-decrease"),
    "cite": ("insert-link", "quote"),
}
SIZES = (16, 20, 24, 32, 48)


def _svg(file_name: str) -> str:
    path = resources.files("cwgi_desktop").joinpath("resources").joinpath("icons").joinpath(
        f"{file_name}.svg")
    return path.read_text(encoding="utf-8")


def _render(svg: str, colour: QColor, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


class _SvgEngine(QIconEngine):
    """A shipped icon in the palette's colours, each size rendered when first asked for."""

    def __init__(self, svg: str, normal: str, disabled: str) -> None:
        super().__init__()
        self.svg, self.normal, self.disabled = svg, normal, disabled
        self._pixmaps: dict[tuple[bool, int], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (mode == QIcon.Mode.Disabled, side)
        if key not in self._pixmaps:
            colour = self.disabled if key[0] else self.normal
            self._pixmaps[key] = _render(self.svg, QColor(colour), side)
        return self._pixmaps[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        side = round(min(rect.width(), rect.height()) * ratio)
        painter.drawPixmap(rect, self.pixmap(QSize(side, side), mode, state))

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in SIZES]

    def clone(self) -> QIconEngine:
        # Asked for when a shared QIcon is changed. Qt deletes the copy with its icon, but
        # the binding leaves it to Python: kept here until Qt has (else it is freed under
        # Qt's feet).
        _CLONES[:] = [e for e in _CLONES if shiboken6.isValid(e)]
        copy = _SvgEngine(self.svg, self.normal, self.disabled)
        _CLONES.append(copy)
        return copy


_CLONES: list[_SvgEngine] = []


@cache
def _shipped(file_name: str, normal: str, disabled: str) -> QIcon:
    return QIcon(_SvgEngine(_svg(file_name), normal, disabled))


def icon(name: str) -> QIcon:
    """The icon for one of our actions (`ICONS` keys); an empty icon for an unknown name."""
    theme_name, file_name = ICONS.get(name, ("", ""))
    if not file_name:
        return QIcon()
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return _shipped(file_name, normal.name(), disabled.name())


def shipped_icon_files() -> list[str]:
    """The Lucide files the application uses (the build ships exactly these)."""
    return sorted({file_name for _theme, file_name in ICONS.values()})
