"""The travelling rows: their canonical JSON form, digest, content, and strict validation.

Four kinds of row travel between laptops: `theme`, `annotation`, `draft` and `block`. Each
is a flat JSON object with the fields of its dataclass in `core.models` (a draft also
carries `order`, the ids of its blocks in document order). The same canonical form is used
for rows read from the local store and rows read from a bundle, so that the digest of one
version is the same on every laptop.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from cwgi_desktop.core import fastjson
from cwgi_desktop.core.exchange import timestamps
from cwgi_desktop.core.models import (
    BLOCK_KINDS,
    DRAFT_KINDS,
    LANGUAGES,
    MAX_LEVEL,
    Annotation,
    Block,
    Draft,
    Theme,
)

Row = dict[str, Any]

KINDS: tuple[str, ...] = ("theme", "annotation", "draft", "block")
TABLES: dict[str, str] = {
    "theme": "themes", "annotation": "annotations", "draft": "drafts", "block": "blocks",
}
FIELDS: dict[str, tuple[str, ...]] = {
    "theme": tuple(Theme.__dataclass_fields__),
    "annotation": tuple(Annotation.__dataclass_fields__),
    "draft": (*Draft.__dataclass_fields__, "order"),
    "block": tuple(Block.__dataclass_fields__),
}
# Columns of the store's table for each kind (what a row is written with).
COLUMNS: dict[str, tuple[str, ...]] = {
    kind: tuple(f for f in fields if f != "order") for kind, fields in FIELDS.items()
}
# Fields that describe where a row sits rather than what it says: a difference there alone
# is never a conflict (block order travels with the draft, see merge.derive).
_NOT_CONTENT: dict[str, frozenset[str]] = {
    "theme": frozenset({"updated"}),
    "annotation": frozenset({"updated"}),
    "draft": frozenset({"updated", "order"}),
    "block": frozenset({"updated", "position"}),
}

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_IDS = 100_000
MAX_INT = 2**31


class RowError(ValueError):
    """A row of a bundle is malformed; the message names the field."""


def canonical_time(value: str) -> str:
    """A timestamp as UTC ISO 8601 with microseconds (`…+00:00`); naive means UTC.

    Raises ValueError when `value` is not an ISO 8601 date-time within the calendar.
    """
    return timestamps.canonical(timestamps.parse(value))


def digest(payload: Mapping[str, Any]) -> str:
    """The digest of one version of a row: SHA-256 of its canonical JSON (32 hex digits:
    `json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))`)."""
    return hashlib.sha256(fastjson.canonical_bytes(payload)).hexdigest()[:32]


def content(kind: str, payload: Mapping[str, Any]) -> Row:
    """What a version says, without its timestamp or placement (compared for conflicts)."""
    skip = _NOT_CONTENT[kind]
    return {k: v for k, v in payload.items() if k not in skip}


def from_store(kind: str, row: Mapping[str, Any] | sqlite3.Row,
               order: list[str] | None = None) -> Row:
    """The canonical payload of a row read from the store (sqlite3.Row or dict)."""
    data: Row = {}
    for name in COLUMNS[kind]:
        value = row[name]
        if name == "deleted":
            value = bool(value)
        elif name == "themes":
            value = json.loads(value) if isinstance(value, str) else list(value)
        elif name in ("created", "updated"):
            try:
                value = canonical_time(value)
            except ValueError:
                value = str(value)
        data[name] = value
    if kind == "draft":
        data["order"] = list(order or [])
    return data


def store_values(kind: str, payload: Mapping[str, Any]) -> tuple[Any, ...]:
    """`to_store` as a tuple in `COLUMNS[kind]` order: what the table holds for a payload
    (compared with the row read back, to skip rows that already say it)."""
    values = _COLUMN_VALUES[kind](payload)
    flags, lists = _FLAG_AT[kind], _LIST_AT[kind]
    if not flags and not lists:
        return values
    out = list(values)
    for at in flags:
        out[at] = int(bool(out[at]))
    for at in lists:
        out[at] = json.dumps(list(out[at]))
    return tuple(out)


_COLUMN_VALUES = {kind: operator.itemgetter(*columns) for kind, columns in COLUMNS.items()}
_FLAG_AT = {kind: [i for i, c in enumerate(columns) if c == "deleted"]
            for kind, columns in COLUMNS.items()}
_LIST_AT = {kind: [i for i, c in enumerate(columns) if c == "themes"]
            for kind, columns in COLUMNS.items()}


def to_store(kind: str, payload: Mapping[str, Any]) -> Row:
    """The column values to write for a payload (booleans as 0/1, theme lists as JSON)."""
    out: Row = {}
    for name in COLUMNS[kind]:
        value = payload[name]
        if name == "deleted":
            value = int(bool(value))
        elif name == "themes":
            value = json.dumps(list(value))
        out[name] = value
    return out


# -- validation of rows read from a bundle ------------------------------------------------

Check = Callable[[Any], Any]


def _text(limit: int, *, required: bool = False) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise RowError("not text")
        if len(value) > limit:
            raise RowError(f"longer than {limit} characters")
        if required and not value.strip():
            raise RowError("empty")
        return value
    return check


def _identifier(value: Any) -> str:
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise RowError("not an identifier")
    return value


def _optional_id(value: Any) -> str | None:
    return None if value is None else _identifier(value)


def _ids(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > MAX_IDS:
        raise RowError("not a list of identifiers")
    ids = [_identifier(v) for v in value]
    if len(set(ids)) != len(ids):
        raise RowError("an identifier is listed twice")
    return ids


def _integer(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise RowError(f"not a whole number from {low} to {high}")
        return value
    return check


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise RowError("not true or false")
    return value


def _colour(value: Any) -> str:
    if not isinstance(value, str) or not _COLOUR_RE.match(value):
        raise RowError("not a colour #rrggbb")
    return value


def _choice(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str:
        if value not in choices:
            raise RowError(f"not one of {', '.join(choices)}")
        return value
    return check


# The last stamp accepted, with its canonical form: a row's `updated` is most often its
# `created` (a stamp accepted a moment ago stays accepted: the horizon only moves on).
_last_time: tuple[object, str] = (None, "")


def _time(value: Any) -> str:
    global _last_time
    last = _last_time
    if type(value) is str and value == last[0]:
        return last[1]
    try:
        canonical = timestamps.check_incoming(value)
    except timestamps.TimestampError as exc:
        # A far-future stamp would win every merge: refused, saying so (issue 11, item 3).
        reason = str(exc) if "future" in str(exc) else "not a timestamp"
        raise RowError(reason) from exc
    _last_time = (value, canonical)
    return canonical


_COMMON: dict[str, Check] = {"id": _identifier, "created": _time, "updated": _time,
                             "deleted": _flag}
_DRAFT_TEXT = {name: _text(100_000) for name in Draft.__dataclass_fields__
               if name not in {"id", "kind", "language", "revision", "created", "updated",
                               "deleted"}}
SPECS: dict[str, dict[str, Check]] = {
    "theme": {**_COMMON, "name": _text(500, required=True), "parent_id": _optional_id,
              "colour": _colour, "description": _text(20_000)},
    "annotation": {**_COMMON, "contribution_id": _identifier, "author": _text(500),
                   "paragraph": _integer(0, MAX_INT), "start": _integer(0, MAX_INT),
                   "end": _integer(0, MAX_INT), "quote": _text(1_000_000),
                   "kind": _choice(("highlight", "note")), "note": _text(1_000_000),
                   "colour": _colour, "themes": _ids},
    "draft": {**_COMMON, **_DRAFT_TEXT, "kind": _choice(DRAFT_KINDS),
              "language": _choice(LANGUAGES), "revision": _integer(0, MAX_INT),
              "order": _ids},
    "block": {**_COMMON, "draft_id": _identifier, "kind": _choice(BLOCK_KINDS),
              "text": _text(10_000_000), "level": _integer(1, MAX_LEVEL),
              "position": _integer(0, MAX_INT)},
}


def validate(kind: str, data: Any) -> Row:
    """Check one row of a bundle strictly; return its canonical payload.

    Raises RowError naming the first bad field. Unknown and missing fields are refused.
    """
    if not isinstance(data, dict):
        raise RowError("not an object")
    spec = SPECS[kind]
    if data.keys() != spec.keys():
        missing = sorted(set(spec) - set(data))
        if missing:
            raise RowError(f"missing {', '.join(missing)}")
        raise RowError(f"unexpected {', '.join(sorted(set(data) - set(spec)))}")
    row: Row = {}
    for name in FIELDS[kind]:
        try:
            row[name] = spec[name](data[name])
        except RowError as exc:
            raise RowError(f"{name}: {exc}") from None
    if kind == "annotation" and row["start"] > row["end"]:
        raise RowError("start: after end")
    return row
