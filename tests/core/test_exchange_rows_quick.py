"""The quick checks of travelling rows (`rows.quick_check`, written from SPECS) give what the
field-by-field checks give: the same row (same keys, same order) for a good row, and for a
bad one `validate` still names the first bad field, as before."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cwgi_desktop.core.exchange import rows
from cwgi_desktop.core.exchange.rows import SPECS, RowError, quick_check, validate

STAMP = "2026-01-02T03:04:05.123456+00:00"
QUICK = {kind: check for kind in SPECS if (check := quick_check(kind)) is not None}


class Text(str):
    """A subclass of str: the field-by-field checks accept it, the quick ones doubt."""


class Number(int):
    pass


def _good(form: tuple[Any, ...]) -> Any:
    tag = form[0]
    if tag == "integer":
        return form[1]
    if tag == "choice":
        return sorted(form[1])[0]
    return {"identifier": "a1", "optional_id": None, "text": "x", "flag": False,
            "colour": "#a0B1c2", "ids": ["t1", "t2"], "time": STAMP, "stamp": STAMP}[tag]


def good_row(kind: str) -> dict[str, Any]:
    row = {name: _good(rows._QUICK_FORM[check]) for name, check in SPECS[kind].items()}
    if kind == "language_version":
        row["original_id"] = "b2"
    return row


ODD_VALUES = [None, True, False, 0, 1, -1, 2**31, 2**31 + 1, 2**63, 1.0, "", " ", "\t\n",
              "x", "x" * 501, "a1\n", "a1 ", "-a", "a" * 64, "a" * 65, "#a0b1c2", "#a0b1c2\n",
              "#a0b1cz", "highlight", "note", "open", "done", "en", "fr", "paragraph",
              "heading", [], ["t1"], ["t1", "t1"], ["t1", 1], [Text("t1")], "t1", {},
              Text("a1"), Number(3), STAMP, "2026-01-02T03:04:05+00:00", "2026-01-02",
              "2026-01-02T03:04:05.123456Z", "2026-13-02T03:04:05.123456+00:00",
              "2026-02-30T03:04:05.123456+00:00", "9999-12-31T23:59:59.999999+00:00",
              "2026-01-02T24:00:00.000000+00:00", "2026-01-02T03:04:05.123456+01:00",
              "2026-01-02T03:04:05.123456+00:00\n", "٢٠٢٦-01-02T03:04:05.123456+00:00"]


def _edges(form: tuple[Any, ...]) -> list[Any]:
    """Values at the edges of a check's form (a text at its limit and one past it)."""
    if form[0] == "text":
        return ["y" * form[1], "y" * (form[1] + 1), " " * form[1]]
    if form[0] == "integer":
        return [form[1] - 1, form[1], form[2], form[2] + 1]
    if form[0] == "ids":
        return [[f"t{i}" for i in range(rows.MAX_IDS)], [f"t{i}" for i in range(rows.MAX_IDS + 1)]]
    return []


def _outcome(kind: str, data: dict[str, Any]) -> tuple[str, Any]:
    try:
        row = rows.validate_each_field(kind, data)
    except RowError as exc:
        return ("refused", str(exc))
    return ("row", list(row.items()))


def _validated(kind: str, data: dict[str, Any]) -> tuple[str, Any]:
    try:
        row = validate(kind, data)
    except RowError as exc:
        return ("refused", str(exc))
    return ("row", list(row.items()))


@pytest.mark.parametrize("kind", sorted(QUICK))
def test_a_good_row_passes_the_quick_check_as_it_passes_each_field(kind: str) -> None:
    row = good_row(kind)
    quick = QUICK[kind](row)
    assert quick is not None
    assert list(quick.items()) == list(rows.validate_each_field(kind, row).items())
    assert quick["id"] == row["id"] and quick is not row


