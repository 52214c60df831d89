"""Word .docx importer: reads the main part with zipfile + lxml (no python-docx).

The main part is the package's officeDocument relationship target (`_rels/.rels`), never a
guessed name, so a decoy `word/document.xml` is not read. Paragraphs come out in reading
order, including those inside tables (the first-page table of an ITU document holds its
symbol and date) and text boxes; equations (`m:t`) and image alt text (`wp:docPr`) are text.
Tabs and line breaks become spaces; tracked deletions and Markup-Compatibility fallbacks
(duplicates) are skipped. Styles come from `styles.xml`: heading styles / outline levels
give "heading", numbered or list styles give "list", anything inside a table gives "table".
Each paragraph keeps the number Word shows (`docx_numbering`) or the one typed before a tab.
Footnotes and endnotes follow the body, each anchored to the paragraph that calls it.
"""

from __future__ import annotations

import contextlib
import posixpath
import zipfile

from lxml import etree

from ..errors import ImportRejected
from .document import (
    NOTE_PREFIX,
    ParsedParagraph,
    RawDocument,
    clean_number,
    normalise,
    typed_number,
)
from .docx_numbering import NumberingCounter, format_number, read_numbering
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
from .safety import (
    MAX_PARAGRAPHS,
    MAX_PART_BYTES,
    MAX_SIDE_PART_BYTES,
    check_paragraph_count,
    check_text_part_ratio,
    open_zip,
    parse_xml,
    read_member,
)

MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
DEFAULT_PART = "word/document.xml"
_NOTE_KINDS = (("footnote", "footnotes"), ("endnote", "endnotes"))


def _relationships(archive: zipfile.ZipFile, rels_part: str, name: str) -> list[tuple[str, str]]:
    """(type suffix, target part) of a relationships part; [] when it is absent."""
    if rels_part not in archive.namelist():
        return []
    rels = parse_xml(read_member(archive, rels_part, name, MAX_SIDE_PART_BYTES), name,
                     "relationships part")
    base = posixpath.dirname(posixpath.dirname(rels_part))
    out = []
    for rel in rels:
        if rel.get("TargetMode") == "External":
            continue
        target = str(rel.get("Target", ""))
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(base, target))
        out.append((str(rel.get("Type", "")).rsplit("/", 1)[-1], target))
    return out


def _document_part(archive: zipfile.ZipFile, name: str) -> str:
    """The main document part: the package's officeDocument relationship target.

    Only a package without `_rels/.rels` (not a valid OPC package, but seen in hand-made
    files) falls back to word/document.xml.
    """
    names = set(archive.namelist())
    rels = _relationships(archive, "_rels/.rels", name)
    for kind, target in rels:
        if kind == "officeDocument":
            if target in names:
                return target
            raise ImportRejected(name, f"no document part ('{target}' is missing)")
    if not rels and DEFAULT_PART in names:
        return DEFAULT_PART
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


_MATH_T = f"{{{M_NS}}}t"
_DOC_PR = f"{{{WP_NS}}}docPr"


def _raw_text(p: etree._Element, w: WordNames) -> str:
    """A paragraph's text with tabs kept (a typed number is followed by a tab)."""
    parts: list[str] = []
    t_tag, nbh, tab = w.t, w.nbh, w.tab
    for el in p.iter(w.t, w.tab, w.br, w.cr, w.ptab, w.nbh, _MATH_T, _DOC_PR):
        tag = el.tag
        if tag in (t_tag, _MATH_T):
            if el.text:
                parts.append(el.text)
        elif tag == _DOC_PR:
            alt = el.get("descr") or el.get("title") or ""
            if alt.strip():
                parts.append(f" {alt.strip()} ")
        elif tag == nbh:
            parts.append("-")
        elif tag == tab:
            parts.append("\t")
        else:
            parts.append(" ")
    return "".join(parts)


def _paragraph_text(p: etree._Element, w: WordNames) -> str:
    return normalise(_raw_text(p, w))


def _numpr(ppr: etree._Element | None, w: WordNames) -> tuple[str, int] | None:
    """(numId, ilvl) stated on a paragraph; ("0", 0) when numbering is switched off."""
    if ppr is None:
        return None
    numpr = ppr.find(w.numpr)
    if numpr is None:
        return None
    numid, ilvl = numpr.find(w.numid), numpr.find(f"{{{w.ns}}}ilvl")
    try:
        level = int(ilvl.get(w.val, "0")) if ilvl is not None else 0
    except ValueError:
        level = 0
    return (numid.get(w.val, "0") if numid is not None else "0"), level


