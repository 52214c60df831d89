"""Hunspell, as the `chunspell` wheel ships it, behind one small interface.

chunspell's Cython class holds the GIL for the whole of every call: loading the Arabic
dictionary (2–3 s) or one Russian suggestion (0.5–1 s) in a worker thread would still freeze
the window. Where the wheel ships Hunspell as a separate shared library (Linux, macOS) the
library's C API is called through ctypes instead, which releases the GIL during each call;
where it is linked into the extension (Windows) the Cython class is the fallback.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
import threading
from pathlib import Path
from typing import Protocol

from cwgi_desktop.core.errors import CwgiError


class DictionaryError(CwgiError):
    """A dictionary file is missing or cannot be loaded."""


class Engine(Protocol):
    """What the checker needs of a Hunspell dictionary."""

    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


def _hunspell_package_dir() -> Path | None:
    spec = importlib.util.find_spec("hunspell")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _shared_library() -> Path | None:
    """chunspell's libhunspell (beside its package; in a frozen bundle, maybe at the top)."""
    folders = [_hunspell_package_dir()]
    if getattr(sys, "frozen", False):
        folders.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)))
    for folder in folders:
        if folder is None:
            continue
        found = sorted(folder.glob("libhunspell*.so*")) + sorted(folder.glob("libhunspell*.dylib"))
        if found:
            return found[0]
    return None


_CHAR_PP = ctypes.POINTER(ctypes.c_char_p)
_lib: ctypes.CDLL | None = None
_lib_lock = threading.Lock()


def _load_library() -> ctypes.CDLL | None:
    """The Hunspell C library with its prototypes declared (None where it is not separate)."""
    global _lib
    with _lib_lock:
        if _lib is None:
            path = _shared_library()
            if path is None:
                return None
            try:
                lib = ctypes.CDLL(str(path))
            except OSError:
                return None
            lib.Hunspell_create.restype = ctypes.c_void_p
            lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
            lib.Hunspell_destroy.argtypes = [ctypes.c_void_p]
            lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
            lib.Hunspell_suggest.argtypes = [ctypes.c_void_p, ctypes.POINTER(_CHAR_PP),
                                             ctypes.c_char_p]
            lib.Hunspell_free_list.argtypes = [ctypes.c_void_p, ctypes.POINTER(_CHAR_PP),
                                               ctypes.c_int]
            lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
            lib.Hunspell_get_dic_encoding.argtypes = [ctypes.c_void_p]
            _lib = lib
        return _lib


def _encode_path(path: Path) -> bytes:
    # Hunspell opens paths with fopen(): the file system's encoding.
    return os.fsencode(str(path))


class CtypesHunspell:
    """One dictionary through Hunspell's C API (the GIL is released during each call).

    Not thread-safe: the spelling service calls it from one thread at a time.
    """

    def __init__(self, lib: ctypes.CDLL, aff: Path, dic: Path) -> None:
        self._lib = lib
        handle = lib.Hunspell_create(_encode_path(aff), _encode_path(dic))
        if not handle:
            raise DictionaryError(f"{dic}: Hunspell could not load this dictionary")
        self._handle: ctypes.c_void_p | None = ctypes.c_void_p(handle)
        encoding = lib.Hunspell_get_dic_encoding(self._handle) or b"UTF-8"
        self.encoding = encoding.decode("ascii", "replace")

    def _bytes(self, word: str) -> bytes | None:
        try:
            return word.encode(self.encoding)
        except (UnicodeEncodeError, LookupError):
            return None

    def spell(self, word: str) -> bool:
        data = self._bytes(word)
        return data is not None and bool(self._lib.Hunspell_spell(self._handle, data))

    def suggest(self, word: str) -> list[str]:
        data = self._bytes(word)
        if data is None:
            return []
        items = _CHAR_PP()
        count = self._lib.Hunspell_suggest(self._handle, ctypes.byref(items), data)
        try:
            return [items[i].decode(self.encoding, "replace") for i in range(count)]
        finally:
            if count > 0:
                self._lib.Hunspell_free_list(self._handle, ctypes.byref(items), count)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None and handle.value:
            self._lib.Hunspell_destroy(handle)
            self._handle = None


class CythonHunspell:
    """One dictionary through chunspell's own class (holds the GIL while it works)."""

    def __init__(self, aff: Path, dic: Path) -> None:
        import hunspell

        try:
            self._h = hunspell.Hunspell(dic.stem, hunspell_data_dir=str(dic.parent))
        except Exception as exc:  # chunspell raises its own HunspellFilePathError
            raise DictionaryError(f"{dic}: {exc}") from exc

    def spell(self, word: str) -> bool:
        try:
            return bool(self._h.spell(word))
        except UnicodeError:
            return False

    def suggest(self, word: str) -> list[str]:
        try:
            return list(self._h.suggest(word))
        except UnicodeError:
            return []


def binding_name() -> str:
    """'ctypes' or 'chunspell': which way Hunspell is called on this machine."""
    return "ctypes" if _load_library() is not None else "chunspell"


def open_dictionary(aff: Path, dic: Path) -> Engine:
    """Load one Hunspell dictionary (slow: call it off the GUI thread)."""
    for path in (aff, dic):
        if not path.is_file():
            raise DictionaryError(f"{path}: dictionary file not found")
    lib = _load_library()
    if lib is not None:
        return CtypesHunspell(lib, aff, dic)
    return CythonHunspell(aff, dic)
