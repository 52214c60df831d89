"""PDF text through PDFium (pypdfium2): lines with their position, and form-field values.

PDFium was chosen over pypdf after measuring both on the same files (bench/bench_recall.py):
it opens AES-encrypted files with an empty user password without extra packages, rebuilds
a missing or broken cross-reference table the way other readers do, inserts the spaces a
layout program left out (words placed one by one), puts right-to-left text in logical
order, says which glyphs have no Unicode mapping, and is several times faster. It logs
nothing; its errors come back as exceptions that the importer turns into one reason.

PDFium is not thread-safe, so every call into it holds `PDFIUM_LOCK`.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass

PDFIUM_LOCK = threading.Lock()
UNREADABLE = "\ufffd"  # stands for a glyph with no Unicode mapping (a visible mark)
# Field kinds whose value is text a reader sees in the box (FPDF_FORMFIELD_*).
_TEXT_FIELDS = frozenset({4, 5, 6})  # combo box, list box, text field
_LINE_RE = re.compile(r"[^\r\n]+")


@dataclass
class Line:
    text: str
    y: float | None = None
    size: float = 0.0


class PasswordRequired(Exception):
    """The file needs a password other than the empty one."""


class BrokenFile(Exception):
    """PDFium cannot open the file at all."""


def open_document(data: bytes) -> object:
    """The PDFium document for `data`; an empty user password is tried automatically."""
    import pypdfium2 as pdfium  # imported on demand: the importers package stays cheap

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise PasswordRequired() from exc
        raise BrokenFile(str(exc)) from exc
    # Before any page is loaded, so widgets know their values; a form environment is a
    # bonus: text without it is still text.
    with contextlib.suppress(Exception):
        document.init_forms()
    return document


def _page_text(textpage: object, raw: object, count: int) -> str:
    """The page's characters, one per PDFium index (generated spaces and line breaks
    included); a glyph without a Unicode mapping becomes UNREADABLE."""
    text = textpage.get_text_range() if count else ""  # type: ignore[attr-defined]
    if len(text) != count:  # should not happen; then read the characters one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 0xFFFD)  # type: ignore[attr-defined]
                       for i in range(count))
    # PDFium reports a hyphen ending a line as U+FFFE (its hyphenation mark): the
    # hyphen the reader sees; join_lines decides whether the word was split.
    text = text.replace("\ufffe", "-")
    marks = [i for i in range(count) if raw.FPDFText_HasUnicodeMapError(textpage, i)]  # type: ignore[attr-defined]
    if marks:
        chars = list(text)
        for i in marks:
            chars[i] = UNREADABLE
        text = "".join(chars)
    return text


def page_content(document: object, index: int) -> tuple[list[Line], list[str]]:
    """Page `index`: its text lines (baseline y and font size of each line's start), its
    annotations' appearance included, and the values typed into form fields that have no
    appearance on the page, top to bottom."""
    import pypdfium2.raw as raw

    page = document[index]  # type: ignore[index]
    fields: list[str] = []
    if raw.FPDFPage_GetAnnotCount(page):
        fields = _field_values(document, page, raw)
        # What the annotations show (filled-in fields, stamps, flattened form text) is
        # part of the page a reader sees, but not of PDFium's page text until flattened.
        if raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS:
            page.close()
            page = document[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = _page_text(textpage, raw, count)
        lines: list[Line] = []
        x, y = ctypes.c_double(), ctypes.c_double()
        for match in _LINE_RE.finditer(text):
            line = Line(match.group())
            first = match.start() + len(line.text) - len(line.text.lstrip())
            last = match.start() + len(line.text.rstrip()) - 1
            if first <= last and raw.FPDFText_GetCharOrigin(
                    textpage, first, ctypes.byref(x), ctypes.byref(y)):
                line.y = y.value
                line.size = max(raw.FPDFText_GetFontSize(textpage, first),
                                raw.FPDFText_GetFontSize(textpage, (first + last) // 2))
            lines.append(line)
        shown = " ".join(" ".join(line.text for line in lines).split())
        # A value whose appearance is on the page is there already; one without (a file
        # that asks the reader to draw the fields) is added on its own.
        return lines, [v for v in fields if " ".join(v.split()) not in shown]
    finally:
        textpage.close()
        page.close()


def _field_value(form: object, annot: object, raw: object) -> str:
    size = raw.FPDFAnnot_GetFormFieldValue(form, annot, None, 0)  # type: ignore[attr-defined]
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetFormFieldValue(  # type: ignore[attr-defined]
        form, annot, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)  # type: ignore[attr-defined]
    return buffer.raw.decode("utf-16-le", errors="replace").rstrip("\0")


def _widgets(document: object, page: object, raw: object) -> Iterator[tuple[float, str]]:
    form = getattr(document, "formenv", None)
    if form is None:
        return
    for i in range(raw.FPDFPage_GetAnnotCount(page)):  # type: ignore[attr-defined]
        annot = raw.FPDFPage_GetAnnot(page, i)  # type: ignore[attr-defined]
        try:
            if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET:  # type: ignore[attr-defined]
                continue
            if raw.FPDFAnnot_GetFormFieldType(form, annot) not in _TEXT_FIELDS:  # type: ignore[attr-defined]
                continue
            value = _field_value(form, annot, raw)
            rect = raw.FS_RECTF()  # type: ignore[attr-defined]
            raw.FPDFAnnot_GetRect(annot, rect)  # type: ignore[attr-defined]
            if value.strip():
                yield rect.top, value
        finally:
            raw.FPDFPage_CloseAnnot(annot)  # type: ignore[attr-defined]


def _field_values(document: object, page: object, raw: object) -> list[str]:
    """Values typed into the page's form fields, top to bottom: PDFium's page text leaves
    them out, yet a reader sees them."""
    return [value for _top, value in sorted(_widgets(document, page, raw),
                                            key=lambda item: -item[0])]