def _style_numbering(
    archive: zipfile.ZipFile, part: str, name: str, w: WordNames
) -> dict[str, tuple[str, int]]:
    """numPr of each paragraph style, inherited through basedOn."""
    styles_part = posixpath.join(posixpath.dirname(part), "styles.xml")
    if styles_part not in archive.namelist():
        return {}
    try:
        root = parse_xml(read_member(archive, styles_part, name, MAX_SIDE_PART_BYTES), name,
                         "styles part")
    except ImportRejected:
        return {}
    own: dict[str, tuple[str, int] | None] = {}
    based: dict[str, str] = {}
    for st in root.iter(w.style):
        sid = st.get(w.style_id) or ""
        own[sid] = _numpr(st.find(w.ppr), w)
        based_el = st.find(w.based)
        if based_el is not None:
            based[sid] = based_el.get(w.val, "")
    out: dict[str, tuple[str, int]] = {}
    for sid in own:
        cur, seen = sid, 0
        while cur in own and own[cur] is None and seen < 20:
            cur, seen = based.get(cur, ""), seen + 1
        found = own.get(cur)
        if found is not None:
            out[sid] = found
    return out


class _Numbers:
    """The number Word shows before each paragraph, in document order."""

    def __init__(self, archive: zipfile.ZipFile, part: str, name: str, w: WordNames) -> None:
        self.w = w
        self.counter = NumberingCounter(read_numbering(archive, part, name, w))
        self.styles = _style_numbering(archive, part, name, w) if self.counter.defs.nums else {}

    def of(self, p: etree._Element) -> str:
        if not self.counter.defs.nums:
            return ""
        w = self.w
        ppr = p.find(w.ppr)
        direct = _numpr(ppr, w)
        style_el = ppr.find(w.pstyle) if ppr is not None else None
        linked = self.styles.get(style_el.get(w.val, "")) if style_el is not None else None
        if direct is None:
            direct = linked
        elif linked is not None and ppr is not None and ppr.find(f"{w.numpr}/{w.numid}") is None:
            direct = (linked[0], direct[1])  # the level stated here, the list from the style
        if direct is None or direct[0] == "0":
            return ""
        return clean_number(self.counter.next(*direct))


def _read_notes(
    archive: zipfile.ZipFile, part: str, name: str, w: WordNames
) -> dict[str, dict[str, str]]:
    """kind -> note id -> text, for the footnotes and endnotes parts of the main part."""
    rels_part = posixpath.join(posixpath.dirname(part), "_rels",
                               posixpath.basename(part) + ".rels")
    targets = dict(_relationships(archive, rels_part, name))
    notes: dict[str, dict[str, str]] = {}
    for kind, rel_type in _NOTE_KINDS:
        target = targets.get(rel_type)
        if not target or target not in archive.namelist():
            continue
        check_text_part_ratio(archive, target, name)
        data = read_member(archive, target, name, MAX_PART_BYTES)
        check_paragraph_count(data.count(b"<w:p>") + data.count(b"<w:p "), name)
        root = parse_xml(data, name, f"{rel_type} part")
        _prune(root, w)
        found: dict[str, str] = {}
        for note in root.iter(f"{{{w.ns}}}{kind}"):
            if note.get(f"{{{w.ns}}}type") in ("separator", "continuationSeparator",
                                                "continuationNotice"):
                continue
            text = " ".join(t for t in (_paragraph_text(p, w) for p in note.iter(w.p)) if t)
            if text:
                found[note.get(f"{{{w.ns}}}id", "")] = text
        notes[kind] = found
    return notes


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


def _read_main(archive: zipfile.ZipFile, name: str) -> tuple[str, etree._Element]:
    part = _document_part(archive, name)
    check_text_part_ratio(archive, part, name)
    data = read_member(archive, part, name, MAX_PART_BYTES)
    # Counting paragraph tags is a fast scan; it refuses a bomb before lxml builds a tree.
    check_paragraph_count(data.count(b"<w:p>") + data.count(b"<w:p "), name)
    return part, parse_xml(data, name)


