"""PDF importer: the text layer through PDFium (`pdf_engine`), regrouped into paragraphs.

PDFium yields lines and where each line starts on the page, so a vertical
gap larger than the usual line spacing (space before a paragraph) or a change of font
size ends a paragraph. Without positions, a short line ending a sentence does. Running
headers of ITU documents (`- 2 -`, the document number) are dropped, and a paragraph cut
by a page break is rejoined when the next page starts in lower case. Form-field values
are paragraphs of their own. Glyphs without a Unicode mapping (CID fonts without a usable
ToUnicode map) and text that scores as mis-decoded are never imported silently: a file
made mostly of them is rejected with the reason.
"""

from __future__ import annotations

import itertools
import re
import statistics
import time

from ..errors import ImportRejected
from .document import ParsedParagraph, RawDocument, classify_plain, join_lines
from .pdf_engine import PDFIUM_LOCK, PasswordRequired, open_document, page_content
from .pdf_engine import Line as _Line
from .readable import check_readable, normalise_rtl
from .safety import MAX_PDF_PAGES, MAX_PDF_SECONDS, MAX_TEXT_CHARS

REASON_INVALID = "not a valid PDF"
REASON_ENCRYPTED = "encrypted PDF"
REASON_NO_TEXT = "no text layer (scanned?)"

_PAGE_NUMBER_RE = re.compile(r"^[-–—]\s*\d{1,4}\s*[-–—]$")  # ITU running header: `- 2 -`
_BARE_NUMBER_RE = re.compile(r"^\d{1,4}$")
# Word exports bullets in the Symbol font's private-use code points.
_PUA_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓"})
_RUNNING_SYMBOL_RE = re.compile(r"^(?:C\d{2}|CWG-[\w&-]+?-\d{1,3})/[\w/]+-[EFSACR]$")
_TERMINAL_RE = re.compile(r"[.!?:;。！？：；؟]\s*[\"'»”’)]*$")
_LOWER_START_RE = re.compile(r"^[a-zà-ÿа-яё(]")


def _is_page_number(text: str, page_index: int) -> bool:
    """A bare number is the page number only when it is this page's: its position in the
    file, or one less (a cover page that carries no number). Any other bare number at a
    page edge (a table cell, a figure, a count) is text."""
    return bool(_BARE_NUMBER_RE.match(text)) and int(text) in (page_index + 1, page_index)


def _strip_running_header(lines: list[_Line], page_index: int) -> list[_Line]:
    """Drop blank lines, `- 2 -` page numbers, the page number opening or closing the
    page, and (after page 1) a document number heading the page."""
    kept = []
    for line in lines:
        line.text = line.text.translate(_PUA_BULLETS).strip()
        if line.text and not _PAGE_NUMBER_RE.match(line.text):
            kept.append(line)
    if kept and _is_page_number(kept[-1].text, page_index):
        kept.pop()
    if kept and _is_page_number(kept[0].text, page_index):
        kept.pop(0)
    if page_index > 0:
        while kept and _RUNNING_SYMBOL_RE.match(kept[0].text.strip()):
            kept = kept[1:]
    return kept


def _line_spacing(lines: list[_Line]) -> float | None:
    """The usual distance between two lines of one paragraph: the smallest gap (to 1 pt)
    seen at least twice, else the smallest gap."""
    gaps = [
        round(a.y - b.y)
        for a, b in itertools.pairwise(lines)
        if a.y is not None and b.y is not None and a.y - b.y >= 1
    ]
    if not gaps:
        return None
    repeated = [g for g in set(gaps) if gaps.count(g) > 1]
    return float(min(repeated or gaps))


