"""Issue 11, item 9: a full disk during import, Word export, Markdown export and bundle
export is one line naming the file and "no space left"; no temporary file is left behind
and the store is unchanged. (The backup case is in test_store_safety.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from disk_full import fill_disk, leftovers
from exchange_fixtures import dump, seed
from importer_fixtures import make_contribution_docx

from cwgi_desktop.cli import main
from cwgi_desktop.core.atomic_files import NoSpaceLeft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store" / "s.sqlite3"
    path.parent.mkdir()
    with Store(path) as store:
        seed(store)
        store.annotations.add("C26/77", author="Ana", quote="main barrier", note="n",
                             themes=["Access"])
        draft = draft_service.create_draft(store, "key_findings", "Findings")
        store.blocks.insert(draft.id, "finding", "Access matters [@C26/77, para 1].")
    return path


def _draft_id(path: Path) -> str:
    with Store(path) as store:
        return store.drafts.all()[0].id


def _state(path: Path) -> dict:
    with Store(path) as store:
        return dump(store)


def _one_line(capsys: pytest.CaptureFixture[str], target: Path) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "no space left" in err[0] and str(target) in err[0], err[0]
    assert "Traceback" not in err[0]
    return err[0]


@pytest.mark.parametrize("fmt", ["docx", "md"])
def test_disk_full_during_a_draft_export_is_one_line_and_leaves_nothing(
        store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "old.txt").write_text("kept")
    draft = _draft_id(store_path)
    before = _state(store_path)
    target = out_dir / f"findings.{fmt}"
    fill_disk(monkeypatch, out_dir, room=16)
    code = main(["--db", str(store_path), "export", draft, "--format", fmt,
                 "--out", str(target)])
    assert code == 1
    _one_line(capsys, target)
    assert leftovers(out_dir, {"old.txt"}) == []
    assert _state(store_path) == before


def test_disk_full_during_a_bundle_export_is_one_line_and_leaves_nothing(
        store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = _state(store_path)
    target = out_dir / "shared.cwgibundle"
    fill_disk(monkeypatch, out_dir, room=200)
    assert main(["--db", str(store_path), "bundle", "export", "--out", str(target)]) == 1
    _one_line(capsys, target)
    assert leftovers(out_dir, set()) == []
    assert _state(store_path) == before


def test_markdown_and_word_export_on_a_full_disk_leave_nothing(
        store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cwgi_desktop.core.exporters.docx_itu import DocxOptions
    from cwgi_desktop.core.services.export import prepare_export, write_export

    with Store(store_path) as store:
        data = prepare_export(store, _draft_id(store_path), language="en")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    fill_disk(monkeypatch, out_dir, room=8)
    for fmt in ("md", "docx"):
        with pytest.raises(NoSpaceLeft, match="no space left"):
            write_export(data, out_dir / f"f.{fmt}", fmt, DocxOptions())
    assert leftovers(out_dir, set()) == []


def _fill_store(store: Store) -> None:
    """The store's disk is full: SQLite may not grow the file by a single page."""
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_disk_full_during_an_import_rejects_the_file_in_one_line_and_stores_nothing(
        store_path: Path, tmp_path: Path) -> None:
    files = [make_contribution_docx(tmp_path / "in" / f"c{i}.docx",
                                    symbol_line=f"Document C26/{90 + i}-F",
                                    body=(f"Paragraph {i} " * 2000,)) for i in range(2)]
    with Store(store_path) as store:
        before = dump(store)
        count = store.contributions.count()
        _fill_store(store)
        report = import_paths(store, files)
        assert report.imported == []
        assert [r["path"] for r in report.rejected] == [str(f) for f in files]
        for rejected in report.rejected:
            assert "no space left" in rejected["reason"] and "\n" not in rejected["reason"]
            assert str(store_path) in rejected["reason"]
        assert store.contributions.count() == count
        assert dump(store) == before
        assert store.check() == []
    assert leftovers(store_path.parent, {"s.sqlite3", "s.sqlite3-wal", "s.sqlite3-shm"}) == []


def test_disk_full_during_a_bundle_import_is_one_line_and_changes_nothing(
        store_path: Path, tmp_path: Path) -> None:
    from cwgi_desktop.core.exchange import BundleFilter

    other = Store(tmp_path / "other.sqlite3")
    seed(other)
    for i in range(200):
        other.annotations.add("C26/52", author="Bo", quote="Spam", note=f"note {i} " * 50)
    exchange_service.export_bundle(other, tmp_path / "in.cwgibundle", BundleFilter(with_texts=True))
    other.close()
    with Store(store_path) as store:
        before = dump(store)
        _fill_store(store)
        with pytest.raises(NoSpaceLeft, match="no space left") as exc:
            exchange_service.import_bundle(store, tmp_path / "in.cwgibundle")
        assert str(store_path) in str(exc.value) and "\n" not in str(exc.value)
        assert dump(store) == before
