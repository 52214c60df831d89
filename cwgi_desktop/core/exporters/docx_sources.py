"""Traceability in the Word export: the optional Sources annex.

The Sources annex lists each item of the draft that cites contributions (findings,
guidelines, recommendations first of all, and any other cited block) with, for each
contribution, its symbol, source and title and the text of the cited passages.

Annotations travelling as Word comments are in `docx_comments.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from cwgi_desktop.core.citations import (
    base_symbol_of,
    locator_numbers,
    parse_citations,
)
from cwgi_desktop.core.drafting.numbering import NUMBERED_ITEM_KINDS
from cwgi_desktop.core.exporters.base import ExportContext
from cwgi_desktop.core.exporters.docx_writer import DocxWriter
from cwgi_desktop.core.exporters.labels import Labels
from cwgi_desktop.core.exporters.md_ir import MarkdownConverter, Span, plain_text
from cwgi_desktop.core.models import Block, Citation

__all__ = ["write_sources_annex"]

_EXCERPT_CHARS = 220
_PASSAGE_CHARS = 1500


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _item_label(block: Block, number: str | None, section: str | None, labels: Labels) -> str:
    if block.kind in NUMBERED_ITEM_KINDS:
        return f"{labels.text(block.kind)} {number or ''}".strip()
    if number:
        return number
    if section:
        return labels.text("sources_section", n=section)
    return ""


def _excerpt(text: str, converter: MarkdownConverter) -> str:
    """The item's first paragraph as plain text (the converter drops citations)."""
    for node in converter.convert(text):
        spans = getattr(node, "spans", None)
        if spans:
            return _shorten(plain_text(spans).replace(" .", ".").replace(" ,", ","), _EXCERPT_CHARS)
    return ""


def write_sources_annex(
    writer: DocxWriter,
    blocks: list[Block],
    texts: dict[str, str],
    numbers: dict[str, str],
    context: ExportContext,
    render: Callable[[list[Citation]], str],
    annex_number: int,
) -> None:
    """Append the annex "Sources": per citing item, its contributions and cited passages."""
    labels = writer.labels
    doc = writer.document
    locate = getattr(render, "locator", lambda locator: locator)
    writer.text(
        doc,
        "AnnexNo",
        labels.text("annex_line", annex=labels.text("annex"), n=annex_number).strip(),
    )
    writer.text(doc, "AnnexTitle", labels.text("sources"))
    section: str | None = None
    items = 0
    excerpts = MarkdownConverter(lambda _citations: "")
    for block in blocks:
        if block.kind == "heading":
            section = numbers.get(block.id)
        if block.kind == "annex":
            section = None
        citations = parse_citations(texts[block.id])
        if not citations:
            continue
        if items == 0:
            writer.text(doc, "Normal", labels.text("sources_intro"))
        items += 1
        label = _item_label(block, numbers.get(block.id), section, labels)
        spans = [Span(text=_excerpt(texts[block.id], excerpts))]
        writer.paragraph(
            doc, "SourcesItem", spans, prefix=f"{label}\t" if label else None, prefix_bold=True
        )
        by_symbol: dict[str, list[Citation]] = {}
        for citation in citations:
            by_symbol.setdefault(context.resolved_symbol(citation.key), []).append(citation)
        for symbol, cited in by_symbol.items():
            contribution = context.resolve(cited[0].key)
            locators = list(dict.fromkeys(locate(c.locator) for c in cited if c.locator))
            head = labels.text("document_line", symbol=symbol)
            if locators:
                head += labels.text("locator_separator") + "; ".join(locators)
            entry = [Span(text=head, bold=True)]
            details = (
                [x for x in (contribution.source, contribution.title) if x]
                if (contribution)
                else []
            )
            if details:
                entry.append(Span(text=" – " + ": ".join(details)))
            writer.paragraph(doc, "ListDash", entry, prefix="–\t")
            # The numbers the cited document shows (`2.3`, `fn1`), in citation order.
            paragraphs = list(dict.fromkeys(n for c in cited for n in locator_numbers(c.locator)))
            for n in paragraphs:
                keys = [(s, k) for s in (base_symbol_of(symbol), symbol)
                        for k in (n, int(n) if n.isdigit() else n)]
                passage = next((context.passages[k] for k in keys if k in context.passages), None)
                if not passage:
                    continue
                quote = (
                    labels.text("locator_para", n=n)
                    + ": "
                    + labels.text("quote_open")
                    + _shorten(passage, _PASSAGE_CHARS)
                    + labels.text("quote_close")
                )
                writer.paragraph(doc, "Quote", [Span(text=quote)])
    if items == 0:
        writer.text(doc, "Normal", labels.text("sources_none"))
