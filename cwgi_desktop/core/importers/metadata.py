"""Metadata of a contribution from its first paragraphs and its file name.

Symbol, language, source, title and date, found with the tables in `patterns.py`. Each
finder looks at the first `HEAD_PARAGRAPHS` paragraphs only (the first page, including
its table), so a long body costs nothing and references in the text are not mistaken
for the document's own number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..models import LANGUAGE_SUFFIXES, SUFFIX_BY_LANGUAGE
from .document import ParsedParagraph, is_all_caps
from .patterns import (
    ARABIC_DIGITS,
    ARABIC_DIGITS_RE,
    DATE_PATTERNS,
    DATE_RANGE_RE,
    DATE_TAIL_RE,
    DOCUMENT_LABEL_RE,
    FILE_NAME_PATTERNS,
    LABEL_RE,
    MONTHS,
    SCRIPT_PATTERNS,
    SOURCE_MAX_CHARS,
    SOURCE_PATTERNS,
    STOPWORDS,
    SYMBOL_RE,
)

HEAD_PARAGRAPHS = 40
DATE_LINE_MAX_CHARS = 80
UNLABELLED_SYMBOL_MAX_CHARS = 40  # a cell or running header holding little but the symbol
DATE_PARAGRAPH_MAX_CHARS = 200
LANGUAGE_SAMPLE_CHARS = 6_000
_BIDI_MARKS_RE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_YEAR_RE = re.compile(r"\d{4}")  # every date form has a four-digit year
_SENTENCE_END_RE = re.compile(r"[.;:。；：]\s*$")


@dataclass
class Metadata:
    """The metadata fields of a ParsedDocument."""

    symbol: str | None = None
    base_symbol: str | None = None
    language: str | None = None
    title: str | None = None
    source: str | None = None
    date: str | None = None


def _clean(text: str) -> str:
    return _BIDI_MARKS_RE.sub("", text).strip()


def _western_digits(text: str) -> str:
    return text.translate(ARABIC_DIGITS) if ARABIC_DIGITS_RE.search(text) else text


# ------------------------------------------------------------------------------ symbol


def parse_symbol(text: str) -> tuple[str, str | None] | None:
    """(base symbol, suffix letter or None) of the first ITU symbol in `text`."""
    match = SYMBOL_RE.search(text)
    if not match:
        return None
    return match.group("base"), match.group("suffix")


def symbol_from_file_name(file_name: str) -> tuple[str, str | None] | None:
    """(base, suffix) from names like `C26-77-F.docx`, `CWG-Internet-22-4-E.pdf`."""
    stem = file_name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    for pattern, template in FILE_NAME_PATTERNS:
        match = pattern.search(stem)
        if match:
            groups = match.groups()
            parts = list(groups[: template.count("{")])
            if template.startswith("CWG-"):
                parts[0] = parts[0][:1].upper() + parts[0][1:]
            suffix = groups[-1].upper() if groups[-1] else None
            return template.format(*parts), suffix
    return None


def find_symbol(head: list[str], file_name: str) -> tuple[str, str | None] | None:
    """The document's own symbol: a `Document …` line, else the file name, else a short
    line (table cell, running header) holding a symbol with a language suffix."""
    for text in head:
        if DOCUMENT_LABEL_RE.search(text):
            found = parse_symbol(text)
            if found:
                if found[1] is None:
                    named = symbol_from_file_name(file_name)
                    if named and named[0] == found[0]:
                        return named
                return found
    named = symbol_from_file_name(file_name)
    if named:
        return named
    for text in head:
        if len(text) <= UNLABELLED_SYMBOL_MAX_CHARS:
            found = parse_symbol(text)
            if found and found[1]:
                return found
    return None


# ---------------------------------------------------------------------------- language


def detect_language(text: str) -> str | None:
    """One of en/fr/es/ar/zh/ru from the script, then Latin stopwords; None if unsure."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    counts = {script: len(p.findall(sample)) for script, p in SCRIPT_PATTERNS.items()}
    counts["zh"] *= 3  # one ideograph carries about as much as a short Latin word
    script = max(counts, key=lambda k: counts[k])
    if counts[script] == 0:
        return None
    if script != "latin":
        return script
    votes = {lang: len(p.findall(sample)) for lang, p in STOPWORDS.items()}
    ranked = sorted(votes, key=lambda k: votes[k], reverse=True)
    if votes[ranked[0]] == 0 or votes[ranked[0]] == votes[ranked[1]]:
        return None
    return ranked[0]


# ------------------------------------------------------------------------------ source


