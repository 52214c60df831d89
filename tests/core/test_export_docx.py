"""The ITU Word export, reopened and checked part by part, in the six languages."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from cwgi_desktop.core.exporters.base import ExportError
from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.ooxml import bookmark_name

try:
    from .test_export_docx_fixtures import (
        EXPECTED,
        FIXED_TIME,
        ITEM_KIND,
        KINDS,
        LANGS,
        SUFFIX,
        TEXTS,
        body_paragraphs,
        make_context,
        make_draft,
        make_options,
        paragraph_text,
        part_names,
        read_part,
        styled_texts,
        w,
        xml,
    )
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        EXPECTED,
        FIXED_TIME,
        ITEM_KIND,
        KINDS,
        LANGS,
        SUFFIX,
        TEXTS,
        body_paragraphs,
        make_context,
        make_draft,
        make_options,
        paragraph_text,
        part_names,
        read_part,
        styled_texts,
        w,
        xml,
    )


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The key-findings sample exported once per language."""
    out = tmp_path_factory.mktemp("docx")
    paths: dict[str, Path] = {}
    for language in LANGS:
        draft, blocks = make_draft(language)
        path = out / f"{language}.docx"
        export_docx(draft, blocks, path, make_context(), make_options(language))
        paths[language] = path
    return paths


def _document_text(path: Path) -> str:
    return "\n".join(paragraph_text(p) for p in body_paragraphs(path))


# -- page and header ---------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGS)
def test_page_is_a4_with_2cm_margins_and_itu_header_distances(
    exports: dict[str, Path], language: str
) -> None:
    section = docx.Document(str(exports[language])).sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.01)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    for margin in (
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    ):
        assert abs(margin - Cm(2)) < Cm(0.01)
    assert abs(section.header_distance - Cm(0.75)) < Cm(0.01)
    assert abs(section.footer_distance - Cm(1.25)) < Cm(0.01)


@pytest.mark.parametrize("language", LANGS)
def test_first_page_has_no_header_later_pages_show_page_field_and_number(
    exports: dict[str, Path], language: str
) -> None:
    document = docx.Document(str(exports[language]))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "".join(p.text for p in section.first_page_header.paragraphs).strip() == ""
    header = section.header._element
    instructions = [t.text.strip() for t in header.iter(w("instrText"))]
    assert instructions == ["PAGE"]
    fld_types = [f.get(w("fldCharType")) for f in header.iter(w("fldChar"))]
    assert fld_types == ["begin", "separate", "end"]
    lines = [paragraph_text(p) for p in header.iter(w("p"))]
    assert lines[0].startswith("- ") and lines[0].endswith(" -")
    assert lines[1] == f"C26/52-{SUFFIX[language]}"
    sizes = {
        s.get(w("val"))
        for s in xml(exports[language], "word/styles.xml").iter(w("sz"))
        if s.getparent().getparent().get(w("styleId")) == "Header"
    }
    assert sizes == {"18"}  # 9 pt
    assert not any(n.startswith("word/footer") for n in part_names(exports[language]))


# -- first page ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGS)
def test_first_page_table_holds_meeting_agenda_and_document_lines(
    exports: dict[str, Path], language: str
) -> None:
    expected = EXPECTED[language]
    table = docx.Document(str(exports[language])).tables[0]
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0][0] == f"{TEXTS[language]['meeting']}\n{TEXTS[language]['detail']}"
    assert cells[1][0] == expected["agenda"]
    assert cells[1][1].split("\n") == [
        expected["revision"],
        expected["document"],
        expected["date"],
        expected["original"],
    ]
    borders = table._tbl.tblPr.find(w("tblBorders"))
    assert {b.get(w("val")) for b in borders} == {"nil"}
    document_line = table.cell(1, 1).paragraphs[1]
    assert all(run.bold for run in document_line.runs)


