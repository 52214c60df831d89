"""Writes the intermediate form (paragraphs of spans, tables) into a python-docx document.

Knows the ITU styles (see `docx_styles.py`) and the script needs of each language: runs of
right-to-left text get `w:rtl` and paragraphs `w:bidi` in Arabic documents; in Chinese ones,
text is split by script and only the CJK runs get the East Asian font hint (Latin words
hinted East Asian break mid-word). Footnote references become real Word footnotes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cwgi_desktop.core.exporters.footnotes import (
    FootnoteStore,
    footnote_ref_mark_run,
    footnote_reference_run,
)
from cwgi_desktop.core.exporters.labels import Labels
from cwgi_desktop.core.exporters.md_ir import MarkdownConverter, Node, Para, Span, Table
from cwgi_desktop.core.exporters.ooxml import (
    TBLPR_ORDER,
    add_hyperlink,
    append_run,
    bidi_segments,
    cjk_segments,
    el,
    insert_ordered,
    is_rtl_text,
    make_rpr,
    paragraph_props,
    set_table_borders,
    set_table_layout,
)

__all__ = ["TEXT_WIDTH_TWIPS", "DocxWriter"]

TEXT_WIDTH_TWIPS = 11906 - 2 * 1134  # A4 width less two 2 cm margins
_LIST_STYLES = {"–": "ListDash", "": "ListDash"}


class DocxWriter:
    """Appends styled paragraphs, tables and footnotes to a document.

    `written` logs every paragraph element added to the body (table cells included), in
    order, so callers can bookmark or comment the range a block produced.
    """

    def __init__(
        self,
        document: Any,
        labels: Labels,
        converter: MarkdownConverter,
        footnote_definitions: dict[str, str],
        warn: Callable[[str], None],
    ) -> None:
        self.document = document
        self.labels = labels
        self.converter = converter
        self.rtl = labels.is_rtl
        self.east_asia = labels.language == "zh"
        self.footnote_definitions = footnote_definitions
        self.footnotes = FootnoteStore(document)
        self.warn = warn
        self.written: list[Any] = []
        self.table_count = 0
        self._body_part = document.part

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph(
        self,
        container: Any,
        style: str,
        spans: list[Span] | None = None,
        *,
        prefix: str | None = None,
        prefix_bold: bool = False,
        keep_next: bool = False,
        jc: str | None = None,
        bidi: bool | None = None,
        part: Any = None,
        log: bool = True,
    ) -> Any:
        """Add a paragraph in `style` to `container` holding `prefix` then `spans`.

        `container` is a python-docx block container (document, cell, comment) or a raw
        element (a footnote). Returns the `w:p` element.
        """
        if hasattr(container, "add_paragraph"):
            p = container.add_paragraph()._p
        else:
            p = el("p")
            container.append(p)
        ltr = self.rtl and bidi is None and _left_to_right(spans or [])
        self.style_paragraph(p, style, keep_next=keep_next, jc=jc, bidi=False if ltr else bidi)
        if prefix:
            spans = [Span(text=prefix, bold=prefix_bold), *(spans or [])]
        if spans:
            self.write_spans(p, spans, part or self._body_part, ltr=ltr)
        if log:
            self.written.append(p)
        return p

    def style_paragraph(
        self,
        p: Any,
        style: str,
        *,
        keep_next: bool = False,
        jc: str | None = None,
        bidi: bool | None = None,
    ) -> None:
        """Give paragraph element `p` its properties (style, direction, alignment)."""
        old = p.find(paragraph_props().tag)
        if old is not None:
            p.remove(old)
        props = paragraph_props(
            style=style, keep_next=keep_next, bidi=self.rtl if bidi is None else bidi, jc=jc
        )
        p.insert(0, props)

    def text(self, container: Any, style: str, text: str, **kwargs: Any) -> Any:
        """A paragraph holding plain `text` (no Markdown)."""
        return self.paragraph(container, style, [Span(text=text)], **kwargs)

    # -- runs -------------------------------------------------------------------------------
    def write_spans(self, p: Any, spans: list[Span], part: Any, *, ltr: bool = False) -> None:
        """Append runs for `spans` to paragraph element `p` (hyperlinks related to `part`).

        `ltr`: a left-to-right paragraph in a right-to-left document (text in a Latin or
        Cyrillic script exported with Arabic labels): no right-to-left runs.
        """
        for span in spans:
            if span.line_break:
                run = el("r")
                run.append(el("br"))
                p.append(run)
            elif span.footnote is not None:
                self._footnote(p, span.footnote)
            elif span.text:
                target = add_hyperlink(p, part, span.link) if span.link else p
                self._text_runs(target, span, ltr)

    def _text_runs(self, target: Any, span: Span, ltr: bool = False) -> None:
        if (self.rtl and not ltr) or is_rtl_text(span.text):
            pieces = [(t, rtl, False) for t, rtl in bidi_segments(span.text)]
        elif self.east_asia:
            pieces = [(t, False, cjk) for t, cjk in cjk_segments(span.text)]
        else:
            pieces = [(span.text, False, False)]
        vert = "superscript" if span.superscript else "subscript" if span.subscript else None
        for text, rtl, cjk in pieces:
            rpr = make_rpr(
                style="Hyperlink" if span.link else None,
                bold=span.bold,
                italic=span.italic,
                underline=span.underline,
                strike=span.strike,
                font="Courier New" if span.code else None,
                vert_align=vert,
                rtl=rtl,
                east_asia_hint=cjk,
            )
            append_run(target, text, rpr)

    def _footnote(self, p: Any, label: str) -> None:
        definition = self.footnote_definitions.get(label)
        if definition is None:
            self.warn(f"footnote [^{label}] has no definition; printed as written")
            append_run(p, f"[^{label}]")
            return
        footnote_id, footnote = self.footnotes.add()
        p.append(footnote_reference_run(footnote_id))
        nodes = self.converter.convert(definition, footnotes=False)
        part = self.footnotes.part
        first = True
        for node in nodes or [Para()]:
            spans = _flatten_table(node) if isinstance(node, Table) else node.spans
            fp = self.paragraph(footnote, "FootnoteText", None, part=part, log=False)
            if first:
                fp.append(footnote_ref_mark_run())
                append_run(fp, "\t")
                first = False
            self.write_spans(fp, spans, part)

    # -- blocks of nodes --------------------------------------------------------------------
    def nodes(
        self,
        container: Any,
        nodes: list[Node],
        *,
        body_style: str = "Normal",
        list_shift: int = 0,
        first_style: str | None = None,
        first_prefix: str | None = None,
    ) -> None:
        """Write `nodes`; the first paragraph may get `first_style` and a number prefix.

        `list_shift` indents lists by that many levels (lists inside a numbered finding).
        """
        pending_prefix = first_prefix
        for node in nodes:
            if isinstance(node, Table):
                if pending_prefix:
                    self.text(container, first_style or body_style, pending_prefix + "\t")
                    pending_prefix = None
                self.table(node)
                continue
            style, prefix = self._style_of(node, body_style, list_shift)
            if pending_prefix is not None:
                if node.role == "body":
                    style, prefix = first_style or style, pending_prefix + "\t"
                else:
                    self.text(container, first_style or body_style, pending_prefix + "\t")
                pending_prefix = None
            if node.role == "rule":
                self.text(container, "Closing", self.labels.text("box_rule"), jc="center")
                continue
            self.paragraph(container, style, node.spans, prefix=prefix)
        if pending_prefix:
            self.text(container, first_style or body_style, pending_prefix + "\t")

    def _style_of(self, node: Para, body_style: str, list_shift: int) -> tuple[str, str | None]:
        if node.role == "list":
            level = min(node.level + list_shift, 3)
            family = _LIST_STYLES.get(node.marker, "ListNumber")
            suffix = "" if level <= 1 else str(level)
            return f"{family}{suffix}", f"{node.marker}\t" if node.marker else "\t"
        if node.role == "heading":
            return f"Heading{min(max(node.level, 1), 4)}", None
        if node.role == "quote":
            return "Quote", None
        if node.role == "code":
            return "Code", None
        return body_style, None

    # -- tables -----------------------------------------------------------------------------
    def separate_tables(self) -> None:
        """Add an empty paragraph when the body ends with a table (Word would merge two)."""
        body = self.document.element.body
        last = [child for child in body if not child.tag.endswith("}sectPr")]
        if last and last[-1].tag.endswith("}tbl"):
            self.paragraph(self.document, "Normal", log=False)

    def table(self, node: Table) -> Any:
        """A pipe table: optional caption above (`Table 1 – …`), bold repeated header row."""
        self.table_count += 1
        if node.caption is not None:
            before, _, after = self.labels.text(
                "table_caption",
                table=self.labels.text("table"),
                n=self.table_count,
                title="\x00",
            ).partition("\x00")
            spans = [Span(text=before), *node.caption, Span(text=after)]
            self.paragraph(
                self.document,
                "TableTitle",
                [s for s in spans if s.text or s.footnote or s.line_break],
            )
        self.separate_tables()
        columns = max(1, len(node.header), *(len(r) for r in node.rows))
        rows = ([node.header] if node.header else []) + node.rows
        table = self.document.add_table(rows=len(rows) or 1, cols=columns)
        tbl = table._tbl
        width = TEXT_WIDTH_TWIPS // columns
        set_table_layout(tbl, [width] * columns, bidi=self.rtl)
        set_table_borders(tbl, "single", 4)
        insert_ordered(
            tbl.tblPr,
            el(
                "tblLook",
                val="04A0",
                firstRow=1,
                lastRow=0,
                firstColumn=0,
                lastColumn=0,
                noHBand=0,
                noVBand=1,
            ),
            TBLPR_ORDER,
        )
        for r, (tr, cells) in enumerate(zip(tbl.tr_lst, rows, strict=False)):
            is_header = bool(node.header) and r == 0
            if is_header:
                tr_pr = tr.get_or_add_trPr()
                tr_pr.append(el("tblHeader"))
            for c, tc in enumerate(tr.tc_lst):
                spans = cells[c] if c < len(cells) else []
                p = tc.p_lst[0]
                align = node.align[c] if c < len(node.align) else ""
                jc = None
                if not self.rtl and align in ("center", "right") and not is_header:
                    jc = align
                self.style_paragraph(p, "TableHead" if is_header else "TableText", jc=jc)
                self.write_spans(p, spans, self._body_part)
                self.written.append(p)
        return table


def _left_to_right(spans: list[Span]) -> bool:
    """Whether `spans` are running text (three words or more) without a right-to-left
    letter: such a paragraph stays left to right in an Arabic document, or its full stop
    lands at the front. Symbols and numbers (`C26/52-A`) keep the document's direction."""
    text = "".join(s.text for s in spans)
    words = [w for w in text.split() if sum(ch.isalpha() for ch in w) >= 2]
    return len(words) >= 3 and not is_rtl_text(text)


def _flatten_table(table: Table) -> list[Span]:
    spans: list[Span] = []
    for row in [table.header, *table.rows]:
        if spans:
            spans.append(Span(line_break=True))
        for i, cell in enumerate(row):
            if i:
                spans.append(Span(text=" | "))
            spans.extend(cell)
    return spans
