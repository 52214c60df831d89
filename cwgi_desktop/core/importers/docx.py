"""Word .docx importer: reads `word/document.xml` with zipfile + lxml (no python-docx).

Paragraphs come out in reading order, including those inside tables (the first-page table
of an ITU document holds its symbol and date) and text boxes. Tabs and line breaks become
spaces; tracked deletions and Markup-Compatibility fallbacks (duplicates) are skipped.
Styles come from `word/styles.xml`: heading styles / outline levels give "heading",
numbered or list styles give "list", anything inside a table gives "table".
"""

from __future__ import annotations

import zipfile

from lxml import etree

from ..errors import ImportRejected
from .document import ParsedParagraph, RawDocument, normalise
from .docx_styles import (
    KIND_BODY,
    KIND_HEADING,
    KIND_LIST,
    KIND_TITLE,
    W_TRANSITIONAL,
    WordNames,
    has_numbering,
    outline_level,
    style_table,
)
from .safety import MAX_PART_BYTES, MAX_SIDE_PART_BYTES, open_zip, parse_xml, read_member

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
DEFAULT_PART = "word/document.xml"


def _document_part(archive: zipfile.ZipFile, name: str) -> str:
    """The main document part: word/document.xml, else the officeDocument relationship."""
    names = set(archive.namelist())
    if DEFAULT_PART in names:
        return DEFAULT_PART
    if "_rels/.rels" in names:
        rels = parse_xml(read_member(archive, "_rels/.rels", name, MAX_SIDE_PART_BYTES), name)
        for rel in rels:
            if str(rel.get("Type", "")).endswith("/officeDocument"):
                target = str(rel.get("Target", "")).lstrip("/")
                if target in names:
                    return target
    raise ImportRejected(name, "no document part")


def _prune(root: etree._Element, w: WordNames) -> None:
    """Drop duplicates and deleted text; lift text-box paragraphs out of their host paragraph."""
    doomed = list(root.iter(f"{{{MC_NS}}}Fallback", *w.deleted))
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    for box in list(root.iter(w.txbx)):
        host = next(box.iterancestors(w.p), None)
        if host is None:
            continue
        for child in reversed(list(box)):
            host.addnext(child)


def _paragraph_text(p: etree._Element, w: WordNames) -> str:
    parts: list[str] = []
    t_tag, nbh = w.t, w.nbh
    for el in p.iter(w.t, w.tab, w.br, w.cr, w.ptab, w.nbh):
        tag = el.tag
        if tag == t_tag:
            if el.text:
                parts.append(el.text)
        elif tag == nbh:
            parts.append("-")
        else:
            parts.append(" ")
    return normalise("".join(parts))


def _paragraph_kind(p: etree._Element, w: WordNames, styles: dict[str, int]) -> int:
    ppr = p.find(w.ppr)
    if ppr is None:
        return KIND_BODY
    style_el = ppr.find(w.pstyle)
    style_kind = styles.get(style_el.get(w.val, ""), KIND_BODY) if style_el is not None else 0
    if style_kind in (KIND_TITLE, KIND_HEADING):
        return style_kind
    if outline_level(ppr, w) is not None:
        return KIND_HEADING
    if style_kind == KIND_LIST or has_numbering(ppr, w):
        return KIND_LIST
    return KIND_BODY


def parse_docx(data: bytes, name: str) -> RawDocument:
    """Extract the paragraphs of a .docx file; raises ImportRejected on hostile/broken input."""
    archive = open_zip(data, name)
    with archive:
        part = _document_part(archive, name)
        root = parse_xml(read_member(archive, part, name, MAX_PART_BYTES), name)
        w = WordNames(etree.QName(root).namespace or W_TRANSITIONAL)
        body = root.find(w.body)
        if body is None:
            return RawDocument([])
        wanted = {el.get(w.val, "") for el in body.iter(w.pstyle)}
        styles = style_table(archive, part, name, w, wanted)
    _prune(body, w)
    paragraphs: list[ParsedParagraph] = []
    hints: dict[str, str] = {}
    containers = (w.sdt, w.sdtcontent, w.customxml, w.smarttag)

    def emit(p: etree._Element, in_table: bool) -> None:
        text = _paragraph_text(p, w)
        if not text:
            return
        kind = _paragraph_kind(p, w, styles)
        if kind == KIND_TITLE and not in_table and "title" not in hints:
            hints["title"] = text
        style = "table" if in_table else ("body", "heading", "list", "heading")[kind]
        paragraphs.append(ParsedParagraph(text, style))

    def walk(container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == w.p:
                emit(child, False)
            elif tag == w.tbl:
                for p in child.iter(w.p):
                    emit(p, True)
            elif tag in containers:
                walk(child)

    walk(body)
    return RawDocument(paragraphs, hints)
