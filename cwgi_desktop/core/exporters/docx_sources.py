"""Traceability in the Word export: the optional Sources annex and annotation comments.

The Sources annex lists each item of the draft that cites contributions (findings,
guidelines, recommendations first of all, and any other cited block) with, for each
contribution, its symbol, source and title and the text of the cited passages.

Annotations can travel as Word comments (off by default): each is anchored on the blocks
that cite its contribution (and its paragraph, when the citation names paragraphs), or on
the block it was explicitly attached to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.text.paragraph import Paragraph
from docx.text.run import Run

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
from cwgi_desktop.core.models import Annotation, Block, Citation

__all__ = ["add_annotation_comments", "write_sources_annex"]

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


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part)[:4].upper()


def _annotations_by_block(
    blocks: list[Block], texts: dict[str, str], context: ExportContext
) -> dict[str, list[Annotation]]:
    result: dict[str, list[Annotation]] = {}
    for block_id, attached in context.block_annotations.items():
        result.setdefault(block_id, []).extend(a for a in attached if not a.deleted)
    for annotation in context.annotations:
        if annotation.deleted:
            continue
        contribution = context.contribution_by_id(annotation.contribution_id)
        if contribution is None:
            continue
        symbol = contribution.base_symbol or base_symbol_of(contribution.symbol or "")
        for block in blocks:
            for citation in parse_citations(texts.get(block.id, "")):
                if context.resolved_symbol(citation.key) != symbol:
                    continue
                cited = locator_numbers(citation.locator)
                shown = context.shown_number(annotation.contribution_id, annotation.paragraph)
                if not cited or shown in cited:
                    bucket = result.setdefault(block.id, [])
                    if annotation not in bucket:
                        bucket.append(annotation)
                    break
    return result


def _comment_text(annotation: Annotation, context: ExportContext, labels: Labels) -> str:
    contribution = context.contribution_by_id(annotation.contribution_id)
    symbol = ""
    if contribution is not None:
        symbol = contribution.base_symbol or base_symbol_of(contribution.symbol or "")
    number = context.shown_number(annotation.contribution_id, annotation.paragraph)
    where = ", ".join(x for x in (symbol, labels.text("locator_para", n=number)) if x)
    text = f"{where}: {labels.text('quote_open')}{annotation.quote}{labels.text('quote_close')}"
    if annotation.note.strip():
        text += "\n" + annotation.note.strip()
    return text


def add_annotation_comments(
    document: Any,
    blocks: list[Block],
    texts: dict[str, str],
    block_ranges: dict[str, tuple[Any, Any]],
    context: ExportContext,
    labels: Labels,
) -> int:
    """Anchor annotations as Word comments on the blocks they concern; returns how many."""
    count = 0
    for block_id, attached in _annotations_by_block(blocks, texts, context).items():
        if block_id not in block_ranges:
            continue
        first_p, last_p = block_ranges[block_id]
        first_runs = first_p.findall("{*}r")
        last_runs = last_p.findall("{*}r")
        if not first_runs or not last_runs:
            continue
        first = Run(first_runs[0], Paragraph(first_p, document._body))
        last = Run(last_runs[-1], Paragraph(last_p, document._body))
        for annotation in attached:
            document.add_comment(
                [first, last],
                text=_comment_text(annotation, context, labels),
                author=annotation.author or "",
                initials=_initials(annotation.author or ""),
            )
            count += 1
    return count
