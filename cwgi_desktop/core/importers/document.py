"""Result types of the importers and small text helpers shared by the format modules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class ParsedParagraph:
    """One non-empty paragraph of an imported file, in reading order."""

    text: str
    style: str = "body"  # "body" | "heading" | "list" | "table"
    # Equality stays (text, style): what was read; numbers and notes are compared apart.
    number: str = field(default="", compare=False)  # as a reader sees it: "2.3", "a", "fn1"
    kind: str = field(default="body", compare=False)  # "body" | "footnote" | "endnote"
    anchor: int | None = field(default=None, compare=False)  # a note: its calling paragraph


@dataclass
class ParsedDocument:
    """What an importer extracted from one file: paragraphs plus whatever metadata was found."""

    paragraphs: list[ParsedParagraph]
    format: str  # "docx" | "pdf" | "txt" | "md"
    file_name: str
    sha256: str
    symbol: str | None = None
    base_symbol: str | None = None
    language: str | None = None
    title: str | None = None
    source: str | None = None
    date: str | None = None
    cover: dict[str, str] = field(default_factory=dict)  # meeting, purpose, ... (cover page)


@dataclass
class RawDocument:
    """Internal: a format module's output before metadata extraction.

    `hints` carries metadata the format itself states (a docx Title-style paragraph, a
    Markdown front matter); keys are ParsedDocument field names.
    """

    paragraphs: list[ParsedParagraph]
    hints: dict[str, str] = field(default_factory=dict)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with lone surrogates (half of a UTF-16 pair, which a broken font map or
    file can yield) replaced by U+FFFD: they cannot be stored as UTF-8."""
    if text.isprintable():  # a surrogate is not (one C scan, faster than the regex's)
        return text
    return _SURROGATE_RE.sub("\ufffd", text) if _SURROGATE_RE.search(text) else text


# Whitespace other than the no-break spaces, which French typography uses on purpose.
_WS_RE = re.compile(r"[^\S\u00a0\u202f]+")
_SOFT_HYPHEN = "\u00ad"


def normalise(text: str) -> str:
    """Collapse runs of whitespace to one space, trim, and drop soft hyphens."""
    # Most paragraphs have nothing to change: every whitespace character but the space,
    # and the soft hyphen, is unprintable, so one C scan and two `in` say so.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if _SOFT_HYPHEN in text:
        text = text.replace(_SOFT_HYPHEN, "")
    if "\u00a0" in text or "\u202f" in text:
        return _WS_RE.sub(" ", text).strip()
    return " ".join(text.split())


_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_END_RE = re.compile(f"[{_CJK}]$")
_CJK_START_RE = re.compile(f"^[{_CJK}]")
_HYPHEN_END_RE = re.compile(r"[^\W\d_][-‐‑]$")


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines of one paragraph: a space between words, none between CJK chars."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif _CJK_END_RE.search(out) and _CJK_START_RE.match(line):
            out += line
        elif _HYPHEN_END_RE.search(out) and line[:1].isalpha():
            out += line  # `CWG-` + `Internet`: a compound cut at its hyphen
        else:
            out += " " + line
    return normalise(out)


_BULLET_RE = re.compile(
    r"^(?:[-–—•·▪◦‣○■□➢►*\uf0a7\uf0b7\uf0d8\uf076\uf0fc]\s+|\(?\d{1,3}\)\s+|\(?[a-z]\)\s+)"
)
_NUMBERED_RE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.|[IVX]{1,5}\.)\s+\S")
_ENDS_SENTENCE_RE = re.compile(r"[.:;,!?。：；，！？؟،؛]\s*[\"'»”’)]*$")
_DIGIT_OR_COLON_RE = re.compile(r"[\d:：]")
_CASED_RE = re.compile(r"[^\W\d_]")


def is_all_caps(text: str) -> bool:
    """True when the text has at least 6 cased letters and none of them is lower case."""
    letters = _CASED_RE.findall(text)
    cased = [c for c in letters if c.lower() != c.upper()]
    return len(cased) >= 6 and all(c.isupper() for c in cased)


