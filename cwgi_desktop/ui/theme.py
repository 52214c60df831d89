"""Light and dark: follow the system's colour scheme (Qt 6.5+), or the user's choice.

Qt's styles take the system's scheme from the platform theme; where the platform gives a
light palette while the scheme is dark (or the user asks for dark), a dark Fusion palette is
installed. Highlights and search hits get colours readable on either: a translucent tint
under the text in light mode, an opaque tint with dark text in dark mode. Highlights are also
underlined (dashed when they carry a note), so they read without colour.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

LIGHT_TEXT = QColor("#f0f0f0")
DARK_TEXT = QColor("#101010")
HIT_BACKGROUND = QColor("#ff8f00")
ERROR_LIGHT = QColor("#b00020")
ERROR_DARK = QColor("#ff8a80")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(top: QColor, bottom: QColor) -> QColor:
    """`top` (with its alpha) painted over the opaque `bottom`."""
    alpha = top.alphaF()
    return QColor.fromRgbF(top.redF() * alpha + bottom.redF() * (1 - alpha),
                           top.greenF() * alpha + bottom.greenF() * (1 - alpha),
                           top.blueF() * alpha + bottom.blueF() * (1 - alpha))


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in use (the application's by default) is a dark one."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def highlight_colours(colour: str, dark: bool | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a highlighted passage of this colour, readable in the scheme."""
    dark = is_dark() if dark is None else dark
    tint = QColor(colour)
    if not tint.isValid():
        tint = QColor("#f6c343")
    if dark:
        return tint, DARK_TEXT  # opaque pastel under dark text
    tint.setAlpha(120)
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    background = blend(tint, base if not is_dark() else QColor("#ffffff"))
    text = DARK_TEXT if contrast(DARK_TEXT, background) >= contrast(LIGHT_TEXT, background) \
        else LIGHT_TEXT
    return tint, text


def hit_colours() -> tuple[QColor, QColor]:
    """(background, text) of a search hit in the reader: strong orange, black text."""
    return QColor(HIT_BACKGROUND), QColor("#000000")


def error_colour() -> QColor:
    """Text colour of an error message, readable on the window background."""
    return ERROR_DARK if is_dark() else ERROR_LIGHT


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (used when the platform gives none)."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e8e8e8")
    for r, c in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                 (role.AlternateBase, QColor("#262626")), (role.ToolTipBase, QColor("#3a3a3a")),
                 (role.ToolTipText, text), (role.PlaceholderText, QColor("#9a9a9a")),
                 (role.Text, text), (role.Button, QColor("#353535")), (role.ButtonText, text),
                 (role.BrightText, QColor("#ff6e6e")), (role.Link, QColor("#8ab4f8")),
                 (role.LinkVisited, QColor("#c58af9")), (role.Highlight, QColor("#3d7bd9")),
                 (role.HighlightedText, QColor("#ffffff")), (role.Light, QColor("#4a4a4a")),
                 (role.Midlight, QColor("#3c3c3c")), (role.Mid, QColor("#303030")),
                 (role.Dark, QColor("#1a1a1a")), (role.Shadow, QColor("#000000"))):
        p.setColor(r, c)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7a7a"))
    return p


def system_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def apply_colour_scheme(app: QApplication, preference: str = "system") -> bool:
    """Follow the system ('system') or force 'light'/'dark'; returns True when dark.

    Asks Qt for the scheme first (Qt 6.8+ `setColorScheme`, which native styles honour);
    falls back to the Fusion style with a dark palette when the palette stays light.
    """
    hints = app.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        preference, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)
    scheme = wanted if wanted != Qt.ColorScheme.Unknown else hints.colorScheme()
    own = bool(app.property("cwgiDarkPalette"))
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()):
        if app.style().name().lower() != "fusion":
            fusion = QStyleFactory.create("Fusion")
            if fusion is not None:
                app.setStyle(fusion)
        app.setPalette(dark_palette())
        app.setProperty("cwgiDarkPalette", True)
    elif scheme != Qt.ColorScheme.Dark and own:
        app.setPalette(app.style().standardPalette())
        app.setProperty("cwgiDarkPalette", False)
    return is_dark(app.palette())


_watcher: ThemeWatcher | None = None


def current_watcher() -> ThemeWatcher | None:
    """The application's watcher (None before app start-up made one, e.g. in tests)."""
    return _watcher


class ThemeWatcher(QObject):
    """Re-applies the scheme when the system's changes; `changed(dark)` tells the views."""

    changed = Signal(bool)

    def __init__(self, app: QApplication, preference: str = "system") -> None:
        super().__init__(app)
        self.app = app
        self.preference = preference
        self.dark = apply_colour_scheme(app, preference)
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        global _watcher
        _watcher = self

    def set_preference(self, preference: str) -> None:
        self.preference = preference
        self._apply()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.preference == "system":
            self._apply()

    def _apply(self) -> None:
        dark = apply_colour_scheme(self.app, self.preference)
        if dark != self.dark:
            self.dark = dark
            self.changed.emit(dark)
