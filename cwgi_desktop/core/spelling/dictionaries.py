"""Which shipped Hunspell dictionary serves which draft language, and where it lives.

The dictionaries are files of the package (`resources/dictionaries/`), never fetched: a
missing one means the language is not checked, nothing more. Chinese needs none.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

# Draft language (ITU code) → dictionary file stem.
DICTIONARIES: dict[str, str] = {
    "ar": "ar",
    "en": "en_GB",
    "fr": "fr_FR",
    "ru": "ru_RU",
    "es": "es_ES",
}


def dictionary_folder() -> Path:
    """The shipped dictionaries (CWGI_DICTIONARY_DIR overrides it, e.g. for tests)."""
    override = os.environ.get("CWGI_DICTIONARY_DIR")
    if override:
        return Path(override)
    return Path(str(resources.files("cwgi_desktop") / "resources" / "dictionaries"))


def dictionary_files(language: str) -> tuple[Path, Path] | None:
    """(.aff, .dic) for a draft language, or None when that language is not checked."""
    stem = DICTIONARIES.get(language)
    if stem is None:
        return None
    folder = dictionary_folder()
    return folder / f"{stem}.aff", folder / f"{stem}.dic"


def checked_languages() -> list[str]:
    """The draft languages whose dictionary is present."""
    out = []
    for code in DICTIONARIES:
        files = dictionary_files(code)
        if files and all(p.is_file() for p in files):
            out.append(code)
    return out


def terms_file(language: str) -> Path:
    """The ITU term list of a language (one term a line; '#' starts a comment)."""
    return dictionary_folder() / "itu_terms" / f"{language}.txt"
