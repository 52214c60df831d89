"""Importers, one format at a time: real files built in tmp_path, exact expectations."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from importer_fixtures import (
    docx_bytes_with_document_xml,
    make_contribution_docx,
    make_pdf,
)

from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.importers import (
    SUPPORTED_EXTENSIONS,
    ParsedDocument,
    ParsedParagraph,
    parse_bytes,
    parse_file,
)
from cwgi_desktop.core.importers import pdf as pdf_module

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FR_BODY = (
    "Le Conseil est invité à examiner la présente contribution et à fournir des orientations "
    "sur l'amélioration de l'efficacité du GTC-Internet."
)

# One paragraph of ordinary prose per language (no symbol, no suffix to give it away).
PROSE = {
    "en": "The Council is invited to consider this contribution and to provide guidance on "
    "the work of the group, which should be aligned with its mandate.",
    "fr": FR_BODY + " Ces consultations ont fourni un cadre utile pour les parties prenantes.",
    "es": "Se invita al Consejo a examinar la presente contribución y a proporcionar "
    "orientaciones sobre la eficacia del Grupo, como parte de sus trabajos.",
    "ru": "Совету предлагается рассмотреть настоящий вклад и дать указания относительно "
    "повышения эффективности работы Группы.",
    "ar": "يُدعى المجلس إلى النظر في هذه المساهمة وتقديم التوجيهات بشأن تحسين فعالية فريق العمل.",
    "zh": "请理事会审议本文稿并就提高理事会互联网工作组的效率提供指导。",
}


def _texts(doc: ParsedDocument) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_supported_extensions() -> None:
    assert frozenset({".docx", ".pdf", ".txt", ".md", ".markdown"}) == SUPPORTED_EXTENSIONS


# ----------------------------------------------------------------------------------- docx


def test_docx_contribution_paragraphs_styles_and_metadata(tmp_path: Path) -> None:
    path = make_contribution_docx(tmp_path / "contribution.docx")
    doc = parse_file(path)
    assert doc.format == "docx"
    assert doc.file_name == "contribution.docx"
    assert len(doc.sha256) == 64
    # The first-page table, source line and title are the cover: metadata, not body.
    assert doc.cover == {"meeting": "Conseil 2026 Genève, 28 avril – 8 mai 2026",
                         "original_language": "en"}
    assert doc.paragraphs == [
        ParsedParagraph("1 Introduction", "heading"),  # the tab became a space
        ParsedParagraph(FR_BODY, "body"),
        ParsedParagraph(
            "Ces quatre dernières années, le GTC-Internet a poursuivi ses travaux en tenant des "
            "réunions régulières et des consultations ouvertes.",
            "body",
        ),
        ParsedParagraph("premier point de la liste", "list"),
        ParsedParagraph("second point de la liste", "list"),
    ]
    assert (doc.symbol, doc.base_symbol, doc.language) == ("C26/77-F", "C26/77", "fr")
    assert doc.source == "Fédération de Russie"
    assert doc.title == "AMÉLIORATION DE L'EFFICACITÉ DU GROUPE DE TRAVAIL"
    assert doc.date == "2026-05-12"


def test_docx_title_style_gives_the_title(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Contribution from the Russian Federation")
    document.add_paragraph("Some introductory words before the real title appear here.")
    document.add_heading("Improving the efficiency of the group", level=0)  # Title style
    document.add_paragraph("The Council is invited to consider this contribution.")
    path = tmp_path / "t.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert doc.title == "Improving the efficiency of the group"
    assert doc.paragraphs[1].style == "heading"  # the source line is cover, not body
    assert doc.language == "en"


def test_docx_skips_deleted_text_and_fallbacks_and_reads_text_boxes() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    xml = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:mc="{mc}"><w:body>
<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del><w:r><w:delText>gone</w:delText>
</w:r></w:del><w:r><w:t>text</w:t><w:tab/><w:t>after</w:t><w:br/><w:t>tab</w:t></w:r>
<w:r><w:instrText>PAGE</w:instrText></w:r></w:p>
<w:p><w:r><w:t>Host</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">
<w:drawing><w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent>
</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In the box</w:t>
</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>
<w:r><w:t>numbered item</w:t></w:r></w:p>
<w:p><w:r><w:t>   </w:t></w:r></w:p>
<w:sdt><w:sdtContent><w:p><w:r><w:t>In a content control</w:t></w:r></w:p></w:sdtContent>
</w:sdt></w:body></w:document>""".encode()
    doc = parse_bytes(docx_bytes_with_document_xml(xml), "x.docx")
    assert doc.paragraphs == [
        ParsedParagraph("Outline heading", "heading"),
        ParsedParagraph("Kept text after tab", "body"),
        ParsedParagraph("Host", "body"),
        ParsedParagraph("In the box", "body"),
        ParsedParagraph("numbered item", "list"),
        ParsedParagraph("In a content control", "body"),
    ]


