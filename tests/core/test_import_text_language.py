"""Issue 13: .txt encodings misread, and language labels that were guesses."""

from __future__ import annotations

import pytest
from pdf_fixtures import make_pdf

from cwgi_desktop.core.importers import parse_bytes
from cwgi_desktop.core.importers.language import OTHER, identify_language

ASCII = ("Contribution from the Administration, ITU-T Study Group 17, version 2.1. See the "
         "report at https://www.example.org/docs/2026/report.html for details. ")
HEBREW = ("האינטרנט הוא משאב ציבורי עולמי, ויש להבטיח גישה פתוחה ובטוחה לכל האזרחים. "
          "הממשלה תומכת בשיתוף פעולה בינלאומי בנושאי מדיניות ציבורית.")
FRENCH = "Le Conseil est invité à examiner la présente contribution et à fournir des avis."


@pytest.mark.parametrize("chinese", ["中華電信", "臺北", "電信管理", "資訊"])
@pytest.mark.parametrize("repeat", [2, 10, 30])
def test_big5_with_much_ascii_is_not_read_as_a_latin_code_page(chinese: str,
                                                                repeat: int) -> None:
    text = f"{ASCII * repeat}\n\n{chinese}\n"
    doc = parse_bytes(text.encode("big5"), "tw.txt")
    assert [p.text for p in doc.paragraphs][-1] == chinese


@pytest.mark.parametrize("encoding", ["cp1255", "iso8859_8"])
def test_hebrew_is_read_as_hebrew_and_not_labelled_russian(encoding: str) -> None:
    doc = parse_bytes(f"{HEBREW}\n\n{HEBREW}\n".encode(encoding), "he.txt")
    assert [p.text for p in doc.paragraphs] == [HEBREW, HEBREW]
    assert doc.language == OTHER


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("text", [FRENCH, "请理事会审议本文稿并就提高工作组的效率提供指导。",
                                  "Совету предлагается рассмотреть настоящий вклад."])
def test_utf32_without_bom_is_text(encoding: str, text: str) -> None:
    doc = parse_bytes(f"{text}\n\n{text}\n".encode(encoding), "u32.txt")
    assert [p.text for p in doc.paragraphs] == [text, text]


def test_utf16_latin_text_is_not_taken_for_utf32() -> None:
    doc = parse_bytes(f"{FRENCH}\n\n{FRENCH}\n".encode("utf-16-le"), "u16.txt")
    assert [p.text for p in doc.paragraphs] == [FRENCH, FRENCH]


@pytest.mark.parametrize(("text", "language"), [
    ("Der Rat wird gebeten, diesen Beitrag zu prüfen und Hinweise zu geben.", OTHER),
    ("O Conselho é convidado a examinar a presente contribuição e fornecer orientação.",
     OTHER),
    ("Рада запрошується розглянути цей внесок і надати рекомендації.", OTHER),
    ("اینترنت یک منبع عمومی جهانی است و باید دسترسی باز را تضمین کرد", OTHER),
    ("インターネットは公共の資源であり、すべての人に開かれているべきです。", OTHER),
    (HEBREW, OTHER),
    ("本文件討論網際網路公共政策議題，包括網路安全與數位包容。", "zh"),  # traditional
    ("请理事会审议本文稿并提供指导。", "zh"),
    ("The Council is invited to consider this contribution.", "en"),
    (FRENCH, "fr"),
    ("Se invita al Consejo a examinar la presente contribución.", "es"),
    ("Совету предлагается рассмотреть настоящий вклад.", "ru"),
    ("يُدعى المجلس إلى النظر في هذه المساهمة.", "ar"),
    ("C26/77 2026", None),
])
def test_language_is_one_of_the_six_or_other(text: str, language: str | None) -> None:
    assert identify_language(text) == language


def test_every_importer_uses_the_identifier_when_nothing_declares_the_language() -> None:
    german = "Der Rat wird gebeten, diesen Beitrag zu prüfen und Hinweise zu geben."
    pdf = parse_bytes(make_pdf([[german]]), "de.pdf")
    md = parse_bytes(f"# Beitrag\n\n{german}\n".encode(), "de.md")
    txt = parse_bytes(german.encode("utf-8"), "de.txt")
    assert (pdf.language, md.language, txt.language) == (OTHER, OTHER, OTHER)
    assert pdf.symbol is None


def test_declared_language_wins_and_other_keeps_no_symbol_suffix() -> None:
    german = "Der Rat wird gebeten, diesen Beitrag zu prüfen und Hinweise zu geben."
    doc = parse_bytes(german.encode(), "C26-77-E.txt")
    assert (doc.language, doc.symbol) == ("en", "C26/77-E")
