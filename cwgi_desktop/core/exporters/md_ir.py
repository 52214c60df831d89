"""Draft Markdown → a small intermediate form (paragraphs of styled spans, tables).

The exporters write this form rather than Markdown or HTML, so the Word writer deals only
with ITU layout. markdown-it-py (CommonMark with pipe tables, linear in the text) does
the parsing; its tokens are walked straight into this form (`md_tokens`), and a block
with no markup at all skips the parser. Before parsing, pandoc citations and footnote
references are replaced by private-use placeholders so that Markdown cannot mangle them:

- a citation group becomes a span holding its rendered text (`(Document C26/77)`),
- a footnote reference `[^1]` becomes a span with `footnote="1"`; the definitions
  (`[^1]: text`) are taken out beforehand with `extract_footnote_definitions`.

A paragraph `Table: caption` (or `: caption`) next to a pipe table becomes its caption.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from cwgi_desktop.core import markdown_syntax as md
from cwgi_desktop.core.citations import replace_citation_groups, unique_base_symbols
from cwgi_desktop.core.exporters.md_nodes import Node, Para, Span, Table, plain_text
from cwgi_desktop.core.models import Citation

if TYPE_CHECKING:
    from cwgi_desktop.core.exporters.md_tokens import TokenWalker

__all__ = [
    "MarkdownConverter",
    "Node",
    "Para",
    "Span",
    "Table",
    "extract_footnote_definitions",
    "plain_text",
]

_FN_OPEN, _FN_CLOSE = "\ue000", "\ue001"
_CITE_OPEN, _CITE_CLOSE = "\ue002", "\ue003"
_PLACEHOLDER_RE = re.compile(f"{_CITE_OPEN}(\\d+){_CITE_CLOSE}|{_FN_OPEN}(\\d+){_FN_CLOSE}")
_FOOTNOTE_REF_RE = md.FOOTNOTE_REF
_FOOTNOTE_DEF_RE = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]*(.*)$")
_CAPTION_RE = re.compile(r"^\s*(?:Table)?\s*:\s+(?P<rest>.+)$", re.DOTALL)
_WHITESPACE_RE = re.compile(r"[ \t\n]+")
# Text with none of these needs no parsing (the fast path: most blocks of a draft are
# plain sentences once their citations are placeholders).
_INLINE_MARKUP_RE = re.compile(r"[\\*_\[\]`<>&~|!\n]")
_BLOCK_START_RE = re.compile(r"\s|[#>+\-*=|]|\d{1,9}[.)]")


def extract_footnote_definitions(text: str) -> tuple[str, dict[str, str]]:
    """Split Markdown into (text without footnote definitions, {label: definition}).

    A definition is `[^label]: text`; following indented lines (and lazy continuation lines
    directly after text) belong to it. The first definition of a label wins.
    """
    if "[^" not in text:
        return text, {}
    lines = text.split("\n")
    kept: list[str] = []
    definitions: dict[str, str] = {}
    i = 0
    while i < len(lines):
        match = _FOOTNOTE_DEF_RE.match(lines[i])
        if not match:
            kept.append(lines[i])
            i += 1
            continue
        label, body = match.group(1), [match.group(2)]
        i += 1
        while i < len(lines):
            line = lines[i]
            if _FOOTNOTE_DEF_RE.match(line):
                break
            if not line.strip():
                j = i
                while j < len(lines) and not lines[j].strip():
                    j += 1
                if j < len(lines) and lines[j].startswith(("    ", "\t")):
                    body.extend([""] * (j - i))
                    i = j
                    continue
                break
            if line.startswith("    "):
                body.append(line[4:])
            elif line.startswith("\t"):
                body.append(line[1:])
            elif body[-1].strip():
                body.append(line)
            else:
                break
            i += 1
        definitions.setdefault(label, "\n".join(body).strip())
    return "\n".join(kept), definitions


class MarkdownConverter:
    """Converts draft Markdown to paragraphs and tables of styled spans.

    `render_citation(citations) -> str` gives the text printed for a citation group; without
    it the group is printed as written. Footnote references are kept (as spans) unless
    `footnotes=False`, when they are printed as written (used inside footnotes themselves).
    """

    def __init__(self, render_citation: Callable[[list[Citation]], str] | None = None) -> None:
        self._render_citation = render_citation
        self._walker: TokenWalker | None = None  # made for the first block with markup
        self._cites: list[tuple[str, tuple[str, ...]]] = []
        self._footnotes: list[str] = []

    # -- entry points -----------------------------------------------------------------------
    def convert(self, text: str, *, footnotes: bool = True) -> list[Node]:
        """Block-level conversion: paragraphs, headings, lists, tables, quotes, code."""
        text = self._prepare(text, footnotes=footnotes)
        if not text.strip():
            return []
        if not _INLINE_MARKUP_RE.search(text) and not _BLOCK_START_RE.match(text):
            return [Para(spans=_merge(_trim(self._text(text, Span()))))]
        # The parser and its token walk load here: a draft of plain paragraphs (and its
        # start-up) never needs them.
        from cwgi_desktop.core.exporters.md_tokens import (
            TokenWalker,
            check_nesting,
            defuse_brackets,
            parser,
        )

        check_nesting(text)
        if self._walker is None:
            self._walker = TokenWalker(self._text, _trim, _merge)
        return _attach_captions(self._walker.blocks(parser().parse(defuse_brackets(text))))

    def convert_inline(self, text: str, *, footnotes: bool = True) -> list[Span]:
        """Everything as one paragraph's spans; paragraphs and items joined by line breaks."""
        spans: list[Span] = []
        for node in self.convert(text, footnotes=footnotes):
            if isinstance(node, Table):
                cells = [c for row in [node.header, *node.rows] for c in row]
                paragraphs = [Para(spans=c) for c in cells]
            else:
                paragraphs = [node]
            for para in paragraphs:
                if spans:
                    spans.append(Span(line_break=True))
                if para.marker:
                    spans.append(Span(text=f"{para.marker} "))
                spans.extend(para.spans)
        return spans

    # -- preprocessing ----------------------------------------------------------------------
    def _prepare(self, text: str, *, footnotes: bool) -> str:
        self._cites = []
        self._footnotes = []
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = self._protect_citations(text)
        if footnotes:
            text = _FOOTNOTE_REF_RE.sub(self._footnote_placeholder, text)
        return text

    def _protect_citations(self, text: str) -> str:
        return replace_citation_groups(text, self._citation_placeholder)

    def _citation_placeholder(self, source: str, citations: list[Citation]) -> str:
        rendered = self._render_citation(citations) if self._render_citation else source
        self._cites.append((rendered, tuple(unique_base_symbols(citations))))
        return f"{_CITE_OPEN}{len(self._cites) - 1}{_CITE_CLOSE}"

    def _footnote_placeholder(self, match: re.Match[str]) -> str:
        self._footnotes.append(match.group(1))
        return f"{_FN_OPEN}{len(self._footnotes) - 1}{_FN_CLOSE}"

    def _text(self, text: str, fmt: Span) -> list[Span]:
        if not fmt.code:
            text = _WHITESPACE_RE.sub(" ", text)
        spans: list[Span] = []
        last = 0
        for match in _PLACEHOLDER_RE.finditer(text):
            if match.start() > last:
                spans.append(fmt.with_text(text[last : match.start()]))
            if match.group(1) is not None:
                rendered, symbols = self._cites[int(match.group(1))]
                spans.append(fmt.with_text(rendered, symbols))
            else:
                label = self._footnotes[int(match.group(2))]
                spans.append(Span(footnote=label))
            last = match.end()
        if last < len(text):
            spans.append(fmt.with_text(text[last:]))
        return spans