def test_docx_of_3000_words_in_split_runs_parses_every_word(tmp_path: Path) -> None:
    """Every word of runs split by formatting comes through (speed is bench/bench_import.py's
    business: no timed assertion here)."""
    import docx

    document = docx.Document()
    sentence = "the council is invited to consider the contribution and to provide guidance "
    for index in range(120):  # 120 paragraphs x (13 + 12 words) = 3000 words
        paragraph = document.add_paragraph()
        paragraph.add_run(sentence + f"{index} ").bold = True
        paragraph.add_run(sentence)
    path = tmp_path / "long.docx"
    document.save(str(path))
    doc = parse_file(path, data=path.read_bytes())
    assert sum(len(p.text.split()) for p in doc.paragraphs) == 3000
    assert doc.paragraphs[0].text.startswith("the council is invited") and \
        doc.paragraphs[0].text.endswith("to provide guidance")


# ------------------------------------------------------------------------------------ pdf


def test_pdf_lines_are_grouped_into_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(
        make_pdf(
            [
                [
                    "Document C26/77-F",
                    "12 mai 2026",
                    "",
                    "Contribution de la Fédération de Russie",
                    "",
                    "AMÉLIORATION DE L'EFFICACITÉ DU GROUPE",
                    "",
                    "Le Conseil est invité à examiner la présente contribution et à fournir",
                    "des orientations sur l'amélioration de l'efficacité du GTC-",
                    "Internet.",
                    "",
                    "– premier point",
                    "– second point",
                    "",
                    "Ces consultations ont fourni un cadre utile pour la participation des",
                ],
                ["- 2 -", "C26/77-F", "parties prenantes et l'échange de vues."],
            ]
        )
    )
    doc = parse_file(path)
    assert doc.format == "pdf"
    assert doc.paragraphs == [  # symbol, date, source and title lines are the cover
        ParsedParagraph(
            "Le Conseil est invité à examiner la présente contribution et à fournir des "
            "orientations sur l'amélioration de l'efficacité du GTC-Internet.",
            "body",
        ),
        ParsedParagraph("– premier point", "list"),
        ParsedParagraph("– second point", "list"),
        ParsedParagraph(  # continued across the page break; running header dropped
            "Ces consultations ont fourni un cadre utile pour la participation des parties "
            "prenantes et l'échange de vues.",
            "body",
        ),
    ]
    assert (doc.symbol, doc.language, doc.source, doc.date) == (
        "C26/77-F",
        "fr",
        "Fédération de Russie",
        "2026-05-12",
    )
    assert doc.title == "AMÉLIORATION DE L'EFFICACITÉ DU GROUPE"


def test_pdf_with_cyrillic_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(make_pdf([["Вклад Российской Федерации", "", PROSE["ru"][:60]]]))
    doc = parse_file(path)
    assert _texts(doc)[0] == "Вклад Российской Федерации"
    assert doc.language == "ru"
    assert doc.source == "Российской Федерации"


def test_pdf_with_empty_user_password_is_read() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[PROSE["en"][:70]]]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    doc = parse_bytes(out.getvalue(), "open.pdf")
    assert _texts(doc) == [PROSE["en"][:70]]


def test_pdf_page_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "MAX_PDF_PAGES", 2)
    with pytest.raises(ImportRejected) as info:
        parse_bytes(make_pdf([["one"], ["two"], ["three"]]), "long.pdf")
    assert info.value.reason == "too many pages (3; the limit is 2)"


# ------------------------------------------------------------------------------------ txt

ENCODED_TEXTS = [
    ("utf-8", b"", "fr"),
    ("utf-8", b"\xef\xbb\xbf", "fr"),
    ("utf-16-le", b"\xff\xfe", "ru"),
    ("utf-16-be", b"\xfe\xff", "ar"),
    ("cp1252", b"", "fr"),
    ("cp1251", b"", "ru"),
    ("cp1256", b"", "ar"),
    ("gb18030", b"", "zh"),
]


@pytest.mark.parametrize(("encoding", "bom", "language"), ENCODED_TEXTS)
def test_txt_encodings_are_decoded_without_garbling(
    tmp_path: Path, encoding: str, bom: bytes, language: str
) -> None:
    text = PROSE[language]
    if encoding == "cp1252":
        text = text.replace("‑", "-")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(bom + f"{text}\r\n\r\n{text}\r\n".encode(encoding))
    doc = parse_file(path)
    assert doc.format == "txt"
    assert _texts(doc) == [text, text]
    assert doc.language == language


