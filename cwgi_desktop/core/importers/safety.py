"""Limits and defensive readers shared by the importers.

Everything a hostile file could use to exhaust memory or time, or to make the parser read
something else (an external entity, a network resource), is refused here, before any real
work is done. Every refusal is an `ImportRejected` carrying a short, one-line reason.
The zip limits and the bounded member reader are `core.zip_limits` (what bundles use too,
without loading lxml or the parsers), re-exported here.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from ..errors import ImportRejected
from ..zip_limits import MAX_FILE_BYTES as MAX_FILE_BYTES
from ..zip_limits import MAX_PART_BYTES as MAX_PART_BYTES
from ..zip_limits import MAX_RATIO as MAX_RATIO
from ..zip_limits import MAX_TOTAL_UNCOMPRESSED as MAX_TOTAL_UNCOMPRESSED
from ..zip_limits import MB as MB
from ..zip_limits import RATIO_FLOOR_BYTES as RATIO_FLOOR_BYTES
from ..zip_limits import REASON_BAD_DOCX as REASON_BAD_DOCX
from ..zip_limits import REASON_ENCRYPTED_OFFICE as REASON_ENCRYPTED_OFFICE
from ..zip_limits import ZIP_MAGIC as ZIP_MAGIC
from ..zip_limits import check_declared as check_declared
from ..zip_limits import read_member as read_member

MAX_PARAGRAPHS = 100_000
"""Most paragraphs kept from one document (a 1 000-page report has about 10 000)."""
MAX_SIDE_PART_BYTES = 20 * MB
"""Largest declared uncompressed size of a side part we read (styles.xml, .rels)."""
MAX_TEXT_PART_RATIO = 100
"""Stricter ratio for the XML parts whose text we keep: real prose compresses about 10:1,
a part inflating 200:1 is a bomb of repeated markup (1 MB .docx to 200 MB)."""
MAX_ZIP_ENTRIES = 5000
MAX_PDF_PAGES = 2000
MAX_PDF_SECONDS = 60.0
"""Wall-clock budget for extracting the text layer of a PDF (checked between pages)."""
MAX_TEXT_CHARS = 50_000_000
"""Largest amount of extracted text kept from one file."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

REASON_DTD = "refused: the document declares XML entities (DTD)"
REASON_LEGACY_DOC = "legacy Word .doc is not supported; save it as .docx"

# A DOCTYPE (and so any entity declaration) must precede the root element; we refuse the
# document if one appears anywhere, in ASCII-compatible or UTF-16 encodings. A `!` byte is
# rare in Office XML, so the common case is a single memchr over the part.
_DTD_RE = re.compile(rb"<\x00?!\x00?(?:D\x00?O\x00?C|E\x00?N\x00?T)", re.IGNORECASE)


def check_size(name: str, size: int) -> None:
    """Refuse empty files and files above `MAX_FILE_BYTES`."""
    if size == 0:
        raise ImportRejected(name, "empty file")
    if size > MAX_FILE_BYTES:
        raise ImportRejected(
            name, f"file too large ({size / MB:.0f} MB; the limit is {MAX_FILE_BYTES // MB} MB)"
        )


def ole_reason(data: bytes, extension: str) -> str:
    """The refusal reason for an OLE compound file (legacy .doc or encrypted OOXML)."""
    encrypted = "EncryptionInfo".encode("utf-16-le") in data
    legacy_word = "WordDocument".encode("utf-16-le") in data
    if extension == ".doc" or (legacy_word and not encrypted):
        return REASON_LEGACY_DOC
    return REASON_ENCRYPTED_OFFICE


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open `data` as a zip archive after checking its declared sizes.

    Refuses archives with too many entries, a declared total too large, or a member
    compressed suspiciously well (a decompression bomb), without inflating anything.
    """
    if data.startswith(OLE_MAGIC):
        raise ImportRejected(name, ole_reason(data, ".docx"))
    if not data.startswith(ZIP_MAGIC):
        raise ImportRejected(name, REASON_BAD_DOCX)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # BadZipFile, NotImplementedError (zip version), OSError, ...
        raise ImportRejected(name, REASON_BAD_DOCX) from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ImportRejected(name, f"refused: the archive has too many entries ({len(infos)})")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ImportRejected(
            name,
            f"refused: the archive would expand to {total / MB:.0f} MB "
            f"(limit {MAX_TOTAL_UNCOMPRESSED // MB} MB)",
        )
    for info in infos:
        check_declared(info, name, MAX_PART_BYTES)
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ImportRejected(
                name,
                f"refused: '{info.filename}' is compressed more than {MAX_RATIO}:1 (zip bomb?)",
            )
    return archive


def check_text_part_ratio(archive: zipfile.ZipFile, member: str, name: str) -> None:
    """Refuse a text part compressed more than `MAX_TEXT_PART_RATIO`:1 (before inflating)."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        return
    if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_TEXT_PART_RATIO * max(
        info.compress_size, 1
    ):
        raise ImportRejected(
            name,
            f"refused: '{member}' would expand to {info.file_size / MB:.0f} MB from "
            f"{info.compress_size / MB:.1f} MB (more than {MAX_TEXT_PART_RATIO}:1, zip bomb?)",
        )


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def refuse_dtd(data: bytes, name: str) -> None:
    """Raise ImportRejected if the XML bytes declare a DOCTYPE or entities."""
    if b"!" in data and _DTD_RE.search(data):
        raise ImportRejected(name, REASON_DTD)


def parse_xml(data: bytes, name: str, part: str = "document part",
              kind: str = ".docx") -> etree._Element:
    """Parse untrusted XML: any DOCTYPE/ENTITY is refused; nothing external is ever loaded.

    `kind` names what the file should be in the reason ("not a valid .docx (...)")."""
    refuse_dtd(data, name)
    try:
        root = etree.fromstring(data, parser=_safe_parser())
    except etree.XMLSyntaxError as exc:
        raise ImportRejected(name, f"not a valid {kind} ({part} is not well-formed XML)") from exc
    except ValueError as exc:  # e.g. unsupported encoding declarations
        raise ImportRejected(name, f"not a valid {kind} ({part} cannot be decoded)") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ImportRejected(name, REASON_DTD)
    return root


def check_paragraph_count(count: int, name: str) -> None:
    """Refuse a document with more paragraphs than `MAX_PARAGRAPHS`."""
    if count > MAX_PARAGRAPHS:
        raise ImportRejected(
            name, f"refused: more than {MAX_PARAGRAPHS:,} paragraphs (limit of one document)"
        )