@pytest.mark.parametrize("kind", sorted(QUICK))
def test_one_odd_field_validates_as_field_by_field(kind: str) -> None:
    for name, check in SPECS[kind].items():
        for value in [*ODD_VALUES, *_edges(rows._QUICK_FORM[check])]:
            row = {**good_row(kind), name: value}
            expected = _outcome(kind, row)
            assert _validated(kind, row) == expected, (name, value)
            quick = QUICK[kind](row)
            assert quick is None or ("row", list(quick.items())) == expected, (name, value)


def test_every_kind_but_a_revision_has_a_quick_check() -> None:
    assert set(QUICK) == set(SPECS) - {"revision"}


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(QUICK)), st.data())
def test_any_row_validates_as_field_by_field(kind: str, data: st.DataObject) -> None:
    row = good_row(kind)
    for name in data.draw(st.lists(st.sampled_from(sorted(row)), max_size=3, unique=True)):
        row[name] = data.draw(st.sampled_from(ODD_VALUES))
    expected = _outcome(kind, row)
    assert _validated(kind, row) == expected
    quick = QUICK[kind](row)
    if quick is not None:  # the quick check never accepts what each field refuses
        assert ("row", list(quick.items())) == expected


def test_the_quick_check_copies_the_lists_it_returns() -> None:
    row = good_row("annotation")
    out = validate("annotation", row)
    assert out["themes"] == row["themes"] and out["themes"] is not row["themes"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=8), st.from_regex(r"[A-Za-z0-9_-]{0,12}",
                                                             fullmatch=True), st.integers())))
def test_theme_lists_are_stored_as_json_dumps_writes_them(ids: list[Any]) -> None:
    import json

    assert rows._as_id_list(ids) == json.dumps(ids)
    assert rows._as_id_list(tuple(ids)) == json.dumps(ids)


def test_store_values_are_the_columns_in_order() -> None:
    row = {**good_row("annotation"), "deleted": True}
    values = rows.store_values("annotation", row)
    assert values == tuple({**row, "deleted": 1, "themes": '["t1", "t2"]'}[c]
                           for c in rows.COLUMNS["annotation"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.from_regex(r"[0-9a-f]{64}", fullmatch=True)))
def test_contribution_ids_are_the_uuid5_of_the_file_hash(sha256: str) -> None:
    import uuid

    from cwgi_desktop.core.models import CONTRIBUTION_NAMESPACE, contribution_id_for

    expected = str(uuid.uuid5(uuid.UUID(CONTRIBUTION_NAMESPACE), sha256))
    assert contribution_id_for(sha256) == expected


def test_a_version_keeps_the_text_its_digest_is_of() -> None:
    from cwgi_desktop.core import fastjson
    from cwgi_desktop.core.exchange.merge import Version

    row = good_row("annotation")
    version = Version(row)
    assert version.digest == rows.digest(row)
    assert version.canonical == fastjson.canonical_text(row)
    assert Version(row, version.digest).canonical is None  # given a digest: not at hand
    assert Version(row, version.digest) == version


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(
    st.dictionaries(st.text(max_size=6), st.one_of(st.text(max_size=10), st.integers(
        -2**40, 2**40), st.booleans(), st.none(), st.lists(st.text(max_size=4))), max_size=5),
    st.lists(st.from_regex(r"[0-9a-f]{32}", fullmatch=True), max_size=3)), max_size=5))
def test_bundle_entries_are_written_as_the_mappings_were(items: list) -> None:
    from cwgi_desktop.core import fastjson
    from cwgi_desktop.core.exchange import bundle

    mappings = [{"row": row, "history": history} for row, history in items]
    before = (b"[\n" + b",\n".join(fastjson.dumps_sorted(m) for m in mappings) + b"\n]"
              if mappings else b"[]")
    assert bundle._dump(bundle._Entries(items)) == before
    assert bundle._dump({"drafts": bundle._Entries(items), "blocks": []}) == (
        b'{\n"blocks": []' + b",\n" + b'"drafts": ' + before + b"\n}")