def test_txt_paragraphs_split_on_blank_lines_joining_wrapped_lines() -> None:
    data = (
        b"First paragraph of the text,\nwrapped on two lines.\n\n"
        b"Second paragraph.\n- an item\n- another item\n\n\n1) first proposal\n"
    )
    doc = parse_bytes(data, "a.txt")
    assert doc.paragraphs == [
        ParsedParagraph("First paragraph of the text, wrapped on two lines.", "body"),
        ParsedParagraph("Second paragraph.", "body"),
        ParsedParagraph("- an item", "list"),
        ParsedParagraph("- another item", "list"),
        ParsedParagraph("1) first proposal", "list"),
    ]


def test_txt_without_blank_lines_has_one_paragraph_per_line() -> None:
    data = b"Introduction\nThe first line is a paragraph.\nThe second line too.\n"
    doc = parse_bytes(data, "b.txt")
    assert doc.paragraphs == [
        ParsedParagraph("Introduction", "heading"),
        ParsedParagraph("The first line is a paragraph.", "body"),
        ParsedParagraph("The second line too.", "body"),
    ]


def test_txt_seed_contribution() -> None:
    path = Path("/work/shared/samples/seed-contribution-fr.txt")
    if not path.exists():
        pytest.skip("sample not available")
    doc = parse_file(path)
    assert doc.language == "fr"
    assert doc.title is not None and doc.title.startswith("AMÉLIORATION DE L'EFFICACITÉ")
    texts = _texts(doc)
    assert texts[1:3] == ["Objet", texts[2]] and texts[2].startswith("La présente contribution")
    assert [p.style for p in doc.paragraphs[-4:]] == ["list"] * 4
    assert texts[-1].startswith("4) en annexant")


# ------------------------------------------------------------------------------------- md


def test_markdown_blocks_inline_markup_and_front_matter(tmp_path: Path) -> None:
    source = """---
title: "Key findings on IXPs"
symbol: CWG-Internet-22/4-E
date: 2026-01-22
---
Contribution from **Brazil**

# 1 Introduction

Internet exchange points *keep* traffic `local`, see [the report](http://example.org/r)
and [@C26/77; @CWG-Internet-22/4]. Escaped \\*stars\\* stay.

Setext heading
--------------

- first _bullet_ item
  continued here
* second ~~bullet~~ item
1. numbered finding

| Region | IXPs |
|--------|-----:|
| Africa | 60 |

> a quoted line

```
code block
```
<!-- a comment -->
"""
    path = tmp_path / "draft.md"
    path.write_text(source, encoding="utf-8")
    doc = parse_file(path)
    assert doc.format == "md"
    assert doc.paragraphs == [  # the source line is cover
        ParsedParagraph("1 Introduction", "heading"),
        ParsedParagraph(
            "Internet exchange points keep traffic local, see the report and "
            "[@C26/77; @CWG-Internet-22/4]. Escaped *stars* stay.",
            "body",
        ),
        ParsedParagraph("Setext heading", "heading"),
        ParsedParagraph("first bullet item continued here", "list"),
        ParsedParagraph("second bullet item", "list"),
        ParsedParagraph("1. numbered finding", "list"),
        ParsedParagraph("Region | IXPs", "table"),
        ParsedParagraph("Africa | 60", "table"),
        ParsedParagraph("a quoted line", "body"),
        ParsedParagraph("code block", "body"),
    ]
    assert doc.title == "Key findings on IXPs"
    assert (doc.symbol, doc.base_symbol, doc.language) == (
        "CWG-Internet-22/4-E",
        "CWG-Internet-22/4",
        "en",
    )
    assert doc.source == "Brazil"
    assert doc.date == "2026-01-22"


def test_markdown_extension_variant_and_heading_title() -> None:
    doc = parse_bytes(b"# Accessibility of ICTs\n\nText of the findings here.\n", "x.markdown")
    assert doc.format == "md"
    assert doc.title == "Accessibility of ICTs"


# ------------------------------------------------------------------------------ languages


@pytest.mark.parametrize("language", sorted(PROSE))
def test_language_is_detected_from_the_text(language: str) -> None:
    doc = parse_bytes(f"Untitled\n\n{PROSE[language]}\n".encode(), "note.txt")
    assert doc.language == language
    assert doc.symbol is None


def test_suffix_wins_over_detection() -> None:
    doc = parse_bytes(f"Document C26/77-S\n\n{PROSE['en']}\n".encode(), "x.txt")
    assert (doc.symbol, doc.language) == ("C26/77-S", "es")


