"""markdown-it tokens → the export's intermediate form, in one pass with explicit stacks.

markdown-it-py (CommonMark, with pipe tables and strikethrough) parses in time linear in
the text; this walk is linear in the tokens and never recurses, so no input can run it
out of stack. Nesting deeper than `MAX_NESTING` levels of lists and quotes is refused
before parsing (`check_nesting`), with one line saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cwgi_desktop.core.errors import InvalidInput

if TYPE_CHECKING:
    from markdown_it.token import Token

    from cwgi_desktop.core.exporters.md_nodes import Node, Para, Span

MAX_NESTING = 40
# Brackets nested deeper make no link anyone writes; each level costs markdown-it a scan.
BRACKET_DEPTH = 4
# A list marker or a quote marker opening a container at the start of a line.
_CONTAINER = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*?)(/?)>", re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_HTML_FORMAT = {
    "strong": "bold", "b": "bold", "em": "italic", "i": "italic", "u": "underline",
    "del": "strike", "s": "strike", "strike": "strike", "code": "code",
    "sup": "superscript", "sub": "subscript",
}
_TOKEN_FORMAT = {"strong_open": "bold", "em_open": "italic", "s_open": "strike"}
_ALIGN = re.compile(r"text-align:\s*(left|right|center)")

# Where a backslash is literal (code spans and blocks, raw HTML): no escaping there.
_LITERAL_MARKS = ("`", "<", "~~~", "\n    ", "\n\t")

_PARSER: Any = None


def parser() -> Any:
    """The shared markdown-it parser (built on first use: the import costs start-up)."""
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        _PARSER = MarkdownIt("commonmark", {"html": True, "maxNesting": 2 * MAX_NESTING + 20}
                             ).enable(["table", "strikethrough"])
    return _PARSER


def check_nesting(text: str) -> None:
    """Refuse text that nests lists or quotes more than MAX_NESTING levels deep.

    An upper bound, counted line by line (so linear): each container marker at the start
    of a line opens at most one level, and so do each two columns of indentation.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.lstrip(" \t")
        indent = len(line[: len(line) - len(stripped)].expandtabs(4))
        depth, pos = indent // 2, 0
        while depth <= MAX_NESTING:
            match = _CONTAINER.match(stripped, pos)
            if not match or match.end() == pos:
                break
            pos, depth = match.end(), depth + 1
        if depth > MAX_NESTING:
            raise InvalidInput(f"line {number}: lists or quotes nested more than "
                               f"{MAX_NESTING} levels deep cannot be laid out; flatten them")


def defuse_brackets(text: str) -> str:
    """Escape the brackets that cannot make a link: each `[` that no `]` closes, and
    pairs nested deeper than `BRACKET_DEPTH`. markdown-it scans on from each of them
    (200 KB of `[` took 30 s); escaped, they print the same.

    Left alone where a backslash would show (code, raw HTML) or when there are few.
    """
    if text.count("[") < 64 or any(mark in text for mark in _LITERAL_MARKS) or (
            text.startswith(("    ", "\t"))):
        return text
    open_at: list[int] = []
    escape: list[int] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            i += 1
        elif char == "[":
            open_at.append(i)
        elif char == "]" and open_at:
            opened = open_at.pop()
            if len(open_at) >= BRACKET_DEPTH:
                escape += (opened, i)
        i += 1
    escape += open_at
    if not escape:
        return text
    parts, last = [], 0
    for pos in sorted(escape):
        parts += [text[last:pos], "\\", text[pos]]
        last = pos + 1
    parts.append(text[last:])
    return "".join(parts)


@dataclass
class _Item:
    marker: str
    depth: int
    emitted: bool = False


@dataclass
class _List:
    ordered: bool
    number: int
    depth: int


@dataclass
class _Walk:
    """The state of one walk: the output and the open containers (innermost last)."""

    out: list[Node] = field(default_factory=list)
    stack: list[_Item | _List | str] = field(default_factory=list)  # "quote" for quotes


