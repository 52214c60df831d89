"""File names of exports: ITU names a language version by its suffix (`C26-52-F.docx`)."""

from __future__ import annotations

import re

from cwgi_desktop.core.citations import symbol_for_language
from cwgi_desktop.core.models import SUFFIX_BY_LANGUAGE, Draft

__all__ = ["export_file_stem", "with_language_suffix"]

_UNSAFE = re.compile(r"[^\w\- ]+", re.UNICODE)
_SUFFIX_TAIL = re.compile(r"-[" + "".join(SUFFIX_BY_LANGUAGE.values()) + r"]$")


def _safe(text: str) -> str:
    return _UNSAFE.sub("", text).strip()[:80]


def export_file_stem(draft: Draft, language: str) -> str:
    """`C26-52-F` for the French export of C26/52; without a symbol, `<title>-F`."""
    symbol = symbol_for_language(draft.symbol, language)
    if symbol:
        return _safe(symbol.replace("/", "-")) or "draft"
    return with_language_suffix(_safe(draft.title) or "draft", language)


def with_language_suffix(stem: str, language: str) -> str:
    """`stem` ending in the language's suffix (an existing `-E`…`-R` suffix is replaced)."""
    suffix = SUFFIX_BY_LANGUAGE.get(language)
    base = _SUFFIX_TAIL.sub("", stem)
    return f"{base}-{suffix}" if suffix else base
