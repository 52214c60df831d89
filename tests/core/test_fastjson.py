"""orjson on the exchange's hot paths changes no digest and no decoded value (issue 15):
a version's digest must be the same on every laptop, with or without orjson."""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cwgi_desktop.core import fastjson
from cwgi_desktop.core.exchange.rows import digest

# Every character but surrogates (which no row can hold), control characters included.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
SCALAR = st.one_of(TEXT, st.integers(), st.booleans(), st.none(),
                   st.floats(allow_nan=False), st.lists(TEXT, max_size=4))
ROW = st.dictionaries(TEXT, SCALAR, max_size=8)


def standard(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


@settings(max_examples=400, deadline=None)
@given(ROW)
def test_canonical_bytes_are_the_standard_librarys_for_any_row(row: dict) -> None:
    assert fastjson.canonical_bytes(row) == standard(row)
    assert digest(row) == hashlib.sha256(standard(row)).hexdigest()[:32]


# Whole numbers within 64 bits: orjson reads those past as floats (see the next test).
ROW_64 = st.dictionaries(TEXT, st.one_of(
    TEXT, st.integers(-2**63, 2**63 - 1), st.booleans(), st.none(),
    st.floats(allow_nan=False), st.lists(TEXT, max_size=4)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.one_of(ROW_64, st.lists(ROW_64, max_size=3)))
def test_loads_reads_what_the_standard_library_reads(value: Any) -> None:
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False),
                 fastjson.dumps_sorted(value).decode("utf-8")):
        assert fastjson.loads(text) == json.loads(text)


def test_a_number_past_64_bits_in_a_row_is_refused_as_before() -> None:
    from cwgi_desktop.core.exchange.rows import RowError, _integer

    for text in ("[-9223372036854775809]", "[18446744073709551616]"):
        fast, standard = fastjson.loads(text)[0], json.loads(text)[0]
        messages = []
        for value in (fast, standard):
            with pytest.raises(RowError) as refused:
                _integer(0, 2**31)(value)
            messages.append(str(refused.value))
        assert messages[0] == messages[1]


def test_what_orjson_refuses_is_read_or_refused_as_before() -> None:
    assert fastjson.loads('["\\ud800"]') == ["\ud800"]  # then refused by the bundle guard
    assert math.isnan(fastjson.loads("[NaN]")[0])  # as json reads it
    with pytest.raises(ValueError):
        fastjson.loads("[1] x")


def test_without_orjson_the_results_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    row = {"id": "a1", "note": "Coût\n\"quoted\"\u2028", "paragraph": 3, "deleted": False,
           "themes": ["t1", "t2"], "colour": None}
    fast = (fastjson.canonical_bytes(row), fastjson.loads(fastjson.dumps_sorted(row)))
    monkeypatch.setattr(fastjson, "orjson", None)
    assert (fastjson.canonical_bytes(row), fastjson.loads(fastjson.dumps_sorted(row))) == fast


def _outcome_of(function: Any, data: bytes) -> tuple[str, Any]:
    try:
        return ("value", function(data))
    except UnicodeDecodeError:
        return ("not UTF-8", None)
    except ValueError:
        return ("not JSON", None)


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    ROW_64.map(lambda row: json.dumps(row, ensure_ascii=False).encode("utf-8")),
    st.binary(max_size=40),
    st.sampled_from([b'["\xed\xa0\x80"]', b'["\\ud800"]', b"\xef\xbb\xbf[1]", b"[NaN]",
                     b"[18446744073709551616]", b'{"a": 1}\xff', b'"\xc0\xaf"', b""])))
def test_loads_utf8_is_loads_of_the_decoded_text(data: bytes) -> None:
    got = _outcome_of(fastjson.loads_utf8, data)
    expected = _outcome_of(lambda d: fastjson.loads(d.decode("utf-8")), data)
    assert got[0] == expected[0]
    if got[0] == "value":  # NaN-free: values compare equal
        assert json.dumps(got[1]) == json.dumps(expected[1])
