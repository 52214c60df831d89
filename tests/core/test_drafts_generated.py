"""Generated drafts: the compilation of a consultation, annexed contributions, templates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cwgi_desktop.core.drafting.compilation import extract
from cwgi_desktop.core.drafting.markdown_io import draft_to_markdown
from cwgi_desktop.core.drafting.templates import load_templates
from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

LONG = "Les points d'échange Internet réduisent les coûts de transit " * 20


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.sqlite3")
    docs = [
        ("C26/77-E", "Brazil", "Member State", "Enhancing the CWG-Internet"),
        ("C26/77-F", "Brésil", "Member State", "Améliorer le GTC-Internet"),
        ("C26/52-E", "Internet Society", "civil society", "Access *for all*"),
        ("C26/61-E", "Anon", None, "Untyped"),
        ("C26/90-E", "Kenya", "Member State", "Elsewhere"),
    ]
    for symbol, source, source_type, title in docs:
        s.contributions.add(sha256=symbol, paragraphs=[
            ("Introduction", "heading"), ("Short.", "body"), (LONG, "body"),
            ("1) a numbered proposal", "list"),
        ], metadata={"symbol": symbol, "title": title, "source": source,
                     "source_type": source_type,
                     "consultation": "Other" if symbol == "C26/90-E" else "IXP"})
    yield s
    s.close()


def test_compilation_by_stakeholder_group(store: Store) -> None:
    draft = draft_service.compile_consultation(store, "IXP")
    assert (draft.kind, draft.consultation) == ("compilation", "IXP")
    assert draft.title == "Compilation of contributions: IXP"
    blocks = [(b.kind, b.level, b.text) for b in store.blocks.all(draft.id)]
    h1 = [t for k, lv, t in blocks if k == "heading" and lv == 1]
    assert h1 == ["Contributions received", "civil society", "Member State",
                  "Other contributors"]
    h2 = [t for k, lv, t in blocks if k == "heading" and lv == 2]
    assert h2 == ["Internet Society (C26/52-E)", "Brazil (C26/77-E)", "Anon (C26/61-E)"]
    assert ("paragraph", 2, "**Access \\*for all\\*** [@C26/52]") in blocks
    extracts = [t for k, _lv, t in blocks if t.startswith("Les points")]
    assert len(extracts) == 3 and all(len(t) <= 410 and t.endswith("…") for t in extracts)
    assert "- Total: 3" in blocks[1][2]
    report = draft_service.coverage(store, draft.id)
    assert report.uncited == [] and len(report.cited) == 3


def test_compilation_in_french_prefers_french_versions(store: Store) -> None:
    draft = draft_service.compile_consultation(store, "IXP", language="fr", title="Compilation")
    texts = [b.text for b in store.blocks.all(draft.id)]
    assert "Brésil (C26/77-F)" in texts and "Contributions reçues" in texts
    assert "Brazil (C26/77-E)" not in texts


def test_compilation_by_theme_quotes_annotated_passages(store: Store) -> None:
    store.annotations.add("C26/77-E", author="a", quote="Short.", themes=["Brevity"])
    draft = draft_service.compile_consultation(store, "IXP", group_by="theme")
    blocks = [(b.kind, b.level, b.text) for b in store.blocks.all(draft.id)]
    assert ("heading", 1, "Brevity") in blocks
    assert ("paragraph", 2, "> Short. [@C26/77, para 2]") in blocks
    untagged = blocks.index(("heading", 1, "Contributions not tagged with a theme"))
    assert [t for k, lv, t in blocks[untagged:] if k == "heading"] == [
        "Contributions not tagged with a theme", "Internet Society (C26/52-E)",
        "Anon (C26/61-E)"]


def test_compilation_errors(store: Store) -> None:
    with pytest.raises(NotFound, match="Nowhere"):
        draft_service.compile_consultation(store, "Nowhere")
    with pytest.raises(InvalidInput, match="group by"):
        draft_service.compile_consultation(store, "IXP", group_by="colour")
    assert store.drafts.all() == []


def test_annex_holds_the_full_text_of_a_contribution(store: Store) -> None:
    draft = draft_service.create_draft(store, "council_contribution", "Report", template=False)
    first = store.blocks.insert(draft.id, "heading", "Introduction")
    store.blocks.insert(draft.id, "paragraph", "Body")
    annex = draft_service.annex_contribution(store, draft.id, "C26/77-F")
    assert annex.kind == "annex" and annex.text == "Améliorer le GTC-Internet (C26/77-F)"
    texts = [b.text for b in store.blocks.all(draft.id)]
    assert texts == ["Introduction", "Body", annex.text, "**Introduction**", "Short.", LONG,
                     "1\\) a numbered proposal"]
    second = draft_service.annex_contribution(store, draft.id, "C26/52-E", after=first.id)
    assert [b.id for b in store.blocks.all(draft.id)][1] == second.id
    with pytest.raises(NotFound):
        draft_service.annex_contribution(store, draft.id, "C26/52-E", after="missing")
    markdown = draft_to_markdown(store.drafts.get(draft.id), store.blocks.all(draft.id))
    assert "\n# Annex: Améliorer le GTC-Internet (C26/77-F)\n" in markdown
    assert "\n1\\) a numbered proposal\n" in markdown


def test_extract_cuts_at_a_word_boundary() -> None:
    assert extract(["short text"]) == "short text"
    cut = extract(["word " * 200], limit=50)
    assert cut.endswith(" …") and len(cut) <= 52 and "wor …" not in cut


def test_user_templates_override_labels_and_kinds(tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "templates.json").write_text(json.dumps({
        "labels": {"introduction": {"fr": "Préambule"}},
        "kinds": {"guidelines": {"blocks": [
            {"kind": "heading", "level": 1, "label": "introduction"},
            {"kind": "guideline", "level": 1, "text": "Première ligne directrice"},
        ]}},
    }), encoding="utf-8")
    monkeypatch.setenv("CWGI_CONFIG_DIR", str(config))
    store = Store(tmp_path / "s.sqlite3")
    draft = draft_service.create_draft(store, "guidelines", "LD", "fr")
    assert [b.text for b in store.blocks.all(draft.id)] == ["Préambule",
                                                        "Première ligne directrice"]
    assert load_templates().label("introduction", "en") == "Introduction"


def test_a_broken_user_templates_file_is_named(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "templates.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("CWGI_CONFIG_DIR", str(tmp_path))
    with pytest.raises(InvalidInput, match=r"templates\.json"):
        load_templates()
    (tmp_path / "templates.json").write_text(json.dumps(
        {"kinds": {"guidelines": {"blocks": [{"kind": "poem"}]}}}), encoding="utf-8")
    with pytest.raises(InvalidInput, match="poem: not a block kind"):
        load_templates()


def test_kind_names_exist_in_the_six_languages() -> None:
    templates = load_templates()
    for kind in templates.kinds():
        names = {templates.kind_name(kind, lang) for lang in ("en", "fr", "es", "ar", "zh", "ru")}
        assert len(names) >= 5  # translated, not the English name six times


def test_packaged_templates_are_read_beside_the_package_or_through_resources(
        tmp_path: Path, monkeypatch) -> None:
    """Issue 15: the templates file is read beside the package (importlib.resources cost
    3 ms of every `cwgi draft`); a package not in a folder still reads it."""
    from cwgi_desktop.core.drafting import templates

    templates._packaged.cache_clear()
    beside = templates._packaged()
    templates._packaged.cache_clear()
    monkeypatch.setattr(templates, "__file__", str(tmp_path / "a" / "b" / "c" / "t.py"))
    try:
        assert templates._packaged() == beside and beside["kinds"]
    finally:
        templates._packaged.cache_clear()