@pytest.mark.parametrize("language", LANGS)
def test_source_line_title_and_summary_box(exports: dict[str, Path], language: str) -> None:
    expected = EXPECTED[language]
    path = exports[language]
    assert styled_texts(path, "Source") == [expected["source"]]
    assert styled_texts(path, "Title") == [TEXTS[language]["title"]]
    styles = xml(path, "word/styles.xml")
    title = styles.find(f"{w('style')}[@{w('styleId')}='Title']")
    assert title.find(f"{w('rPr')}/{w('caps')}") is not None
    assert title.find(f"{w('rPr')}/{w('b')}") is None
    assert title.find(f"{w('rPr')}/{w('sz')}").get(w("val")) == "28"
    box = docx.Document(str(path)).tables[1]
    assert len(box.rows) == 1 and len(box.columns) == 1
    box_text = box.cell(0, 0).text.split("\n")
    assert box_text[0] == expected["purpose"]
    assert expected["action"] in box_text
    assert "__________________" in box_text
    assert box_text[-2] == expected["references"]
    assert styled_texts(path, "BoxHeading") == [
        expected["purpose"],
        expected["action"],
        expected["references"],
    ]
    borders = box._tbl.tblPr.find(w("tblBorders"))
    assert borders.find(w("top")).get(w("val")) == "single"


