"""The Markdown form of a draft: a contract; export then import gives the same draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwgi_desktop.core.drafting.frontmatter import FIELDS
from cwgi_desktop.core.drafting.markdown_io import (
    MAX_LEVEL,
    draft_to_markdown,
    escape_markdown,
    markdown_to_draft,
    normalise_text,
)
from cwgi_desktop.core.drafting.resolution import UnresolvedCitations
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import BLOCK_KINDS, DRAFT_KINDS, LANGUAGES, Block, Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store


def make(kind: str, blocks: list[tuple[str, int, str]], **meta) -> tuple[Draft, list[Block]]:
    draft = Draft(id="d", kind=kind, **meta)
    return draft, [Block(id=f"b{i}", draft_id="d", kind=k, level=lv, text=t, position=i)
                   for i, (k, lv, t) in enumerate(blocks)]


def shape(draft: Draft, blocks: list[Block]) -> tuple:
    meta = tuple(getattr(draft, f) for f in FIELDS)
    return meta, [(b.kind, b.level, normalise_text(b.kind, b.text)) for b in blocks]


def round_trip(draft: Draft, blocks: list[Block]) -> tuple[Draft, list[Block]]:
    return markdown_to_draft(draft_to_markdown(draft, blocks))


FRENCH = make("council_contribution", [
    ("heading", 1, "Introduction"),
    ("paragraph", 1, "Le GTC-Internet a été créé en application de la Résolution 1336 "
                     "[@C26/52, para 3]."),
    ("heading", 1, "Examen"),
    ("paragraph", 1, "Les consultations ont fourni un cadre utile :\n\n- participation ;\n"
                     "- échange de vues."),
    ("heading", 2, "Résultats"),
    ("paragraph", 2, "1) une liste dans un paragraphe, pas une proposition"),
    ("heading", 1, "Proposition"),
    ("recommendation", 1, "en réaffirmant l'importance du mandat [@C26/77-F; @C26/52];"),
    ("recommendation", 1, "en renforçant les liens entre consultations et produits de fond.\n\n"
                          "Deuxième paragraphe de la proposition."),
    ("finding", 2, "Une conclusion placée ailleurs"),
    ("annex", 1, "Contribution du Brésil"),
    ("paragraph", 1, "Texte intégral…"),
], title="Amélioration de l'efficacité du GTC-Internet", language="fr", symbol="C26/77-F",
    source="Contribution du Brésil", purpose="Mettre en lumière…",
    action="Le Conseil est invité à examiner: la présente contribution",
    references="Résolution 1305; Résolution 1336", meeting="Conseil 2026",
    agenda_item="PL 1.9", date="2026-05-12", revision=1,
    meeting_detail="Genève, 28 avril – 8 mai 2026")

ARABIC = make("key_findings", [
    ("heading", 1, "مقدمة"),
    ("paragraph", 1, "تلقى الفريق مساهمات من الدول الأعضاء [@C26/77-A, para 2]."),
    ("heading", 1, "النتائج الرئيسية"),
    ("finding", 1, "نقاط التبادل عبر الإنترنت ضرورية [@C26/52].\n\n*الأدلة:* مساهمتان."),
    ("finding", 1, "إتاحة النفاذ لذوي الإعاقة"),
    ("guideline", 1, "مبدأ توجيهي داخل النتائج"),
], title="النتائج الرئيسية للمشاورة", language="ar", symbol="CWG-Internet-22/4-A",
    source="رئيس الفريق", meeting="الاجتماع الثاني والعشرون")


@pytest.mark.parametrize("example", [FRENCH, ARABIC], ids=["french", "arabic"])
def test_round_trip_preserves_kinds_levels_texts_and_metadata(example) -> None:
    draft, blocks = example
    assert shape(*round_trip(draft, blocks)) == shape(draft, blocks)


def test_french_export_is_readable_markdown_with_lists_and_annex() -> None:
    text = draft_to_markdown(*FRENCH)
    assert text.startswith("---\nkind: council_contribution\n")
    assert 'title: "Amélioration de l\'efficacité du GTC-Internet"' in text
    assert "\n# Introduction\n" in text and "\n## Résultats\n" in text
    assert "\n1. en réaffirmant l'importance du mandat [@C26/77-F; @C26/52];\n" in text
    assert "\n2. en renforçant" in text
    assert "\n   Deuxième paragraphe de la proposition.\n" in text  # indented under its item
    assert "\n::: {.finding level=2}\nUne conclusion placée ailleurs\n:::\n" in text
    assert "\n# Annex: Contribution du Brésil\n" in text
    assert "::: {.paragraph}\n1) une liste" in text  # not mistaken for a proposal


def test_finding_numbers_follow_the_derived_numbering() -> None:
    draft, blocks = make("key_findings", [("finding", 1, "a"), ("heading", 1, "H"),
                                          ("finding", 1, "b")])
    text = draft_to_markdown(draft, blocks)
    assert "1. a" in text and "2. b" in text


def test_hand_written_markdown_is_read_leniently() -> None:
    draft, blocks = markdown_to_draft(
        "---\nkind: Key findings\ntitle: 'It''s mine'\nlang: fr\nreferences:\n  - Res 1305\n"
        "  - Res 1336\npurpose: |\n  Line one\n  line two\n---\n"
        "# Intro\nText right under the heading\ncontinued.\n"
        "1) first finding\nlazy continuation\n2) second\n\n"
        "```\ncode\n\n# not a heading\n```\n"
        "## Annexe 1 : Texte\n"
    )
    assert (draft.kind, draft.title, draft.language) == ("key_findings", "It's mine", "fr")
    assert draft.references == "Res 1305; Res 1336"
    assert draft.purpose == "Line one\nline two"
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Intro"),
        ("paragraph", 1, "Text right under the heading\ncontinued."),
        ("finding", 1, "first finding\nlazy continuation"),
        ("finding", 1, "second"),
        ("paragraph", 1, "```\ncode\n\n# not a heading\n```"),
        ("annex", 2, "Texte"),
    ]


@pytest.mark.parametrize(("text", "message"), [
    ("---\ntitle: x\n---\n", "'kind' is missing"),
    ("---\nkind: memo\n---\n", "memo: not a draft kind"),
    ("---\nkind: key_findings\nlanguage: de\n---\n", "de: not one of the six"),
    ("---\nkind: key_findings\ncolour: red\n---\n", "line 3: colour: unknown"),
    ("---\nkind: key_findings\n", "not closed"),
    ("---\nkind: key_findings\n---\n::: {.finding}\nopen\n", "line 4: ':::' block not closed"),
    ("---\nkind: key_findings\n---\n::: {.poem}\nx\n:::\n", "line 4: .* name one block kind"),
    ("---\nkind: key_findings\n---\n::: {.finding level=9}\nx\n:::\n", "level=9"),
])
def test_bad_markdown_is_an_error_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        markdown_to_draft(text)


def test_headings_that_look_like_annexes_or_attributes_survive() -> None:
    draft, blocks = make("key_findings", [
        ("heading", 1, "Annex: not really"), ("heading", 2, "Title {#id}"),
        ("annex", 1, "Ends {.x}"), ("annex", 3, ""), ("heading", 1, ""),
    ])
    assert shape(*round_trip(draft, blocks)) == shape(draft, blocks)


def test_escape_markdown_neutralises_markup_and_citations() -> None:
    assert escape_markdown("1. item") == "1\\. item"
    assert escape_markdown("# x *y* [@C26/1]") == "\\# x \\*y\\* \\[@C26/1\\]"


def test_store_import_refuses_unknown_citations_naming_them(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.contributions.add(sha256="1", paragraphs=[("p", "body")],
                           metadata={"symbol": "C26/52-E"})
    text = draft_to_markdown(*ARABIC)
    with pytest.raises(UnresolvedCitations, match="@C26/77-A") as caught:
        draft_service.import_markdown(store, text)
    assert caught.value.keys == ["C26/77-A"]
    assert store.drafts.all() == []
    draft = draft_service.import_markdown(store, text, allow_unresolved=True)
    assert draft_service.unresolved_citations(store, draft.id) == ["C26/77-A"]
    assert shape(store.drafts.get(draft.id), store.blocks.all(draft.id)) == shape(*ARABIC)


def test_store_round_trip_through_markdown(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    for symbol in ("C26/52-F", "C26/77-F"):
        store.contributions.add(sha256=symbol, paragraphs=[("p", "body")],
                               metadata={"symbol": symbol})
    draft = draft_service.import_markdown(store, draft_to_markdown(*FRENCH))
    again = draft_to_markdown(store.drafts.get(draft.id), store.blocks.all(draft.id))
    assert again == draft_to_markdown(*FRENCH)


# -- property: any draft survives the round trip -----------------------------------------

WORDS = st.sampled_from([
    "IXP", "accès", "النفاذ", "互联网", "доступ", "1.", "2)", "#", "##", ":::", "::::", "-", "*",
    ">", "`code`", "[@C26/77]", "[@C26/77, para 4]", "[@CWG-Internet-22/4; @C26/52]",
    "{.annex}", "{.x}", "Annex:", "Annexe", "---", "```", "|", "a|b", "\\", "  ", "\t",
])
LINE = st.lists(WORDS, max_size=6).map(" ".join)
MULTI_LINE = st.lists(LINE, max_size=5).map("\n".join)
SINGLE_LINE = LINE
METADATA = st.text(alphabet=st.sampled_from(list("aé ع中:#'\"-\n[]{}1")), max_size=12)


@st.composite
def drafts(draw) -> tuple[Draft, list[Block]]:
    meta = {name: draw(METADATA) for name in FIELDS if name not in (
        "kind", "language", "revision")}
    meta["revision"] = draw(st.integers(0, 3))
    specs = []
    for _ in range(draw(st.integers(0, 10))):
        kind = draw(st.sampled_from(BLOCK_KINDS))
        text = draw(SINGLE_LINE if kind in ("heading", "annex") else MULTI_LINE)
        specs.append((kind, draw(st.integers(1, MAX_LEVEL)), text))
    return make(draw(st.sampled_from(DRAFT_KINDS)), specs,
                language=draw(st.sampled_from(LANGUAGES)), **meta)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_property_markdown_round_trip(example: tuple[Draft, list[Block]]) -> None:
    draft, blocks = example
    text = draft_to_markdown(draft, blocks)
    back = markdown_to_draft(text)
    assert shape(*back) == shape(draft, blocks), text
    assert draft_to_markdown(*back) == text  # and the export is stable


def test_plain_markdown_without_front_matter_takes_title_from_first_heading() -> None:
    """A rapporteur's own Markdown notes import: the lone `#` heading is the title (not a
    block), kind and language come from the defaults given (the user's preferences)."""
    draft, blocks = markdown_to_draft(
        "# Key findings on access\n\nAffordability first [@C26/77].\n\n## Cables\n\nOpen.\n",
        {"language": "fr", "kind": "key_findings"})
    assert (draft.title, draft.kind, draft.language) == (
        "Key findings on access", "key_findings", "fr")
    assert (blocks[0].kind, blocks[0].level, blocks[0].text) == (
        "paragraph", 1, "Affordability first [@C26/77].")
    assert ("heading", 2, "Cables") in [(b.kind, b.level, b.text) for b in blocks]


def test_plain_markdown_with_several_top_headings_keeps_them_as_sections() -> None:
    draft, blocks = markdown_to_draft("# One\n\ntext\n\n# Two\n\nmore\n")
    assert (draft.title, draft.kind, draft.language) == ("One", "analytical_summary", "en")
    assert [b.text for b in blocks if b.kind == "heading"] == ["One", "Two"]
