"""The brief reads generated drafts use (issue 15) give what the full reads give."""

from __future__ import annotations

from pathlib import Path

from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.store import ContributionFilter, Store

BRIEF = ("id", "symbol", "base_symbol", "language", "title", "source", "source_type",
         "consultation", "file_name")


def _store(path: Path) -> Store:
    store = Store(path)
    for i, (symbol, consultation) in enumerate([("C26/2-E", "C26"), ("C26/1-F", "C26"),
                                                (None, "C26"), ("C27/1-E", "C27")]):
        paragraphs = [("Heading", "heading"), (f"First {i}", "body"), ("", "body"),
                      ("Sub", "heading"), (f"Second {i}", "body"), (f"Third {i}", "body")]
        store.contributions.add(sha256=f"{i:064x}", paragraphs=paragraphs, metadata={
            "symbol": symbol, "consultation": consultation, "title": f"Title {i}",
            "source": f"Source {i}", "source_type": "Government", "file_name": f"f{i}.docx",
            "date": "2026-01-02", "format": "docx"})
    return store


def test_all_brief_is_all_with_only_the_names_of_a_draft(tmp_path: Path) -> None:
    with _store(tmp_path / "s.sqlite3") as store:
        for flt in (None, ContributionFilter(consultation="C26")):
            full, brief = store.contributions.all(flt), store.contributions.all_brief(flt)
            assert [c.id for c in brief] == [c.id for c in full]
            for b, f in zip(brief, full, strict=True):
                assert b == Contribution(**{name: getattr(f, name) for name in BRIEF})


def test_body_openings_are_the_first_body_texts(tmp_path: Path) -> None:
    with _store(tmp_path / "s.sqlite3") as store:
        ids = [c.id for c in store.contributions.all()]
        for first, after in ((1, 0), (3, 1), (4, 0), (12, 3)):
            openings = store.contributions.body_openings(ids, first, after=after)
            for cid in ids:
                rows = store.query("SELECT idx, text, style FROM paragraphs"
                                   " WHERE contribution_id = ? ORDER BY idx", (cid,))
                assert openings[cid] == [r["text"] for r in rows if after < r["idx"] <= first
                                         and r["style"] != "heading"]


def test_brief_annotations_are_the_live_ones_with_what_a_point_is_written_from(
        tmp_path: Path) -> None:
    from dataclasses import replace

    from cwgi_desktop.core.store import AnnotationFilter

    with _store(tmp_path / "s.sqlite3") as store:
        theme = store.themes.add("Access")
        ids = [c.id for c in store.contributions.all()]
        for n, cid in enumerate(ids * 3):
            a = store.annotations.add(cid, author=f"A{n}", paragraph=(1, 4, 5)[n % 3], start=n % 2,
                                      end=5, note="said" if n % 2 else "",
                                      themes=[theme.id] if n % 3 else [], colour="#000000")
            if n % 5 == 0:
                store.annotations.delete(a.id)
        for flt in (None, AnnotationFilter(consultation="C26"),
                    AnnotationFilter(consultation="C26", include_deleted=True),
                    AnnotationFilter(theme_id=theme.id)):
            live = replace(flt or AnnotationFilter(), include_deleted=False)
            full, brief = store.annotations.all(live), store.annotations.all_brief(flt)
            assert len(full) > 3
            assert brief == [replace(a, author="", kind="", colour="", created="", updated="")
                             for a in full]


def test_body_opening_rows_are_the_openings_by_id(tmp_path: Path) -> None:
    """The rows read for ids sorted first (issue 15: one stretch of the index a query)."""
    with _store(tmp_path / "s.sqlite3") as store:
        ids = [c.id for c in store.contributions.all()]
        for first, after in ((1, 0), (4, 0), (12, 3)):
            openings = store.contributions.body_openings(ids, first, after=after)
            assert store.contributions.body_opening_rows(ids, first, after=after) == [
                (cid, text) for cid in sorted(ids) for text in openings[cid]]
