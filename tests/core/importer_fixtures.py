"""Builders of real files (docx, pdf, zip tricks, OLE) for the importer tests.

PDFs are hand-written (no LibreOffice needed): one Helvetica font in WinAnsiEncoding, one
content stream per page, each line placed with `Td`. Cyrillic uses a simple font with a
`/Differences` encoding plus a ToUnicode CMap, which is how real PDFs carry non-Latin text.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# --------------------------------------------------------------------------------- PDF


def _pdf_escape(raw: bytes) -> bytes:
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _assemble_pdf(objects: list[bytes]) -> bytes:
    """Serialise objects 1..n (object 1 is the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


_CYR = "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"


def _cyrillic_font_objects(first_number: int) -> tuple[bytes, bytes]:
    """(font dict, ToUnicode stream) mapping codes 0xA0.. to the Cyrillic alphabet."""
    names = b" ".join(b"/g%d" % i for i in range(len(_CYR)))
    cmap_lines = b"\n".join(b"<%02X> <%04X>" % (0xA0 + i, ord(ch)) for i, ch in enumerate(_CYR))
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Cyr def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(_CYR)
        + cmap_lines
        + b"\nendbfchar\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [160 " + names + b"] >> "
        b"/ToUnicode %d 0 R >>" % first_number
    )
    return font, _stream(cmap)


def _encode_line(line: str) -> bytes:
    out = bytearray()
    for ch in line:
        if ch in _CYR:
            out.append(0xA0 + _CYR.index(ch))
        else:
            out += ch.encode("cp1252")
    return bytes(out)


def make_pdf(pages: list[list[str]], *, font_size: int = 11, leading: int = 14) -> bytes:
    """A text PDF: each page a list of lines ("" = an empty line, i.e. extra spacing)."""
    n_pages = len(pages)
    font_num = 3 + 2 * n_pages  # F1: WinAnsi Helvetica; F2 (+1): Cyrillic; its CMap (+2)
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for index, lines in enumerate(pages):
        page_num, content_num = 3 + 2 * index, 4 + 2 * index
        kids.append(b"%d 0 R" % page_num)
        ops = [b"BT %d TL 72 770 Td" % leading]
        for line in lines:
            font = b"/F2" if any(ch in _CYR for ch in line) else b"/F1"
            ops.append(
                font + b" %d Tf (" % font_size + _pdf_escape(_encode_line(line)) + b") Tj T*"
            )
        ops.append(b"ET")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
            % (font_num, font_num + 1, content_num)
        )
        objects.append(_stream(b"\n".join(ops)))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), n_pages)
    latin = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    font, cmap = _cyrillic_font_objects(font_num + 2)
    objects += [latin, font, cmap]
    return _assemble_pdf(objects)


def make_image_only_pdf() -> bytes:
    """A one-page PDF that paints a small grey image and carries no text at all."""
    pixels = zlib.compress(bytes([128]) * 64)
    image = _stream(
        pixels,
        b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode ",
    )
    content = _stream(b"q 400 0 0 400 100 300 cm /Im1 Do Q")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        content,
        image,
    ]
    return _assemble_pdf(objects)


# -------------------------------------------------------------------------------- DOCX


def make_contribution_docx(
    path: Path,
    *,
    symbol_line: str = "Document C26/77-F",
    date_line: str = "12 mai 2026",
    source: str = "Contribution de la Fédération de Russie",
    title: str = "AMÉLIORATION DE L'EFFICACITÉ DU GROUPE DE TRAVAIL",
    body: tuple[str, ...] = (
        "Le Conseil est invité à examiner la présente contribution et à fournir des "
        "orientations sur l'amélioration de l'efficacité du GTC-Internet.",
        "Ces quatre dernières années, le GTC-Internet a poursuivi ses travaux en tenant des "
        "réunions régulières et des consultations ouvertes.",
    ),
) -> Path:
    """An ITU-like contribution built with python-docx: first-page table, source, title."""
    import docx  # python-docx, only in tests

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Conseil 2026\nGenève, 28 avril – 8 mai 2026"
    table.cell(1, 0).text = "Point de l'ordre du jour: PL 1.9"
    right = table.cell(1, 1)
    right.text = "Révision 1 au"
    right.add_paragraph(symbol_line)
    right.add_paragraph(date_line)
    right.add_paragraph("Original: anglais")
    document.add_paragraph(source)
    document.add_paragraph(title)
    document.add_heading("1\tIntroduction", level=1)
    for text in body:
        document.add_paragraph(text)
    document.add_paragraph("premier\tpoint de la liste", style="List Bullet")
    document.add_paragraph("second point de la liste", style="List Number")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def docx_bytes_with_document_xml(
    document_xml: bytes, *, extra: dict[str, bytes] | None = None
) -> bytes:
    """A minimal .docx (zip) whose word/document.xml is exactly `document_xml`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def simple_document_xml(*paragraphs: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}'
        "</w:body></w:document>"
    ).encode()


def patch_declared_size(zip_bytes: bytes, member: str, new_size: int) -> bytes:
    """Rewrite the uncompressed size recorded for `member` in both zip headers."""
    data = bytearray(zip_bytes)
    name = member.encode()
    # Local file header: signature, ..., uncompressed size at offset 22, name at 30.
    pos = data.find(b"PK\x03\x04")
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 26)[0]
        if bytes(data[pos + 30 : pos + 30 + name_len]) == name:
            struct.pack_into("<I", data, pos + 22, new_size)
        pos = data.find(b"PK\x03\x04", pos + 4)
    # Central directory header: uncompressed size at offset 24, name at 46.
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46 : pos + 46 + name_len]) == name:
            struct.pack_into("<I", data, pos + 24, new_size)
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


# --------------------------------------------------------------------------------- OLE


def make_ole(stream_names: tuple[str, ...]) -> bytes:
    """Bytes shaped like an OLE compound file: the magic, then directory entry names."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entries = b"".join(
        n.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64 for n in stream_names
    )
    return header + entries + b"\x00" * 1024


