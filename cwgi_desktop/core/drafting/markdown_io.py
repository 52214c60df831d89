"""A draft as a Markdown file, and back: a contract, `draft → Markdown → draft` is lossless.

The form (pandoc-compatible):

    ---
    kind: key_findings
    title: "Principales conclusions"
    language: fr
    ...
    ---

    # Introduction                      a heading block; `#` count = level

    A paragraph block.

    1. A finding (the draft kind's numbered kind: finding, guideline or recommendation).

       Its further paragraphs, indented under the item.

    ::: {.recommendation level=2}       any other block: a fenced div naming kind and level
    Its text, verbatim.
    :::

    # Annex: Title                      an annex block (`{.annex}` / `{.heading}` force one)

Block text is Markdown with pandoc citations (`[@C26/77, para 4]`), kept verbatim. A block
that is not at the *implied level* (the level of the heading or annex above it, 1 before
any) or whose text would read back as something else (a blank line, a `#` line…) is written
as a fenced div. Numbers in lists are derived (`core.drafting.numbering`) and ignored on
reading. Equality after a round trip holds for texts in normal form (`normalise_text`):
line endings `\\n`, no whitespace-only lines, no surrounding whitespace, one-line headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cwgi_desktop.core.drafting.frontmatter import (
    emit_front_matter,
    normalise_kind,
    parse_front_matter,
)
from cwgi_desktop.core.drafting.numbering import number_blocks
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import (
    BLOCK_KINDS,
    LANGUAGES,
    MAX_LEVEL,
    SINGLE_LINE_KINDS,
    Block,
    Draft,
    new_id,
)

__all__ = [
    "DEFAULT_NUMBERED_KIND",
    "MAX_LEVEL",
    "draft_to_markdown",
    "escape_markdown",
    "implied_levels",
    "markdown_to_draft",
    "normalise_text",
]

# The block kind an ordered-list item becomes, by draft kind.
DEFAULT_NUMBERED_KIND: dict[str, str] = {
    "analytical_summary": "finding",
    "key_findings": "finding",
    "guidelines": "guideline",
    "council_contribution": "recommendation",
    "compilation": "finding",
}
ANNEX_WORDS = ("Annex", "Annexe", "Anexo", "الملحق", "附件", "Приложение")

_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_ITEM = re.compile(r"^(\d{1,9}[.)])(?:([ \t]+)(.*))?$")
# In a council contribution only `1.` items are the draft's numbered blocks: its `1)` items
# are the proposals ("1) to note…"), a list inside the paragraph that introduces them.
_DOT_ITEM = re.compile(r"^(\d{1,9}\.)(?:([ \t]+)(.*))?$")
PROPOSAL_KINDS = frozenset({"council_contribution"})
_FENCE_OPEN = re.compile(r"^(:{3,})[ \t]*(?:\{([^{}]*)\}|([A-Za-z_][\w-]*))[ \t]*$")
_CODE_FENCE = re.compile(r"^(`{3,}|~{3,})")
_ANNEX = re.compile(
    r"^(?:" + "|".join(ANNEX_WORDS) + r")(?:[ \t]+\d+)?[ \t]*[:：][ \t]*(.*)$", re.IGNORECASE
)
_FORCED = re.compile(r"[ \t]*\{\.(annex|heading)\}$")
_ATTRIBUTE_TAIL = re.compile(r"\{[^{}]*\}$")
_LEADING_MARKUP = re.compile(r"^([ \t]*)(?:(#|>|[-+*](?=[ \t]))|(\d{1,9})([.)]))")
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<])")
# pandoc's table caption (`Table: …` or `: …`) and a pipe table's delimiter row.
_CAPTION = re.compile(r"^(?:Table)?[ \t]*:[ \t]+\S")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def normalise_text(kind: str, text: str) -> str:
    """The normal form of a block's text (what a Markdown round trip preserves exactly)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind in SINGLE_LINE_KINDS:
        return " ".join(part.strip() for part in text.split("\n") if part.strip())
    return "\n".join(line if line.strip() else "" for line in text.split("\n")).strip()


