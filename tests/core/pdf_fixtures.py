"""Hand-written PDFs with the features real contributions have and readers trip on.

Each builder writes the objects a producer would (Type0 fonts with or without a ToUnicode
map, words placed one by one with no space character, Arabic shaped into presentation
forms and stored in visual order, AcroForm fields, a file whose xref was cut off), so the
tests exercise the PDF engine rather than a mock.
"""

from __future__ import annotations

import io

from importer_fixtures import _assemble_pdf, _pdf_escape, _stream, make_pdf

_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _one_page(content: bytes, fonts: dict[bytes, int], extra: list[bytes],
              page_extra: bytes = b"", catalog_extra: bytes = b"") -> bytes:
    """Catalog 1, Pages 2, Page 3, content 4, then `extra` objects from 5 on."""
    font_refs = b" ".join(b"/%s %d 0 R" % (name, num) for name, num in fonts.items())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        + font_refs + b" >> >> /Contents 4 0 R " + page_extra + b">>",
        _stream(content),
        *extra,
    ]
    return _assemble_pdf(objects)


def _type0_font(descendant: int, to_unicode: int | None) -> bytes:
    tail = b" /ToUnicode %d 0 R" % to_unicode if to_unicode else b""
    return (b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Body /Encoding /Identity-H "
            b"/DescendantFonts [%d 0 R]" % descendant + tail + b" >>")


_CID_DESCENDANT = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Body "
                   b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   b"/FontDescriptor 7 0 R /DW 500 >>")
_DESCRIPTOR = (b"<< /Type /FontDescriptor /FontName /ABCDEF+Body /Flags 32 "
               b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 "
               b"/CapHeight 700 /StemV 80 >>")


def _to_unicode(mapping: dict[int, str]) -> bytes:
    # surrogatepass: a test may map a glyph to half a UTF-16 pair, as broken files do.
    lines = b"\n".join(
        b"<%04X> <%s>" % (code, text.encode("utf-16-be", "surrogatepass").hex().upper().encode())
        for code, text in mapping.items())
    return _stream(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Custom def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(mapping) + lines + b"\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end")


def make_cid_pdf(lines: list[str], *, with_to_unicode: bool, shift: int = 0,
                 unmapped: str = "") -> bytes:
    """Text in a subset TrueType CID font (Identity-H), codes being glyph ids as a
    subsetting producer assigns them; the ToUnicode map is there or missing, or maps
    every glyph `shift` code points too low (the classic "7KH &RXQFLO" of broken maps),
    or leaves the characters of `unmapped` out of it."""
    codes: dict[str, int] = {}
    ops = [b"BT 14 TL 72 770 Td"]
    for line in lines:
        hexed = b"".join(b"%04X" % codes.setdefault(ch, 3 + len(codes)) for ch in line)
        ops.append(b"/F1 11 Tf <" + hexed + b"> Tj T*")
    ops.append(b"ET")
    mapping = {code: chr(ord(ch) - shift) if ch != " " else ch for ch, code in codes.items()
               if ch not in unmapped}
    return _one_page(b"\n".join(ops), {b"F1": 5},
                     [_type0_font(6, 8 if with_to_unicode else None), _CID_DESCENDANT,
                      _DESCRIPTOR, _to_unicode(mapping)])


def make_unspaced_pdf(lines: list[str], *, gap: float = 3.3) -> bytes:
    """Every word its own text object at its own x: the file holds no space character
    (how many layout programs and PDF printers write text)."""
    ops = [b"BT /F1 11 Tf"]
    y = 770
    for line in lines:
        x = 72.0
        for word in line.split():
            ops.append(b"1 0 0 1 %.2f %d Tm (" % (x, y) + _pdf_escape(word.encode("cp1252"))
                       + b") Tj")
            x += 6.6 * len(word) + gap  # Courier 11 pt: 6.6 pt a glyph; then the gap
        y -= 14
    ops.append(b"ET")
    courier = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    return _one_page(b"\n".join(ops), {b"F1": 5}, [courier])