# ------------------------------------------------------------------- DOCX: numbering, notes

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
    '<w:abstractNum w:abstractNumId="0">'
    + _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2") + _lvl(2, "lowerLetter", "(%3)")
    + '</w:abstractNum><w:abstractNum w:abstractNumId="1">' + _lvl(0, "upperRoman", "%1.")
    + '</w:abstractNum><w:abstractNum w:abstractNumId="2">' + _lvl(0, "bullet", "•")
    + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>'
    "</w:numbering>"
).encode()

STYLES_XML = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Para"><w:name w:val="Numbered para"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>'
    "</w:numPr></w:pPr></w:style></w:styles>"
).encode()


def _notes_xml(kind: str, notes: dict[int, str]) -> bytes:
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           f"<w:continuationSeparator/></w:r></w:p></w:{kind}>")
    body = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:{kind}>'
                   for i, t in notes.items())
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s '
            f'xmlns:w="{W_NS}">{sep}{body}</w:{kind}s>').encode()


def numbered_paragraph(text: str, *, num: tuple[int, int] | None = None, style: str = "",
                       extra: str = "") -> str:
    """A `w:p`: optional style, optional numPr (numId, ilvl), a run of text, extra runs."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{run}{extra}</w:p>"


def make_package_docx(
    paragraphs: list[str],
    *,
    main_part: str = "word/document.xml",
    footnotes: dict[int, str] | None = None,
    endnotes: dict[int, str] | None = None,
    extra_parts: dict[str, bytes] | None = None,
) -> bytes:
    """A complete .docx package (content types, package and part relationships, styles,
    numbering, notes) whose main part, named by `_rels/.rels`, holds `paragraphs`."""
    folder = main_part.rsplit("/", 1)[0]
    base = main_part.rsplit("/", 1)[-1]
    body = "".join(paragraphs)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}" '
        f'xmlns:m="{_M_NS}" xmlns:wp="{_WP_NS}" xmlns:r="{_OFFICE_REL}"><w:body>{body}'
        "</w:body></w:document>"
    ).encode()
    parts: dict[str, bytes] = {
        main_part: document,
        f"{folder}/styles.xml": STYLES_XML,
        f"{folder}/numbering.xml": NUMBERING_XML,
    }
    rels = [("styles", "styles.xml"), ("numbering", "numbering.xml")]
    overrides = [(main_part, f"{_MAIN_CT}.document.main+xml"),
                 (f"{folder}/styles.xml", f"{_MAIN_CT}.styles+xml"),
                 (f"{folder}/numbering.xml", f"{_MAIN_CT}.numbering+xml")]
    for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
        if notes:
            parts[f"{folder}/{kind}s.xml"] = _notes_xml(kind, notes)
            rels.append((f"{kind}s", f"{kind}s.xml"))
            overrides.append((f"{folder}/{kind}s.xml", f"{_MAIN_CT}.{kind}s+xml"))
    part_rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_OFFICE_REL}/{t}" Target="{target}"/>'
        for i, (t, target) in enumerate(rels, start=1))
    parts[f"{folder}/_rels/{base}.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_REL_NS}">{part_rels}'
        "</Relationships>").encode()
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_REL_NS}">'
        f'<Relationship Id="rId1" Type="{_OFFICE_REL}/officeDocument" Target="{main_part}"/>'
        "</Relationships>").encode()
    content_types = "".join(f'<Override PartName="/{n}" ContentType="{t}"/>'
                            for n, t in overrides)
    parts["[Content_Types].xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT_NS}">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{content_types}</Types>").encode()
    parts.update(extra_parts or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["[Content_Types].xml", *[n for n in parts if n != "[Content_Types].xml"]]:
            archive.writestr(name, parts[name])
    return buffer.getvalue()


def note_reference(kind: str, note_id: int) -> str:
    return f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'


def equation(text: str) -> str:
    return f"<m:oMath><m:r><m:t>{text}</m:t></m:r></m:oMath>"


def picture(descr: str) -> str:
    return (f'<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="{descr}"/>'
            "</wp:inline></w:drawing></w:r>")