def test_revision_line_only_for_revisions(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    draft.revision = 0
    path = tmp_path / "r0.docx"
    export_docx(draft, blocks, path, make_context(), make_options("en"))
    assert "Revision" not in docx.Document(str(path)).tables[0].cell(1, 1).text


# -- body ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGS)
def test_headings_numbered_in_text_and_restart_in_annex(
    exports: dict[str, Path], language: str
) -> None:
    t = TEXTS[language]
    assert styled_texts(exports[language], "Heading1") == [
        f"1\t{t['intro']}",
        f"2\t{t['discussion']}",
        f"3\t{t['proposal']}",
        f"1\t{t['intro']}",
    ]
    assert styled_texts(exports[language], "Heading2") == [f"2.1\t{t['sub']}"]


@pytest.mark.parametrize("language", LANGS)
def test_findings_numbered_with_tab(exports: dict[str, Path], language: str) -> None:
    items = styled_texts(exports[language], "NumberedItem")
    assert [i.split("\t")[0] for i in items] == ["1)", "2)"]
    assert EXPECTED[language]["cite_range"] in items[0]


@pytest.mark.parametrize("language", LANGS)
def test_lists_use_en_dash_and_tab(exports: dict[str, Path], language: str) -> None:
    dashes = styled_texts(exports[language], "ListDash")
    assert dashes[0].startswith("–\t")
    assert dashes[1].startswith("–\t")
    assert EXPECTED[language]["cite_one"] in dashes[0]


@pytest.mark.parametrize("language", LANGS)
def test_pipe_table_with_caption_and_bold_header(exports: dict[str, Path], language: str) -> None:
    path = exports[language]
    [caption] = styled_texts(path, "TableTitle")
    assert caption.endswith(str(TEXTS[language]["caption"]))
    assert "1" in caption.split("–")[0]
    table = docx.Document(str(path)).tables[2]
    header, rows = TEXTS[language]["table"]  # type: ignore[misc]
    assert [c.text for c in table.rows[0].cells] == header
    assert [[c.text for c in r.cells] for r in table.rows[1:]] == rows
    assert table.rows[0]._tr.trPr.find(w("tblHeader")) is not None
    assert all(p.style.name == "Table Head" for c in table.rows[0].cells for p in c.paragraphs)
    styles = xml(path, "word/styles.xml")
    head = styles.find(f"{w('style')}[@{w('styleId')}='TableHead']")
    assert head.find(f"{w('rPr')}/{w('b')}") is not None
    text = styles.find(f"{w('style')}[@{w('styleId')}='TableText']")
    assert text.find(f"{w('rPr')}/{w('sz')}").get(w("val")) == "22"  # 11 pt


@pytest.mark.parametrize("language", LANGS)
def test_citations_rendered_with_translated_label(exports: dict[str, Path], language: str) -> None:
    text = _document_text(exports[language])
    expected = EXPECTED[language]
    for key in ("cite_group", "cite_one", "cite_range"):
        assert expected[key] in text, key
    for name in ("word/document.xml", "word/footnotes.xml"):
        assert b"[@" not in read_part(exports[language], name)


@pytest.mark.parametrize("language", LANGS)
def test_footnotes_are_real_word_footnotes(exports: dict[str, Path], language: str) -> None:
    path = exports[language]
    assert "word/footnotes.xml" in part_names(path)
    footnotes = xml(path, "word/footnotes.xml")
    notes = {int(f.get(w("id"))): f for f in footnotes.iter(w("footnote"))}
    assert notes[-1].get(w("type")) == "separator"
    assert notes[0].get(w("type")) == "continuationSeparator"
    assert paragraph_text(notes[1]) == f"\t{TEXTS[language]['footnote']}"
    assert notes[1].find(f".//{w('footnoteRef')}") is not None
    assert notes[1].find(f".//{w('pStyle')}").get(w("val")) == "FootnoteText"
    refs = [r.get(w("id")) for r in xml(path, "word/document.xml").iter(w("footnoteReference"))]
    assert refs == ["1"]
    assert b"relationships/footnotes" in read_part(path, "word/_rels/document.xml.rels")
    assert b'PartName="/word/footnotes.xml"' in read_part(path, "[Content_Types].xml")
    settings = xml(path, "word/settings.xml")
    assert [f.get(w("id")) for f in settings.iter(w("footnote"))] == ["-1", "0"]
    styles = xml(path, "word/styles.xml")
    note_style = styles.find(f"{w('style')}[@{w('styleId')}='FootnoteText']")
    assert note_style.find(f"{w('rPr')}/{w('sz')}").get(w("val")) == "20"  # 10 pt
    assert styles.find(f"{w('style')}[@{w('styleId')}='FootnoteReference']") is not None


@pytest.mark.parametrize("language", LANGS)
def test_annexes_start_new_pages_with_translated_label(
    exports: dict[str, Path], language: str
) -> None:
    path = exports[language]
    assert styled_texts(path, "AnnexNo") == [
        EXPECTED[language]["annex"],
        EXPECTED[language]["annex"][:-1] + "2",
    ]
    styles = xml(path, "word/styles.xml")
    annex = styles.find(f"{w('style')}[@{w('styleId')}='AnnexNo']")
    assert annex.find(f"{w('pPr')}/{w('pageBreakBefore')}") is not None
    assert annex.find(f"{w('rPr')}/{w('caps')}") is not None
    assert annex.find(f"{w('rPr')}/{w('b')}") is not None
    assert styled_texts(path, "AnnexTitle")[0] == TEXTS[language]["annex_title"]


@pytest.mark.parametrize("language", LANGS)
def test_document_closes_with_centred_underscores(exports: dict[str, Path], language: str) -> None:
    last = body_paragraphs(exports[language])[-1]
    assert paragraph_text(last) == "______________"
    assert last.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "Closing"


@pytest.mark.parametrize("language", LANGS)
def test_sources_annex_lists_items_contributions_and_passages(
    exports: dict[str, Path], language: str
) -> None:
    path = exports[language]
    items = styled_texts(path, "SourcesItem")
    assert len(items) == 3  # the paragraph with the list, then the two numbered items
    text = _document_text(path)
    assert "Federative Republic of Brazil: Expanding connectivity" in text
    assert "Device costs exceed a month of income in many countries." in text
    assert "Spectrum fees are passed on to users." in text


def test_each_block_is_bookmarked_by_its_id(exports: dict[str, Path]) -> None:
    root = xml(exports["en"], "word/document.xml")
    names = [b.get(w("name")) for b in root.iter(w("bookmarkStart"))]
    _draft, blocks = make_draft("en")
    assert names == [bookmark_name(b.id) for b in blocks]
    assert all(len(n) == 37 and n.startswith("cwgi_") for n in names)
    starts = [b.get(w("id")) for b in root.iter(w("bookmarkStart"))]
    ends = [b.get(w("id")) for b in root.iter(w("bookmarkEnd"))]
    assert sorted(starts) == sorted(ends) and len(set(starts)) == len(starts)


def test_named_styles_are_defined(exports: dict[str, Path]) -> None:
    names = {s.name for s in docx.Document(str(exports["en"])).styles}
    for name in (
        "Normal",
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Title",
        "Source",
        "Box",
        "List Dash",
        "Table Text",
        "footnote text",
        "Annex Title",
        "Call",
        "footnote reference",
        "Annex No",
        "Header",
    ):
        assert name in names, name


def test_normal_style_has_itu_tabs_and_spacing(exports: dict[str, Path]) -> None:
    styles = xml(exports["en"], "word/styles.xml")
    normal = styles.find(f"{w('style')}[@{w('styleId')}='Normal']")
    tabs = [int(t.get(w("pos"))) for t in normal.iter(w("tab"))]
    assert tabs == [794, 1191, 1588, 1985]
    assert normal.find(f".//{w('spacing')}").get(w("before")) == "120"
    defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    assert defaults.find(w("rFonts")).get(w("ascii")) == "Calibri"
    assert defaults.find(w("sz")).get(w("val")) == "24"
    heading = styles.find(f"{w('style')}[@{w('styleId')}='Heading1']")
    assert heading.find(f".//{w('ind')}").get(w("hanging")) == "794"
    assert heading.find(f".//{w('spacing')}").get(w("before")) == "360"


# -- scripts ------------------------------------------------------------------------------------
def test_arabic_paragraphs_are_rtl(exports: dict[str, Path]) -> None:
    path = exports["ar"]
    root = xml(path, "word/document.xml")
    paragraphs = list(root.iter(w("p")))
    # The logo paragraph is deliberately left-to-right with absolute alignment.
    logo = root.find(f"{w('body')}/{w('tbl')}/{w('tr')}/{w('tc')}[2]/{w('p')}")
    assert len(paragraphs) > 20
    for p in paragraphs:
        if p is not logo:
            assert p.find(f"{w('pPr')}/{w('bidi')}") is not None, paragraph_text(p)
    arabic_runs = [
        r
        for r in xml(path, "word/document.xml").iter(w("r"))
        if any("\u0600" <= ch <= "\u06ff" for t in r.iter(w("t")) for ch in t.text)
    ]
    assert arabic_runs
    assert all(r.find(f"{w('rPr')}/{w('rtl')}") is not None for r in arabic_runs)
    latin = [
        r
        for r in xml(path, "word/document.xml").iter(w("r"))
        if "".join(t.text for t in r.iter(w("t"))) == "C26/52-A"
    ]
    assert latin and latin[0].find(f"{w('rPr')}/{w('rtl')}") is None
    assert all(t.find(f"{w('tblPr')}/{w('bidiVisual')}") is not None for t in root.iter(w("tbl")))
    assert root.find(f".//{w('sectPr')}/{w('bidi')}") is not None
    styles = xml(path, "word/styles.xml")
    fonts = styles.find(f"{w('docDefaults')}//{w('rFonts')}")
    assert fonts.get(w("cs")) == "Traditional Arabic"
    footnotes = xml(path, "word/footnotes.xml")
    assert all(
        p.find(f"{w('pPr')}/{w('bidi')}") is not None
        for f in footnotes.iter(w("footnote"))
        if int(f.get(w("id"))) > 0
        for p in f.iter(w("p"))
    )
    for name in ("word/header1.xml", "word/header2.xml"):
        header = xml(path, name)
        assert all(p.find(f"{w('pPr')}/{w('bidi')}") is not None for p in header.iter(w("p")))


def test_arabic_bidi_paragraphs_never_use_left_right_alignment(exports: dict[str, Path]) -> None:
    for p in body_paragraphs(exports["ar"]):
        jc = p.find(f"{w('pPr')}/{w('jc')}")
        if p.find(f"{w('pPr')}/{w('bidi')}") is not None and jc is not None:
            assert jc.get(w("val")) not in ("left", "right")


@pytest.mark.parametrize("language", ["en", "fr", "es", "zh", "ru"])
def test_left_to_right_languages_have_no_bidi(exports: dict[str, Path], language: str) -> None:
    root = xml(exports[language], "word/document.xml")
    assert next(root.iter(w("bidi")), None) is None
    assert next(root.iter(w("rtl")), None) is None
    assert next(root.iter(w("bidiVisual")), None) is None


def test_chinese_uses_east_asian_font(exports: dict[str, Path]) -> None:
    styles = xml(exports["zh"], "word/styles.xml")
    fonts = styles.find(f"{w('docDefaults')}//{w('rFonts')}")
    assert fonts.get(w("eastAsia")) == "SimSun"
    lang = styles.find(f"{w('docDefaults')}//{w('lang')}")
    # Latin-script text is not tagged Chinese (LibreOffice then breaks it anywhere).
    assert lang.get(w("val")) == "en-GB" and lang.get(w("eastAsia")) == "zh-CN"
    runs = list(xml(exports["zh"], "word/document.xml").iter(w("r")))
    hinted = [r for r in runs if r.find(f"{w('rPr')}/{w('rFonts')}[@{w('hint')}]") is not None]
    assert hinted and all(
        r.find(f"{w('rPr')}/{w('rFonts')}").get(w("hint")) == "eastAsia" for r in hinted
    )
    # Only CJK text is hinted: Latin runs (CWG-Internet, C26/77) are not.
    for r in runs:
        text = "".join(t.text or "" for t in r.iter(w("t")))
        cjk = re.search("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", text) is not None
        latin = re.search(r"[A-Za-z0-9]", text) is not None
        if cjk:
            assert r in hinted, text
        elif latin:
            assert r not in hinted, text
    texts = ["".join(t.text or "" for t in r.iter(w("t"))) for r in runs if r not in hinted]
    assert "CWG-Internet" in texts
    en_fonts = xml(exports["en"], "word/styles.xml").find(f"{w('docDefaults')}//{w('rFonts')}")
    assert en_fonts.get(w("eastAsia")) == "Calibri"


# -- properties and privacy ---------------------------------------------------------------------
LANGUAGE_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ar": "ar-SA", "zh": "zh-CN",
                 "ru": "ru-RU"}


