"""Word export of a draft in the layout of an ITU Council / CWG-Internet document.

`export_docx(draft, blocks, out_path, context, options)` writes the .docx: A4 with 2 cm
margins, a first page without running header (from page 2: `- N -` and the document
number), the first-page table, source line, title and summary box, the numbered body,
annexes on new pages, an optional Sources annex, and the closing underscores. Layout and
fixed texts follow `shared/itu-format.md`; the texts come from the label table
(`labels.py`), in the six ITU languages.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Cm

from cwgi_desktop.core.atomic_files import write_bytes_atomically
from cwgi_desktop.core.citations import (
    locator_numbers,
    paragraph_locator_spec,
    parse_citations,
    symbol_for_language,
    unique_base_symbols,
)
from cwgi_desktop.core.drafting.markdown_io import check_writable
from cwgi_desktop.core.drafting.numbering import (
    NUMBERED_ITEM_KINDS,
    number_blocks,
    numbered_paragraphs_default,
    ordered_blocks,
)
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exporters.base import (
    ExportContext,
    Exporter,
    ExportError,
    ExportResult,
    check_citations,
)
from cwgi_desktop.core.exporters.docx_cover import write_cover, write_running_header
from cwgi_desktop.core.exporters.docx_package import (
    clean_package,
    set_document_properties,
    set_settings,
)
from cwgi_desktop.core.exporters.docx_styles import StyleSettings, install_styles
from cwgi_desktop.core.exporters.docx_writer import DocxWriter
from cwgi_desktop.core.exporters.labels import Labels, load_labels
from cwgi_desktop.core.exporters.md_ir import (
    MarkdownConverter,
    Span,
    extract_footnote_definitions,
    plain_text,
)
from cwgi_desktop.core.exporters.md_lists import parenthesis_lists
from cwgi_desktop.core.exporters.ooxml import (
    SECTPR_ORDER,
    add_bookmark,
    bookmark_name,
    set_flag,
)
from cwgi_desktop.core.models import Block, Citation, Draft

__all__ = ["DocxExporter", "DocxOptions", "build_docx", "export_docx", "save_docx"]

_HEADING_MARKS_RE = re.compile(r"^\s{0,3}#{1,6}\s+")


@dataclass
class DocxOptions:
    """Settings of one Word export.

    `language` defaults to the draft's; `label_overrides` replaces entries of the label
    table (per language `{"fr": {...}}` or flat for the exported language);
    `numbered_paragraphs` None means the draft kind's default; `timestamp` is written as the
    created/modified time (None: now). Author and company stay empty unless set.
    `comment_author` (the name in Preferences) signs the annotation comments without
    naming anyone in the document properties; `author` does both.
    """

    language: str | None = None
    font: str = "Calibri"
    font_size: float = 12
    include_sources_annex: bool = False
    include_annotations_as_comments: bool = False
    author: str = ""
    comment_author: str = ""
    company: str = ""
    logo_path: str | Path | None = None
    label_overrides: dict[str, Any] = field(default_factory=dict)
    numbered_paragraphs: bool | None = None
    cs_font: str | None = None
    east_asia_font: str | None = None
    timestamp: dt.datetime | None = None
    # A language version: the language of the original, for `Original: …` (the draft's own
    # language is the version's).
    original_language: str | None = None


UNRESOLVED_MARK = "unresolved"


def draft_copy_notice(keys: Sequence[str]) -> str:
    """The line a draft copy opens with (in English: it is for the rapporteur, not sent)."""
    return ("DRAFT COPY — not for distribution: unresolved citations "
            + ", ".join("@" + k for k in keys))


class CitationRenderer:
    """Renders citation groups the ITU way: `(Document C26/77, para 4)`, `(Documents …; …)`."""

    def __init__(self, labels: Labels, context: ExportContext) -> None:
        self.labels = labels
        self.context = context

    def locator(self, locator: str) -> str:
        """A locator in the export language (`para 4` → `§ 4` in French); others as typed."""
        spec = paragraph_locator_spec(locator)
        if spec is None:
            return locator
        spec = re.sub(r"\s*-\s*", "-", spec)
        key = "locator_paras" if len(locator_numbers(locator)) > 1 else "locator_para"
        return self.labels.text(key, n=spec)

    def item(self, citation: Citation) -> str:
        """One cited document with its locator: `C26/77, para 4`."""
        symbol = self.context.resolved_symbol(citation.key)
        if self.context.allow_unresolved and self.context.resolve(citation.key) is None:
            symbol = f"[{UNRESOLVED_MARK}: @{citation.key}]"
        if citation.locator:
            return symbol + self.labels.text("locator_separator") + self.locator(citation.locator)
        return symbol

    def __call__(self, citations: list[Citation],
                 wrap: Callable[[Citation, str], str] | None = None) -> str:
        """The group as printed; `wrap(citation, item_text)` may dress each item (the
        editor's preview marks unresolved ones) while the rest stays the export's text."""
        items = list(dict.fromkeys(
            wrap(c, self.item(c)) if wrap else self.item(c) for c in citations))
        symbols = {self.context.resolved_symbol(c.key) for c in citations}
        key = "citation_one" if len(symbols) == 1 else "citation_many"
        return self.labels.text(key, items=self.labels.text("citation_separator").join(items))


@dataclass
class _Prepared:
    """A draft ready to write: blocks in order, their Markdown and footnote definitions."""

    blocks: list[Block]
    texts: dict[str, str]
    footnotes: dict[str, str]
    numbers: dict[str, str]


def _prepare(
    draft: Draft, blocks: Sequence[Block], context: ExportContext, numbered_paragraphs: bool
) -> _Prepared:
    ordered = ordered_blocks(blocks)
    texts: dict[str, str] = {}
    footnotes: dict[str, str] = {}
    for block in ordered:
        text, definitions = extract_footnote_definitions(block.text or "")
        texts[block.id] = parenthesis_lists(text)
        for label, definition in definitions.items():
            footnotes.setdefault(label, definition)
    cover = [
        draft.title,
        draft.source,
        draft.purpose,
        draft.action,
        draft.references,
        draft.strategic_link,
        draft.financial_implications,
    ]
    if not context.allow_unresolved:
        check_citations([*cover, *texts.values(), *footnotes.values()], context)
    return _Prepared(ordered, texts, footnotes, number_blocks(ordered, numbered_paragraphs))


def _split_title(text: str) -> tuple[str, str]:
    """(first line without Markdown heading marks, the rest) of a heading/annex block."""
    first, _, rest = text.strip().partition("\n")
    return _HEADING_MARKS_RE.sub("", first).strip(), rest.strip()


def _setup_section(document: Any, rtl: bool) -> Any:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    section.header_distance = Cm(0.75)
    section.footer_distance = Cm(1.25)
    section.gutter = Cm(0)
    section.different_first_page_header_footer = True
    if rtl:
        set_flag(section._sectPr, "bidi", SECTPR_ORDER)
    return section


def _write_block(
    writer: DocxWriter, block: Block, text: str, number: str | None, annex_no: str
) -> None:
    doc = writer.document
    convert = writer.converter.convert
    if block.kind == "heading":
        title, rest = _split_title(text)
        level = min(max(int(block.level or 1), 1), 4)
        writer.paragraph(
            doc,
            f"Heading{level}",
            writer.converter.convert_inline(title),
            prefix=f"{number}\t" if number else None,
        )
        writer.nodes(doc, convert(rest))
    elif block.kind == "annex":
        title, rest = _split_title(text)
        writer.text(doc, "AnnexNo", annex_no)
        if title:
            writer.paragraph(doc, "AnnexTitle", writer.converter.convert_inline(title))
        writer.nodes(doc, convert(rest))
    elif block.kind in NUMBERED_ITEM_KINDS:
        writer.nodes(
            doc,
            convert(text),
            body_style="BodyIndent",
            list_shift=1,
            first_style="NumberedItem",
            first_prefix=number or "",
        )
    else:
        writer.nodes(doc, convert(text), first_prefix=number)


def export_docx(
    draft: Draft,
    blocks: Sequence[Block],
    out_path: Path | str,
    context: ExportContext | None = None,
    options: DocxOptions | None = None,
) -> ExportResult:
    """Write `draft` (made of `blocks`) to `out_path` as an ITU-formatted Word document.

    Citations resolve against `context.contributions`; any that do not raise ExportError
    naming every unresolved key, before anything is written. The file is written to a
    temporary name beside `out_path` and then renamed, so a failed export leaves no half
    file behind.
    """
    document, result = build_docx(draft, blocks, Path(out_path), context, options)
    save_docx(document, result.path)
    return result


def save_docx(document: Any, out: Path) -> None:
    """Save a built document beside `out`, then rename it into place (no half file)."""
    _save_atomically(document, out)


def build_docx(
    draft: Draft,
    blocks: Sequence[Block],
    out_path: Path,
    context: ExportContext | None = None,
    options: DocxOptions | None = None,
) -> tuple[Any, ExportResult]:
    """The python-docx document of `export_docx`, not yet saved, and what it holds."""
    context = context or ExportContext()
    options = options or DocxOptions()
    language = options.language or draft.language or "en"
    try:
        labels = load_labels(language, options.label_overrides)
    except InvalidInput as exc:
        raise ExportError(str(exc)) from exc
    numbered = (
        numbered_paragraphs_default(draft.kind)
        if options.numbered_paragraphs is None
        else options.numbered_paragraphs
    )
    prepared = _prepare(draft, blocks, context, numbered)
    warnings: list[str] = []
    if draft.language and language != draft.language:
        # The text stays as written: say so (the window says it before exporting).
        warnings.append(
            f"the draft is written in {draft.language}; exported in {language}, only the "
            "fixed texts (labels, dates, citations) are in that language"
        )
    render = CitationRenderer(labels, context)
    converter = MarkdownConverter(render)

    document = Document()
    clean_package(document)
    install_styles(
        document,
        StyleSettings(
            font=options.font,
            size_pt=options.font_size,
            cs_font=options.cs_font or labels.font("cs") or options.font,
            east_asia_font=options.east_asia_font or labels.font("east_asia") or options.font,
            language_tag=labels.language_tag,
            rtl=labels.is_rtl,
            east_asia=language == "zh",
        ),
    )
    set_settings(document, language_tag=labels.language_tag)
    body = document.element.body
    for stray in list(body.iterchildren("{*}p")):
        body.remove(stray)
    section = _setup_section(document, labels.is_rtl)
    writer = DocxWriter(document, labels, converter, prepared.footnotes, warnings.append)
    write_running_header(writer, section, symbol_for_language(draft.symbol, language))
    cover = replace(draft, language=options.original_language) if options.original_language \
        else draft
    write_cover(writer, cover, options.logo_path)
    if context.allow_unresolved and context.unresolved:
        writer.paragraph(document, "Normal", [Span(
            text=draft_copy_notice(context.unresolved), bold=True)])

    block_ranges: dict[str, tuple[Any, Any]] = {}
    annex_count = 0
    for bookmark_id, block in enumerate(prepared.blocks, start=1):
        start = len(writer.written)
        number = prepared.numbers.get(block.id)
        if block.kind == "annex":
            annex_count += 1
        annex_no = labels.text("annex_line", annex=labels.text("annex"), n=number or "")
        try:
            check_writable(prepared.texts[block.id])
            _write_block(writer, block, prepared.texts[block.id], number, annex_no.strip())
        except InvalidInput as exc:  # one line naming the block, nothing written
            raise ExportError(f"block {bookmark_id} ({block.kind}): {exc}") from None
        produced = writer.written[start:]
        if produced:
            add_bookmark(produced[0], produced[-1], bookmark_name(block.id), bookmark_id)
            block_ranges[block.id] = (produced[0], produced[-1])

    if options.include_sources_annex:
        # Loaded only for the exports that include them (start-up counts).
        from cwgi_desktop.core.exporters.docx_sources import write_sources_annex

        write_sources_annex(
            writer,
            prepared.blocks,
            prepared.texts,
            prepared.numbers,
            context,
            render,
            annex_count + 1,
        )
    writer.paragraph(document, "Closing", [Span(text=labels.text("closing_line"))])

    comments = 0
    if options.include_annotations_as_comments:
        from cwgi_desktop.core.exporters.docx_comments import add_annotation_comments

        comments = add_annotation_comments(
            document, prepared.blocks, prepared.texts, block_ranges, context, labels,
            author=options.comment_author or options.author,
            first_id=writer.footnotes.count + 1, when=options.timestamp,
        )
    set_document_properties(
        document, author=options.author, company=options.company, when=options.timestamp,
        title=plain_text(converter.convert_inline(draft.title)), language=labels.language_tag,
    )
    if context.allow_unresolved and context.unresolved:
        document.core_properties.content_status = "Draft copy"
        document.core_properties.comments = draft_copy_notice(context.unresolved)
    out = Path(out_path)

    citations = [c for b in prepared.blocks for c in parse_citations(prepared.texts[b.id])]
    cited = unique_base_symbols(
        Citation(c.key, context.resolved_symbol(c.key), c.locator, c.paragraph) for c in citations
    )
    return document, ExportResult(
        path=out,
        format="docx",
        language=language,
        blocks=len(prepared.blocks),
        citations=len(citations),
        cited=cited,
        footnotes=writer.footnotes.count,
        comments=comments,
        warnings=warnings,
    )


def _save_atomically(document: Any, out: Path) -> None:
    # Saved in memory first: python-docx leaves its zip open when a write fails, and the
    # file then lingers. A full disk: one line naming the file, nothing left behind.
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes_atomically(out, buffer.getvalue())


class DocxExporter(Exporter):
    """The ITU Word exporter on the shared exporter base."""

    format_name = "docx"
    extension = ".docx"

    def export(
        self,
        draft: Draft,
        blocks: Sequence[Block],
        out_path: Path | str,
        context: ExportContext,
        options: Any = None,
    ) -> ExportResult:
        """See `export_docx`."""
        return export_docx(draft, blocks, out_path, context, options)
