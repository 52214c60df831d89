"""PDF importer: the text layer through pypdf, regrouped into paragraphs.

pypdf yields lines; the text visitor tells where each line sits on the page, so a vertical
gap larger than the usual line spacing (space before a paragraph) or a change of font
size ends a paragraph. Without positions, a short line ending a sentence does. Running
headers of ITU documents (`- 2 -`, the document number) are dropped, and a paragraph cut
by a page break is rejoined when the next page starts in lower case.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
import time
from dataclasses import dataclass

from ..errors import ImportRejected
from .document import ParsedParagraph, RawDocument, classify_plain, join_lines
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


@dataclass
class _Line:
    text: str
    y: float | None = None
    size: float = 0.0


def _page_lines(page: object) -> list[_Line]:
    """The lines of one page with their baseline y and font size, via pypdf's visitor."""
    lines: list[_Line] = []
    current = _Line("")

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        nonlocal current
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append(current)
                current = _Line("")
            if piece.strip() and current.y is None:
                try:
                    current.y = (
                        float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
                    )
                    scale = abs(float(tm[3]) * float(cm[3])) or 1.0
                except (TypeError, ValueError, IndexError):
                    scale = 1.0
                current.size = max(current.size, float(size or 0) * scale)
            current.text += piece

    text = page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    lines.append(current)
    if "".join(line.text for line in lines).strip() != text.replace("\n", "").strip():
        # The visitor did not see what pypdf returned: fall back to bare lines.
        return [_Line(t) for t in text.split("\n")]
    return lines


def _strip_running_header(lines: list[_Line], page_index: int) -> list[_Line]:
    """Drop blank lines, `- 2 -` page numbers, a bare number opening or closing the page,
    and (after page 1) a document number heading the page."""
    kept = []
    for line in lines:
        line.text = line.text.translate(_PUA_BULLETS).strip()
        if line.text and not _PAGE_NUMBER_RE.match(line.text):
            kept.append(line)
    while kept and _BARE_NUMBER_RE.match(kept[-1].text):
        kept.pop()
    while kept and _BARE_NUMBER_RE.match(kept[0].text):
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
    from pypdf import PdfReader  # imported lazily: pypdf is slow to import

    if b"%PDF-" not in data[:1024]:
        raise ImportRejected(name, REASON_INVALID)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:
        raise ImportRejected(name, REASON_INVALID) from exc
    if encrypted:
        try:
            ok = reader.decrypt("")  # owner-password-only files open with an empty password
        except Exception as exc:
            raise ImportRejected(name, REASON_ENCRYPTED) from exc
        if not ok:
            raise ImportRejected(name, REASON_ENCRYPTED)
    return reader


def parse_pdf(data: bytes, name: str) -> RawDocument:
    """Import the text layer of a PDF; refuses encrypted, broken, huge or textless files."""
    reader = _open(data, name)
    try:
        n_pages = len(reader.pages)  # type: ignore[attr-defined]
    except Exception as exc:
        raise ImportRejected(name, REASON_INVALID) from exc
    if n_pages > MAX_PDF_PAGES:
        raise ImportRejected(name, f"too many pages ({n_pages}; the limit is {MAX_PDF_PAGES})")
    deadline = time.monotonic() + MAX_PDF_SECONDS
    groups: list[list[_Line]] = []
    chars = 0
    for index in range(n_pages):
        if time.monotonic() > deadline:
            raise ImportRejected(name, "refused: reading the PDF text took too long")
        try:
            lines = _page_lines(reader.pages[index])  # type: ignore[attr-defined]
        except ImportRejected:
            raise
        except Exception as exc:
            raise ImportRejected(name, REASON_INVALID) from exc
        lines = _strip_running_header(lines, index)
        chars += sum(len(line.text) for line in lines)
        if chars > MAX_TEXT_CHARS:
            raise ImportRejected(name, "refused: the PDF holds too much text")
        page_groups = _group(lines)
        if groups and page_groups:
            last = groups[-1][-1].text.strip()
            first = page_groups[0][0].text.strip()
            if not _TERMINAL_RE.search(last) and _LOWER_START_RE.match(first):
                groups[-1].extend(page_groups.pop(0))
        groups.extend(page_groups)
    if not groups:
        raise ImportRejected(name, REASON_NO_TEXT)
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