@pytest.mark.parametrize("language", LANGS)
def test_core_properties_hold_only_title_and_language_by_default(
    exports: dict[str, Path], language: str
) -> None:
    document = docx.Document(str(exports[language]))
    props = document.core_properties
    assert props.author == ""
    assert props.title == TEXTS[language]["title"]
    assert props.language == LANGUAGE_TAGS[language]
    assert props.comments == ""
    assert props.last_modified_by == ""
    assert props.keywords == ""
    assert props.subject == ""
    assert props.created == FIXED_TIME
    assert props.modified == FIXED_TIME
    assert b"<Company></Company>" in read_part(exports[language], "docProps/app.xml")
    for name in part_names(exports[language]):
        assert b"python-docx" not in read_part(exports[language], name), name
    assert "docProps/thumbnail.jpeg" not in part_names(exports[language])
    assert not any(n.startswith("customXml") for n in part_names(exports[language]))


def test_author_and_company_written_only_when_set(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    path = tmp_path / "props.docx"
    export_docx(
        draft,
        blocks,
        path,
        make_context(),
        make_options("en", author="Jane Rapporteur", company="ITU & Co"),
    )
    props = docx.Document(str(path)).core_properties
    assert props.author == "Jane Rapporteur"
    assert b"<Company>ITU &amp; Co</Company>" in read_part(path, "docProps/app.xml")


# -- errors and options -------------------------------------------------------------------------
def test_unresolved_citations_raise_naming_each_key(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    blocks[1].text += " [@C26/999] and [@C26/998, para 2; @C26/77]"
    draft.purpose += " [@C26/997]"
    path = tmp_path / "bad.docx"
    with pytest.raises(ExportError) as info:
        export_docx(draft, blocks, path, make_context(), make_options("en"))
    assert info.value.keys == ["C26/997", "C26/999", "C26/998"]
    for key in ("C26/997", "C26/998", "C26/999"):
        assert key in str(info.value)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_unresolved_citation_in_footnote_raises(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    blocks[1].text += "\n\n[^2]: see [@C26/404]"
    with pytest.raises(ExportError, match="C26/404"):
        export_docx(draft, blocks, tmp_path / "x.docx", make_context(), make_options("en"))


def test_comments_off_by_default_and_anchored_when_on(
    exports: dict[str, Path], tmp_path: Path
) -> None:
    assert "word/comments.xml" not in part_names(exports["en"])
    draft, blocks = make_draft("en")
    path = tmp_path / "comments.docx"
    result = export_docx(
        draft,
        blocks,
        path,
        make_context(),
        make_options("en", include_annotations_as_comments=True),
    )
    assert result.comments >= 2
    comments = read_part(path, "word/comments.xml").decode()
    assert "Check the count." in comments
    assert "Ana Delegate" in comments
    document = read_part(path, "word/document.xml")
    assert document.count(b"commentRangeStart") == result.comments


def test_label_overrides_replace_defaults(tmp_path: Path) -> None:
    draft, blocks = make_draft("fr")
    path = tmp_path / "over.docx"
    export_docx(
        draft,
        blocks,
        path,
        make_context(),
        make_options("fr", label_overrides={"fr": {"purpose": "But"}}),
    )
    assert styled_texts(path, "BoxHeading")[0] == "But"


def test_numbered_paragraphs_option(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    path = tmp_path / "num.docx"
    export_docx(draft, blocks, path, make_context(), make_options("en", numbered_paragraphs=True))
    normal = [t for t in (paragraph_text(p) for p in body_paragraphs(path)) if t[:4] == "1.1\t"]
    assert normal and normal[0].startswith("1.1\tThe consultation received")


def test_logo_goes_in_the_right_cell_of_row_one(tmp_path: Path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    logo = tmp_path / "logo.png"
    logo.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00" + b"\xff\x00\x00" * 4) * 1)
        + chunk(b"IEND", b"")
    )
    draft, blocks = make_draft("en")
    path = tmp_path / "logo.docx"
    export_docx(draft, blocks, path, make_context(), make_options("en", logo_path=logo))
    cell = docx.Document(str(path)).tables[0].cell(0, 1)
    assert (
        cell._tc.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip") is not None
    )
    missing = tmp_path / "nologo.docx"
    result = export_docx(
        draft,
        blocks,
        missing,
        make_context(),
        make_options("en", logo_path=tmp_path / "absent.png"),
    )
    assert any("logo" in warning for warning in result.warnings)


def test_export_result_reports_what_was_written(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    result = export_docx(draft, blocks, tmp_path / "r.docx", make_context(), make_options("en"))
    assert result.blocks == len(blocks)
    assert result.footnotes == 1
    assert result.cited == ["C26/77", "CWG-Internet-22/4", "C26/61"]
    assert result.citations == 5
    assert result.warnings == []
    assert result.language == "en"


# -- kinds and edge cases -----------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_every_draft_kind_exports_with_its_numbering(tmp_path: Path, kind: str) -> None:
    draft, blocks = make_draft("en", kind)
    path = tmp_path / f"{kind}.docx"
    export_docx(draft, blocks, path, make_context(), make_options("en"))
    items = styled_texts(path, "NumberedItem")
    assert [i.split("\t")[0] for i in items] == ["1)", "2)"]
    sources = styled_texts(path, "SourcesItem")
    label = {"finding": "Finding", "guideline": "Guideline", "recommendation": "Recommendation"}[
        ITEM_KIND[kind]
    ]
    assert f"{label} 1)\t" in "\n".join(sources)
    texts = [paragraph_text(p) for p in body_paragraphs(path)]
    numbered = [t for t in texts if t.startswith("1.1\tThe consultation received")]
    assert bool(numbered) == (kind == "council_contribution")


def test_minimal_draft_without_metadata_or_blocks(tmp_path: Path) -> None:
    from cwgi_desktop.core.models import Draft

    path = tmp_path / "empty.docx"
    result = export_docx(Draft(id="d"), [], path)
    document = docx.Document(str(path))
    assert len(document.tables) == 1  # first-page table only, no summary box
    assert body_paragraphs(path)[-1] is not None
    assert paragraph_text(body_paragraphs(path)[-1]) == "______________"
    assert result.blocks == 0 and result.footnotes == 0
    assert "word/footnotes.xml" not in part_names(path)


def test_links_become_hyperlinks_in_body_and_footnotes(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    blocks[2].text += (
        "\n\nSee [the ITU](https://www.itu.int/council).[^w]\n\n"
        "[^w]: Also [CWG](https://www.itu.int/cwg)."
    )
    path = tmp_path / "links.docx"
    export_docx(draft, blocks, path, make_context(), make_options("en"))
    rels = read_part(path, "word/_rels/document.xml.rels").decode()
    assert 'Target="https://www.itu.int/council" TargetMode="External"' in rels
    note_rels = read_part(path, "word/_rels/footnotes.xml.rels").decode()
    assert 'Target="https://www.itu.int/cwg" TargetMode="External"' in note_rels
    link = next(xml(path, "word/document.xml").iter(w("hyperlink")))
    assert paragraph_text(link) == "the ITU"
    assert link.find(f".//{w('rStyle')}").get(w("val")) == "Hyperlink"


def test_undefined_footnote_is_printed_and_reported(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    blocks[2].text += "\n\nDangling[^nope]."
    path = tmp_path / "dangling.docx"
    result = export_docx(draft, blocks, path, make_context(), make_options("en"))
    assert any("[^nope]" in warning for warning in result.warnings)
    assert "Dangling[^nope]." in _document_text(path)


def test_font_settings_reach_styles_even_with_markup_characters(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    path = tmp_path / "font.docx"
    export_docx(
        draft,
        blocks,
        path,
        make_context(),
        make_options("en", font='Times "New" & Roman', font_size=11),
    )
    defaults = xml(path, "word/styles.xml").find(f"{w('docDefaults')}//{w('rPr')}")
    assert defaults.find(w("rFonts")).get(w("ascii")) == 'Times "New" & Roman'
    assert defaults.find(w("sz")).get(w("val")) == "22"


def test_unknown_export_language_is_an_export_error(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    with pytest.raises(ExportError, match="de"):
        export_docx(draft, blocks, tmp_path / "de.docx", make_context(), make_options("de"))


def test_a_draft_copy_exports_despite_unresolved_citations_marked(tmp_path: Path) -> None:
    """Export anyway: each unresolved citation is printed marked, the document opens with
    a draft-copy notice naming them, and its properties say so."""
    draft, blocks = make_draft("en")
    blocks[5].text += " [@C26/999, para 2; @C26/77]"
    context = make_context()
    context.allow_unresolved = True
    context.unresolved = ["C26/999"]
    path = tmp_path / "copy.docx"
    export_docx(draft, blocks, path, context, make_options("en"))
    text = _document_text(path)
    assert "[unresolved: @C26/999], para 2" in text
    assert "DRAFT COPY — not for distribution: unresolved citations @C26/999" in text
    assert docx.Document(str(path)).core_properties.content_status == "Draft copy"
