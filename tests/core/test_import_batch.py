"""Issue 13, folders and names: one bad name, link or document never stops a batch."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_fixtures import make_cid_pdf

from cwgi_desktop.core.services import importing
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store

FR = "Le Conseil est invité à examiner la présente contribution et à fournir des avis.\n"
EN = "The Council is invited to consider this contribution and to provide guidance.\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "s.sqlite3")
    yield store
    store.close()


def _bad_name(folder: Path) -> Path:
    """A file whose name holds bytes that are not UTF-8 (Latin-1 'é', as an old zip or a
    Windows share leaves them)."""
    raw = os.fsencode(folder) + b"/r\xe9sum\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(EN.encode())
    return Path(os.fsdecode(raw))


def test_a_file_name_with_invalid_utf8_does_not_abort_the_batch(tmp_path: Path,
                                                                 store: Store) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(FR, encoding="utf-8")
    _bad_name(folder)
    report = import_paths(store, [folder])
    assert report.rejected == []
    names = sorted(Path(i["path"]).name for i in report.imported)
    assert names == ["ok.txt", "r\ufffdsum\ufffd.txt"]
    stored = {store.contributions.get(i["id"]).file_name for i in report.imported}
    assert stored == {"ok.txt", "r\ufffdsum\ufffd.txt"}


def test_cli_prints_a_bad_file_name_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _bad_name(folder)
    out = subprocess.run([sys.executable, "-m", "cwgi_desktop", "--db",
                          str(tmp_path / "s.sqlite3"), "import", str(folder)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "r\ufffdsum\ufffd.txt" in out.stdout and "Traceback" not in out.stderr


def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path, store: Store) -> None:
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "passwd.txt").write_text(EN, encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "ok.txt").write_text(FR, encoding="utf-8")
    (folder / "passwd.txt").symlink_to(outside / "passwd.txt")
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    (folder / "again.txt").symlink_to(folder / "sub" / "ok.txt")  # inside: fine
    report = import_paths(store, [folder])
    assert [Path(i["path"]).name for i in report.imported] == ["again.txt"]
    assert [Path(d["path"]).name for d in report.duplicates] == ["ok.txt"]
    assert sorted((Path(s["path"]).name, s["reason"]) for s in report.skipped) == [
        ("linked", "a link to outside the folder"),  # not walked
        ("passwd.txt", "a link to outside the folder"),
    ]
    assert store.contributions.count() == 1


def test_unsupported_files_in_a_folder_are_listed_as_skipped(tmp_path: Path,
                                                              store: Store) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(FR, encoding="utf-8")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "README").write_text("notes", encoding="utf-8")
    (folder / ".hidden.txt").write_text(FR, encoding="utf-8")
    report = import_paths(store, [folder])
    assert [Path(i["path"]).name for i in report.imported] == ["ok.txt"]
    assert sorted((Path(s["path"]).name, s["reason"]) for s in report.skipped) == [
        ("README", "unsupported file type '(none)'"),
        ("budget.xlsx", "unsupported file type '.xlsx'"),
    ]
    assert report.rejected == []
    assert "skipped" in report.to_dict()


def test_a_lone_surrogate_in_extracted_text_does_not_abort_the_batch(
        tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    # A font map pointing at half a UTF-16 pair: PDFium hands the lone surrogate over.
    (folder / "a.pdf").write_bytes(make_cid_pdf(
        ["Lone \ud800 surrogate in the text of this contribution."], with_to_unicode=True))
    (folder / "b.txt").write_text(FR, encoding="utf-8")
    report = import_paths(store, [folder])
    assert report.rejected == []
    assert len(report.imported) == 2
    texts = [p.text for p in store.contributions.paragraphs(report.imported[0]["id"])]
    assert texts == ["Lone \ufffd surrogate in the text of this contribution."]


def test_one_document_never_stops_a_batch(tmp_path: Path, store: Store,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"{name}: {FR}", encoding="utf-8")
    real = importing.parse_file

    def flaky(path: Path, **kwargs: object) -> object:
        if path.name == "b.txt":
            raise KeyError("a bug in a parser")
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "parse_file", flaky)
    report = import_paths(store, [folder])
    assert [Path(i["path"]).name for i in report.imported] == ["a.txt", "c.txt"]
    assert report.rejected == [{"path": str(folder / "b.txt"),
                                "reason": "could not be imported (KeyError)"}]
