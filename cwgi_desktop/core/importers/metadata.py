"""Metadata of a contribution from its first paragraphs and its file name.

Symbol, language, source, title and date, found with the tables in `patterns.py`. Each
finder looks at the first `HEAD_PARAGRAPHS` paragraphs only (the first page, including
its table), so a long body costs nothing and references in the text are not mistaken
for the document's own number.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import islice

from ..models import LANGUAGE_SUFFIXES, SUFFIX_BY_LANGUAGE
from .document import ParsedParagraph, is_all_caps
from .language import identify_language
from .patterns import (
    ARABIC_DIGITS,
    ARABIC_DIGITS_RE,
    DATE_RANGE_RE,
    DATE_TAIL_RE,
    DOCUMENT_LABEL_RE,
    FILE_NAME_PATTERNS,
    LABEL_RE,
    SOURCE_MAX_CHARS,
    SOURCE_PATTERNS,
    SYMBOL_RE,
    date_patterns,
    month_numbers,
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
    cover: dict[str, str] = field(default_factory=dict)
    body_start: int = 0  # paragraphs before this index are the cover page


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
    """One of en/fr/es/ar/zh/ru, "other" for another language, None if too short to tell
    (a language identifier limited to the six: `language.py`)."""
    return identify_language(text[:LANGUAGE_SAMPLE_CHARS])


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
    labels: dict[int, bool] = {}

    def candidates(start: int = 0) -> Iterator[tuple[int, ParsedParagraph]]:
        # Lazily: each search below stops at its first match, and telling a label costs
        # a few regexes (40 paragraphs of every file, a tenth of its parsing, before).
        for i in range(start, len(head)):
            p = head[i]
            if p.style == "table":
                continue
            if i not in labels:
                labels[i] = _is_label(p.text)
            if not labels[i]:
                yield i, p

    if source_index is not None:
        after = list(islice(candidates(source_index + 1), 4))
        if after:
            first = after[0][1]
            if _title_like(first) or (
                len(first.text) <= 250 and not _SENTENCE_END_RE.search(first.text)
            ):
                return first.text
        for _, p in after:
            if _title_like(p):
                return p.text
    for _, p in candidates():
        if _title_like(p) and len(p.text) <= 300:
            return p.text
    for _, p in candidates():
        words = len(p.text.split())
        if 3 <= words <= 40 or (words < 3 and 8 <= len(p.text) <= 120):
            return p.text
    return None


# -------------------------------------------------------------------------------- date


def _to_iso(match: re.Match[str]) -> str | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() \
        else month_numbers().get(month_text.lower().rstrip("."))
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
    for pattern in date_patterns():
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
        for pattern in date_patterns():
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
    if meta.base_symbol and meta.language in SUFFIX_BY_LANGUAGE:
        meta.symbol = f"{meta.base_symbol}-{SUFFIX_BY_LANGUAGE[meta.language]}"
    source = find_source(head)
    meta.source = hints.get("source") or (source[1] if source else None)
    meta.title = find_title(paragraphs, source[0] if source else None, hints.get("title"))
    meta.date = _hint_date(hints.get("date")) or find_date(head)
    meta.body_start, meta.cover = find_cover(
        paragraphs, source[0] if source else None, meta.title
    )
    return meta


def _hint_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return parse_date_line(value)


# ------------------------------------------------------------------------------- cover

_BOX_KEYS = {
    "purpose": "purpose",
    "summary": "purpose",
    "action_required": "action_required",
    "strategic_link": "",
    "financial_implications": "",
    "references": "references",
}
_RULE_RE = re.compile(r"^[_\-–—=\s]{5,}$")
COVER_MAX_SOURCE_INDEX = 12
MEETING_LINE_MAX_CHARS = 100


@lru_cache(maxsize=1)
def _cover_labels() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """(box label casefolded -> field, language name casefolded -> code, Original prefixes)
    in the six languages, from the export's label table."""
    ref = resources.files("cwgi_desktop") / "resources" / "labels.json"
    table = json.loads(ref.read_text(encoding="utf-8"))
    boxes: dict[str, str] = {"action required": "action_required"}
    names: dict[str, str] = {}
    originals: set[str] = set()
    for lang, entry in table.items():
        if lang.startswith("_"):
            continue
        for key, target in _BOX_KEYS.items():
            if entry.get(key):
                boxes[entry[key].casefold()] = target
        for code, shown in (entry.get("language_names") or {}).items():
            names[shown.casefold()] = code
        line = entry.get("original_line", "")
        if "{language}" in line:
            originals.add(line.split("{language}")[0].strip().casefold())
    return boxes, names, tuple(sorted(originals, key=len, reverse=True))


def _box_label(text: str) -> tuple[str, str] | None:
    """(field, rest of the paragraph) if `text` starts with a summary-box label."""
    boxes = _cover_labels()[0]
    folded = _clean(text).casefold()
    for label in sorted(boxes, key=len, reverse=True):
        if folded.startswith(label):
            rest = _clean(text)[len(label):]
            if not rest.strip() or rest.lstrip()[:1] in ":：":  # alone, or `Purpose: …`
                return boxes[label], rest.lstrip(" :：.").strip()
    return None


