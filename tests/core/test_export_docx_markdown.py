"""Draft Markdown to the export's intermediate form, and the raw-XML helpers."""

from __future__ import annotations

from lxml import etree

from cwgi_desktop.core.exporters.md_ir import (
    MarkdownConverter,
    Para,
    Table,
    extract_footnote_definitions,
    plain_text,
)
from cwgi_desktop.core.exporters.ooxml import (
    PPR_ORDER,
    bidi_segments,
    bookmark_name,
    el,
    insert_ordered,
    make_rpr,
)


def _convert(text: str) -> list[Para | Table]:
    return MarkdownConverter(lambda cs: "(" + "; ".join(c.base_symbol for c in cs) + ")").convert(
        text
    )


def test_inline_bold_italic_and_citation() -> None:
    [para] = _convert("A **bold** and *italic* point [@C26/77, para 4].")
    assert plain_text(para.spans) == "A bold and italic point (C26/77)."
    bold = [s.text for s in para.spans if s.bold]
    italic = [s.text for s in para.spans if s.italic]
    assert bold == ["bold"] and italic == ["italic"]
    [cited] = [s for s in para.spans if s.cited]
    assert cited.cited == ("C26/77",)


def test_citation_symbols_with_markdown_characters_survive() -> None:
    converter = MarkdownConverter(lambda cs: "*" + cs[0].base_symbol + "*")
    [para] = converter.convert("x [@C_26/7_7]")
    assert plain_text(para.spans) == "x *C_26/7_7*"
    assert not any(s.italic for s in para.spans)


def test_escaped_citation_stays_literal() -> None:
    [para] = _convert(r"Write \[@C26/77] to cite.")
    assert plain_text(para.spans) == "Write [@C26/77] to cite."


def test_lists_with_markers_levels_and_numbers() -> None:
    nodes = _convert("- one\n- two\n    - nested\n\n3. three\n4. four")
    assert [(n.role, n.level, n.marker, plain_text(n.spans)) for n in nodes] == [
        ("list", 1, "–", "one"),
        ("list", 1, "–", "two"),
        ("list", 2, "–", "nested"),
        ("list", 1, "3)", "three"),
        ("list", 1, "4)", "four"),
    ]


def test_loose_list_item_continuation_paragraph() -> None:
    nodes = _convert("- first para\n\n    second para\n\n- next")
    assert [(n.marker, plain_text(n.spans)) for n in nodes] == [
        ("–", "first para"),
        ("", "second para"),
        ("–", "next"),
    ]


def test_pipe_table_with_caption_and_alignment() -> None:
    nodes = _convert("Table: Counts\n\n| A | B |\n|:-:|--:|\n| x | **1** |\n| y | 2 |")
    [table] = nodes
    assert isinstance(table, Table)
    assert plain_text(table.caption or []) == "Counts"
    assert [plain_text(c) for c in table.header] == ["A", "B"]
    assert [[plain_text(c) for c in r] for r in table.rows] == [["x", "1"], ["y", "2"]]
    assert table.align == ["center", "right"]
    assert table.rows[0][1][0].bold


def test_caption_after_table_and_unrelated_paragraph_kept() -> None:
    nodes = _convert("| A |\n|---|\n| x |\n\n: After caption\n\nTable: not next to a table? no")
    assert isinstance(nodes[0], Table) and plain_text(nodes[0].caption or []) == "After caption"
    assert isinstance(nodes[1], Para)


def test_footnote_definitions_extracted_with_continuations() -> None:
    text, notes = extract_footnote_definitions(
        "Body[^a] and[^b].\n\n[^a]: First note\n    continued.\n\n    Second para.\n"
        "[^b]: Other note.\nlazy line\n\nAfter."
    )
    assert text == "Body[^a] and[^b].\n\n\nAfter."
    assert notes == {"a": "First note\ncontinued.\n\nSecond para.", "b": "Other note.\nlazy line"}


def test_footnote_references_become_spans() -> None:
    [para] = _convert("Text.[^1] More[^x].")
    refs = [s.footnote for s in para.spans if s.footnote]
    assert refs == ["1", "x"]
    assert plain_text(para.spans) == "Text. More."


def test_headings_quotes_code_and_rules() -> None:
    nodes = _convert("## Sub\n\n> quoted\n\n    code  here\n\n---\n\nafter")
    assert [(n.role, n.level) for n in nodes if isinstance(n, Para)] == [
        ("heading", 2),
        ("quote", 0),
        ("code", 0),
        ("rule", 0),
        ("body", 0),
    ]
    assert nodes[2].spans[0].text == "code  here"  # type: ignore[union-attr]


def test_links_and_line_breaks() -> None:
    [para] = _convert("See [ITU](https://www.itu.int)  \nnext line")
    [link] = [s for s in para.spans if s.link]
    assert link.link == "https://www.itu.int" and link.text == "ITU"
    assert any(s.line_break for s in para.spans)


def test_convert_inline_joins_paragraphs() -> None:
    spans = MarkdownConverter().convert_inline("one\n\ntwo")
    assert [s.line_break for s in spans] == [False, True, False]


def test_bidi_segments_keep_latin_and_digits_left_to_right() -> None:
    segments = bidi_segments("الوثيقة C26/77 بتاريخ 12 مايو 2026")
    assert segments == [
        ("الوثيقة ", True),
        ("C26/77", False),
        (" بتاريخ ", True),
        ("12", False),
        (" مايو ", True),
        ("2026", False),
    ]
    assert bidi_segments("CWG Internet") == [("CWG Internet", False)]


def test_insert_ordered_respects_schema_order() -> None:
    ppr = el("pPr")
    insert_ordered(ppr, el("jc", val="center"), PPR_ORDER)
    insert_ordered(ppr, el("pStyle", val="X"), PPR_ORDER)
    insert_ordered(ppr, el("bidi"), PPR_ORDER)
    insert_ordered(ppr, el("jc", val="both"), PPR_ORDER)
    names = [etree.QName(c).localname for c in ppr]
    assert names == ["pStyle", "bidi", "jc"]
    assert ppr[-1].get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == (
        "both"
    )


def test_run_properties_carry_complex_script_twins() -> None:
    rpr = make_rpr(bold=True, italic=True, size_half_points=24, rtl=True)
    names = [etree.QName(c).localname for c in rpr]
    assert names == ["b", "bCs", "i", "iCs", "sz", "szCs", "rtl"]
    assert make_rpr() is None


def test_bookmark_names() -> None:
    assert bookmark_name("6f1c9d2e-3b7a-4c55-9e0d-2a8b1c4d5e6f") == (
        "cwgi_6f1c9d2e3b7a4c559e0d2a8b1c4d5e6f"
    )
    assert bookmark_name("block 1/x") == "cwgi_block_1_x"
    assert len(bookmark_name("x" * 100)) == 40
