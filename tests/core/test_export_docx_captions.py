"""Table captions: a Markdown `Table: …` line and its table form one block and export as
`Table 1 – Title` (`Tableau 1 – …`, …) above the table, in the text and in the render."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.drafting.markdown_io import draft_to_markdown, markdown_to_draft
from cwgi_desktop.core.exporters.base import ExportContext
from cwgi_desktop.core.exporters.docx_itu import DocxOptions, export_docx

try:
    from .render_helpers import pdf_text, render_pdfs
    from .test_export_docx_fixtures import paragraph_text, w, xml
except ImportError:  # tests/ is not a package
    from render_helpers import pdf_text, render_pdfs  # type: ignore[no-redef]
    from test_export_docx_fixtures import paragraph_text, w, xml  # type: ignore[no-redef]

FRONT = "---\nkind: key_findings\ntitle: Captions\nlanguage: {language}\n---\n\n"
TABLE = "| Group | Count |\n|---|--:|\n| Member States | 12 |"
CAPTIONED = {
    "en": "Table 1 – Responses by group",
    "fr": "Tableau 1 – Responses by group",
    "es": "Cuadro 1 – Responses by group",
    "ar": "الجدول 1 – Responses by group",
    "zh": "表1 – Responses by group",
    "ru": "Таблица 1 – Responses by group",
}


def _markdown(language: str, caption_first: bool) -> str:
    caption = "Table: Responses by group"
    parts = [caption, TABLE] if caption_first else [TABLE, caption]
    return FRONT.format(language=language) + "# Results\n\n" + "\n\n".join(parts) + "\n\nAfter.\n"


@pytest.mark.parametrize("caption_first", [False, True])
def test_a_caption_and_its_table_are_read_as_one_block(caption_first: bool) -> None:
    _draft, blocks = markdown_to_draft(_markdown("en", caption_first))
    assert [b.kind for b in blocks] == ["heading", "paragraph", "paragraph"]
    assert "Table: Responses by group" in blocks[1].text and "| Group |" in blocks[1].text
    assert blocks[2].text == "After."


def test_the_joined_block_survives_a_round_trip() -> None:
    draft, blocks = markdown_to_draft(_markdown("en", False))
    _again_draft, again = markdown_to_draft(draft_to_markdown(draft, blocks))
    assert [(b.kind, b.text) for b in again] == [(b.kind, b.text) for b in blocks]


def test_separate_blocks_that_look_like_table_and_caption_stay_separate() -> None:
    draft, blocks = markdown_to_draft(_markdown("en", False))
    table_text, caption_text = blocks[1].text.split("\n\n")
    blocks[1].text = table_text
    blocks.insert(2, type(blocks[1])(id="cap", draft_id=draft.id, text=caption_text,
                                     position=blocks[1].position))
    for i, block in enumerate(blocks):
        block.position = i
    _d, again = markdown_to_draft(draft_to_markdown(draft, blocks))
    assert [b.text for b in again] == [b.text for b in blocks]


def _export(tmp_path: Path, language: str, caption_first: bool = False) -> Path:
    draft, blocks = markdown_to_draft(_markdown(language, caption_first))
    path = tmp_path / f"captions-{language}-{int(caption_first)}.docx"
    export_docx(draft, blocks, path, ExportContext(), DocxOptions(language=language))
    return path


@pytest.mark.parametrize("language", sorted(CAPTIONED))
@pytest.mark.parametrize("caption_first", [False, True])
def test_an_imported_table_gets_its_numbered_caption_above_it(
    tmp_path: Path, language: str, caption_first: bool
) -> None:
    body = xml(_export(tmp_path, language, caption_first), "word/document.xml").find(w("body"))
    children = list(body)
    tables = [i for i, c in enumerate(children) if c.tag == w("tbl")]
    content = [i for i in tables if children[i].find(f".//{w('tblHeader')}") is not None]
    assert len(content) == 1
    before = [c for c in children[: content[0]] if c.tag == w("p")][-2:]
    texts = [paragraph_text(p) for p in before]
    assert CAPTIONED[language] in texts
    caption = before[texts.index(CAPTIONED[language])]
    assert caption.find(f"{w('pPr')}/{w('pStyle')}").get(w("val")) == "TableTitle"


def test_the_rendered_caption_stands_right_above_the_table(tmp_path: Path) -> None:
    path = _export(tmp_path, "fr")
    lines = [x.strip() for x in pdf_text(render_pdfs([path], tmp_path)[path]).splitlines()]
    lines = [x for x in lines if x]
    at = lines.index("Tableau 1 – Responses by group")
    assert lines[at + 1] == "Group" and "Table: " not in " ".join(lines)
