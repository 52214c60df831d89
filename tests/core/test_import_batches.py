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
