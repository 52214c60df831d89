"""Issue 11, items 3 and 10: far-future and out-of-calendar timestamps, lone surrogates.

A bundle stamped `9999-12-31T23:59:59.999999` used to win every merge and then make every
export, import and resolution raise OverflowError; year-1 / year-9999 dates with offsets
and lone surrogates raised OverflowError / UnicodeEncodeError tracebacks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_fixtures import dump, seed
from forged_bundles import exported, forge, set_field

from cwgi_desktop.cli import main
from cwgi_desktop.core.exchange import timestamps
from cwgi_desktop.core.exchange.bundle import BundleRejected
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store

FAR = "9999-12-31T23:59:59.999999"


@pytest.fixture
def pair(tmp_path: Path):
    a, b = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    seed(a)
    seed(b)
    yield a, b
    a.close()
    b.close()


def _note(store: Store) -> str:
    return store.annotations.add("C26/77", author="Ana", quote="main barrier", note="n").id


def test_a_bundle_stamped_far_in_the_future_is_refused_in_one_line(pair, tmp_path) -> None:
    a, b = pair
    _note(a)
    bundle = set_field(exported(a, tmp_path / "x.cwgibundle"), "annotation", "updated", FAR)
    before = dump(b)
    with pytest.raises(BundleRejected, match="in the future") as exc:
        exchange_service.import_bundle(b, bundle)
    assert "\n" not in str(exc.value)
    assert dump(b) == before


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00",
                                   "0001-01-01T00:00:00.000000+14:00", "2026-13-01T00:00:00",
                                   "9999-12-31T23:59:59.999999+00:00"])
def test_out_of_calendar_dates_with_offsets_are_refused_not_a_traceback(
        pair, tmp_path, capsys, stamp: str) -> None:
    a, b = pair
    _note(a)
    bundle = set_field(exported(a, tmp_path / "x.cwgibundle"), "annotation", "created", stamp)
    before = dump(b)
    assert main(["--db", str(b.path), "bundle", "import", str(bundle)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(bundle) in err[0] and "created" in err[0]
    assert dump(b) == before


def test_year_one_without_offset_is_a_valid_past_date(pair, tmp_path) -> None:
    a, b = pair
    note = _note(a)
    bundle = set_field(exported(a, tmp_path / "x.cwgibundle"), "annotation", "created",
                       "0001-01-01T00:00:00")
    assert exchange_service.import_bundle(b, bundle).added >= 1
    assert b.annotations.get(note).created.startswith("0001-01-01")
    exchange_service.export_bundle(b, tmp_path / "back.cwgibundle")  # and it goes out again


def test_a_future_stamp_stored_by_an_older_version_stops_winning_and_nothing_overflows(
        pair, tmp_path, monkeypatch) -> None:
    a, b = pair
    note = _note(a)
    exchange_service.import_bundle(b, exported(a, tmp_path / "genuine.cwgibundle"))
    bundle = set_field(exported(a, tmp_path / "x.cwgibundle"), "annotation", "updated", FAR)
    with monkeypatch.context() as m:  # what an older version did: take it in as it was
        m.setattr(timestamps, "MAX_AHEAD", timestamps._LAST - timestamps.now())
        exchange_service.import_bundle(b, bundle)
    assert b.annotations.get(note).updated.startswith("9999")
    b.annotations.update(note, note="edited here")
    exchange_service.export_bundle(b, tmp_path / "back.cwgibundle")  # OverflowError before the fix
    assert not b.annotations.get(note).updated.startswith("9999")
    result = exchange_service.import_bundle(a, tmp_path / "back.cwgibundle")
    assert result.conflicts == 0
    assert a.annotations.get(note).note == "edited here"  # the edit wins over the forged clock
    a.annotations.update(note, note="and again")
    exchange_service.export_bundle(a, tmp_path / "again.cwgibundle")
    exchange_service.import_bundle(b, tmp_path / "again.cwgibundle")
    assert b.annotations.get(note).note == "and again"


def test_later_saturates_instead_of_overflowing() -> None:
    assert timestamps.later(FAR) == "9999-12-31T23:59:59.999999+00:00"
    assert timestamps.later("2026-01-01T00:00:00+00:00") == "2026-01-01T00:00:00.000001+00:00"


@pytest.mark.parametrize("kind,name", [("annotation", "note"), ("annotation", "author"),
                                       ("theme", "name"), ("draft", "title"),
                                       ("block", "text")])
def test_a_lone_surrogate_in_a_bundle_is_refused_in_one_line(
        pair, tmp_path, capsys, kind: str, name: str) -> None:
    a, b = pair
    a.annotations.add("C26/77", author="Ana", quote="main barrier", note="n", themes=["Access"])
    draft = draft_service.create_draft(a, "key_findings", "Findings")
    a.blocks.insert(draft.id, "finding", "Access matters.")
    bundle = set_field(exported(a, tmp_path / "x.cwgibundle"), kind, name, "bad \ud800 text")
    before = dump(b)
    assert main(["--db", str(b.path), "bundle", "import", str(bundle)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "surrogate" in err[0], err
    assert dump(b) == before


def test_a_lone_surrogate_in_a_shipped_text_is_refused(pair, tmp_path) -> None:
    from exchange_fixtures import members_of, rewrite_member

    a, _b = pair
    _note(a)
    bundle = exported(a, tmp_path / "x.cwgibundle", with_texts=True)
    name = next(n for n in members_of(bundle) if n.startswith("texts/"))
    rewrite_member(bundle, name, members_of(bundle)[name].replace(b"Affordability",
                                                                  b"Afford\\udfffability"),
                   fix_manifest=True)
    fresh = Store(tmp_path / "fresh.sqlite3")
    with pytest.raises(BundleRejected, match="surrogate"):
        exchange_service.import_bundle(fresh, bundle)
    assert fresh.contributions.count() == 0
    fresh.close()


def test_a_valid_surrogate_pair_escape_is_ordinary_text(pair, tmp_path) -> None:
    a, b = pair
    note = _note(a)
    bundle = forge(exported(a, tmp_path / "x.cwgibundle"), "annotation",
                   lambda items: items[0]["row"].update(note="emoji \U0001F600"))
    exchange_service.import_bundle(b, bundle)
    assert b.annotations.get(note).note == "emoji \U0001F600"