def find_source(head: list[str]) -> tuple[int, str] | None:
    """(paragraph index, source) from the first source line ("Contribution from …")."""
    for index, raw in enumerate(head):
        text = _clean(raw)
        if len(text) > SOURCE_MAX_CHARS:
            continue
        for pattern, kind in SOURCE_PATTERNS:
            match = pattern.match(text)
            if not match:
                continue
            if kind == "line":
                return index, text
            name = match.group("name").strip(" .،,")
            if name and not _SENTENCE_END_RE.search(raw) and len(name) <= 150:
                return index, name
    return None


# ------------------------------------------------------------------------------- title


def _is_label(text: str) -> bool:
    text = _clean(text)
    return bool(
        LABEL_RE.match(text)
        or (len(text) <= 80 and SYMBOL_RE.fullmatch(text))
        or parse_date_line(text)
    )


def _title_like(paragraph: ParsedParagraph) -> bool:
    return paragraph.style == "heading" or is_all_caps(paragraph.text)


def find_title(
    paragraphs: list[ParsedParagraph], source_index: int | None, hint: str | None
) -> str | None:
    """Title: a stated one (docx Title style, front matter); else the paragraph right after
    the source line unless it reads like a sentence, else the next ALL-CAPS or heading
    paragraph; else the first such paragraph on the first page; else the first
    substantial line. First-page labels and table cells are never titles."""
    if hint:
        return hint
    head = paragraphs[:HEAD_PARAGRAPHS]
    candidates = [
        (i, p) for i, p in enumerate(head) if p.style != "table" and not _is_label(p.text)
    ]
    if source_index is not None:
        after = [(i, p) for i, p in candidates if i > source_index][:4]
        if after:
            first = after[0][1]
            if _title_like(first) or (
                len(first.text) <= 250 and not _SENTENCE_END_RE.search(first.text)
            ):
                return first.text
        for _, p in after:
            if _title_like(p):
                return p.text
    for _, p in candidates:
        if _title_like(p) and len(p.text) <= 300:
            return p.text
    for _, p in candidates:
        words = len(p.text.split())
        if 3 <= words <= 40 or (words < 3 and 8 <= len(p.text) <= 120):
            return p.text
    return None


# -------------------------------------------------------------------------------- date


def _to_iso(match: re.Match[str]) -> str | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower())
    if not month:
        return None
    try:
        return dt.date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def parse_date_line(text: str) -> str | None:
    """ISO date if the whole of `text` is one date ("12 May 2026", "2023年3月30日")."""
    if len(text) > DATE_LINE_MAX_CHARS:
        return None
    text = _western_digits(_clean(text))
    if not _YEAR_RE.search(text):
        return None
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match and not text[: match.start()].strip() and DATE_TAIL_RE.match(text[match.end() :]):
            return _to_iso(match)
    return None


def find_date(head: list[str]) -> str | None:
    """The document date: a paragraph that is only a date, else the first date in a short
    paragraph that is not a meeting's date range (dates in prose are not the document's)."""
    for text in head:
        iso = parse_date_line(text)
        if iso:
            return iso
    for raw in head:
        if len(raw) > DATE_PARAGRAPH_MAX_CHARS:
            continue
        text = _western_digits(_clean(raw))
        if not _YEAR_RE.search(text) or DATE_RANGE_RE.search(text):
            continue
        for pattern in DATE_PATTERNS:
            for match in pattern.finditer(text):
                iso = _to_iso(match)
                if iso:
                    return iso
    return None


# ------------------------------------------------------------------------------- entry


def extract_metadata(
    paragraphs: list[ParsedParagraph], file_name: str, hints: dict[str, str] | None = None
) -> Metadata:
    """All metadata of a document; `hints` (stated by the format) take precedence."""
    hints = hints or {}
    head = [p.text for p in paragraphs[:HEAD_PARAGRAPHS]]
    meta = Metadata()
    found = parse_symbol(hints["symbol"]) if hints.get("symbol") else None
    found = found or find_symbol(head, file_name)
    suffix = None
    if found:
        meta.base_symbol, suffix = found
    if suffix:
        meta.language = LANGUAGE_SUFFIXES[suffix]
    elif hints.get("language") in SUFFIX_BY_LANGUAGE:
        meta.language = hints["language"]
    else:
        meta.language = detect_language(" ".join(p.text for p in paragraphs[:150]))
    if meta.base_symbol and meta.language:
        meta.symbol = f"{meta.base_symbol}-{SUFFIX_BY_LANGUAGE[meta.language]}"
    source = find_source(head)
    meta.source = hints.get("source") or (source[1] if source else None)
    meta.title = find_title(paragraphs, source[0] if source else None, hints.get("title"))
    meta.date = _hint_date(hints.get("date")) or find_date(head)
    return meta


def _hint_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return parse_date_line(value)