def parse_docx(data: bytes, name: str) -> RawDocument:
    """Extract the paragraphs of a .docx file; raises ImportRejected on hostile/broken input."""
    archive = open_zip(data, name)
    with archive:
        part, root = _read_main(archive, name)
        w = WordNames(etree.QName(root).namespace or W_TRANSITIONAL)
        body = root.find(w.body)
        if body is None:
            return RawDocument([])
        wanted = {el.get(w.val, "") for el in body.iter(w.pstyle)}
        styles = style_table(archive, part, name, w, wanted)
        numbers = _Numbers(archive, part, name, w)
        notes = _read_notes(archive, part, name, w)
        note_formats = _note_formats(archive, part, name, w, root)
    _prune(body, w)
    paragraphs: list[ParsedParagraph] = []
    hints: dict[str, str] = {}
    containers = (w.sdt, w.sdtcontent, w.customxml, w.smarttag)
    calls: list[tuple[str, str, int]] = []  # (kind, note id, calling paragraph position)
    refs = {f"{{{w.ns}}}{kind}Reference": kind for kind, _ in _NOTE_KINDS}

    def emit(p: etree._Element, in_table: bool) -> None:
        number = numbers.of(p)
        raw = _raw_text(p, w)
        text = normalise(raw)
        here = len(paragraphs) if text else len(paragraphs) - 1
        for ref in p.iter(*refs):
            calls.append((refs[ref.tag], ref.get(f"{{{w.ns}}}id", ""), here))
        if not text:
            return
        if len(paragraphs) >= MAX_PARAGRAPHS:
            check_paragraph_count(len(paragraphs) + 1, name)
        kind = _paragraph_kind(p, w, styles)
        if kind == KIND_TITLE and not in_table and "title" not in hints:
            hints["title"] = text
        style = "table" if in_table else ("body", "heading", "list", "heading")[kind]
        if not number and not in_table:
            number = typed_number(raw)
        paragraphs.append(ParsedParagraph(text, style, number=number))

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
    paragraphs += _note_paragraphs(notes, calls, len(paragraphs), note_formats)
    check_paragraph_count(len(paragraphs), name)  # body and notes together
    return RawDocument(paragraphs, hints)


def _note_formats(
    archive: zipfile.ZipFile, part: str, name: str, w: WordNames, root: etree._Element
) -> dict[str, str]:
    """numFmt of footnote and endnote marks: Word's defaults (1, 2 … and i, ii …) unless
    the settings part or the document's section properties say otherwise."""
    formats = {"footnote": "decimal", "endnote": "lowerRoman"}
    rels_part = posixpath.join(posixpath.dirname(part), "_rels",
                               posixpath.basename(part) + ".rels")
    settings = dict(_relationships(archive, rels_part, name)).get("settings")
    sources = [root]
    if settings and settings in archive.namelist():
        # Unreadable settings cost us the note format, not the document.
        with contextlib.suppress(ImportRejected):
            sources.insert(0, parse_xml(read_member(archive, settings, name,
                                                    MAX_SIDE_PART_BYTES), name, "settings"))
    for source in sources:
        for kind in formats:
            for pr in source.iter(f"{{{w.ns}}}{kind}Pr"):
                fmt = pr.find(f"{{{w.ns}}}numFmt")
                if fmt is not None and fmt.get(w.val):
                    formats[kind] = fmt.get(w.val, formats[kind])
    return formats


def _note_paragraphs(
    notes: dict[str, dict[str, str]], calls: list[tuple[str, str, int]], body_count: int,
    formats: dict[str, str],
) -> list[ParsedParagraph]:
    """Notes in the order they are called, numbered 1.. per kind as Word numbers them.

    A call from an empty paragraph anchors to the paragraph before it; a note never called
    (or called from before any text) anchors to the first paragraph.
    """
    out: list[ParsedParagraph] = []
    seen: set[tuple[str, str]] = set()
    counts = {kind: 0 for kind, _ in _NOTE_KINDS}
    for kind, note_id, position in calls:
        text = notes.get(kind, {}).get(note_id)
        if text is None or (kind, note_id) in seen:
            continue
        seen.add((kind, note_id))
        counts[kind] += 1
        anchor = min(max(position, 0), body_count - 1) if body_count else None
        number = NOTE_PREFIX[kind] + format_number(counts[kind], formats[kind])
        out.append(ParsedParagraph(text, "body", number=number, kind=kind, anchor=anchor))
    for kind, found in notes.items():
        for note_id, text in found.items():
            if (kind, note_id) not in seen:
                counts[kind] += 1
                number = NOTE_PREFIX[kind] + format_number(counts[kind], formats[kind])
                out.append(ParsedParagraph(text, "body", number=number, kind=kind,
                                           anchor=0 if body_count else None))
    return out
