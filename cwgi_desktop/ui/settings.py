"""User settings (QSettings, INI format): author, language, layout, stores, backups, export.

With `CWGI_CONFIG_DIR` set (tests, portable installs) the file is
`$CWGI_CONFIG_DIR/cwgi-desktop.ini`; otherwise the platform's usual place for an INI file.
"""

from __future__ import annotations

import json
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

    # -- interface ---------------------------------------------------------------------

    @property
    def language(self) -> str:
        """Interface language code ('fr', 'ar', …), or '' to follow the system's."""
        return str(self._get("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._set("ui/language", code)
        self.sync()

    @property
    def colour_scheme(self) -> str:
        """'system' (follow the desktop), 'light' or 'dark'."""
        value = str(self._get("ui/colour_scheme", "system") or "system")
        return value if value in COLOUR_SCHEMES else "system"

    @colour_scheme.setter
    def colour_scheme(self, value: str) -> None:
        self._set("ui/colour_scheme", value if value in COLOUR_SCHEMES else "system")

    @property
    def spell_check(self) -> bool:
        """Whether the block editor marks misspelt words (on unless turned off)."""
        return _truthy(self._get("editor/spell_check", True))

    @spell_check.setter
    def spell_check(self, value: bool) -> None:
        self._set("editor/spell_check", bool(value))

    # -- stores ------------------------------------------------------------------------

    @property
    def recent_stores(self) -> list[str]:
        """Store files opened lately, most recent first."""
        return _string_list(self._get("stores/recent", []))

    def add_recent_store(self, path: Path | str) -> None:
        name = str(Path(path).expanduser().resolve())
        recent = [name, *(p for p in self.recent_stores if p != name)][:MAX_RECENT_STORES]
        self._set("stores/recent", recent)
        self.sync()

    def forget_recent_store(self, path: Path | str) -> None:
        name = str(Path(path).expanduser().resolve())
        self._set("stores/recent", [p for p in self.recent_stores if p != name])
        self.sync()

    @property
    def last_store(self) -> str:
        """The store open when the application last closed ('' before the first)."""
        return str(self._get("stores/last", "") or "")

    @last_store.setter
    def last_store(self, path: str) -> None:
        self._set("stores/last", path)
        self.sync()

    @property
    def demo_offered(self) -> bool:
        """Whether the first-run offer of the demo consultation has been answered."""
        return _truthy(self._get("first_run/demo_offered", False))

    @demo_offered.setter
    def demo_offered(self, value: bool) -> None:
        self._set("first_run/demo_offered", bool(value))
        self.sync()

    # -- backups -----------------------------------------------------------------------

    @property
    def backup_folder(self) -> str:
        """Where automatic backups go ('' for the default folder in the data folder)."""
        return str(self._get("backup/folder", "") or "")

    @backup_folder.setter
    def backup_folder(self, folder: str) -> None:
        self._set("backup/folder", folder)

    def backup_dir(self) -> Path:
        """The backup folder in use (the chosen one, else the default)."""
        from cwgi_desktop.core.paths import default_backup_dir

        return Path(self.backup_folder).expanduser() if self.backup_folder \
            else default_backup_dir()

    @property
    def backup_keep(self) -> int:
        """How many backups of a store are kept (older ones are deleted)."""
        try:
            return max(1, min(MAX_BACKUPS, int(self._get("backup/keep", DEFAULT_BACKUPS))))
        except (TypeError, ValueError):
            return DEFAULT_BACKUPS

    @backup_keep.setter
    def backup_keep(self, keep: int) -> None:
        self._set("backup/keep", max(1, min(MAX_BACKUPS, int(keep))))

    @property
    def backup_frequency(self) -> str:
        """'close' (each time the window closes), 'daily' (once a day) or 'never'."""
        value = str(self._get("backup/frequency", "close") or "close")
        return value if value in BACKUP_FREQUENCIES else "close"

    @backup_frequency.setter
    def backup_frequency(self, value: str) -> None:
        self._set("backup/frequency", value if value in BACKUP_FREQUENCIES else "close")

    # -- export ------------------------------------------------------------------------

    @property
    def export_language(self) -> str:
        """Default language of exported documents ('' = the draft's own language)."""
        return str(self._get("export/language", "") or "")

    @export_language.setter
    def export_language(self, code: str) -> None:
        self._set("export/language", code)

    @property
    def export_font(self) -> str:
        """Default body font of Word exports ('' = the ITU default)."""
        return str(self._get("export/font", "") or "")

    @export_font.setter
    def export_font(self, font: str) -> None:
        self._set("export/font", font.strip())

    @property
    def logo_path(self) -> str:
        """An image placed on the cover of Word exports ('' for none)."""
        return str(self._get("export/logo", "") or "")

    @logo_path.setter
    def logo_path(self, path: str) -> None:
        self._set("export/logo", path.strip())

    @property
    def label_overrides(self) -> dict[str, dict[str, Any]]:
        """The user's label texts, by language: {'fr': {'purpose': 'But'}}."""
        return export_label_overrides(self)

    @label_overrides.setter
    def label_overrides(self, overrides: dict[str, dict[str, Any]]) -> None:
        clean = {lang: values for lang, values in overrides.items() if values}
        self._set("export/label_overrides", json.dumps(clean, ensure_ascii=False, sort_keys=True))


COLOUR_SCHEMES = ("system", "light", "dark")
BACKUP_FREQUENCIES = ("close", "daily", "never")
DEFAULT_BACKUPS = 10
MAX_BACKUPS = 100
MAX_RECENT_STORES = 8


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


def _string_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v]
    return []


def export_label_overrides(settings: Settings) -> dict[str, dict[str, Any]]:
    """The label table overrides chosen in Preferences, keyed by language.

    The shape `load_labels(language, overrides)` takes: `{"fr": {"purpose": "But",
    "language_names": {"ar": "arabe"}}}`. Empty (`{}`) when the user changed nothing or the
    stored value cannot be read.
    """
    raw = settings.qsettings.value("export/label_overrides", "")
    if not raw:
        return {}
    try:
        data = json.loads(str(raw))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(lang): values for lang, values in data.items()
            if isinstance(values, dict) and values}
