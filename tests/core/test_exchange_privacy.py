"""Issue 11, item 13: `cwgi bundle export --author X` used to send other authors' private
notes inside drafts (a scaffold copies every annotator's note into the draft's text). It
now names the drafts that carry others' notes and leaves them out unless asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_fixtures import members_of, seed

from cwgi_desktop.cli import main
from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store

BOB_NOTE = "Bob privately thinks this claim is weak"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        seed(store)
        store.annotations.add("C26/77", author="Ana", quote="main barrier",
                             note="Ana reads this as the key point", themes=["Cost"])
        store.annotations.add("C26/77", author="Bob", quote="Open access", note=BOB_NOTE,
                             themes=["Cost"])
        draft_service.build_scaffold(store, "Open consultation 2026", title="Scaffold")
        mine = draft_service.create_draft(store, "key_findings", "Ana's own")
        store.blocks.insert(mine.id, "finding", "Ana reads this as the key point.")
    return path


def _bundle_text(bundle: Path) -> str:
    return "\n".join(data.decode("utf-8") for data in members_of(bundle).values())


def test_export_for_one_author_leaves_out_drafts_with_others_notes_and_names_them(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ana.cwgibundle"
    assert main(["--db", str(db), "bundle", "export", "--author", "Ana", "--out",
                 str(out)]) == 0
    text = capsys.readouterr().out
    assert "left out" in text and "“Scaffold”: notes of Bob" in text
    assert "--with-others-notes" in text
    assert BOB_NOTE not in _bundle_text(out)
    drafts = json.loads(members_of(out)["drafts.json"])["drafts"]
    assert [d["row"]["title"] for d in drafts] == ["Ana's own"]


def test_asking_for_them_includes_them_and_says_so(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ana.cwgibundle"
    assert main(["--db", str(db), "bundle", "export", "--author", "Ana",
                 "--with-others-notes", "--json", "--out", str(out)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["others_notes_included"] is True
    assert [d["title"] for d in data["others_notes"]] == ["Scaffold"]
    assert BOB_NOTE in _bundle_text(out)


def test_without_an_author_filter_everything_travels_as_before(db: Path,
                                                               tmp_path: Path) -> None:
    with Store(db) as store:
        summary = exchange_service.export_bundle(store, tmp_path / "all.cwgibundle")
        assert summary.others_notes == [] and summary.counts["draft"] == 2
        names = [d.title for d in exchange_service.drafts_with_others_notes(store, "Ana")]
        assert names == ["Scaffold"]
        assert exchange_service.drafts_with_others_notes(store, "Bob")[0].authors == ["Ana"]
        flt = BundleFilter(author="Bob")
        summary = exchange_service.export_bundle(store, tmp_path / "bob.cwgibundle", flt)
        assert summary.counts["draft"] == 0
