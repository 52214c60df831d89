"""Metadata heuristics: symbols, file names, sources, titles, dates, languages."""

from __future__ import annotations

import pytest

from cwgi_desktop.core.importers import ParsedParagraph, parse_bytes
from cwgi_desktop.core.importers.metadata import (
    detect_language,
    extract_metadata,
    find_date,
    find_source,
    symbol_from_file_name,
)

EN_BODY = (
    "The Council is invited to consider this contribution and to provide guidance on the "
    "work of the group, which should be aligned with its mandate."
)


def _paras(*texts: str, style: str = "body") -> list[ParsedParagraph]:
    return [ParsedParagraph(t, style) for t in texts]


# ------------------------------------------------------------------------------- symbols


@pytest.mark.parametrize(
    ("line", "symbol", "base", "language"),
    [
        ("Document C26/77-F", "C26/77-F", "C26/77", "fr"),
        ("C26/77-F", "C26/77-F", "C26/77", "fr"),
        ("Document CWG-Internet-22/4-E", "CWG-Internet-22/4-E", "CWG-Internet-22/4", "en"),
        ("CWG-Internet-22/4-E", "CWG-Internet-22/4-E", "CWG-Internet-22/4", "en"),
        ("Документ C26/77-R", "C26/77-R", "C26/77", "ru"),
        ("الوثيقة C26/77-A", "C26/77-A", "C26/77", "ar"),
        ("文件 C26/77-C", "C26/77-C", "C26/77", "zh"),
        ("Documento C26/77-S", "C26/77-S", "C26/77", "es"),
        ("Document C26/INF/5-E", "C26/INF/5-E", "C26/INF/5", "en"),
        ("Document C26/52(Rev.1)-E", "C26/52-E", "C26/52", "en"),
    ],
)
def test_symbol_forms(line: str, symbol: str, base: str, language: str) -> None:
    meta = extract_metadata(_paras("Council 2026", line, EN_BODY), "file.docx")
    assert (meta.symbol, meta.base_symbol, meta.language) == (symbol, base, language)


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("C26-77-F.docx", ("C26/77", "F")),
        ("C26_77_F.txt", ("C26/77", "F")),
        ("c26-77-e.pdf", ("C26/77", "E")),
        ("C26-77.docx", ("C26/77", None)),
        ("CWG-Internet-22-4-E.pdf", ("CWG-Internet-22/4", "E")),
        ("CWG_Internet_22_4_R.docx", ("CWG-Internet-22/4", "R")),
        ("S26-CL-C-0077!!MSW-F.docx", ("C26/77", "F")),
        ("notes.docx", None),
        ("ABC26-77-F.docx", None),
    ],
)
def test_symbol_from_file_name(file_name: str, expected: tuple[str, str | None] | None) -> None:
    assert symbol_from_file_name(file_name) == expected


def test_file_name_symbol_is_used_when_the_text_has_none() -> None:
    doc = parse_bytes(f"{EN_BODY}\n".encode(), "C26_77_S.txt")
    assert (doc.symbol, doc.base_symbol, doc.language) == ("C26/77-S", "C26/77", "es")


def test_labelled_symbol_beats_file_name_and_prose_references() -> None:
    meta = extract_metadata(
        _paras(
            "The quadrennial report (C26/52-E) gives an overview of the activities of the group "
            "and of its open consultations.",
            "Document C26/77-F",
        ),
        "C26-99-E.docx",
    )
    assert meta.symbol == "C26/77-F"


def test_symbol_in_prose_is_not_the_document_symbol() -> None:
    meta = extract_metadata(
        _paras("The quadrennial report (C26/52-E) gives an overview of the group's work."),
        "notes.txt",
    )
    assert (meta.symbol, meta.base_symbol) == (None, None)


def test_missing_suffix_comes_from_the_detected_language() -> None:
    meta = extract_metadata(_paras("Document C26/77", EN_BODY), "x.docx")
    assert (meta.symbol, meta.base_symbol, meta.language) == ("C26/77-E", "C26/77", "en")


def test_missing_suffix_comes_from_the_file_name_for_the_same_document() -> None:
    meta = extract_metadata(_paras("Document C26/77", EN_BODY), "C26-77-F.docx")
    assert (meta.symbol, meta.language) == ("C26/77-F", "fr")