def _group(lines: list[_Line]) -> list[list[_Line]]:
    """Group a page's lines into paragraphs (lists of lines).

    A paragraph ends at a vertical gap wider than the line spacing, a jump upwards (next
    column or table cell), a change of font size, a short line (a last line, a heading, a
    cell) or a sentence end on a line that does not fill the width; a list item always
    starts a new one.
    """
    leading = _line_spacing(lines)
    sizes = [line.size for line in lines if line.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    widths = sorted(len(line.text.strip()) for line in lines)
    full = widths[int(len(widths) * 0.9)] if widths else 0
    groups: list[list[_Line]] = []
    for line in lines:
        if not groups:
            groups.append([line])
            continue
        prev = groups[-1][-1]
        prev_text = prev.text.strip()
        new = len(prev_text) < 0.6 * full or (
            bool(_TERMINAL_RE.search(prev_text)) and len(prev_text) < 0.85 * full
        )
        if leading is not None and prev.y is not None and line.y is not None:
            gap = prev.y - line.y
            if gap < 1 or gap > leading * 1.3 + 0.5:
                new = True
        if body_size and abs(line.size - prev.size) > 0.12 * body_size:
            new = True
        if classify_plain(line.text.strip()) == "list":
            new = True
        if new:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _style(text: str, size: float, body_size: float) -> str:
    style = classify_plain(text)
    if style == "body" and body_size and size > body_size * 1.15 and len(text) <= 200:
        return "heading"
    return style


def _open(data: bytes, name: str) -> object:
    if b"%PDF-" not in data[:1024]:
        raise ImportRejected(name, REASON_INVALID)
    try:
        return open_document(data)
    except PasswordRequired as exc:
        raise ImportRejected(name, REASON_ENCRYPTED) from exc
    except Exception as exc:
        raise ImportRejected(name, REASON_INVALID) from exc


def parse_pdf(data: bytes, name: str) -> RawDocument:
    """Import the text layer of a PDF; refuses encrypted, broken, huge or textless files,
    and files whose text cannot be read."""
    with PDFIUM_LOCK:
        document = _open(data, name)
        try:
            groups = _read_groups(document, name)
        finally:
            document.close()  # type: ignore[attr-defined]
    if not groups:
        raise ImportRejected(name, REASON_NO_TEXT)
    check_readable(name, [line.text for group in groups for line in group])
    sizes = [line.size for group in groups for line in group if line.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    paragraphs = []
    for group in groups:
        text = join_lines([line.text for line in group])
        if text:
            size = max((line.size for line in group), default=0.0)
            paragraphs.append(ParsedParagraph(text, _style(text, size, body_size)))
    if not paragraphs:
        raise ImportRejected(name, REASON_NO_TEXT)
    return RawDocument(paragraphs)


def _read_groups(document: object, name: str) -> list[list[_Line]]:
    """Every page's lines grouped into paragraphs, across page breaks; form values last
    on their page, one paragraph each."""
    n_pages = len(document)  # type: ignore[arg-type]
    if n_pages > MAX_PDF_PAGES:
        raise ImportRejected(name, f"too many pages ({n_pages}; the limit is {MAX_PDF_PAGES})")
    deadline = time.monotonic() + MAX_PDF_SECONDS
    groups: list[list[_Line]] = []
    chars = 0
    for index in range(n_pages):
        if time.monotonic() > deadline:
            raise ImportRejected(name, "refused: reading the PDF text took too long")
        try:
            lines, fields = page_content(document, index)
        except Exception as exc:
            raise ImportRejected(name, REASON_INVALID) from exc
        for line in lines:
            line.text = normalise_rtl(line.text)
        lines = _strip_running_header(lines, index)
        chars += sum(len(line.text) for line in lines) + sum(map(len, fields))
        if chars > MAX_TEXT_CHARS:
            raise ImportRejected(name, "refused: the PDF holds too much text")
        page_groups = _group(lines)
        if groups and page_groups:
            last = groups[-1][-1].text.strip()
            first = page_groups[0][0].text.strip()
            if not _TERMINAL_RE.search(last) and _LOWER_START_RE.match(first):
                groups[-1].extend(page_groups.pop(0))
        groups.extend(page_groups)
        groups += [[_Line(normalise_rtl(v))] for v in fields if normalise_rtl(v).strip()]
    return groups