def _escape_leading(match: re.Match[str]) -> str:
    if match.group(2):
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"


def _escape_inline(match: re.Match[str]) -> str:
    return "\\" + match.group(1)


def escape_markdown(text: str) -> str:
    """Text taken from a contribution, escaped so that Markdown shows it as written."""
    # A function as replacement: a template string is parsed again on every call, and a
    # generated draft escapes tens of thousands of texts, nearly all of one line and most
    # with nothing inline to escape (seven `in` scan a long extract thrice faster than
    # the expression).
    escaped = _INLINE_SPECIALS.sub(_escape_inline, text) if (
        "\\" in text or "`" in text or "*" in text or "_" in text or "[" in text
        or "]" in text or "<" in text) else text
    if "\n" not in escaped:
        return _LEADING_MARKUP.sub(_escape_leading, escaped, 1)
    return "\n".join(_LEADING_MARKUP.sub(_escape_leading, line, 1)
                     for line in escaped.split("\n"))


def _is_pipe_table(text: str) -> bool:
    lines = text.split("\n")
    return len(lines) >= 2 and "|" in lines[0] and bool(_TABLE_RULE.match(lines[1]))


def _is_caption(text: str) -> bool:
    return "\n" not in text and bool(_CAPTION.match(text))


def caption_pairs_with(previous: str, text: str) -> bool:
    """Whether two paragraphs are a pipe table and its `Table: …` caption (either order):
    they belong in one block, so the export prints `Table 1 – …` above the table."""
    return (_is_pipe_table(previous) and _is_caption(text)) or (
        _is_caption(previous) and _is_pipe_table(text)
    )


def implied_levels(blocks: Sequence[Block]) -> list[int]:
    """For each block in order, the level of the heading or annex above it (1 before any)."""
    section, out = 1, []
    for block in blocks:
        if block.kind in SINGLE_LINE_KINDS:
            section = block.level
        out.append(section)
    return out


# -- writing ---------------------------------------------------------------------------


def _is_structural(line: str, item: re.Pattern[str] = _ITEM) -> bool:
    return bool(
        _HEADING.match(line) or item.match(line) or line.startswith(":::")
        or _CODE_FENCE.match(line)
    )


def _plain_safe(text: str) -> bool:
    lines = text.split("\n")
    return bool(text) and all(line.strip() and not _is_structural(line) for line in lines)


def _heading(kind: str, level: int, text: str) -> str:
    hashes = "#" * level
    if kind == "annex":
        if _ATTRIBUTE_TAIL.search(text):
            return f"{hashes} {text} {{.annex}}"
        return f"{hashes} Annex:" + (f" {text}" if text else "")
    if _ANNEX.match(text) or _ATTRIBUTE_TAIL.search(text):
        return f"{hashes} {text} {{.heading}}"
    return hashes + (f" {text}" if text else "")


def _list_item(number: str, text: str) -> str:
    marker = f"{number}."
    indent = " " * (len(marker) + 1)
    first, *rest = text.split("\n")
    lines = [marker + (f" {first}" if first else "")]
    lines += [indent + line if line else "" for line in rest]
    return "\n".join(lines)


def _div(kind: str, level: int, implied: int, text: str) -> str:
    runs = [len(m.group(0)) for line in text.split("\n") if (m := re.match(r":+", line))]
    fence = ":" * max(3, max(runs, default=0) + 1)
    attributes = f".{kind}" + (f" level={level}" if level != implied else "")
    return f"{fence} {{{attributes}}}\n" + (f"{text}\n" if text else "") + fence