# ------------------------------------------------------------------------------- sources


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Contribution from the Russian Federation", "Russian Federation"),
        ("Contribution by Brazil", "Brazil"),
        ("Contribution from The Gambia", "The Gambia"),
        ("Contribution de la Fédération de Russie", "Fédération de Russie"),
        ("Contribution du Brésil", "Brésil"),
        ("Contribution des États-Unis d'Amérique", "États-Unis d'Amérique"),
        ("Contribución de la Federación de Rusia", "Federación de Rusia"),
        ("Contribución del Reino Unido", "Reino Unido"),
        ("Вклад Российской Федерации", "Российской Федерации"),
        ("مساهمة من الاتحاد الروسي", "الاتحاد الروسي"),
        ("مساهمة الاتحاد الروسي", "الاتحاد الروسي"),
        ("俄罗斯联邦提交的文稿", "俄罗斯联邦"),
        ("来自俄罗斯联邦的文稿", "俄罗斯联邦"),
        ("俄罗斯联邦的文稿", "俄罗斯联邦"),
        ("Note by the Secretary-General", "Note by the Secretary-General"),
        ("Note du Secrétaire général", "Note du Secrétaire général"),
        ("Nota del Secretario General", "Nota del Secretario General"),
        (
            "Report by the Chair of the CWG-Internet",
            "Report by the Chair of the CWG-Internet",
        ),
    ],
)
def test_source_forms(line: str, source: str) -> None:
    assert find_source(["Document C26/77-E", "12 May 2026", line, "TITLE OF IT"]) == (2, source)


def test_sentences_are_not_source_lines() -> None:
    assert find_source(["Contribution from members is welcome in all cases.", "Text."]) is None


# -------------------------------------------------------------------------------- titles


def test_title_is_the_all_caps_paragraph_after_the_source() -> None:
    meta = extract_metadata(
        _paras(
            "Council 2026",
            "Document C26/77-E",
            "12 May 2026",
            "Original: English",
            "Contribution from Brazil",
            "ENHANCING THE EFFICIENCY OF THE CWG-INTERNET",
            "Purpose",
            EN_BODY,
        ),
        "x.docx",
    )
    assert meta.title == "ENHANCING THE EFFICIENCY OF THE CWG-INTERNET"
    assert meta.source == "Brazil"


def test_title_in_a_caseless_script_is_the_line_after_the_source() -> None:
    meta = extract_metadata(
        _paras("文件 C26/77-C", "俄罗斯联邦提交的文稿", "提高理事会互联网工作组的效率", "目的"),
        "x.pdf",
    )
    assert meta.title == "提高理事会互联网工作组的效率"


def test_title_falls_back_to_a_heading_then_the_first_substantial_line() -> None:
    with_heading = [
        *_paras("Document C26/77-E", "Short", EN_BODY),
        ParsedParagraph("Internet exchange points", "heading"),
    ]
    assert extract_metadata(with_heading, "x.txt").title == "Internet exchange points"
    plain = _paras("Document C26/77-E", "12 May 2026", "Notes on the open consultation", EN_BODY)
    assert extract_metadata(plain, "x.txt").title == "Notes on the open consultation"


def test_table_cells_are_never_the_title() -> None:
    paragraphs = _paras("COUNCIL 2026", "GENEVA", style="table") + _paras(EN_BODY)
    assert extract_metadata(paragraphs, "x.docx").title == EN_BODY


# --------------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("12 May 2026", "2026-05-12"),
        ("May 25, 2017", "2017-05-25"),
        ("11 juillet 2002", "2002-07-11"),
        ("1er juillet 2002", "2002-07-01"),
        ("22 de mayo de 2013", "2013-05-22"),
        ("2023年3月30日", "2023-03-30"),
        ("28 июня 2017 года", "2017-06-28"),
        ("4 سبتمبر 2014", "2014-09-04"),
        ("٤ سبتمبر ٢٠١٤", "2014-09-04"),
        ("2026-01-22", "2026-01-22"),
    ],
)
def test_date_forms(line: str, iso: str) -> None:
    assert find_date(["Document C26/77-E", line, "Original: English"]) == iso


def test_meeting_date_ranges_are_not_the_document_date() -> None:
    head = ["Council 2026", "Geneva, 28 April – 8 May 2026", "Document C26/52-E", "12 May 2026"]
    assert find_date(head) == "2026-05-12"
    assert find_date(["Twenty-second meeting – Geneva, 22-23 January 2026"]) is None


def test_impossible_dates_are_ignored() -> None:
    assert find_date(["31 février 2026"]) is None


# ----------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (EN_BODY, "en"),
        ("Le Conseil est invité à examiner la présente contribution et l'efficacité du GTC.", "fr"),
        ("Se invita al Consejo a examinar la presente contribución y los trabajos del Grupo", "es"),
        ("Совету предлагается рассмотреть настоящий вклад.", "ru"),
        ("يُدعى المجلس إلى النظر في هذه المساهمة.", "ar"),
        ("请理事会审议本文稿 C26/77 并提供指导。", "zh"),
        ("12345 67890", None),
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language
