"""The travelling rows: their canonical JSON form, digest, content, and strict validation.

These kinds of row travel between laptops, each a flat JSON object with the columns of its
table (a draft also carries `order`, the ids of its blocks in document order):

- `theme`, `annotation`, `draft`, `block` (the fields of their dataclasses in
  `core.models`);
- `review_note`: a reviewer's comment on a draft (`store.records.ReviewNote`);
- `language_version`: a draft that translates another (`original_id`, `language`);
- `version_block`: a block of a language version and the original's block it translates
  (`source_block_id`, and `source_updated`, the edit of it the translation reflects);
- `revision`: a saved version of a draft (`core.models.Revision`, its snapshot included).

All but `revision` are last-writer-wins rows of the exchange ledger (`KINDS`); a revision
is an immutable snapshot (`IMMUTABLE_KINDS`): merged as a union by id, never replaced.
The same canonical form is used for rows read from the local store and rows read from a
bundle, so that the digest of one version is the same on every laptop.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable, Mapping
from operator import itemgetter
from typing import Any

from cwgi_desktop.core import fastjson
from cwgi_desktop.core.exchange import timestamps
from cwgi_desktop.core.models import (
    BLOCK_KINDS,
    DRAFT_CONTENT_FIELDS,
    DRAFT_KINDS,
    LANGUAGES,
    MAX_LEVEL,
    Annotation,
    Block,
    Draft,
    Revision,
    Theme,
)
from cwgi_desktop.core.store.records import ReviewNote

Row = dict[str, Any]

KINDS: tuple[str, ...] = ("theme", "annotation", "draft", "block", "review_note",
                          "language_version", "version_block")
IMMUTABLE_KINDS: tuple[str, ...] = ("revision",)
BUNDLE_KINDS: tuple[str, ...] = (*KINDS, *IMMUTABLE_KINDS)
TABLES: dict[str, str] = {
    "theme": "themes", "annotation": "annotations", "draft": "drafts", "block": "blocks",
    "review_note": "review_notes", "language_version": "language_versions",
    "version_block": "version_blocks", "revision": "revisions",
}
FIELDS: dict[str, tuple[str, ...]] = {
    "theme": tuple(Theme.__dataclass_fields__),
    "annotation": tuple(Annotation.__dataclass_fields__),
    "draft": (*Draft.__dataclass_fields__, "order"),
    "block": tuple(Block.__dataclass_fields__),
    "review_note": tuple(ReviewNote.__dataclass_fields__),
    "language_version": ("id", "original_id", "language", "created", "updated"),
    "version_block": ("id", "source_block_id", "source_updated", "updated"),
    "revision": tuple(Revision.__dataclass_fields__),
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
    # The same Word file imported on two laptops gives the same note ids (stable ids):
    # when and from which file name it was imported is not what the note says.
    "review_note": frozenset({"updated", "imported", "source"}),
    "language_version": frozenset({"updated"}),
    "version_block": frozenset({"updated"}),
    "revision": frozenset(),
}

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")
_HASH_RE = re.compile(r"^[0-9a-f]{64}\Z")
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}\Z")
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


def digest_and_text(payload: Mapping[str, Any]) -> tuple[str, str]:
    """`digest(payload)` and the canonical JSON text it is the digest of (what the ledger
    stores: `fastjson.canonical_text`), serialized once."""
    data = fastjson.canonical_bytes(payload)
    return hashlib.sha256(data).hexdigest()[:32], data.decode("utf-8")


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
        if name in ("deleted", "automatic"):
            value = bool(value)
        elif name == "themes":
            value = json.loads(value) if isinstance(value, str) else list(value)
        elif name == "snapshot":
            value = json.loads(value) if isinstance(value, str) else dict(value)
        elif name in ("created", "updated"):
            try:
                value = canonical_time(value)
            except ValueError:
                value = str(value)
        data[name] = value
    if kind == "draft":
        data["order"] = list(order or [])
    return data


def _as_flag(value: Any) -> int:
    return int(bool(value))


# Ids that `json.dumps` writes as they are, between quotes (nothing to escape).
_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]*").fullmatch


def _as_id_list(value: Any) -> str:
    """`json.dumps(list(value))`, byte for byte (what the annotations table holds): the
    common case, ids with nothing to escape, joined directly."""
    items = list(value)
    for item in items:
        if type(item) is not str or _PLAIN_ID(item) is None:
            return json.dumps(items)
    return '["' + '", "'.join(items) + '"]' if items else "[]"


def _as_snapshot(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# How a payload's field is stored where it is not stored as it is (booleans as 0/1, theme
# lists and snapshots as JSON): `to_store` and `store_values` both follow this table.
_STORED_AS: dict[str, Callable[[Any], Any]] = {
    "deleted": _as_flag, "automatic": _as_flag, "themes": _as_id_list,
    "snapshot": _as_snapshot}
_CONVERT_AT = {kind: [(i, _STORED_AS[c]) for i, c in enumerate(columns) if c in _STORED_AS]
               for kind, columns in COLUMNS.items()}
_COLUMNS_OF = {kind: itemgetter(*columns) for kind, columns in COLUMNS.items()}


def store_values(kind: str, payload: Mapping[str, Any]) -> tuple[Any, ...]:
    """`to_store` as a tuple in `COLUMNS[kind]` order: what the table holds for a payload
    (compared with the row read back, to skip rows that already say it)."""
    out = list(_COLUMNS_OF[kind](payload))
    for at, convert in _CONVERT_AT[kind]:
        out[at] = convert(out[at])
    return tuple(out)


def to_store(kind: str, payload: Mapping[str, Any]) -> Row:
    """The column values to write for a payload (booleans as 0/1, theme lists as JSON)."""
    return dict(zip(COLUMNS[kind], store_values(kind, payload), strict=True))


# -- validation of rows read from a bundle ------------------------------------------------

Check = Callable[[Any], Any]

# What each check below does, as data, for `_compile_quick` (the check function -> its form).
_QUICK_FORM: dict[Check, tuple[Any, ...]] = {}


def _text(limit: int, *, required: bool = False) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise RowError("not text")
        if len(value) > limit:
            raise RowError(f"longer than {limit} characters")
        if required and not value.strip():
            raise RowError("empty")
        return value
    _QUICK_FORM[check] = ("text", limit, required)
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
    _QUICK_FORM[check] = ("integer", low, high)
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
    _QUICK_FORM[check] = ("choice", frozenset(choices))
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


def _stamp(value: Any) -> str:
    """A timestamp kept as written (compared as text with the store's own stamps)."""
    if not isinstance(value, str):
        raise RowError("not a timestamp")
    try:
        timestamps.parse(value)
    except timestamps.TimestampError:
        raise RowError("not a timestamp") from None
    return value


def _snapshot(value: Any) -> dict[str, Any]:
    """A revision's snapshot (see drafting.revisions.make_snapshot): the draft's metadata
    and its blocks in order, each field checked as a draft's and a block's are."""
    if not isinstance(value, dict) or not set(value) <= {"format", "hash", "draft", "blocks"}:
        raise RowError("not a draft snapshot")
    _integer(1, 1000)(value.get("format", 1))
    if "hash" in value and not (isinstance(value["hash"], str)
                                and _HASH_RE.match(value["hash"])):
        raise RowError("hash: not a SHA-256")
    draft = value.get("draft", {})
    if not isinstance(draft, dict) or not set(draft) <= set(DRAFT_CONTENT_FIELDS):
        raise RowError("draft: not a draft's metadata")
    for name, field_value in draft.items():
        try:
            SPECS["draft"][name](field_value)
        except RowError as exc:
            raise RowError(f"draft: {name}: {exc}") from None
    blocks = value.get("blocks", [])
    if not isinstance(blocks, list) or len(blocks) > MAX_IDS:
        raise RowError("blocks: not a list of blocks")
    for number, block in enumerate(blocks, start=1):
        if not isinstance(block, dict) or set(block) != {"id", "kind", "level", "text"}:
            raise RowError(f"blocks: block {number}: not {{id, kind, level, text}}")
        for name in ("id", "kind", "level", "text"):
            try:
                SPECS["block"][name](block[name])
            except RowError as exc:
                raise RowError(f"blocks: block {number}: {name}: {exc}") from None
    return value


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
    "review_note": {"id": _identifier, "draft_id": _identifier, "block_id": _optional_id,
                    "author": _text(500), "initials": _text(100), "date": _text(100),
                    "text": _text(1_000_000), "quoted": _text(1_000_000),
                    "source": _text(1000), "imported": _stamp,
                    "status": _choice(("open", "done")), "updated": _time},
    "language_version": {"id": _identifier, "original_id": _identifier,
                         "language": _choice(LANGUAGES), "created": _time, "updated": _time},
    "version_block": {"id": _identifier, "source_block_id": _identifier,
                      "source_updated": _stamp, "updated": _time},
    "revision": {"id": _identifier, "draft_id": _identifier, "name": _text(500, required=True),
                 "created": _time, "automatic": _flag, "snapshot": _snapshot,
                 "author": _text(500)},
}