def draft_to_markdown(draft: Draft, blocks: Sequence[Block]) -> str:
    """The Markdown form of a draft (front matter, then its live blocks in order)."""
    live = sorted((b for b in blocks if not b.deleted), key=lambda b: b.position)
    numbers = number_blocks(live)
    numbered_kind = DEFAULT_NUMBERED_KIND.get(draft.kind, "finding")
    chunks = []
    previous_plain = ""  # the text of the previous block when written as a plain paragraph
    for block, implied in zip(live, implied_levels(live), strict=True):
        text = normalise_text(block.kind, block.text)
        level = min(max(int(block.level), 1), MAX_LEVEL)
        plain = ""
        if block.kind in SINGLE_LINE_KINDS:
            chunks.append(_heading(block.kind, level, text))
        elif block.kind == numbered_kind and level == implied:
            chunks.append(_list_item(numbers.get(block.id, "1)").rstrip(")"), text))
        elif (block.kind == "paragraph" and level == implied and _plain_safe(text)
              and not caption_pairs_with(previous_plain, text)):
            chunks.append(text)
            plain = text
        else:
            chunks.append(_div(block.kind, level, implied, text))
        previous_plain = plain
    body = "\n\n".join(chunks)
    return emit_front_matter(draft) + ("\n" + body + "\n" if body else "")


# -- reading ---------------------------------------------------------------------------


class _Reader:
    def __init__(self, lines: list[str], first: int, numbered_kind: str,
                 item: re.Pattern[str] = _ITEM) -> None:
        self.lines = lines
        self.i = first
        self.numbered_kind = numbered_kind
        self.item = item
        self.section = 1
        self.out: list[tuple[str, int, str]] = []
        self.last_plain = False  # the last block read is a plain paragraph

    def read(self) -> list[tuple[str, int, str]]:
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if not line.strip():
                self.i += 1
            elif fence := _FENCE_OPEN.match(line):
                self._div(fence)
            elif heading := _HEADING.match(line):
                self._heading(len(heading.group(1)), heading.group(2) or "")
            elif item := self.item.match(line):
                self._item(item)
            else:
                self._paragraph()
        return self.out

    def _add(self, kind: str, level: int, text: str, plain: bool = False) -> None:
        if kind in SINGLE_LINE_KINDS:
            self.section = level
        text = normalise_text(kind, text)
        if plain and self.last_plain and caption_pairs_with(self.out[-1][2], text):
            # A table and its caption, split by the blank line pandoc wants between them.
            last_kind, last_level, last_text = self.out[-1]
            self.out[-1] = (last_kind, last_level, f"{last_text}\n\n{text}")
            self.last_plain = False
            return
        self.out.append((kind, level, text))
        self.last_plain = plain

    def _heading(self, level: int, text: str) -> None:
        self.i += 1
        forced = _FORCED.search(text)
        if forced:
            self._add(forced.group(1), level, text[: forced.start()])
        elif annex := _ANNEX.match(text):
            self._add("annex", level, annex.group(1))
        else:
            self._add("heading", level, text)

    def _div(self, fence: re.Match[str]) -> None:
        start = self.i + 1
        attributes = (fence.group(2) or f".{fence.group(3)}").split()
        kinds = [a[1:] for a in attributes if a.startswith(".")]
        if len(kinds) != 1 or kinds[0] not in BLOCK_KINDS:
            raise InvalidInput(f"line {start}: {fence.group(0).strip()}: name one block kind "
                               f"({', '.join(BLOCK_KINDS)})")
        level = self.section
        for attribute in attributes:
            if attribute.startswith("level="):
                try:
                    level = int(attribute[6:].strip("\"'"))
                except ValueError:
                    level = 0
                if not 1 <= level <= MAX_LEVEL:
                    raise InvalidInput(f"line {start}: {attribute}: a level is 1 to {MAX_LEVEL}")
        body: list[str] = []
        self.i += 1
        while self.i < len(self.lines) and self.lines[self.i].rstrip() != fence.group(1):
            body.append(self.lines[self.i])
            self.i += 1
        if self.i >= len(self.lines):
            raise InvalidInput(f"line {start}: '{fence.group(1)}' block not closed")
        self.i += 1
        self._add(kinds[0], level, "\n".join(body))

    def _item(self, item: re.Match[str]) -> None:
        indent = len(item.group(1)) + max(1, len(item.group(2) or " "))
        body = [item.group(3) or ""]
        blanks: list[str] = []
        self.i += 1
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if not line.strip():
                blanks.append("")
            elif len(line) - len(line.lstrip(" ")) >= indent:
                body += [*blanks, line[indent:]]
                blanks = []
            elif not blanks and not _is_structural(line, self.item):
                body.append(line.strip())  # a lazy continuation line
            else:
                break
            self.i += 1
        self._add(self.numbered_kind, self.section, "\n".join(body))

    def _paragraph(self) -> None:
        body: list[str] = []
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if not line.strip() or (body and _is_structural(line, self.item)
                                    and not _CODE_FENCE.match(line)):
                break
            if code := _CODE_FENCE.match(line):  # a code block keeps its blank lines
                body.append(line)
                self.i += 1
                while self.i < len(self.lines):
                    body.append(self.lines[self.i])
                    self.i += 1
                    if self.lines[self.i - 1].startswith(code.group(1)):
                        break
                continue
            body.append(line)
            self.i += 1
        self._add("paragraph", self.section, "\n".join(body), plain=True)


