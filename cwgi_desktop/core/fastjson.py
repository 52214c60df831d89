"""JSON on the exchange's hot paths (digests, the ledger, bundle members): orjson where it
is installed, the standard library otherwise, with the same results.

A bundle of 20,000 annotations digests, stores and reads 20,000 rows; orjson does each in a
fraction of the standard library's time. What must not change, does not:

- `canonical_bytes` is byte for byte `json.dumps(value, sort_keys=True,
  ensure_ascii=False, separators=(",", ":")).encode("utf-8")` (the digest of a version must
  be the same on every laptop, whatever it runs). orjson writes the same bytes for what
  rows hold (text, whole numbers, true/false/null, lists of ids); anything else (a float,
  a number past 64 bits, a lone surrogate) takes the standard library's path;
- `loads` gives what `json.loads` gives; text orjson refuses (NaN, a lone surrogate
  escape, numbers past 64 bits, deep nesting) is handed to `json.loads`, with its result
  or its error.
"""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; kept working without
    orjson = None  # type: ignore[assignment]

_STANDARD = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                             check_circular=False).encode


_SCALARS = frozenset({str, bool, type(None)})
_LIMIT = 2**63


def _plain(value: Any) -> bool:
    """Whether orjson's bytes are the standard library's for `value` (a row: a mapping of
    text, whole numbers, flags, null and lists of text)."""
    if type(value) is not dict:
        return False
    for item in value.values():
        kind = type(item)
        if kind in _SCALARS:
            continue
        if kind is int:
            if not -_LIMIT <= item < _LIMIT:
                return False
        elif kind is list:
            for x in item:
                if type(x) is not str:
                    return False
        else:
            return False
    return True


def canonical_bytes(value: Any) -> bytes:
    """`json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))` as
    UTF-8 bytes."""
    if orjson is not None and _plain(value):
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError:  # a lone surrogate: the standard path raises too
            pass
    return _STANDARD(value).encode("utf-8")


def canonical_text(value: Any) -> str:
    """`canonical_bytes` as text (what the ledger stores)."""
    return canonical_bytes(value).decode("utf-8")


def dumps_sorted(value: Any) -> bytes:
    """`value` as compact JSON with sorted keys, UTF-8 (a bundle member's item: any valid
    JSON will do, not necessarily the standard library's spacing)."""
    if orjson is not None:
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        except (orjson.JSONEncodeError, TypeError):
            pass
    return _STANDARD(value).encode("utf-8")


def loads(data: str | bytes) -> Any:
    """`json.loads(data)` (orjson reads a whole number past 64 bits as a float: callers
    that check types refuse both alike)."""
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return json.loads(data)


def loads_utf8(data: bytes) -> Any:
    """`loads(data.decode("utf-8"))`, the same value or the same error (UnicodeDecodeError,
    ValueError), without decoding first where orjson reads the bytes: it checks the UTF-8
    itself, and a member of 10 MB decoded to text took 10-40 MB more (one text of Arabic
    quotes is two bytes a character, one emoji makes it four)."""
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # not UTF-8, or what orjson refuses: the standard path decides
    return loads(data.decode("utf-8"))
