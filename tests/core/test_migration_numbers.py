"""Schema 2 → 3: a store made by the release before paragraph numbers, with annotations and
draft citations pointing at the old 1..n numbering (cover page included), is re-derived."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from old_store import add_old_annotation, add_old_block, add_old_contribution, make_store

from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.services.opening import open_store
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.migrations import SCHEMA_VERSION

OLD_C26_77 = [  # as the old import stored it: every paragraph numbered, cover included
    ("Council 2026 Geneva, 28 April – 8 May 2026", "table"),
    ("Agenda item: PL 1.9", "table"),
    ("Document C26/77-E", "table"),
    ("12 May 2026", "table"),
    ("Original: English", "table"),
    ("Contribution from the Federative Republic of Brazil", "body"),
    ("MEANINGFUL CONNECTIVITY", "heading"),
    ("Purpose", "table"),
    ("To share the findings of the consultation.", "table"),
    ("__________________", "table"),
    ("References", "table"),
    ("Resolution 1305", "table"),
    ("1 Introduction", "heading"),               # old 13
    ("1.1 Device costs exceed a month of income.", "body"),  # old 14
    ("1.2 Spectrum fees are passed on to users.", "body"),   # old 15
    ("2 Proposals", "heading"),                  # old 16
    ("2.1 Reduce the fees.", "body"),            # old 17
]
OLD_C26_61 = [("Exchange points keep traffic local.", "body"),
              ("They lower costs.", "body")]


def old_store(path: Path) -> None:
    conn = make_store(path, 2)
    c77 = add_old_contribution(conn, "C26/77-E", OLD_C26_77, file_name="C26-77-E.docx")
    c61 = add_old_contribution(conn, "C26/61-E", OLD_C26_61, fts_rowid=2)
    add_old_annotation(conn, "moved", c77, 15, OLD_C26_77[14][0], "Spectrum fees")
    add_old_annotation(conn, "cover", c77, 7, OLD_C26_77[6][0], "MEANINGFUL")
    add_old_annotation(conn, "stale", c77, 3, "x" * 40, "Reduce the fees")  # wrong offsets
    add_old_annotation(conn, "same", c61, 2, OLD_C26_61[1][0], "lower costs")
    add_old_block(conn, "b1", "Costs are high [@C26/77, para 14].")
    add_old_block(conn, "b2", "Fees [@C26/77-E, paras 14-15; @C26/61, para 2].")
    add_old_block(conn, "b3", "The title [@C26/77, para 7] and [@C26/99, para 3].")
    conn.close()


def test_old_store_is_renumbered_annotations_reanchored_and_locators_rewritten(
        tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old_store(path)
    store = open_store(path)
    assert store.schema_version == SCHEMA_VERSION
    assert store.check() == []
    c77 = store.contributions.resolve("C26/77-E")
    assert [(p.number, p.text) for p in store.contributions.paragraphs(c77.id)] == [
        ("1", "1 Introduction"),
        ("1.1", "1.1 Device costs exceed a month of income."),
        ("1.2", "1.2 Spectrum fees are passed on to users."),
        ("2", "2 Proposals"),
        ("2.1", "2.1 Reduce the fees."),
    ]
    assert (c77.paragraph_count, c77.purpose, c77.original_language, c77.doc_references) == (
        5, "To share the findings of the consultation.", "en", "Resolution 1305")
    assert c77.meeting == "Council 2026 Geneva, 28 April – 8 May 2026"
    # Annotations: moved with their paragraph, found again by quote, or kept and flagged.
    by_id = {a.id: a for a in store.annotations.all()}
    assert (by_id["moved"].paragraph, by_id["moved"].start) == (3, 4)
    assert (by_id["stale"].paragraph, by_id["stale"].start, by_id["stale"].end) == (5, 4, 19)
    assert by_id["cover"].paragraph == 7  # kept as it was ...
    flagged = store.query("SELECT id FROM annotations WHERE needs_check = 1")
    assert [r[0] for r in flagged] == ["cover"]  # ... and marked for the user to check
    assert by_id["same"].paragraph == 2
    # Draft citations now say the numbers the document shows.
    texts = {b: store.scalar("SELECT text FROM blocks WHERE id = ?", (b,))
             for b in ("b1", "b2", "b3")}
    assert texts["b1"] == "Costs are high [@C26/77, para 1.1]."
    assert texts["b2"] == "Fees [@C26/77-E, paras 1.1, 1.2; @C26/61, para 2]."
    assert texts["b3"] == "The title [@C26/77, para 7] and [@C26/99, para 3]."
    assert store.query("SELECT locator FROM block_citations WHERE block_id = 'b1'")[0][0] == (
        "para 1.1")  # the derived citation index follows the text
    # Search no longer finds cover text in the body, and still finds body text.
    assert [h.symbol for h in store.search.find("spectrum")] == ["C26/77-E"]
    report = json.loads(store.scalar("SELECT value FROM meta WHERE key = 'renumbering_report'"))
    assert report["line"] == LINE
    assert store.migration_notes == [LINE]


LINE = ("Paragraph renumbering: 2 annotation(s) and 2 citation(s) moved to the new numbers; "
        "1 annotation(s) and 1 citation(s) could not be placed (kept, marked for checking).")


def test_the_cli_says_the_renumbering_in_one_line(tmp_path: Path, capsys) -> None:
    from cwgi_desktop.cli import main

    path = tmp_path / "old.sqlite3"
    old_store(path)
    assert main(["--db", str(path), "list"]) == 0
    assert capsys.readouterr().err.strip() == LINE
    assert main(["--db", str(path), "list"]) == 0  # once: the store is now current
    assert capsys.readouterr().err == ""


def test_an_empty_old_store_migrates_silently(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    make_store(path, 2).close()
    assert Store(path).migration_notes == []


def test_a_bare_store_refuses_an_old_store_whose_data_needs_the_application(
        tmp_path: Path) -> None:
    """The renumbering needs the importers: core.store cannot run it, so opening an old
    store with data without the application's data steps changes nothing and says why."""
    path = tmp_path / "old.sqlite3"
    old_store(path)
    with pytest.raises(StoreError, match="paragraph renumbering"):
        Store(path)
    assert not list(tmp_path.glob("old.before-migration-*"))
    assert open_store(path).migration_notes == [LINE]


def test_a_renumbered_contribution_is_indexed_and_counted_as_an_import_would(
        tmp_path: Path) -> None:
    """The migration and an import compute the index text and the word count one way
    (`index_of`), so a migrated store and a fresh one search and count alike."""
    from cwgi_desktop.core.store.contributions import index_of

    path = tmp_path / "old.sqlite3"
    old_store(path)
    with open_store(path) as store:
        for row in store.query("SELECT id, word_count FROM contributions"):
            body = [(p.text, p.style) for p in store.contributions.paragraphs(row["id"])]
            assert row["word_count"] == index_of(body)[1] > 0
        # The body is searchable, the cover (read into fields, not body) no longer is.
        assert [h.symbol for h in store.search.find("spectrum fees")] == ["C26/77-E"]
        assert store.search.find("Geneva") == []
