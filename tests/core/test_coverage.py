"""Coverage: which contributions a draft cites, which themes have no finding, and counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

PARAGRAPHS = [
    ("Introduction", "heading"),
    ("Internet exchange points keep local traffic local and cut costs.", "body"),
    ("Accessibility for persons with disabilities must be built in.", "body"),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.sqlite3")
    docs = [
        ("C26/77-E", "Brazil", "Member State", "IXP"),
        ("C26/77-F", "Brésil", "Member State", "IXP"),  # second language version
        ("C26/52-E", "ISOC", "civil society", "IXP"),
        ("C26/60-E", "ITU-D", "Sector Member", "IXP"),
        ("C26/90-E", "Kenya", "Member State", "Other"),
    ]
    for symbol, source, source_type, consultation in docs:
        s.add_contribution(sha256=symbol, paragraphs=PARAGRAPHS, metadata={
            "symbol": symbol, "title": f"On {symbol}", "source": source,
            "source_type": source_type, "consultation": consultation})
    s.add_annotation("C26/77-E", author="a", quote="Internet exchange points", themes=["IXPs"])
    s.add_annotation("C26/52", author="a", quote="Accessibility", themes=["Accessibility"])
    s.add_annotation("C26/60", author="a", quote="cut costs", themes=["Affordability"])
    s.add_annotation("C26/90", author="a", quote="built in", themes=["Elsewhere"])
    yield s
    s.close()


def findings_draft(store: Store, *texts: str, consultation: str = "IXP") -> str:
    draft = draft_service.create_draft(store, "key_findings", "KF", template=False,
                               consultation=consultation)
    store.insert_block(draft.id, "heading", "Key findings")
    for text in texts:
        store.insert_block(draft.id, "finding", text)
    return draft.id


def symbols(items: list[dict]) -> list[str]:
    return [i["symbol"] for i in items]


def test_cited_and_uncited_documents_whatever_the_language_version(store: Store) -> None:
    draft_id = findings_draft(store, "IXPs matter [@C26/77-F, para 2].")
    report = draft_service.coverage(store, draft_id)
    assert report.consultation == "IXP"
    assert symbols(report.cited) == ["C26/77"]
    assert report.cited[0]["in_consultation"] and report.cited[0]["blocks"] == 1
    assert symbols(report.uncited) == ["C26/52", "C26/60"]


def test_themes_without_findings_by_passage_or_by_name(store: Store) -> None:
    draft_id = findings_draft(
        store,
        "Exchange points lower costs [@C26/77, para 2].",  # cites the IXPs passage
        "Accessibility needs attention [@C26/60].",  # names the theme, cites no passage
    )
    report = draft_service.coverage(store, draft_id)
    assert [t["name"] for t in report.themes_without_findings] == ["Affordability"]
    by_theme = {t["theme"]: t for t in report.by_theme}
    assert set(by_theme) == {"IXPs", "Accessibility", "Affordability"}  # not "Elsewhere"
    assert by_theme["IXPs"]["findings"] == 1 and by_theme["Affordability"]["findings"] == 0


def test_a_citation_of_another_paragraph_does_not_cover_the_theme(store: Store) -> None:
    draft_id = findings_draft(store, "Something [@C26/77, para 3].")
    names = [t["name"] for t in draft_service.coverage(store, draft_id).themes_without_findings]
    assert "IXPs" in names


def test_paragraph_ranges_count_as_cited_passages(store: Store) -> None:
    draft_id = findings_draft(store, "Broad claim [@C26/60, paras 1-3].")
    names = [t["name"] for t in draft_service.coverage(store, draft_id).themes_without_findings]
    assert "Affordability" not in names


def test_single_source_and_unsupported_findings(store: Store) -> None:
    draft_id = findings_draft(
        store,
        "One source [@C26/77]; cited twice [@C26/77-F, para 2].",
        "Two sources [@C26/77; @C26/52].",
        "No source at all.",
    )
    report = draft_service.coverage(store, draft_id)
    assert [(f["number"], f["source"]) for f in report.single_source_findings] == [
        ("1)", "C26/77")]
    assert [f["number"] for f in report.unsupported_findings] == ["3)"]


def test_unresolved_citations_are_listed_not_counted(store: Store) -> None:
    draft_id = findings_draft(store, "Ghost [@C26/404] and real [@C26/52].")
    report = draft_service.coverage(store, draft_id)
    assert [u["symbol"] for u in report.unresolved] == ["C26/404"]
    assert symbols(report.cited) == ["C26/52"]
    assert report.single_source_findings[0]["source"] == "C26/52"


def test_counts_by_stakeholder_group_for_the_chart(store: Store) -> None:
    draft_id = findings_draft(store, "[@C26/77] [@C26/52]")
    groups = {g["group"]: (g["contributions"], g["cited"])
              for g in draft_service.coverage(store, draft_id).by_stakeholder_group}
    assert groups == {"Member State": (1, 1), "civil society": (1, 1), "Sector Member": (1, 0)}


def test_citing_a_document_of_another_consultation(store: Store) -> None:
    draft_id = findings_draft(store, "[@C26/90]")
    report = draft_service.coverage(store, draft_id)
    assert report.cited[0]["symbol"] == "C26/90" and not report.cited[0]["in_consultation"]
    assert len(report.uncited) == 3


def test_without_a_consultation_everything_counts(store: Store) -> None:
    draft_id = findings_draft(store, "[@C26/77]", consultation="")
    report = draft_service.coverage(store, draft_id)
    assert report.consultation is None
    assert symbols(report.uncited) == ["C26/52", "C26/60", "C26/90"]
    assert "Elsewhere" in [t["name"] for t in report.themes_without_findings]


def test_deleted_blocks_do_not_cover_anything(store: Store) -> None:
    draft_id = findings_draft(store, "[@C26/77, para 2]")
    block = store.blocks(draft_id)[-1]
    store.delete_block(block.id)
    report = draft_service.coverage(store, draft_id)
    assert report.cited == [] and "IXPs" in [t["name"] for t in report.themes_without_findings]
