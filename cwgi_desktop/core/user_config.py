"""The window's settings file read without Qt: the CLI signs with the author chosen there.

The window keeps its settings with QSettings in INI format (ui/settings.py): the file is
`$CWGI_CONFIG_DIR/cwgi-desktop.ini` when that is set, else QSettings' user INI file,
`<config folder>/cwgi-desktop/cwgi-desktop.ini` (%APPDATA% on Windows, $XDG_CONFIG_HOME or
~/.config elsewhere). The core never imports Qt, so this reads the INI itself.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

APP_FOLDER = "cwgi-desktop"
FILE_NAME = "cwgi-desktop.ini"


def settings_file() -> Path:
    """Where the window's settings are (the file QSettings writes)."""
    override = os.environ.get("CWGI_CONFIG_DIR")
    if override:
        return Path(override) / FILE_NAME
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_FOLDER / FILE_NAME


def _unquote(value: str) -> str:
    """A QSettings INI value as written: quoted when it holds a comma or spaces at its ends."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return value


def chosen_author() -> str:
    """The author's name chosen in the window (first run or Preferences), else ''."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""  # an unreadable settings file is no reason to refuse a command
    return _unquote(parser.get("user", "author", fallback=""))


def default_author() -> str:
    """The name a command signs with: $CWGI_AUTHOR (explicit), else the one chosen in the
    window, else the login name."""
    import getpass

    return (os.environ.get("CWGI_AUTHOR", "").strip() or chosen_author()
            or getpass.getuser())