# Presentation forms (isolated, final, initial, medial) of the Arabic letters used below.
_FORMS = {
    "ا": ("\ufe8d", "\ufe8e", "\ufe8d", "\ufe8e"), "ل": ("\ufedd", "\ufede", "\ufedf", "\ufee0"),
    "م": ("\ufee1", "\ufee2", "\ufee3", "\ufee4"), "ت": ("\ufe95", "\ufe96", "\ufe97", "\ufe98"),
    "ح": ("\ufea1", "\ufea2", "\ufea3", "\ufea4"), "د": ("\ufea9", "\ufeaa", "\ufea9", "\ufeaa"),
    "ة": ("\ufe93", "\ufe94", "\ufe93", "\ufe94"), "ن": ("\ufee5", "\ufee6", "\ufee7", "\ufee8"),
    "ر": ("\ufead", "\ufeae", "\ufead", "\ufeae"), "ي": ("\ufef1", "\ufef2", "\ufef3", "\ufef4"),
    "ك": ("\ufed9", "\ufeda", "\ufedb", "\ufedc"), "ع": ("\ufec9", "\ufeca", "\ufecb", "\ufecc"),
    "ب": ("\ufe8f", "\ufe90", "\ufe91", "\ufe92"), "س": ("\ufeb1", "\ufeb2", "\ufeb3", "\ufeb4"),
    "و": ("\ufeed", "\ufeee", "\ufeed", "\ufeee"), "ق": ("\ufed5", "\ufed6", "\ufed7", "\ufed8"),
}
_NON_JOINING_LEFT = set("ادةرو")  # letters that never join the next one


def shape_arabic(word: str) -> str:
    """`word` in presentation forms, as a shaping producer writes it (logical order)."""
    out = []
    for i, ch in enumerate(word):
        joins_prev = i > 0 and word[i - 1] not in _NON_JOINING_LEFT
        joins_next = i < len(word) - 1 and ch not in _NON_JOINING_LEFT
        form = (3 if joins_next else 1) if joins_prev else (2 if joins_next else 0)
        out.append(_FORMS[ch][form])
    return "".join(out)


def make_arabic_visual_pdf(lines: list[str]) -> bytes:
    """Arabic shaped into presentation forms and stored left to right as displayed
    (visual order), one glyph run per line, in a CID font with a ToUnicode map."""
    codes: dict[str, int] = {}
    ops = [b"BT 16 TL 72 770 Td"]
    for line in lines:
        visual = " ".join(shape_arabic(word) for word in line.split())[::-1]
        hexed = b"".join(b"%04X" % codes.setdefault(ch, 3 + len(codes)) for ch in visual)
        ops.append(b"/F1 12 Tf <" + hexed + b"> Tj T*")
    ops.append(b"ET")
    mapping = {code: ch for ch, code in codes.items()}
    return _one_page(b"\n".join(ops), {b"F1": 5},
                     [_type0_font(6, 8), _CID_DESCENDANT, _DESCRIPTOR, _to_unicode(mapping)])


def make_arabic_words_pdf(lines: list[str], *, content_order: str) -> bytes:
    """Arabic set word by word: each word its own text object placed from the right
    margin leftwards, its glyphs in visual order, and the words written into the content
    stream in reading order ("logical") or left to right as displayed ("visual"), which
    readers that follow the content stream give back in reversed word order."""
    codes: dict[str, int] = {}
    ops = [b"BT /F1 12 Tf"]
    y = 770
    for line in lines:
        placed, right = [], 520.0
        for word in line.split():
            shaped = shape_arabic(word)
            placed.append((right - 6.0 * len(shaped), shaped))
            right -= 6.0 * len(shaped) + 4
        for x, shaped in placed if content_order == "logical" else reversed(placed):
            hexed = b"".join(b"%04X" % codes.setdefault(ch, 3 + len(codes))
                             for ch in shaped[::-1])
            ops.append(b"1 0 0 1 %.2f %d Tm <" % (x, y) + hexed + b"> Tj")
        y -= 16
    ops.append(b"ET")
    mapping = {code: ch for ch, code in codes.items()}
    return _one_page(b"\n".join(ops), {b"F1": 5},
                     [_type0_font(6, 8), _CID_DESCENDANT, _DESCRIPTOR, _to_unicode(mapping)])