def test_parse_file_uses_bytes_given_by_the_caller(tmp_path: Path) -> None:
    doc = parse_file(tmp_path / "never-written.txt", data=PROSE["en"].encode())
    assert _texts(doc) == [PROSE["en"]]
    assert doc.file_name == "never-written.txt"


SIX_LANGUAGE_COVERS = {
    "en": (
        "Document C26/77-E",
        "12 May 2026",
        "Contribution from the Russian Federation",
        "Russian Federation",
    ),
    "fr": (
        "Document C26/77-F",
        "11 juillet 2026",
        "Contribution de la Fédération de Russie",
        "Fédération de Russie",
    ),
    "es": (
        "Documento C26/77-S",
        "22 de mayo de 2026",
        "Contribución de la Federación de Rusia",
        "Federación de Rusia",
    ),
    "ru": (
        "Документ C26/77-R",
        "28 июня 2026 года",
        "Вклад Российской Федерации",
        "Российской Федерации",
    ),
    "ar": ("الوثيقة C26/77-A", "4 سبتمبر 2026", "مساهمة من الاتحاد الروسي", "الاتحاد الروسي"),
    "zh": ("文件 C26/77-C", "2026年3月30日", "俄罗斯联邦提交的文稿", "俄罗斯联邦"),
}
ISO_DATES = {
    "en": "2026-05-12",
    "fr": "2026-07-11",
    "es": "2026-05-22",
    "ru": "2026-06-28",
    "ar": "2026-09-04",
    "zh": "2026-03-30",
}


@pytest.mark.parametrize("language", sorted(SIX_LANGUAGE_COVERS))
def test_docx_cover_page_in_six_languages(tmp_path: Path, language: str) -> None:
    symbol_line, date_line, source_line, source = SIX_LANGUAGE_COVERS[language]
    path = make_contribution_docx(
        tmp_path / "cover.docx",
        symbol_line=symbol_line,
        date_line=date_line,
        source=source_line,
        title="TITLE OF THE CONTRIBUTION" if language in ("en", "fr", "es") else "标题 ТЕМА عنوان",
        body=(PROSE[language],),
    )
    doc = parse_file(path)
    assert doc.symbol == f"C26/77-{symbol_line[-1]}"
    assert doc.language == language
    assert doc.source == source
    assert doc.date == ISO_DATES[language]
    assert doc.title in ("TITLE OF THE CONTRIBUTION", "标题 ТЕМА عنوان")


@pytest.mark.parametrize("prefix", ["w", "x"])  # "w": fast styles reader; other: lxml reader
def test_docx_styles_heading_list_caps_and_inheritance(prefix: str) -> None:
    def ns(xml: str) -> bytes:
        return xml.replace("P:", f"{prefix}:").replace("xmlns:P", f"xmlns:{prefix}").encode()

    styles = ns(
        f"""<?xml version="1.0"?><P:styles xmlns:P="{W}">
<P:style P:type="paragraph" P:styleId="Titre1"><P:name P:val="heading 1"/></P:style>
<P:style P:type="paragraph" P:styleId="Sub"><P:name P:val="My sub"/><P:basedOn P:val="Titre1"/>
</P:style>
<P:style P:type="paragraph" P:styleId="Caps"><P:name P:val="Call"/><P:rPr><P:caps/></P:rPr>
</P:style>
<P:style P:type="paragraph" P:styleId="Puces"><P:name P:val="Puces"/><P:pPr><P:numPr>
<P:numId P:val="4"/></P:numPr></P:pPr></P:style>
<P:style P:type="paragraph" P:styleId="enumlev1"><P:name P:val="enumlev1"/></P:style>
<P:style P:type="character" P:styleId="Heading1Char"><P:name P:val="Heading 1 Char"/>
</P:style></P:styles>"""
    )
    body = "".join(
        f'<P:p><P:pPr><P:pStyle P:val="{style}"/></P:pPr><P:r><P:t>{text}</P:t></P:r></P:p>'
        for style, text in [
            ("Titre1", "Heading by name"),
            ("Sub", "Heading by inheritance"),
            ("Caps", "Rendered in capitals"),
            ("Puces", "List by numbering"),
            ("enumlev1", "List by ITU style"),
            ("Unknown", "Plain body"),
        ]
    )
    document = ns(
        f'<?xml version="1.0"?><P:document xmlns:P="{W}"><P:body>{body}</P:body></P:document>'
    )
    data = docx_bytes_with_document_xml(document, extra={"word/styles.xml": styles})
    doc = parse_bytes(data, "styled.docx")
    assert [p.style for p in doc.paragraphs] == [
        "heading",
        "heading",
        "heading",
        "list",
        "list",
        "body",
    ]