_ID_MATCH = _ID_RE.match
_COLOUR_MATCH = _COLOUR_RE.match
QuickCheck = Callable[[dict[str, Any]], "Row | None"]


def _quick_condition(form: tuple[Any, ...], v: str, env: dict[str, Any]) -> list[str]:
    """Lines of `_compile_quick`'s function that check variable `v` against `form`
    (`return None` when it fails), as the check of that form does."""
    tag = form[0]
    if tag == "identifier":
        return [f"if type({v}) is not str or ID({v}) is None: return None"]
    if tag == "optional_id":
        return [f"if {v} is not None and (type({v}) is not str or ID({v}) is None): return None"]
    if tag == "text":
        empty = f" or not {v}.strip()" if form[2] else ""
        return [f"if type({v}) is not str or len({v}) > {int(form[1])}{empty}: return None"]
    if tag == "integer":
        return [f"if type({v}) is not int or not {int(form[1])} <= {v} <= {int(form[2])}:"
                " return None"]
    if tag == "choice":
        env[f"choices_{v}"] = form[1]
        return [f"if type({v}) is not str or {v} not in choices_{v}: return None"]
    if tag == "flag":
        return [f"if type({v}) is not bool: return None"]
    if tag == "colour":
        return [f"if type({v}) is not str or COLOUR({v}) is None: return None"]
    if tag == "ids":
        return [f"if type({v}) is not list or len({v}) > {MAX_IDS}: return None",
                f"for item in {v}:",
                "    if type(item) is not str or ID(item) is None: return None",
                f"if len(set({v})) != len({v}): return None",
                f"{v} = list({v})"]
    if tag == "time":
        return ["try:", f"    {v} = TIME({v})", "except RowError:", "    return None"]
    if tag == "stamp":
        return ["try:", f"    STAMP({v})", "except RowError:", "    return None"]
    raise AssertionError(tag)


