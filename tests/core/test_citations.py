"""Pandoc citations in draft Markdown: parsing, normalisation, replacement."""

from __future__ import annotations

import pytest

from cwgi_desktop.core.citations import (
    base_symbol_of,
    citation_keys,
    find_citations,
    locator_paragraphs,
    paragraph_locator_spec,
    parse_citations,
    replace_citations,
    symbol_for_language,
    unique_base_symbols,
)
from cwgi_desktop.core.models import Citation


@pytest.mark.parametrize(
    ("symbol", "base"),
    [
        ("C26/77", "C26/77"),
        ("C26/77-F", "C26/77"),
        ("C26/77-E", "C26/77"),
        ("C26/77-S", "C26/77"),
        ("C26/77-A", "C26/77"),
        ("C26/77-C", "C26/77"),
        ("C26/77-R", "C26/77"),
        ("CWG-Internet-22/4", "CWG-Internet-22/4"),
        ("CWG-Internet-22/4-E", "CWG-Internet-22/4"),
        ("  C26/INF/3-F ", "C26/INF/3"),
        ("C26/77-X", "C26/77-X"),
        ("c26/77-f", "c26/77"),
    ],
)
def test_base_symbol_strips_only_language_suffix(symbol: str, base: str) -> None:
    assert base_symbol_of(symbol) == base


def test_symbol_for_language_replaces_or_adds_suffix() -> None:
    assert symbol_for_language("C26/52", "fr") == "C26/52-F"
    assert symbol_for_language("C26/52-E", "ar") == "C26/52-A"
    assert symbol_for_language("CWG-Internet-22/4-E", "zh") == "CWG-Internet-22/4-C"
    assert symbol_for_language("", "en") == ""


def test_single_citation() -> None:
    assert parse_citations("See [@C26/77].") == [Citation("C26/77", "C26/77", "", None)]


def test_citation_with_paragraph_locator() -> None:
    [citation] = parse_citations("As argued [@C26/77, para 4].")
    assert citation.base_symbol == "C26/77"
    assert citation.locator == "para 4"
    assert citation.paragraph == 4


def test_group_of_citations_keeps_order() -> None:
    citations = parse_citations("[@CWG-Internet-22/4; @C26/52]")
    assert [c.base_symbol for c in citations] == ["CWG-Internet-22/4", "C26/52"]


def test_language_suffixed_key_with_paragraph_range() -> None:
    [citation] = parse_citations("[@C26/77-F, paras 3-5]")
    assert citation.key == "C26/77-F"
    assert citation.base_symbol == "C26/77"
    assert citation.locator == "paras 3-5"
    assert citation.paragraph == 3


def test_spans_cover_the_brackets() -> None:
    text = "a [@C26/77] b [@C26/1; @C26/2] c"
    spans = [span for span, _ in find_citations(text)]
    assert [text[s:e] for s, e in spans] == ["[@C26/77]", "[@C26/1; @C26/2]"]


def test_escaped_bracket_is_not_a_citation() -> None:
    assert find_citations(r"literal \[@C26/77] here") == []
    # An escaped backslash before the bracket does not escape the bracket.
    assert len(find_citations(r"\\[@C26/77]")) == 1


def test_code_span_and_links_are_not_citations() -> None:
    assert find_citations("`[@C26/77]` and [@C26/78](http://example.org)") == []


def test_ordinary_brackets_and_emails_are_not_citations() -> None:
    assert find_citations("[see annex] mail a@b.org [x @C26/77]") == []


def test_trailing_punctuation_is_not_part_of_key() -> None:
    [citation] = parse_citations("[@C26/77.]")
    assert citation.key == "C26/77"
    assert citation.locator == ""


def test_braced_key() -> None:
    [citation] = parse_citations("[@{C26/77-E}, p. 3]")
    assert citation.base_symbol == "C26/77"
    assert citation.locator == "p. 3"
    assert citation.paragraph is None


def test_citation_keys_are_base_symbols() -> None:
    text = "[@C26/77-F] and [@C26/77, para 2] and [@CWG-Internet-22/4-E]"
    assert citation_keys(text) == {"C26/77", "CWG-Internet-22/4"}


def test_replace_citations_uses_callback_and_keeps_the_rest() -> None:
    text = r"A [@C26/77, para 4]. B [@C26/1; @C26/2]. C \[@C26/9]."

    def render(citations: list[Citation]) -> str:
        return "<" + "|".join(c.base_symbol for c in citations) + ">"

    assert replace_citations(text, render) == r"A <C26/77>. B <C26/1|C26/2>. C \[@C26/9]."


def test_replace_without_citations_returns_text_unchanged() -> None:
    assert replace_citations("plain", lambda _c: "x") == "plain"


@pytest.mark.parametrize(
    ("locator", "numbers"),
    [
        ("para 4", [4]),
        ("para. 4", [4]),
        ("paras 3-5", [3, 4, 5]),
        ("paras 3–5", [3, 4, 5]),
        ("§§ 2, 7 and 9", [2, 7, 9]),
        ("¶ 12", [12]),
        ("paras 5-3", [3, 4, 5]),
        ("p. 3", []),
        ("section 2", []),
        ("", []),
    ],
)
def test_locator_paragraphs(locator: str, numbers: list[int]) -> None:
    assert locator_paragraphs(locator) == numbers


def test_huge_paragraph_range_is_capped() -> None:
    assert len(locator_paragraphs("paras 1-100000")) == 200


def test_paragraph_locator_spec() -> None:
    assert paragraph_locator_spec("paras 3-5") == "3-5"
    assert paragraph_locator_spec("p. 3") is None


def test_unique_base_symbols_keeps_first_order() -> None:
    citations = parse_citations("[@C26/2; @C26/1-F; @C26/2-E]")
    assert unique_base_symbols(citations) == ["C26/2", "C26/1"]


def test_a_written_citation_has_the_rows_its_text_parses_to() -> None:
    """`cite` gives the rows of a generated block without parsing it (issue 15): they are
    those `citation_rows` parses from `before [@key, para N]` whenever it gives them, for
    any text before without `@` and any key, and it gives them for ordinary symbols."""
    import random

    from cwgi_desktop.core.citations import citation_rows, cite

    rng = random.Random(7)
    key_parts = ["C26/", "77", "-E", "-F", "CWG-Internet-22/4", ".", " ", "Add.1", ";", "]",
                 "[", "`", "@", "{", "}", ",", "é", "_", "\\", "x", "-", "(", ")", "\u00a0"]
    before_parts = ["", "**Title**", "> quote", "\\", "\\\\", "`", "``", "[", "]", "(", ")",
                    "[x]", "a note", " ", "*", "_", "-", "\\[", "para 3", ";", "{", "}"]
    given = 0
    for _ in range(20000):
        key = "".join(rng.choice(key_parts) for _ in range(rng.randint(1, 5)))
        before = "".join(rng.choice(before_parts) for _ in range(rng.randint(0, 4)))
        paragraph = rng.choice([None, 0, 1, 4, 12, 250, -1])
        group, rows = cite(key, paragraph)
        text = f"{before} {group}" if before else group
        assert group == f"[@{key}" + ("" if paragraph is None else f", para {paragraph}") + "]"
        if rows is not None:
            given += 1
            assert rows == citation_rows(text), (before, key, paragraph)
    assert given > 1000
    for key in ("C26/77", "C26/77-F", "CWG-Internet-22/4", "SG3RG-AFR/12", "C26/1.2"):
        for paragraph in (None, 3):
            group, rows = cite(key, paragraph)
            assert rows is not None and rows == citation_rows(f"> a quote {group}")
