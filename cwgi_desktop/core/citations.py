"""Pandoc-style citations in draft Markdown: `[@C26/77]`, `[@C26/77, para 4]`, `[@a; @b]`.

A citation names an ITU document by its symbol. Whatever language version is written
(`C26/77-F`), it resolves to the document's *base symbol* (`C26/77`), so a draft can cite a
contribution whatever versions of it were imported.

Rules (a subset of pandoc's):
- a citation group is `[` ... `]` holding one or more items separated by `;`, each item
  `@key` or `@{key}` (optionally preceded by `-`), optionally followed by a locator
  (`, para 4`, `paras 3-5`, `p. 2`);
- a key starts and ends with a letter, digit or `_` and may hold `:.#$%&-+?<>~/` inside, so
  trailing punctuation (`[@C26/77.]`) is not part of the key;
- `\\[@...]` (escaped bracket) and text inside inline code spans are not citations;
- a bracket followed by `(` is a Markdown link, not a citation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from cwgi_desktop.core.models import SUFFIX_BY_LANGUAGE, Citation
from cwgi_desktop.core.symbols import split_symbol

__all__ = [
    "Span",
    "base_symbol_of",
    "citation_keys",
    "citation_rows",
    "cite",
    "find_citations",
    "locator_numbers",
    "locator_paragraphs",
    "paragraph_locator_spec",
    "parse_citation_group",
    "parse_citations",
    "replace_citation_groups",
    "replace_citations",
    "symbol_for_language",
    "unique_base_symbols",
]

Span = tuple[int, int]

_KEY = r"[\w](?:[\w:.#$%&\-+?<>~/]*[\w])?"
_ITEM_RE = re.compile(
    r"^\s*-?@(?:\{(?P<braced>[^{}]+)\}|(?P<key>" + _KEY + r"))(?P<suffix>.*)$",
    re.DOTALL,
)
# A bracketed group whose first item starts with @ (or -@); nested brackets are not allowed.
_GROUP_RE = re.compile(r"\[(?P<body>\s*-?@[^\[\]]*)\](?!\()")
_ALNUM_RE = re.compile(r"[^\W_]")  # a character for which str.isalnum() is true
_CODE_SPAN_RE = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
# Paragraph numbers as documents show them: `4`, `2.3`, `fn1` (footnote), `en2` (endnote),
# `一` (a Chinese document's `一、`).
_NUMBER = (r"(?:\d+(?:\.\d+)*|(?:fn|en)\s?(?:\d+|[ivxlc]+)|[一二三四五六七八九十百零〇]{1,4}"
           r"|[ivxlc]{2,6}\b|[a-z]\b)")  # and items lettered (b) or numbered iv)
_LOCATOR_LABELS_RE = re.compile(
    r"^(?:paras?\.?|paragraphs?|§§?|¶¶?)\s*(?P<spec>" + _NUMBER
    + r"(?:\s*(?:-|–|—|to|,|and)\s*" + _NUMBER + r")*)\s*$",
    re.IGNORECASE,
)
_NOTE_LOCATOR_RE = re.compile(
    r"^(?:(?P<fn>footnotes?|fn\.?|notes?|n\.)|(?P<en>endnotes?|en\.?))\s*"
    r"(?P<n>\d+|[ivxlc]+)\s*$",
    re.IGNORECASE,
)
_LOCATOR_NUMBERS_RE = re.compile(
    r"^(?:paras?\.?|paragraphs?|§§?|¶¶?)\s*(?P<spec>\d+(?:\s*(?:-|–|—|to|,|and)\s*\d+)*)\s*$",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16384)  # a generated draft cites each document many times
def base_symbol_of(symbol: str) -> str:
    """The base symbol of an ITU document symbol: the language suffix removed.

    `C26/77-F` → `C26/77`; `CWG-Internet-22/4-E` → `CWG-Internet-22/4`; a symbol without a
    suffix is returned unchanged (surrounding whitespace removed).
    """
    return split_symbol(" ".join(symbol.split()))[0]


def symbol_for_language(symbol: str, language: str) -> str:
    """The symbol of the `language` version of a document: `C26/52` + fr → `C26/52-F`.

    Any language suffix already present is replaced. An empty symbol stays empty; a language
    without an ITU suffix leaves the base symbol as is.
    """
    base = base_symbol_of(symbol)
    if not base:
        return ""
    suffix = SUFFIX_BY_LANGUAGE.get(language)
    return f"{base}-{suffix}" if suffix else base


def paragraph_locator_spec(locator: str) -> str | None:
    """The number part of a paragraph locator (`paras 3-5` → `3-5`), or None for others."""
    match = _LOCATOR_LABELS_RE.match(locator.strip())
    return match.group("spec") if match else None


def _expand(low: str, high: str) -> list[str]:
    """`2.1`..`2.3` → 2.1, 2.2, 2.3; `3`..`5` → 3, 4, 5; other pairs stay two numbers."""
    low_head, _, low_last = low.rpartition(".")
    high_head, _, high_last = high.rpartition(".")
    if low_head != high_head or not (low_last.isdigit() and high_last.isdigit()):
        return [low, high]
    a, b = sorted((int(low_last), int(high_last)))
    prefix = f"{low_head}." if low_head else ""
    return [f"{prefix}{n}" for n in range(a, min(b, a + 199) + 1)]


def locator_numbers(locator: str) -> list[str]:
    """The paragraph numbers a locator names, as the document shows them.

    `para 2.3` → ["2.3"], `paras 3-5` → ["3", "4", "5"], `paras 2.1-2.3` → ["2.1", "2.2",
    "2.3"], `footnote 2` / `para fn2` → ["fn2"], `endnote ii` → ["enii"] (endnotes are
    numbered i, ii … unless the document says otherwise); [] for other
    locators (`p. 2`). Ranges are capped at 200 numbers.
    """
    text = locator.strip()
    note = _NOTE_LOCATOR_RE.match(text)
    if note:
        return [("fn" if note.group("fn") else "en") + note.group("n").lower()]
    match = _LOCATOR_LABELS_RE.match(text)
    if not match:
        return []
    result: list[str] = []
    for part in re.split(r"\s*(?:,|\band\b)\s*", match.group("spec")):
        bounds = [b.replace(" ", "").lower()
                  for b in re.split(r"\s*(?:-|–|—|\bto\b)\s*", part) if b.strip()]
        if len(bounds) == 1:
            result.append(bounds[0])
        elif bounds:
            result.extend(_expand(bounds[0], bounds[-1]))
    return list(dict.fromkeys(result))


def locator_paragraphs(locator: str) -> list[int]:
    """The paragraph numbers a locator names: `para 4` → [4], `paras 3-5` → [3, 4, 5].

    Lists (`paras 3, 7`) are supported; anything that is not a paragraph locator gives [].
    Ranges are capped at 200 paragraphs so a typo cannot produce a huge list.
    """
    return list(_locator_paragraphs(locator))


_LIST_SPLIT_RE = re.compile(r"\s*(?:,|and)\s*")
_RANGE_SPLIT_RE = re.compile(r"\s*(?:-|–|—|to)\s*")


@functools.lru_cache(maxsize=4096)  # the same few locators recur in thousands of blocks
def _locator_paragraphs(locator: str) -> tuple[int, ...]:
    match = _LOCATOR_NUMBERS_RE.match(locator.strip())
    if not match:
        return ()
    spec = match.group("spec")
    result: list[int] = []
    for part in _LIST_SPLIT_RE.split(spec):
        bounds = _RANGE_SPLIT_RE.split(part)
        numbers = [int(b) for b in bounds if b.isdigit()]
        if not numbers:
            continue
        if len(numbers) == 1:
            result.append(numbers[0])
        else:
            low, high = numbers[0], numbers[-1]
            if high < low:
                low, high = high, low
            result.extend(range(low, min(high, low + 199) + 1))
    return tuple(dict.fromkeys(result))


def _parse_item(item: str) -> Citation | None:
    match = _ITEM_RE.match(item)
    if not match:
        return None
    key = (match.group("braced") or match.group("key") or "").strip()
    suffix = match.group("suffix").strip()
    if suffix.startswith(","):
        suffix = suffix[1:].strip()
    if not _ALNUM_RE.search(suffix):
        suffix = ""
    paragraphs = locator_paragraphs(suffix)
    return Citation(
        key=key,
        base_symbol=base_symbol_of(key),
        locator=suffix,
        paragraph=paragraphs[0] if paragraphs else None,
    )


def parse_citation_group(body: str) -> list[Citation] | None:
    """Parse the inside of a citation group (`@C26/77, para 4; @C26/52`).

    Returns None when any item is not a citation (then the brackets are ordinary text).
    """
    citations: list[Citation] = []
    for item in body.split(";"):
        if not item.strip():
            continue
        citation = _parse_item(item)
        if citation is None:
            return None
        citations.append(citation)
    return citations or None


def _code_spans(text: str) -> list[Span]:
    if "`" not in text:
        return []
    return [m.span() for m in _CODE_SPAN_RE.finditer(text)]


def _is_escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def find_citations(text: str) -> list[tuple[Span, list[Citation]]]:
    """Every citation group in `text`, in order: ((start, end), citations).

    The span covers the brackets. Escaped groups (`\\[@...]`) and groups inside inline code
    are skipped.
    """
    if "@" not in text:
        return []
    code = _code_spans(text)
    found: list[tuple[Span, list[Citation]]] = []
    for match in _GROUP_RE.finditer(text):
        start, end = match.span()
        if start and text[start - 1] == "\\" and _is_escaped(text, start):
            continue
        if code and any(c_start <= start < c_end for c_start, c_end in code):
            continue
        citations = parse_citation_group(match.group("body"))
        if citations:
            found.append(((start, end), citations))
    return found


def parse_citations(text: str) -> list[Citation]:
    """All citations in `text`, flattened, in order of appearance."""
    return [c for _span, group in find_citations(text) for c in group]


# A citation's rows in `block_citations`: (base symbol, locator, paragraph), one for each
# paragraph of a range.
CitationRow = tuple[str, str, int | None]


def citation_rows(text: str) -> list[CitationRow]:
    """The `block_citations` rows of a block's text (see `CitationRow`), in order."""
    rows: list[CitationRow] = []
    for c in parse_citations(text):
        paragraphs: list[int | None] = [*locator_paragraphs(c.locator)] if c.locator else []
        rows += [(c.base_symbol, c.locator, p) for p in paragraphs or [c.paragraph]]
    return rows


