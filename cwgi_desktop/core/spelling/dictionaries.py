"""Which shipped Hunspell dictionary serves which draft language, and where it lives.

The dictionaries are files of the package (`resources/dictionaries/`), never fetched: a
missing one means the language is not checked, nothing more. Chinese needs none.

The frozen bundle ships each word list compressed (`ar.dic.xz`: 14 MB of .dic files are 2 MB
so): Hunspell reads only plain files, so the first use of a language expands its list (with
its .aff) into the user cache folder, named by their checksum (a newer bundle's list is
expanded anew, the older copy removed).
"""

from __future__ import annotations

import contextlib
import lzma
import os
import zlib
from importlib import resources
from pathlib import Path

from cwgi_desktop.core.paths import user_cache_dir
from cwgi_desktop.core.spelling.engine import DictionaryError

COMPRESSED = ".xz"

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


def _shipped(stem: str) -> tuple[Path, Path]:
    """(.aff, .dic) as shipped: the .dic may be there only compressed (.dic.xz)."""
    folder = dictionary_folder()
    aff, dic = folder / f"{stem}.aff", folder / f"{stem}.dic"
    packed = dic.with_name(dic.name + COMPRESSED)
    if not dic.is_file() and packed.is_file():
        return aff, packed
    return aff, dic


def expanded(aff: Path, packed: Path) -> tuple[Path, Path]:
    """Plain copies of a dictionary whose word list is compressed, in the cache folder.

    Made on first use and named by the files' checksum, .aff beside .dic with one stem
    (chunspell's Cython class finds the .aff by the .dic's name). Each is written to a
    temporary name and renamed, so a copy that exists is whole; a damaged or unreadable
    archive raises DictionaryError naming the file.
    """
    try:
        rules, data = aff.read_bytes(), packed.read_bytes()
        stem = packed.name.removesuffix(COMPRESSED).removesuffix(".dic")
        folder = user_cache_dir() / "dictionaries"
        base = f"{stem}-{zlib.crc32(data, zlib.crc32(rules)):08x}"
        plain = folder / f"{base}.aff", folder / f"{base}.dic"
        if all(p.is_file() for p in plain):
            return plain
        folder.mkdir(parents=True, exist_ok=True)
        for target, content in zip(plain, (rules, lzma.decompress(data)), strict=True):
            partial = target.with_name(f"{target.name}.{os.getpid()}.part")
            partial.write_bytes(content)
            os.replace(partial, target)
    except (OSError, lzma.LZMAError) as exc:
        raise DictionaryError(f"{packed}: cannot expand the dictionary: {exc}") from exc
    for old in folder.glob(f"{stem}-*"):  # an older bundle's copies
        if old not in plain and not old.name.endswith(".part"):
            with contextlib.suppress(OSError):  # in use by a running older version
                old.unlink()
    return plain


def dictionary_files(language: str) -> tuple[Path, Path] | None:
    """(.aff, .dic) for a draft language, or None when that language is not checked.

    A compressed word list is expanded into the cache first (slow once: call it off the
    GUI thread, as the spelling service does).
    """
    stem = DICTIONARIES.get(language)
    if stem is None:
        return None
    aff, dic = _shipped(stem)
    if dic.name.endswith(COMPRESSED) and aff.is_file():
        return expanded(aff, dic)
    return aff, dic


def checked_languages() -> list[str]:
    """The draft languages whose dictionary is present (nothing is expanded)."""
    return [code for code, stem in DICTIONARIES.items()
            if all(p.is_file() for p in _shipped(stem))]


def terms_file(language: str) -> Path:
    """The ITU term list of a language (one term a line; '#' starts a comment)."""
    return dictionary_folder() / "itu_terms" / f"{language}.txt"
