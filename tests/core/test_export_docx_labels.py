"""The label table of the Word export: six languages, dates, overrides, fallbacks."""

from __future__ import annotations

import pytest

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exporters.base import ExportContext
from cwgi_desktop.core.exporters.docx_itu import CitationRenderer
from cwgi_desktop.core.exporters.labels import label_table, load_labels
from cwgi_desktop.core.models import LANGUAGES, Citation, Contribution

REQUIRED_KEYS = (
    "document",
    "documents",
    "document_line",
    "original_line",
    "council",
    "agenda_item",
    "agenda_item_line",
    "purpose",
    "action_required",
    "strategic_link",
    "financial_implications",
    "references",
    "introduction",
    "discussion",
    "proposal",
    "annex",
    "annex_line",
    "sources",
    "revision_to",
    "note_by_sg",
    "months",
    "date_format",
    "citation_one",
    "citation_many",
    "locator_para",
    "locator_paras",
    "language_names",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_defines_every_label(language: str) -> None:
    own = label_table()[language]
    for key in REQUIRED_KEYS:
        assert key in own or key in ("annex_line", "agenda_item_line", "council_line"), key
        assert load_labels(language)[key]
    assert len(load_labels(language)["months"]) == 12
    assert set(load_labels(language)["language_names"]) == set(LANGUAGES)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "12 May 2026"),
        ("fr", "12 mai 2026"),
        ("es", "12 de mayo de 2026"),
        ("ar", "12 مايو 2026"),
        ("zh", "2026年5月12日"),
        ("ru", "12 мая 2026 года"),
    ],
)
def test_dates_in_each_language(language: str, expected: str) -> None:
    assert load_labels(language).format_date("2026-05-12") == expected


def test_french_first_of_month_and_other_months() -> None:
    fr = load_labels("fr")
    assert fr.format_date("2002-07-01") == "1er juillet 2002"
    assert load_labels("ru").format_date("2017-06-28") == "28 июня 2017 года"
    assert load_labels("ar").format_date("2014-09-04") == "4 سبتمبر 2014"
    assert load_labels("es").format_date("2013-05-22") == "22 de mayo de 2013"
    assert load_labels("zh").format_date("2023-03-30") == "2023年3月30日"


def test_arabic_dates_use_western_digits() -> None:
    text = load_labels("ar").format_date("2026-12-31")
    assert "31" in text and "2026" in text
    assert not any("\u0660" <= ch <= "\u0669" for ch in text)


def test_invalid_date_is_rejected() -> None:
    with pytest.raises(InvalidInput):
        load_labels("en").format_date("May 2026")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Original: English"),
        ("fr", "Original: anglais"),
        ("es", "Original: inglés"),
        ("ar", "الأصل: بالإنكليزية"),
        ("zh", "原文：英文"),
        ("ru", "Оригинал: английский"),
    ],
)
def test_original_language_line(language: str, line: str) -> None:
    assert load_labels(language).original_line("en") == line


def test_original_line_names_other_original_languages() -> None:
    assert load_labels("en").original_line("fr") == "Original: French"
    assert load_labels("fr").original_line("es") == "Original: espagnol"


def test_per_language_overrides_merge() -> None:
    labels = load_labels(
        "fr",
        {"fr": {"purpose": "But", "language_names": {"en": "ANGLAIS"}}, "es": {"purpose": "X"}},
    )
    assert labels.text("purpose") == "But"
    assert labels.original_line("en") == "Original: ANGLAIS"
    assert labels.language_name("fr") == "français"  # untouched entries kept
    assert load_labels("fr").text("purpose") == "Objet"  # defaults are not mutated


def test_flat_overrides_apply_to_exported_language() -> None:
    assert load_labels("ru", {"purpose": "Задача"}).text("purpose") == "Задача"


def test_english_overrides_reach_fallback_keys() -> None:
    labels = load_labels("fr", {"en": {"closing_line": "*****"}})
    assert labels.text("closing_line") == "*****"


def test_missing_keys_fall_back_to_english() -> None:
    assert load_labels("fr").text("box_rule") == "__________________"


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(InvalidInput):
        load_labels("de")


def test_direction_fonts_and_tags() -> None:
    assert load_labels("ar").is_rtl and not load_labels("en").is_rtl
    assert load_labels("ar").font("cs") == "Traditional Arabic"
    assert load_labels("zh").font("east_asia") == "SimSun"
    assert load_labels("en").font("cs") is None
    assert load_labels("fr").language_tag == "fr-FR"


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "(Document C26/77)", "(Documents C26/77, para 4; C26/52)"),
        ("fr", "(Document C26/77)", "(Documents C26/77, § 4; C26/52)"),
        ("es", "(Documento C26/77)", "(Documentos C26/77, párr. 4; C26/52)"),
        ("ar", "(الوثيقة C26/77)", "(الوثائق C26/77، الفقرة 4؛ C26/52)"),
        ("zh", "（文件C26/77）", "（文件C26/77，第4段；C26/52）"),
        ("ru", "(Документ C26/77)", "(Документы C26/77, п. 4; C26/52)"),
    ],
)
def test_citation_rendering_per_language(language: str, one: str, many: str) -> None:
    context = ExportContext(
        contributions={
            "C26/77": Contribution(id="1", base_symbol="C26/77"),
            "C26/52": Contribution(id="2", base_symbol="C26/52"),
        }
    )
    render = CitationRenderer(load_labels(language), context)
    assert render([Citation("C26/77-F", "C26/77")]) == one
    assert render([Citation("C26/77", "C26/77", "para 4", 4), Citation("C26/52", "C26/52")]) == many


def test_citation_rendering_merges_duplicates_and_keeps_other_locators() -> None:
    context = ExportContext(contributions={"C26/77": Contribution(id="1", base_symbol="C26/77")})
    render = CitationRenderer(load_labels("en"), context)
    assert render([Citation("C26/77", "C26/77"), Citation("C26/77-E", "C26/77")]) == (
        "(Document C26/77)"
    )
    assert render([Citation("C26/77", "C26/77", "p. 3")]) == "(Document C26/77, p. 3)"
    assert render(
        [Citation("C26/77", "C26/77", "para 2"), Citation("C26/77", "C26/77", "para 5")]
    ) == ("(Document C26/77, para 2; C26/77, para 5)")


def test_context_resolves_case_insensitively_and_by_base_symbol() -> None:
    context = ExportContext(contributions={"C26/77": Contribution(id="1", base_symbol="C26/77")})
    assert context.resolve("c26/77-f") is not None
    assert context.resolve("C26/78") is None
    assert context.resolved_symbol("c26/77") == "C26/77"