class TokenWalker:
    """Builds Para and Table nodes from markdown-it tokens.

    `text(s, fmt)` turns a piece of text in format `fmt` into spans (it restores the
    citation and footnote placeholders); `trim` and `merge` tidy a paragraph's spans.
    """

    def __init__(self, text: Callable[[str, Span], list[Span]],
                 trim: Callable[[list[Span]], list[Span]],
                 merge: Callable[[list[Span]], list[Span]]) -> None:
        self._text, self._trim, self._merge = text, trim, merge

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self, tokens: Sequence[Token]) -> list[Node]:
        from cwgi_desktop.core.exporters.md_nodes import Para

        walk = _Walk()
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            kind = tok.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                item = self._item(walk)
                if item is not None and not item.emitted:
                    self._flush(walk, item, [], force=True)
                start = tok.attrs.get("start", 1) if kind == "ordered_list_open" else 1
                walk.stack.append(_List(kind == "ordered_list_open", int(start),
                                        item.depth + 1 if item is not None else 1))
            elif kind == "list_item_open":
                lst = walk.stack[-1]
                assert isinstance(lst, _List)
                walk.stack.append(_Item(f"{lst.number})" if lst.ordered else "–", lst.depth))
                lst.number += 1
            elif kind == "list_item_close":
                done = walk.stack.pop()
                assert isinstance(done, _Item)
                if not done.emitted:
                    self._flush(walk, done, [], force=True)
            elif kind in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
                walk.stack.pop()
            elif kind == "blockquote_open":
                walk.stack.append("quote")
            elif kind == "paragraph_open":
                spans = self.inline(tokens[i + 1].children or [])
                item = self._item(walk)
                if item is not None:
                    self._flush(walk, item, spans, force=not tok.hidden)
                else:
                    self._emit(walk, Para(spans=spans, role=self._role(walk)))
                i += 2  # the inline token and paragraph_close
            elif kind == "heading_open":
                spans = self.inline(tokens[i + 1].children or [])
                self._emit(walk, Para(spans=spans, role="heading", level=int(tok.tag[1])))
                i += 2
            elif kind in ("code_block", "fence"):
                self._emit(walk, self._code(tok.content))
            elif kind == "hr":
                self._emit(walk, Para(role="rule"))
            elif kind == "table_open":
                table, i = self._table(tokens, i)
                self._emit(walk, table)
            elif kind == "html_block":
                self._html_block(walk, tok.content)
            i += 1
        return walk.out

    @staticmethod
    def _item(walk: _Walk) -> _Item | None:
        top = walk.stack[-1] if walk.stack else None
        return top if isinstance(top, _Item) else None

    @staticmethod
    def _role(walk: _Walk) -> str:
        return "quote" if walk.stack and walk.stack[-1] == "quote" else "body"

    def _emit(self, walk: _Walk, node: Node) -> None:
        """A block other than an item's paragraph; inside an item it ends the marker."""
        from cwgi_desktop.core.exporters.md_nodes import Para

        item = self._item(walk)
        if item is not None:
            if isinstance(node, Para) and node.role == "body":
                node.role, node.level = "list", item.depth
            item.emitted = True
        walk.out.append(node)

    def _flush(self, walk: _Walk, item: _Item, spans: list[Span], *, force: bool) -> None:
        from cwgi_desktop.core.exporters.md_nodes import Para, plain_text

        visible = plain_text(spans).strip() or any(s.footnote for s in spans)
        if force or visible:
            walk.out.append(Para(spans=self._trim(spans), role="list", level=item.depth,
                                 marker="" if item.emitted else item.marker))
            item.emitted = True

    def _code(self, content: str) -> Para:
        from cwgi_desktop.core.exporters.md_nodes import Para, Span

        spans: list[Span] = []
        for number, line in enumerate(content.rstrip("\n").split("\n")):
            if number:
                spans.append(Span(line_break=True))
            spans.append(Span(text=line, code=True))
        return Para(spans=spans, role="code")

    def _html_block(self, walk: _Walk, content: str) -> None:
        from cwgi_desktop.core.exporters.md_nodes import Para, Span

        text = _TAG.sub(" ", content)
        if text.strip():
            import html

            spans = self._merge(self._trim(self._text(html.unescape(text), Span())))
            self._emit(walk, Para(spans=spans, role=self._role(walk)))

    def _table(self, tokens: Sequence[Token], i: int) -> tuple[Any, int]:
        from cwgi_desktop.core.exporters.md_nodes import Table

        table = Table()
        in_head = False
        row: list[list[Span]] = []
        align: list[str] = []
        while tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "thead_open":
                in_head = True
            elif tok.type == "thead_close":
                in_head = False
            elif tok.type == "tr_open":
                row, align = [], []
            elif tok.type in ("th_open", "td_open"):
                match = _ALIGN.search(str(tok.attrs.get("style", "")))
                align.append(match.group(1) if match else "")
                row.append(self._trim(self.inline(tokens[i + 1].children or [])))
            elif tok.type == "tr_close":
                if in_head and not table.header:
                    table.header = row
                else:
                    table.rows.append(row)
                if not table.align:
                    table.align = align
            i += 1
        return table, i

    # -- inline -----------------------------------------------------------------------------
    def inline(self, children: Sequence[Token]) -> list[Span]:
        from cwgi_desktop.core.exporters.md_nodes import Span

        stack: list[tuple[str, Span]] = [("", Span())]
        spans: list[Span] = []
        for tok in children:
            kind, fmt = tok.type, stack[-1][1]
            if kind in ("text", "text_special"):
                spans.extend(self._text(tok.content, fmt))
            elif kind == "softbreak":
                spans.extend(self._text("\n", fmt))
            elif kind == "hardbreak":
                spans.append(Span(line_break=True))
            elif kind == "code_inline":
                spans.extend(self._text(tok.content, replace(fmt, code=True)))
            elif kind in _TOKEN_FORMAT:
                stack.append((kind[:-5], _flagged(fmt, _TOKEN_FORMAT[kind])))
            elif kind == "link_open":
                href = str(tok.attrs.get("href") or "")
                stack.append(("link", replace(fmt, link=href) if href else fmt))
            elif kind.endswith("_close"):
                _pop(stack, "link" if kind == "link_close" else kind[:-6])
            elif kind == "image":
                alt = "".join(c.content for c in tok.children or [] if c.type == "text")
                spans.extend(self._text(alt, fmt) if alt else [])
            elif kind == "html_inline":
                self._html_inline(tok.content, stack, spans)
        return self._merge(self._trim(spans))

    def _html_inline(self, tag_text: str, stack: list[tuple[str, Span]],
                     spans: list[Span]) -> None:
        from cwgi_desktop.core.exporters.md_nodes import Span

        match = _TAG.fullmatch(tag_text.strip())
        if not match:
            return
        closing, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        fmt = stack[-1][1]
        if name == "br":
            spans.append(Span(line_break=True))
        elif name == "img":
            alt = _ALT.search(attrs)
            if alt:
                spans.extend(self._text(alt.group(1) or alt.group(2) or "", fmt))
        elif closing:
            _pop(stack, "html:" + name)
        elif match.group(4):
            return  # a self-closed formatting tag holds nothing
        elif name in _HTML_FORMAT:
            stack.append(("html:" + name, _flagged(fmt, _HTML_FORMAT[name])))
        elif name == "a":
            href = _HREF.search(attrs)
            link = (href.group(1) or href.group(2) or href.group(3)) if href else None
            stack.append(("html:a", replace(fmt, link=link) if link else fmt))


def _pop(stack: list[tuple[str, Span]], name: str) -> None:
    """Close the innermost open `name` (and whatever was left open inside it)."""
    for depth in range(len(stack) - 1, 0, -1):
        if stack[depth][0] == name:
            del stack[depth:]
            return


def _flagged(fmt: Span, flag: str) -> Span:
    """`fmt` with one boolean format flag (bold, italic...) set."""
    flags: dict[str, Any] = {flag: True}
    return replace(fmt, **flags)