# What a Word document cannot hold (XML 1.0 forbids it): C0 controls but tab and line
# ends, lone surrogates, U+FFFE and U+FFFF.
_UNWRITABLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def check_writable(text: str) -> None:
    """Refuse text holding a character no export can write, naming its line."""
    match = _UNWRITABLE_RE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise InvalidInput(f"line {line}: the control character U+{ord(match.group()):04X} "
                           "cannot be written to a document; remove it")


PLAIN_DEFAULTS: dict[str, str] = {"kind": "analytical_summary", "language": "en"}


def _plain_fields(lines: list[str], defaults: dict[str, str] | None) -> tuple[dict, int]:
    """Fields of a draft written as plain Markdown (no front matter): `defaults` (the
    user's preferences), the title from the first heading. A lone level-1 heading first in
    the file is the document's title, not a section: it is taken out of the body."""
    fields: dict[str, object] = {**PLAIN_DEFAULTS, **{k: v for k, v in (defaults or {}).items()
                                                       if v}}
    fields["kind"] = normalise_kind(str(fields["kind"]))
    if fields["language"] not in LANGUAGES:
        fields["language"] = "en"
    headings = [(i, m) for i, line in enumerate(lines) if (m := _HEADING.match(line))]
    first = 0
    if headings:
        index, match = headings[0]
        fields["title"] = (match.group(2) or "").strip()
        lone_title = len(match.group(1)) == 1 and sum(
            1 for _i, m in headings if len(m.group(1)) == 1) == 1
        if lone_title and not any(line.strip() for line in lines[:index]):
            first = index + 1
    return fields, first


def markdown_to_draft(text: str, defaults: dict[str, str] | None = None,
                      ) -> tuple[Draft, list[Block]]:
    """Parse a draft's Markdown form into a new Draft and its Blocks (fresh ids).

    A file without front matter is plain Markdown: its kind and language are `defaults`
    (else an analytical summary in English), its title its first heading. Raises
    InvalidInput naming the line for a bad front matter, an unknown block kind or an
    unclosed `:::` block. Citations are kept as written; resolving them against the store
    is the caller's business (see `Store.import_markdown`).
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    check_writable(text)
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        fields, first = parse_front_matter(lines)
    else:
        fields, first = _plain_fields(lines, defaults)
    draft = Draft(id=new_id(), **fields)
    reader = _Reader(lines, first, DEFAULT_NUMBERED_KIND.get(draft.kind, "finding"),
                     _DOT_ITEM if draft.kind in PROPOSAL_KINDS else _ITEM)
    blocks = [
        Block(id=new_id(), draft_id=draft.id, kind=kind, text=body, level=level, position=i)
        for i, (kind, level, body) in enumerate(reader.read())
    ]
    return draft, blocks
