"""The first page of an ITU document and the running header of the following pages.

First page: a borderless two-column table (meeting and dates in the document's language,
see `meeting_lines.py`, agenda item | optional logo,
`Revision N to`, **Document C26/52-E**, date, `Original: English`), mirrored in Arabic;
then the centred source line, the title (capitals through the Title style) and the summary
box (Purpose, Action required by the Council, optional Strategic Plan link and Financial
implications, a short rule, References).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.shared import Cm

from cwgi_desktop.core.citations import symbol_for_language
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exporters.docx_writer import TEXT_WIDTH_TWIPS, DocxWriter
from cwgi_desktop.core.exporters.md_ir import Span
from cwgi_desktop.core.exporters.meeting_lines import meeting_lines
from cwgi_desktop.core.exporters.ooxml import (
    TCPR_ORDER,
    add_page_field,
    paragraph_props,
    set_flag,
    set_table_borders,
    set_table_layout,
)
from cwgi_desktop.core.models import Draft

__all__ = ["write_cover", "write_running_header"]

_LEFT_COLUMN = 5896  # 10.4 cm; the right column takes the rest of the 17 cm
_SOURCE_KEYS = ("note_by_sg", "report_by_chair")


def write_running_header(writer: DocxWriter, section: Any, document_number: str) -> None:
    """Empty first-page header; from page 2 `- N -` (PAGE field) over the document number."""
    header = section.header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]._p
    writer.style_paragraph(first, "Header")
    add_page_field(first)
    if document_number:
        writer.paragraph(header, "Header", [Span(text=document_number)], log=False)
    first_page = section.first_page_header
    first_page.is_linked_to_previous = False
    writer.style_paragraph(first_page.paragraphs[0]._p, "Header")


def _cell_paragraph(
    writer: DocxWriter, cell: Any, index: int, style: str, text: str, *, bold: bool = False
) -> Any:
    """Paragraph `index` of a cell (reusing the cell's initial empty paragraph)."""
    if index == 0:
        p = cell.paragraphs[0]._p
        writer.style_paragraph(p, style)
        writer.written.append(p)
    else:
        p = writer.paragraph(cell, style)
    writer.write_spans(p, [Span(text=text, bold=bold)], writer.document.part)
    return p


def _date_line(writer: DocxWriter, draft: Draft) -> str:
    if not draft.date.strip():
        return ""
    try:
        return writer.labels.format_date(draft.date)
    except InvalidInput:
        writer.warn(f"date {draft.date!r} is not an ISO date; printed as written")
        return draft.date.strip()


def _first_page_table(writer: DocxWriter, draft: Draft, logo_path: str | Path | None) -> None:
    labels = writer.labels
    doc = writer.document
    table = doc.add_table(rows=2, cols=2)
    tbl = table._tbl
    set_table_layout(tbl, [_LEFT_COLUMN, TEXT_WIDTH_TWIPS - _LEFT_COLUMN], bidi=writer.rtl)
    set_table_borders(tbl, "nil")
    cells = [[table.cell(r, c) for c in range(2)] for r in range(2)]
    for row in cells:
        for cell in row:
            set_flag(cell._tc.get_or_add_tcPr(), "vAlign", TCPR_ORDER, val="top")

    meeting, detail = meeting_lines(draft, writer.labels, writer.warn)
    index = 0
    if meeting:
        _cell_paragraph(writer, cells[0][0], index, "CoverMeeting", meeting, bold=True)
        index += 1
    if detail:
        _cell_paragraph(writer, cells[0][0], index, "Cover", detail, bold=True)
        index += 1
    if index == 0:
        _cell_paragraph(writer, cells[0][0], 0, "Cover", "")

    logo_p = cells[0][1].paragraphs[0]._p
    # An LTR paragraph with absolute alignment: the logo sits at the outer edge of the page
    # in both directions (the table is mirrored in Arabic).
    logo_p.insert(
        0, paragraph_props(style="Cover", bidi=False, jc="left" if writer.rtl else "right")
    )
    if logo_path:
        if not Path(logo_path).is_file():
            writer.warn(f"logo {logo_path} not found; left out")
        else:
            cells[0][1].paragraphs[0].add_run().add_picture(str(logo_path), height=Cm(2.0))

    if draft.agenda_item.strip():
        line = labels.text(
            "agenda_item_line", label=labels.text("agenda_item"), item=draft.agenda_item.strip()
        )
        _cell_paragraph(writer, cells[1][0], 0, "Cover", line)
    else:
        _cell_paragraph(writer, cells[1][0], 0, "Cover", "")

    right: list[tuple[str, bool]] = []
    if draft.revision and draft.revision > 0:
        right.append((labels.text("revision_to", n=draft.revision), False))
    symbol = symbol_for_language(draft.symbol, labels.language)
    if symbol:
        right.append((labels.text("document_line", symbol=symbol), True))
    date_line = _date_line(writer, draft)
    if date_line:
        right.append((date_line, False))
    if draft.language in (labels.get("language_names") or {}):
        right.append((labels.original_line(draft.language), False))
    for i, (text, bold) in enumerate(right or [("", False)]):
        _cell_paragraph(writer, cells[1][1], i, "Cover", text, bold=bold)


def _source_spans(writer: DocxWriter, draft: Draft) -> list[Span]:
    source = draft.source.strip()
    if source in _SOURCE_KEYS:
        return [Span(text=writer.labels.text(source))]
    return writer.converter.convert_inline(source)


def _summary_box(writer: DocxWriter, draft: Draft) -> None:
    labels = writer.labels
    entries = [
        ("purpose", draft.purpose),
        ("action_required", draft.action),
        ("strategic_link", draft.strategic_link),
        ("financial_implications", draft.financial_implications),
    ]
    entries = [(key, value) for key, value in entries if value.strip()]
    references = draft.references.strip()
    if not entries and not references:
        return
    writer.separate_tables()
    table = writer.document.add_table(rows=1, cols=1)
    tbl = table._tbl
    set_table_layout(tbl, [TEXT_WIDTH_TWIPS], bidi=writer.rtl)
    set_table_borders(tbl, "single", 4, inside=False)
    cell = table.cell(0, 0)
    first = True

    def heading(key: str) -> None:
        nonlocal first
        if first:
            p = cell.paragraphs[0]._p
            writer.style_paragraph(p, "BoxHeading")
            writer.written.append(p)
            writer.write_spans(p, [Span(text=labels.text(key))], writer.document.part)
            first = False
        else:
            writer.text(cell, "BoxHeading", labels.text(key))

    for key, value in entries:
        heading(key)
        writer.nodes(cell, writer.converter.convert(value), body_style="Box")
    if references:
        if entries:
            writer.text(cell, "Box", labels.text("box_rule"))
        heading("references")
        lines = [line.strip() for line in references.splitlines() if line.strip()]
        joined = labels.text("references_separator").join(lines)
        writer.paragraph(cell, "Box", writer.converter.convert_inline(joined))


def write_cover(writer: DocxWriter, draft: Draft, logo_path: str | Path | None = None) -> None:
    """The first-page table, source line, title and summary box of `draft`."""
    _first_page_table(writer, draft, logo_path)
    doc = writer.document
    if draft.source.strip():
        writer.paragraph(doc, "Source", _source_spans(writer, draft))
    if draft.title.strip():
        writer.paragraph(doc, "Title", writer.converter.convert_inline(draft.title))
    _summary_box(writer, draft)
