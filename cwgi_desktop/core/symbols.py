"""ITU document symbols: `C26/77-F` is the French version of document `C26/77`."""

from __future__ import annotations

import re

from cwgi_desktop.core.models import LANGUAGE_SUFFIXES

_SUFFIX = re.compile(r"^(?P<base>.+?)-(?P<suffix>[EFSACR])$", re.IGNORECASE)


def split_symbol(symbol: str) -> tuple[str, str | None]:
    """(base symbol, language code or None): `C26/77-F` → (`C26/77`, `fr`).

    `CWG-Internet-22/4` has no language suffix (its last dash is followed by digits).
    """
    symbol = symbol.strip()
    match = _SUFFIX.match(symbol)
    if match and "/" in match.group("base"):
        return match.group("base"), LANGUAGE_SUFFIXES[match.group("suffix").upper()]
    return symbol, None


def base_symbol_of(symbol: str) -> str:
    """The document a symbol names, whatever its language version."""
    return split_symbol(symbol)[0]
