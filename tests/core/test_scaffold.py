"""Build a scaffold: a consultation's annotations grouped by theme into cited points."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.drafting.markdown_io import draft_to_markdown
from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.sqlite3")
    for symbol, source_type in (("C26/77-E", "Member State"), ("C26/52-E", "civil society")):
        s.add_contribution(sha256=symbol, paragraphs=[
            ("Heading", "heading"),
            ("Exchange points keep traffic local.", "body"),
            ("Captions and sign language *matter*.", "body"),
        ], metadata={"symbol": symbol, "title": "T", "source": "S",
                     "source_type": source_type, "consultation": "IXP"})
    yield s
    s.close()


def test_scaffold_groups_annotations_by_theme_as_cited_points(store: Store) -> None:
    access = store.add_theme("Access")
    store.add_theme("Disability", parent_id=access.id)
    store.add_annotation("C26/77", author="a", quote="keep traffic local", themes=["IXPs"])
    store.add_annotation("C26/52", author="a", quote="Captions and sign language *matter*",
                         themes=["Disability"], note="Asks for captioning")
    store.add_annotation("C26/77", author="a", quote="Exchange points", themes=["IXPs"],
                         note="")
    store.add_annotation("C26/52", author="a", quote="sign language")  # no theme
    draft = draft_service.build_scaffold(store, "IXP")
    assert (draft.kind, draft.consultation) == ("analytical_summary", "IXP")
    blocks = [(b.kind, b.level, b.text) for b in store.blocks(draft.id)]
    headings = [(lv, t) for k, lv, t in blocks if k == "heading"]
    assert headings[:3] == [(1, "Who responded"), (1, "Points made, by theme"), (2, "Access")]
    # the parent theme has no point of its own; its child sits one level deeper
    assert (3, "Disability") in headings and (2, "IXPs") in headings
    assert headings[-2:] == [(1, "Key findings"), (1, "Conclusions")]
    points = [t for k, _lv, t in blocks if k == "paragraph" and "[@" in t]
    assert "Asks for captioning [@C26/52, para 3]" in points
    assert "> Exchange points [@C26/77, para 2]" in points
    assert "> keep traffic local [@C26/77, para 2]" in points
    assert "> sign language [@C26/52, para 3]" in points  # under "Other points"
    assert ("heading", 2, "Other points") in blocks
    ixps = [t for _k, _lv, t in blocks][[t for _k, _lv, t in blocks].index("IXPs") + 1:]
    assert ixps[:3] == ["Points made", "> Exchange points [@C26/77, para 2]",
                        "> keep traffic local [@C26/77, para 2]"]
    assert ("heading", 4, "Where views converge") in blocks
    counts = blocks[1][2]
    assert "- Member State: 1" in counts and "- civil society: 1" in counts


def test_scaffold_points_resolve_and_cover_their_themes(store: Store) -> None:
    store.add_annotation("C26/77", author="a", quote="keep traffic local", themes=["IXPs"])
    draft = draft_service.build_scaffold(store, "IXP", language="fr", title="Résumé")
    assert draft.title == "Résumé" and draft.language == "fr"
    assert draft_service.unresolved_citations(store, draft.id) == []
    assert [d["symbol"] for d in draft_service.coverage(store, draft.id).cited] == ["C26/77"]
    text = draft_to_markdown(draft, store.blocks(draft.id))
    assert "# Participation à la consultation" in text
    assert "### Points soulevés\n\n> keep traffic local [@C26/77, para 2]" in text


def test_quotes_are_escaped_so_they_read_as_written(store: Store) -> None:
    store.add_annotation("C26/52", author="a", quote="sign language *matter*", themes=["X"])
    draft = draft_service.build_scaffold(store, "IXP")
    texts = [b.text for b in store.blocks(draft.id)]
    assert "> sign language \\*matter\\* [@C26/52, para 3]" in texts


def test_scaffold_needs_contributions_and_annotations(store: Store) -> None:
    with pytest.raises(NotFound, match="Nope"):
        draft_service.build_scaffold(store, "Nope")
    with pytest.raises(InvalidInput, match="no annotations"):
        draft_service.build_scaffold(store, "IXP")
    assert store.drafts() == []