_PLAIN_KEY_RE = re.compile(_KEY)
# A key of ASCII only is plain when it holds nothing else than these and starts and ends
# with a word character: `str.strip` tells it ten times faster than the expression.
_ASCII_WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
_ASCII_KEY = _ASCII_WORD + ":.#$%&-+?<>~/"


def _plain_key(key: str) -> bool:
    """Whether `key` is read whole as a citation's key (it matches `_KEY`)."""
    if key and not key.strip(_ASCII_KEY) and key[0] in _ASCII_WORD and key[-1] in _ASCII_WORD:
        return True
    return _PLAIN_KEY_RE.fullmatch(key) is not None


@functools.lru_cache(maxsize=16384)
def _cited_base(key: str) -> str | None:
    """The base symbol a citation of `key` names when it reads the key whole, else None
    (`base_symbol_of`: a plain key holds no whitespace to collapse first)."""
    return split_symbol(key)[0] if _plain_key(key) else None


@functools.lru_cache(maxsize=4096)
def _paragraph_locator(paragraph: int) -> tuple[str, tuple[int | None, ...]]:
    """`para N` and the paragraphs of its rows (None when it names none)."""
    locator = f"para {paragraph}"
    return locator, _locator_paragraphs(locator) or (None,)


def cite(key: str, paragraph: int | None = None) -> tuple[str, list[CitationRow] | None]:
    """The citation group `[@key]` (`[@key, para N]` with a paragraph) and the rows
    `citation_rows` finds in a text it ends, after a space, when the text before that space
    holds no `@`: worked out without parsing (a generated draft writes tens of thousands).

    The rows are None for a key a citation reads otherwise than written (`C26/1 Add.1`:
    key `C26/1`, locator `Add.1`): such a text is to be parsed. Otherwise no citation
    can start in the text before, none can reach into the group (no `[` inside it is
    escaped and no `]` or `@` comes before it), and the key holds no backtick, so no code
    span covers the group.
    """
    base = _cited_base(key)
    if paragraph is None:
        return f"[@{key}]", None if base is None else [(base, "", None)]
    locator, numbers = _paragraph_locator(paragraph)
    text = f"[@{key}, {locator}]"
    if base is None:
        return text, None
    if len(numbers) == 1:
        return text, [(base, locator, numbers[0])]
    return text, [(base, locator, p) for p in numbers]


def citation_keys(text: str) -> set[str]:
    """The normalised keys (base symbols, e.g. `C26/77`) cited in `text`."""
    return {c.base_symbol for c in parse_citations(text)}


def replace_citations(text: str, render: Callable[[list[Citation]], str]) -> str:
    """Replace each citation group in `text` by `render(citations)`; other text is unchanged."""
    return replace_citation_groups(text, lambda _source, citations: render(citations))


def replace_citation_groups(text: str, render: Callable[[str, list[Citation]], str]) -> str:
    """Replace each citation group by `render(group as written, citations)`."""
    groups = find_citations(text)
    if not groups:
        return text
    out: list[str] = []
    last = 0
    for (start, end), citations in groups:
        out.append(text[last:start])
        out.append(render(text[start:end], citations))
        last = end
    out.append(text[last:])
    return "".join(out)


def unique_base_symbols(citations: Iterable[Citation]) -> list[str]:
    """Base symbols of `citations`, first occurrence order, without duplicates."""
    seen: dict[str, None] = {}
    for citation in citations:
        seen.setdefault(citation.base_symbol, None)
    return list(seen)
