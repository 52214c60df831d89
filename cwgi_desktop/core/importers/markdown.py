"""Markdown importer: a small block parser (no HTML rendering) that keeps the text.

Headings (`#`, setext) give "heading", list items "list" (bullet markers dropped, ordered
markers such as `1.` kept, since proposals are referred to by number), pipe-table rows
"table" (cells joined with " | "). Emphasis, inline code, links and images are reduced to
their text; pandoc citations `[@C26/77]` are kept as written. A leading front matter
block (`---` … `---`) is not text: its title/symbol/language/source/date keys become
metadata hints.
"""

from __future__ import annotations

import re

from cwgi_desktop.core import markdown_syntax as md

from .document import ParsedParagraph, RawDocument, join_lines, normalise
from .text import decode_text

_FRONT_KEYS = {
    "title": "title",
    "symbol": "symbol",
    "language": "language",
    "lang": "language",
    "source": "source",
    "date": "date",
}

_ATX_RE = md.ATX_HEADING
_SETEXT_RE = md.SETEXT_UNDERLINE
_HR_RE = md.THEMATIC_BREAK
_FENCE_RE = md.CODE_FENCE
_BULLET_RE = md.BULLET
_ORDERED_RE = md.ORDERED
_QUOTE_RE = md.BLOCK_QUOTE
_TABLE_SEP_RE = md.TABLE_SEPARATOR
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)

_ESCAPABLE = "\\`*_{}[]()#+-.!|>~"
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_PLACEHOLDER_BASE = 0xF0000  # a private-use plane: never present in real text
_INLINE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (md.CODE_SPAN, r"\1"),
    (md.IMAGE, r"\1"),
    (md.LINK, r"\1"),
    (md.REFERENCE_LINK, r"\1"),
    (md.AUTOLINK, r"\1"),
    (md.INLINE_HTML, " "),
    (md.STRONG, r"\2"),
    (md.EMPHASIS_STAR, r"\1"),
    (md.EMPHASIS_UNDERSCORE, r"\1"),
    (md.STRIKETHROUGH, r"\1"),
)


def strip_inline(text: str) -> str:
    """Reduce Markdown inline markup to its visible text."""
    if not any(c in text for c in "\\`*_~[<"):
        return normalise(text)
    text = _ESCAPE_RE.sub(lambda m: chr(_PLACEHOLDER_BASE + _ESCAPABLE.index(m.group(1))), text)
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    text = re.sub(
        "[\U000f0000-\U000f0013]", lambda m: _ESCAPABLE[ord(m.group()) - _PLACEHOLDER_BASE], text
    )
    return normalise(text)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(hints, remaining text) for a document starting with a `---` front matter block."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    hints: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        field = _FRONT_KEYS.get(key.strip().lower())
        value = value.strip().strip("'\"").strip()
        if sep and field and value:
            hints[field] = value
    return hints, "\n".join(lines[end + 1 :])


class _Blocks:
    """Accumulates the paragraph being read and emits finished ones."""

    def __init__(self) -> None:
        self.out: list[ParsedParagraph] = []
        self.lines: list[str] = []
        self.style = "body"

    def flush(self) -> None:
        if self.lines:
            text = strip_inline(join_lines(self.lines))
            if text:
                self.out.append(ParsedParagraph(text, self.style))
        self.lines, self.style = [], "body"

    def emit(self, text: str, style: str) -> None:
        self.flush()
        text = strip_inline(text)
        if text:
            self.out.append(ParsedParagraph(text, style))

    def start(self, line: str, style: str) -> None:
        self.flush()
        self.lines, self.style = [line], style


def parse_blocks(text: str) -> list[ParsedParagraph]:
    """Split Markdown text into styled paragraphs."""
    blocks = _Blocks()
    fence: str | None = None
    code: list[str] = []
    for line in _COMMENT_RE.sub("", text).split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                blocks.out.append(ParsedParagraph(normalise(" ".join(code)), "body"))
                code = []
            elif line.strip():
                code.append(line)
            continue
        fence_match = _FENCE_RE.match(line)
        if fence_match:
            blocks.flush()
            fence = fence_match.group(1)
            continue
        line = _QUOTE_RE.sub("", line)
        if not line.strip():
            blocks.flush()
            continue
        if _SETEXT_RE.match(line) and blocks.lines and blocks.style == "body":
            heading = join_lines(blocks.lines)
            blocks.lines = []
            blocks.emit(heading, "heading")
            continue
        atx = _ATX_RE.match(line)
        if atx:
            blocks.emit(atx.group(2) or "", "heading")
        elif _HR_RE.match(line):
            blocks.flush()
        elif _TABLE_SEP_RE.match(line) and "-" in line and ("|" in line or blocks.style == "table"):
            continue
        elif line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            blocks.emit(" | ".join(c for c in cells if c), "table")
        elif _BULLET_RE.match(line):
            blocks.start(_BULLET_RE.sub("", line, count=1), "list")
        elif _ORDERED_RE.match(line):
            blocks.start(line.strip(), "list")
        else:
            blocks.lines.append(line)
    if code:
        blocks.out.append(ParsedParagraph(normalise(" ".join(code)), "body"))
    blocks.flush()
    return [p for p in blocks.out if p.text]


def parse_markdown(data: bytes, name: str) -> RawDocument:
    """Import a .md / .markdown file."""
    hints, body = split_front_matter(decode_text(data, name))
    return RawDocument(parse_blocks(body), hints)
