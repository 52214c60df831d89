"""User settings (QSettings, INI format): author name, window layout, reader zoom, folders.

With `CWGI_CONFIG_DIR` set (tests, portable installs) the file is
`$CWGI_CONFIG_DIR/cwgi-desktop.ini`; otherwise the platform's usual place for an INI file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

APP_NAME = "cwgi-desktop"
ORGANISATION = "cwgi-desktop"
FILE_NAME = "cwgi-desktop.ini"
DEFAULT_HIGHLIGHT = "#f6c343"


def settings_path() -> Path | None:
    """The INI file used when CWGI_CONFIG_DIR is set, else None (platform default)."""
    folder = os.environ.get("CWGI_CONFIG_DIR")
    return Path(folder) / FILE_NAME if folder else None


def open_qsettings() -> QSettings:
    path = settings_path()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APP_NAME)


class Settings:
    """Typed access to the few things CWGI Desktop remembers between runs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or open_qsettings()

    def _get(self, key: str, default: Any = None) -> Any:
        return self.qsettings.value(key, default)

    def _set(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    # -- identity ----------------------------------------------------------------------

    @property
    def author(self) -> str:
        """The name every annotation made here carries ('' until asked)."""
        return str(self._get("user/author", "") or "").strip()

    @author.setter
    def author(self, name: str) -> None:
        self._set("user/author", name.strip())
        self.sync()

    # -- window layout -----------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._get(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def layout_state(self, name: str) -> QByteArray | None:
        """A saved geometry/state blob ('geometry', 'window', 'splitter', 'list-header')."""
        return self._bytes(f"layout/{name}")

    def set_layout_state(self, name: str, value: QByteArray) -> None:
        self._set(f"layout/{name}", value)

    # -- reader ------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        """Reader zoom in steps from the default size (can be negative)."""
        try:
            return int(self._get("reader/zoom", 0))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, steps: int) -> None:
        self._set("reader/zoom", int(steps))

    @property
    def highlight_colour(self) -> str:
        return str(self._get("annotate/colour", DEFAULT_HIGHLIGHT) or DEFAULT_HIGHLIGHT)

    @highlight_colour.setter
    def highlight_colour(self, colour: str) -> None:
        self._set("annotate/colour", colour)

    # -- folders -----------------------------------------------------------------------

    @property
    def import_folder(self) -> str:
        return str(self._get("import/folder", "") or "")

    @import_folder.setter
    def import_folder(self, folder: str) -> None:
        self._set("import/folder", folder)
