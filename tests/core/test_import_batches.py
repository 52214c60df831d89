"""Import commits in batches, each file under its own savepoint; styles and hashes are
computed once (issue 15)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from importer_fixtures import make_contribution_docx

import cwgi_desktop.core.importers as importers
import cwgi_desktop.core.importers.docx_styles as docx_styles
import cwgi_desktop.core.store.contributions as contributions
from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store


def _corpus(folder: Path, count: int) -> list[Path]:
    return [make_contribution_docx(folder / f"C26-{i}-E.docx", symbol_line=f"Document C26/{i}-E",
                                   body=(f"Paragraph {i} on the Internet and its policies.",
                                         "Second paragraph of the contribution."))
            for i in range(1, count + 1)]


def test_a_folder_is_committed_in_one_batch_not_once_per_file(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 6)
    store = Store(tmp_path / "s.sqlite3")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    report = import_paths(store, [tmp_path / "in"])
    store.conn.set_trace_callback(None)
    assert len(report.imported) == 6
    assert sum(s.strip().upper() == "COMMIT" for s in statements) == 1
    other = sqlite3.connect(tmp_path / "s.sqlite3")  # committed: another connection sees it
    assert other.execute("SELECT COUNT(*) FROM contributions").fetchone()[0] == 6


def test_a_file_failing_while_stored_leaves_nothing_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "in", 4)
    real = contributions._indexed_text

    def failing(rows: list) -> str:  # after the contribution and paragraph rows are written
        if any("Paragraph 3 " in row[0] for row in rows):
            raise StoreError("disk trouble")
        return real(rows)

    monkeypatch.setattr(contributions, "_indexed_text", failing)
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [tmp_path / "in"])
    assert [r["reason"] for r in report.rejected] == ["disk trouble"]
    assert report.rejected[0]["path"].endswith("C26-3-E.docx")
    assert len(report.imported) == 3
    other = sqlite3.connect(tmp_path / "s.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM contributions").fetchone()[0] == 3
    assert other.execute("SELECT COUNT(*) FROM paragraphs WHERE text LIKE 'Paragraph 3 %'"
                         ).fetchone()[0] == 0
    assert other.execute("SELECT COUNT(*) FROM contributions_fts").fetchone()[0] == 3


def test_styles_parsed_once_per_styles_part_and_hash_once_per_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "in", 3)  # python-docx: the same styles.xml in every file
    docx_styles._TABLES.clear()
    parsed: list[str] = []
    real_table = docx_styles._style_table

    def counting(*args: object, **kw: object) -> dict[str, int]:
        parsed.append(str(args[1]))
        return real_table(*args, **kw)  # type: ignore[arg-type]

    hashed: list[int] = []
    real_sha = hashlib.sha256

    def sha(data: bytes = b"") -> object:
        hashed.append(len(data))
        return real_sha(data)

    monkeypatch.setattr(docx_styles, "_style_table", counting)
    monkeypatch.setattr(importers.hashlib, "sha256", sha)
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [tmp_path / "in"])
    assert len(report.imported) == 3
    assert parsed == ["word/styles.xml"]
    assert len(hashed) == 3
    headings = store.scalar("SELECT COUNT(*) FROM paragraphs WHERE style = 'heading'")
    assert headings == 3  # the cached table still gives each file its headings


def test_the_full_text_rows_of_a_batch_are_written_after_its_files_savepoints(
        tmp_path: Path) -> None:
    # FTS5 writes its pending terms out as a new segment at every savepoint: written inside
    # each file's savepoint, 1,000 files made 1,000 segments to merge (a fifth of an import).
    _corpus(tmp_path / "in", 5)
    store = Store(tmp_path / "s.sqlite3")
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    report = import_paths(store, [tmp_path / "in"])
    store.conn.set_trace_callback(None)
    assert len(report.imported) == 5
    fts = [i for i, s in enumerate(statements) if s.startswith("INSERT INTO contributions_fts")]
    paragraphs = [i for i, s in enumerate(statements) if s.startswith("INSERT INTO paragraphs")]
    assert len(fts) == 5 and fts[0] > max(paragraphs)  # together, at the end
    assert not [s for s in statements[fts[0]:fts[-1]] if "SAVEPOINT" in s]
    for i in range(1, 6):
        assert [h.symbol for h in store.search.find(f'"paragraph {i} on the"')] == [f"C26/{i}-E"]
    assert store.check() == []


def test_a_savepoint_rolled_back_drops_the_writes_it_deferred(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with store.transaction(), store.writes_deferred():
        try:
            with store.savepoint():
                store.write_later("INSERT INTO meta (key, value) VALUES ('gone', '1')", ())
                raise RuntimeError("this file is rejected")
        except RuntimeError:
            pass
        store.write_later("INSERT INTO meta (key, value) VALUES ('kept', '2')", ())
        assert store.meta_value("kept") is None  # not yet: at the end of the block
    assert store.meta_value("kept") == "2" and store.meta_value("gone") is None


def test_a_full_disk_while_the_batch_index_is_written_rejects_the_batch_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(1, 5):  # long enough for their index rows to need new pages
        make_contribution_docx(tmp_path / "in" / f"C26-{i}-E.docx",
                               symbol_line=f"Document C26/{i}-E",
                               body=(" ".join(f"word{i}x{n}" for n in range(3000)),))
    store = Store(tmp_path / "s.sqlite3")
    real = store.write_later

    def filling(sql: str, params: tuple) -> None:
        if store._later == []:  # the batch's first index row: the disk is full from then on
            store._later.append(("PRAGMA max_page_count = 1", ()))
        real(sql, params)

    monkeypatch.setattr(store, "write_later", filling)
    report = import_paths(store, [tmp_path / "in"])
    assert report.imported == []
    assert len(report.rejected) == 4
    for rejected in report.rejected:
        assert "no space left" in rejected["reason"] and "\n" not in rejected["reason"]
    other = sqlite3.connect(tmp_path / "s.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM contributions").fetchone()[0] == 0
    assert other.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0] == 0