def _compile_quick(kind: str) -> QuickCheck | None:
    """For a kind whose every check has a form in `_QUICK_FORM`: one function making
    those checks inline, with no call per field (tens of thousands of rows travel in a
    bundle), that returns `validate`'s result for a row passing them all, and None at the
    first doubt (a failing field, a subclass of str or int, a row of a dict subclass):
    `validate` then checks field by field and names what is wrong. Written from SPECS,
    so it cannot drift from them (and tests/core/test_exchange_rows_quick.py holds the
    two paths equal on rows good and bad)."""
    spec, fields = SPECS[kind], FIELDS[kind]
    if not all(check in _QUICK_FORM for check in spec.values()) or len(fields) < 2:
        return None
    var = {name: f"v{i}" for i, name in enumerate(fields)}
    env: dict[str, Any] = {"get": itemgetter(*fields), "ID": _ID_MATCH, "COLOUR": _COLOUR_MATCH,
                           "TIME": _time, "STAMP": _stamp, "RowError": RowError}
    body = [f"{', '.join(var.values())} = get(data)"]
    for name in fields:
        body += _quick_condition(_QUICK_FORM[spec[name]], var[name], env)
    if kind == "annotation":
        body.append(f"if {var['start']} > {var['end']}: return None")
    if kind == "language_version":
        body.append(f"if {var['original_id']} == {var['id']}: return None")
    body.append("return {" + ", ".join(f"{name!r}: {var[name]}" for name in fields) + "}")
    source = "def quick(data):\n" + "".join(f"    {line}\n" for line in body)
    exec(compile(source, f"<quick check of a {kind} row>", "exec"), env)
    quick: QuickCheck = env["quick"]
    return quick


_QUICK_FORM.update({_identifier: ("identifier",), _optional_id: ("optional_id",),
                    _ids: ("ids",), _flag: ("flag",), _colour: ("colour",), _time: ("time",),
                    _stamp: ("stamp",)})
_QUICK: dict[str, QuickCheck | None] = {}


def quick_check(kind: str) -> QuickCheck | None:
    """The quick check of `kind` (None for a revision: its snapshot has no quick form),
    written on first use (a process that checks no row of a kind pays nothing for it)."""
    try:
        return _QUICK[kind]
    except KeyError:
        quick = _QUICK[kind] = _compile_quick(kind)
        return quick


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
    quick = quick_check(kind)
    if quick is not None and type(data) is dict:
        row = quick(data)
        if row is not None:
            return row
    return validate_each_field(kind, data)


def validate_each_field(kind: str, data: dict[str, Any]) -> Row:
    """`validate` field by field, for a row with exactly the kind's fields: the first bad
    field named (what `validate` does when the quick check has a doubt)."""
    spec = SPECS[kind]
    row: Row = {}
    for name in FIELDS[kind]:
        try:
            row[name] = spec[name](data[name])
        except RowError as exc:
            raise RowError(f"{name}: {exc}") from None
    if kind == "annotation" and row["start"] > row["end"]:
        raise RowError("start: after end")
    if kind == "language_version" and row["original_id"] == row["id"]:
        raise RowError("original_id: the draft itself")
    return row