def _original_language(text: str) -> str | None:
    _, names, prefixes = _cover_labels()
    folded = _clean(text).casefold()
    for prefix in prefixes:
        if folded.startswith(prefix):
            rest = folded[len(prefix):].strip(" :：.")
            for shown, code in names.items():
                if rest.startswith(shown) or rest.startswith("بال" + shown.removeprefix("ال")):
                    return code
            return None
    words = folded.split()
    if len(words) == 2 and words[1] in ("only", "seulement", "solamente", "únicamente"):
        return names.get(words[0])
    return None


def _is_cover_line(text: str) -> bool:
    return bool(DOCUMENT_LABEL_RE.search(text) or _original_language(text)
                or parse_date_line(text))


def _meeting_line_above_symbol(paragraphs: list[ParsedParagraph], lead: int, index: int) -> bool:
    """A short line above the `Document …` line: the meeting's name on its second line
    ("Council Working Group … / Demo open consultation"), as a plain-text cover types it."""
    text = _clean(paragraphs[index].text)
    if not text or len(text) > MEETING_LINE_MAX_CHARS or text.endswith((".", "!", "?", ":")):
        return False
    return any(SYMBOL_RE.search(_clean(p.text)) and _is_cover_line(p.text)
               for p in paragraphs[index + 1:COVER_MAX_SOURCE_INDEX])


def _first_page_line(paragraph: ParsedParagraph) -> bool:
    text = _clean(paragraph.text)
    return paragraph.style == "table" or _is_cover_line(text) or bool(
        LABEL_RE.match(text) or (len(text) <= UNLABELLED_SYMBOL_MAX_CHARS
                                 and SYMBOL_RE.search(text)))


def _summary_box(
    paragraphs: list[ParsedParagraph], start: int, cover: dict[str, str]
) -> int:
    """Read the summary box starting at `start` into `cover`; returns the index after it."""
    if start >= len(paragraphs) or _box_label(paragraphs[start].text) is None:
        return start
    in_table = paragraphs[start].style == "table"
    values: dict[str, list[str]] = {}
    current = ""
    index = start
    limit = min(len(paragraphs), start + HEAD_PARAGRAPHS)
    while index < limit:
        p = paragraphs[index]
        if in_table and p.style != "table":
            break
        if _RULE_RE.match(p.text):
            index += 1
            continue
        found = _box_label(p.text)
        if found:
            current = found[0]
            if found[1]:
                values.setdefault(current, []).append(found[1])
        elif not in_table and current == "references" and values.get("references"):
            break  # a plain-text box ends after its references
        elif current:
            values.setdefault(current, []).append(p.text)
        index += 1
    for key, parts in values.items():
        if key:
            cover[key] = "\n".join(parts) if key == "references" else " ".join(parts)
    return index


def find_cover(
    paragraphs: list[ParsedParagraph], source_index: int | None, title: str | None
) -> tuple[int, dict[str, str]]:
    """(index of the first body paragraph, cover fields) of an ITU first page.

    A cover is the first-page table (meeting, `Document …`, date, `Original: …`) and/or a
    source line near the top, then the title and the summary box with its rule. A document
    without them has no cover (body from paragraph 0).
    """
    cover: dict[str, str] = {}
    lead = 0
    while lead < len(paragraphs) and lead < HEAD_PARAGRAPHS and paragraphs[lead].style == "table":
        lead += 1
    head_table = paragraphs[:lead]
    has_table = any(_is_cover_line(p.text) for p in head_table)
    # A source line starts a cover only when everything above it is first-page matter
    # (a "Contribution from …" line further down a document is body).
    has_source = (
        source_index is not None
        and source_index < COVER_MAX_SOURCE_INDEX
        and all(_first_page_line(p) or _meeting_line_above_symbol(paragraphs, lead, i)
                for i, p in enumerate(paragraphs[lead:source_index], start=lead))
    )
    if not has_table and not has_source:
        return 0, cover
    meeting: list[str] = []
    for p in head_table if has_table else paragraphs[: source_index or 0]:
        text = _clean(p.text)
        if _meeting_done(text):
            break
        meeting.append(text)
    if meeting:
        cover["meeting"] = " ".join(meeting)
    for p in head_table:
        language = _original_language(p.text)
        if language:
            cover["original_language"] = language
    end = max(lead, (source_index + 1) if has_source and source_index is not None else 0)
    if title and end < len(paragraphs) and paragraphs[end].text == title:
        end += 1  # ITU puts the title right after the source line
    end = _summary_box(paragraphs, end, cover)
    while end < len(paragraphs) and _RULE_RE.match(paragraphs[end].text):
        end += 1
    return end, cover


_AFTER_MEETING_RE = re.compile(
    r"^(?:Agenda item|Point de l'ordre du jour|Punto del orden del día|Пункт повестки дня|"
    r"بند جدول الأعمال|议项|Revision|Révision|Revisión|Пересмотр)",
    re.IGNORECASE,
)


def _meeting_done(text: str) -> bool:
    """True for first-page lines that follow the meeting (agenda item, revision, symbol)."""
    return bool(_AFTER_MEETING_RE.match(text) or DOCUMENT_LABEL_RE.search(text)
                or parse_date_line(text) or _original_language(text) or SYMBOL_RE.search(text))