def _trim(spans: list[Span]) -> list[Span]:
    """Drop leading/trailing blanks of a paragraph's spans."""
    result = list(spans)
    while result and not result[0].footnote and not result[0].line_break:
        stripped = result[0].text.lstrip()
        if stripped or result[0].cited:
            result[0] = result[0].with_text(stripped)
            break
        result.pop(0)
    while result and not result[-1].footnote and not result[-1].line_break:
        stripped = result[-1].text.rstrip()
        if stripped or result[-1].cited:
            result[-1] = result[-1].with_text(stripped)
            break
        result.pop()
    return result


def _merge(spans: list[Span]) -> list[Span]:
    """Runs of the same format as one span (texts joined once: linear in the text)."""
    merged: list[Span] = []
    texts: list[list[str]] = []
    for span in spans:
        if merged and merged[-1].same_format(span):
            texts[-1].append(span.text)
        elif span.text or span.footnote or span.line_break or span.cited:
            merged.append(span)
            texts.append([span.text])
    return [s.with_text("".join(t)) if len(t) > 1 else s
            for s, t in zip(merged, texts, strict=True)]


def _attach_captions(nodes: list[Node]) -> list[Node]:
    """Turn a `Table: caption` paragraph before or after a table into that table's caption."""
    result: list[Node] = []
    skip: set[int] = set()
    for i, node in enumerate(nodes):
        if i in skip:
            continue
        if isinstance(node, Table) and node.caption is None:
            for j in (i - 1, i + 1):
                if 0 <= j < len(nodes) and j not in skip:
                    caption = _caption_spans(nodes[j])
                    if caption is not None:
                        node.caption = caption
                        if j == i - 1 and result and result[-1] is nodes[j]:
                            result.pop()
                        skip.add(j)
                        break
        result.append(node)
    return result


def _caption_spans(node: Node) -> list[Span] | None:
    if not isinstance(node, Para) or node.role != "body" or not node.spans:
        return None
    first = node.spans[0]
    if first.footnote or first.line_break:
        return None
    match = _CAPTION_RE.match(first.text)
    if not match:
        return None
    return _trim([first.with_text(match.group("rest")), *node.spans[1:]])