def classify_plain(text: str) -> str:
    """Guess the style of a paragraph from plain text (txt, pdf): list, heading or body.

    Lists: bullets, `1)` / `a)` items and `1. lower-case` items. Headings: numbered short
    lines without final punctuation (`1 Introduction`), ALL-CAPS lines, and lines of at most
    five words starting with a capital, without digits or colon, not ending like a sentence
    (`Discussion`, `Objet`).
    """
    if _BULLET_RE.match(text):
        return "list"
    words = text.count(" ") + 1
    ends_sentence = bool(_ENDS_SENTENCE_RE.search(text))
    numbered = _NUMBERED_RE.match(text)
    if numbered:
        if text[numbered.end() - 1].islower():  # `1. second point` / `12 mai 2026`
            return "list" if text[: numbered.end() - 1].rstrip().endswith(".") else "body"
        if words <= 12 and len(text) <= 120 and not ends_sentence:
            return "heading"
        return "body"  # a numbered paragraph (`1.1 The Council ...`)
    if is_all_caps(text) and len(text) <= 300:
        return "heading"
    if (
        words <= 5
        and len(text) <= 60
        and not ends_sentence
        and text[:1].isupper()
        and not _DIGIT_OR_COLON_RE.search(text)
    ):
        return "heading"
    return "body"


# Typed numbers: `1.1<TAB>`, `2.3 text`, `4. text`, `2)`, `(a)`, `iv)`, `一、`, `（二）`,
# `١.`, `２．`. A bare `12 text` is
# a number only when a tab follows (`12 May 2026` is a date, not paragraph 12).
_TYPED_TAB_RE = re.compile(r"^\s*(\(?)(\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlIVXL]{1,6})[.)]?\t")
_TYPED_SPACE_RE = re.compile(
    r"^\s*(?:(?P<dotted>\d{1,3}(?:\.\d{1,3})+)\.?|(?P<dot>\d{1,3})\."
    r"|\(?(?P<paren>\d{1,3}|[a-z]|[ivx]{1,6})\))\s+\S"
)
_TYPED_HEADING_RE = re.compile(r"^\s*(\d{1,3})\s+\S")  # `1 Introduction` (tab lost)
# Chinese numbering as the six-language documents type it: `一、导言`, `（二）…`.
_HAN_NUMERAL = "一二三四五六七八九十百零〇"
_TYPED_HAN_RE = re.compile(
    f"^\\s*(?:(?P<comma>[{_HAN_NUMERAL}]{{1,4}})、|[（(](?P<paren>[{_HAN_NUMERAL}]{{1,4}})[）)])")
# Arabic-Indic, Persian and full-width digits and full-width punctuation read as the ASCII a
# citation is typed with (`para 2` for ٢ or ２).
_AS_ASCII = str.maketrans({
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "）": ")", "（": "(", "٫": ".",
})
NOTE_PREFIX = {"footnote": "fn", "endnote": "en"}


def clean_number(rendered: str) -> str:
    """The number as cited: `2.3.` → `2.3`, `(a)` → `a`, `Article 4` stays."""
    return rendered.strip().strip(".)(:-–—\t ").strip()


def typed_number(raw: str, *, heading: bool = False) -> str:
    """The number typed at the start of a paragraph's raw text (tabs kept), or "".

    A heading may show a bare number before its words (`1 Introduction`) where the tab
    was lost (text, PDF, stores made before tabs were kept)."""
    match = _TYPED_HAN_RE.match(raw)
    if match:
        return match.group("comma") or match.group("paren") or ""
    raw = raw[:16].translate(_AS_ASCII) + raw[16:]
    if heading:
        match = _TYPED_HEADING_RE.match(raw)
        if match:
            return match.group(1)
    match = _TYPED_TAB_RE.match(raw)
    if match:
        return match.group(2)
    match = _TYPED_SPACE_RE.match(raw)
    if match:
        return match.group("dotted") or match.group("dot") or match.group("paren") or ""
    return ""


NUMBERED_SHARE = 1 / 2
"""A document is cited by its own numbers when at least this share of its body paragraphs
carries one (reports number every paragraph); numbered headings or one numbered list in
prose do not make the prose citable, so such documents are counted instead."""


def finish_numbers(paragraphs: list[ParsedParagraph]) -> None:
    """Typed numbers where Word gave none; a count of body paragraphs when the document
    does not number its paragraphs (see NUMBERED_SHARE).

    Table cells never get a typed number; notes keep their marks (`fn1`).
    """
    body = [p for p in paragraphs if p.kind == "body"]
    for p in body:
        if p.style != "table" and not p.number:
            p.number = typed_number(p.text, heading=p.style == "heading")
    prose = [p for p in body if p.style != "table"]
    numbered = sum(1 for p in prose if p.number)
    if prose and numbered >= NUMBERED_SHARE * len(prose):
        return
    for count, p in enumerate(body, start=1):
        p.number = str(count)
