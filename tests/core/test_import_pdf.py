"""PDF import faults of issue 13, each on a real PDF written by the fixtures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pdf_fixtures import (
    encrypted,
    make_arabic_visual_pdf,
    make_arabic_words_pdf,
    make_cid_pdf,
    make_form_pdf,
    make_pdf,
    make_stamped_pdf,
    make_unspaced_pdf,
    without_startxref,
)

from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.importers import parse_bytes
from cwgi_desktop.core.importers.pdf import _Line, _strip_running_header

EN = "The Council is invited to consider this contribution and to provide guidance."
EN2 = "Member States have supported the open consultations on Internet public policy."


def _texts(data: bytes, name: str = "c.pdf") -> list[str]:
    return [p.text for p in parse_bytes(data, name).paragraphs]


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_with_empty_user_password_opens(algorithm: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "aes.pdf"
    path.write_bytes(encrypted(make_pdf([[EN]]), algorithm=algorithm))
    # In a fresh process where no crypto package can be imported (the application does
    # not ship one): the file must still open.
    code = ("import sys; sys.modules['cryptography'] = sys.modules['Crypto'] = None\n"
            "from cwgi_desktop.core.importers import parse_file\n"
            "print(parse_file(sys.argv[1]).paragraphs[0].text)\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True)
    assert (out.stdout.strip(), out.stderr) == (EN, "")


def test_aes_pdf_with_a_real_user_password_is_still_refused() -> None:
    data = encrypted(make_pdf([[EN]]), algorithm="AES-256", user="secret")
    with pytest.raises(ImportRejected) as info:
        parse_bytes(data, "locked.pdf")
    assert info.value.reason == "encrypted PDF"


@pytest.mark.parametrize("keep_xref", [True, False])
def test_pdf_without_startxref_opens_like_other_readers(keep_xref: bool) -> None:
    data = without_startxref(make_pdf([[EN]]), keep_xref=keep_xref)
    assert b"startxref" not in data
    # poppler opens it (the reference "other reader")...
    shown = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True).stdout
    assert EN in shown.decode()
    assert _texts(data) == [EN]  # ...and so do we


def test_cid_font_with_to_unicode_is_read() -> None:
    assert _texts(make_cid_pdf([EN], with_to_unicode=True)) == [EN]


def test_cid_font_without_to_unicode_is_rejected_with_the_reason() -> None:
    with pytest.raises(ImportRejected) as info:
        parse_bytes(make_cid_pdf([EN, EN2], with_to_unicode=False), "glyphs.pdf")
    assert info.value.reason.startswith("unreadable text: 100% of the characters have no "
                                        "Unicode mapping")
    assert "ToUnicode" in info.value.reason


def test_a_few_unmapped_glyphs_stay_visible_as_replacement_marks() -> None:
    """Below the refusal threshold, each glyph without a mapping is a visible U+FFFD in
    the stored text (never dropped or turned into a control character silently)."""
    texts = _texts(make_cid_pdf([EN, EN2], with_to_unicode=True, unmapped="v"))
    joined = " ".join(texts)
    assert joined == f"{EN} {EN2}".replace("v", "\ufffd")


def test_a_shifted_to_unicode_map_is_rejected_as_wrong_letters() -> None:
    with pytest.raises(ImportRejected) as info:
        parse_bytes(make_cid_pdf([EN, EN2], with_to_unicode=True, shift=29), "shift.pdf")
    assert "map characters to the wrong letters" in info.value.reason


@pytest.mark.parametrize("lines", [
    ["English: Hello World", "Thai: สวัสดีชาวโลก", "Japanese: こんにちは世界",
     "Greek: Γειά σου Κόσμε"],
    ["Szczęście w nieszczęściu: przyjmujemy wkład Rzeczypospolitej Polskiej."],
])
def test_text_in_other_scripts_is_readable_and_imported(lines: list[str]) -> None:
    """Signs of a wrong map that hold in any language only: a PDF in Thai or Japanese
    is not refused for being outside the six languages."""
    assert " ".join(_texts(make_cid_pdf(lines, with_to_unicode=True))) == " ".join(lines)


@pytest.mark.parametrize("gap", [2.2, 3.3, 6.6])  # a third, half, whole space
def test_words_placed_one_by_one_without_spaces_keep_their_spaces(gap: float) -> None:
    data = make_unspaced_pdf([EN[:60], EN2[:60]], gap=gap)
    assert b"( )" not in data and b"This is" not in data
    text = " ".join(_texts(data))
    assert text == f"{EN[:60]} {EN2[:60]}".replace("  ", " ")


def test_form_field_values_are_imported() -> None:
    data = make_form_pdf({"country": "Federative Republic of Brazil",
                          "answer": "We support open and inclusive consultations."},
                         ["Name of the Member State:"])
    # PDFium draws the fields as a reader would (flattening them into the page), so the
    # values come in reading order with the page's own text.
    assert " ".join(_texts(data)) == ("Name of the Member State: Federative Republic of "
                                      "Brazil We support open and inclusive consultations.")


def test_text_only_in_an_annotation_appearance_is_imported() -> None:
    data = make_stamped_pdf([EN], "U.S. Department of the Interior, Fish and Wildlife")
    assert " ".join(_texts(data)) == f"{EN} U.S. Department of the Interior, Fish and Wildlife"


def test_form_only_pdf_is_not_called_scanned() -> None:
    data = make_form_pdf({"answer": "Consultations should stay open to all stakeholders."})
    assert _texts(data) == ["Consultations should stay open to all stakeholders."]


ARABIC = ["المحتد العربي", "ترك بسم العربي"]


def test_arabic_in_visual_order_and_presentation_forms_is_normalised() -> None:
    data = make_arabic_visual_pdf(ARABIC)
    texts = _texts(data)
    assert " ".join(texts) == " ".join(ARABIC)
    assert not any("\ufb50" <= ch <= "\ufeff" for text in texts for ch in text)


@pytest.mark.parametrize("content_order", ["logical", "visual"])
def test_arabic_set_word_by_word_keeps_its_word_order(content_order: str) -> None:
    lines = ["المحتد العربي ترك", "بسم العربي"]
    data = make_arabic_words_pdf(lines, content_order=content_order)
    assert " ".join(_texts(data)) == " ".join(lines)


def test_normalise_rtl_reverses_visual_order_and_applies_nfkc() -> None:
    from pdf_fixtures import shape_arabic

    from cwgi_desktop.core.importers.readable import normalise_rtl

    logical = " ".join(shape_arabic(w) for w in ARABIC[1].split())
    assert normalise_rtl(logical) == ARABIC[1]  # logical order: forms only
    assert normalise_rtl(logical[::-1]) == ARABIC[1]  # visual order: reversed back
    assert normalise_rtl("ﬁnal") == "final"  # a Latin ligature of the same block
    assert normalise_rtl("① ｆｕｌｌ") == "① ｆｕｌｌ"  # NFKC is not applied elsewhere


def _lines(*texts: str) -> list[_Line]:
    return [_Line(t) for t in texts]


def test_running_header_removes_only_the_page_number() -> None:
    kept = _strip_running_header(_lines("2019", "Spending rose in", "42"), 2)
    assert [line.text for line in kept] == ["2019", "Spending rose in", "42"]
    kept = _strip_running_header(_lines("3", "Body text", "3"), 2)
    assert [line.text for line in kept] == ["Body text"]
    kept = _strip_running_header(_lines("Body text", "4"), 4)  # cover page unnumbered
    assert [line.text for line in kept] == ["Body text"]


def test_bare_numbers_at_page_edges_survive_import() -> None:
    data = make_pdf([[EN, EN2, "", "150"], ["Total:", "", EN2, EN, "", "2"]])
    texts = _texts(data)
    assert "150" in texts and "2" not in texts


def test_pdf_import_writes_nothing_to_stderr(tmp_path: Path) -> None:
    """The CLI promises one line per problem: the PDF engine must not log."""
    broken = make_pdf([[EN]]).replace(b"/Length", b"/Lngth", 1)
    path = tmp_path / "broken.pdf"
    path.write_bytes(broken)
    code = ("import sys; from cwgi_desktop.core.importers import parse_file\n"
            "try: parse_file(sys.argv[1])\nexcept Exception as e: pass\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True)
    assert out.stderr == ""