def make_form_pdf(fields: dict[str, str], page_lines: list[str] = ()) -> bytes:
    """A page whose only text (besides `page_lines`) is in AcroForm text fields."""
    ops = [b"BT 14 TL /F1 11 Tf 72 770 Td"]
    ops += [b"(" + _pdf_escape(line.encode("cp1252")) + b") Tj T*" for line in page_lines]
    ops.append(b"ET")
    widgets = []
    for index, (name, value) in enumerate(fields.items()):
        top = 700 - 40 * index
        widgets.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (" + name.encode() + b") /V <FEFF"
            + value.encode("utf-16-be").hex().upper().encode() + b"> /Rect [72 %d 520 %d] "
            b"/P 3 0 R /F 4 /DA (/Helv 10 Tf 0 g) >>" % (top - 20, top))
    first = 6
    refs = b" ".join(b"%d 0 R" % (first + i) for i in range(len(widgets)))
    return _one_page(b"\n".join(ops), {b"F1": 5}, [_HELVETICA, *widgets],
                     page_extra=b"/Annots [" + refs + b"] ",
                     catalog_extra=b"/AcroForm << /Fields [" + refs + b"] "
                     b"/DA (/Helv 10 Tf 0 g) >> ")


def make_stamped_pdf(page_lines: list[str], stamp: str) -> bytes:
    """A page whose `stamp` text exists only in an annotation's appearance stream (a
    flattened form, a stamp), as government forms are often distributed."""
    ops = [b"BT 14 TL /F1 11 Tf 72 770 Td"]
    ops += [b"(" + _pdf_escape(line.encode("cp1252")) + b") Tj T*" for line in page_lines]
    ops.append(b"ET")
    appearance = _stream(b"BT /F1 10 Tf 2 6 Td (" + _pdf_escape(stamp.encode("cp1252"))
                         + b") Tj ET",
                         b"/Type /XObject /Subtype /Form /BBox [0 0 448 20] "
                         b"/Resources << /Font << /F1 5 0 R >> >> ")
    annot = (b"<< /Type /Annot /Subtype /FreeText /Rect [72 600 520 620] /F 4 "
             b"/Contents () /DA (/F1 10 Tf 0 g) /AP << /N 7 0 R >> >>")
    return _one_page(b"\n".join(ops), {b"F1": 5}, [_HELVETICA, annot, appearance],
                     page_extra=b"/Annots [6 0 R] ")


def without_startxref(pdf: bytes, *, keep_xref: bool = True) -> bytes:
    """The file without its `startxref` pointer (and, unless `keep_xref`, without the
    xref table either: only the trailer), as a careless producer or a cut download leaves
    it; readers rebuild the cross-reference by scanning the objects."""
    head, trailer = pdf[: pdf.rindex(b"xref\n0 ")], pdf[pdf.rindex(b"trailer"):]
    trailer = trailer[: trailer.index(b"startxref")]
    return (pdf[: pdf.rindex(b"trailer")] if keep_xref else head) + trailer + b"%%EOF\n"


def encrypted(pdf: bytes, *, algorithm: str, user: str = "", owner: str = "owner") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


__all__ = ["encrypted", "make_arabic_visual_pdf", "make_arabic_words_pdf", "make_cid_pdf",
           "make_form_pdf", "make_pdf", "make_stamped_pdf", "make_unspaced_pdf", "shape_arabic",
           "without_startxref"]
