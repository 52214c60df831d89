"""Paragraph styles of a .docx: which style ids mean heading, list or title.

Read from `word/styles.xml`, following `basedOn`. Word always writes that part with the
`w:` prefix; for that common case the few facts needed are read with regular expressions,
and only for the style ids the document uses (a 350 kB styles part costs ~4 ms with lxml,
well under 1 ms this way). Any other prefix or namespace falls back to lxml.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile

from lxml import etree

from ..errors import ImportRejected
from .safety import MAX_SIDE_PART_BYTES, REASON_DTD, parse_xml, read_member, refuse_dtd

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Style names are stored in English by Word whatever the UI language; ids may be localised.
_HEADING_PREFIXES = (
    "heading",
    "title",
    "titre",
    "título",
    "titulo",
    "überschrift",
    "encabezado",
    "заголовок",
    "标题",
    "annextitle",
    "annex title",
    "subtitle",
)
_TITLE_NAMES = frozenset({"title", "title 1", "title1", "titre", "título", "titulo"})
_LIST_MARKERS = ("list", "liste", "lista", "enumlev", "список", "bullet", "puce")

KIND_BODY, KIND_HEADING, KIND_LIST, KIND_TITLE = 0, 1, 2, 3


class WordNames:
    """Clark-notation tag names for one WordprocessingML namespace (transitional or strict)."""

    def __init__(self, ns: str) -> None:
        def q(local: str) -> str:
            return f"{{{ns}}}{local}"

        self.ns = ns
        self.body, self.p, self.tbl = q("body"), q("p"), q("tbl")
        self.t, self.tab, self.br, self.cr = q("t"), q("tab"), q("br"), q("cr")
        self.ptab, self.nbh = q("ptab"), q("noBreakHyphen")
        self.ppr, self.pstyle, self.val = q("pPr"), q("pStyle"), q("val")
        self.numpr, self.numid, self.outline = q("numPr"), q("numId"), q("outlineLvl")
        self.sdt, self.sdtcontent = q("sdt"), q("sdtContent")
        self.customxml, self.smarttag = q("customXml"), q("smartTag")
        self.txbx = q("txbxContent")
        self.rpr, self.caps = q("rPr"), q("caps")
        self.deleted = (q("del"), q("moveFrom"))
        self.style, self.name, self.based = q("style"), q("name"), q("basedOn")
        self.type, self.style_id = q("type"), q("styleId")


_StyleRow = tuple[str, str | None, int]  # (lower-case name, basedOn id, own kind)

_STYLE_START_RE = re.compile(rb"<w:style\b([^>]*?)(/?)>")
_ATTR_RES = {
    key: re.compile(rb"\bw:" + key.encode() + rb"\s*=\s*[\"']([^\"']*)[\"']")
    for key in ("type", "styleId")
}
_CHILD_RES = {
    key: re.compile(rb"<w:" + key.encode() + rb"\b[^>]*?\bw:val\s*=\s*[\"']([^\"']*)[\"']")
    for key in ("name", "basedOn", "outlineLvl", "numId")
}
_CAPS_RE = re.compile(rb"<w:caps(?:\s*/>|\s+w:val\s*=\s*[\"'](?:1|true|on)[\"'])")


def _attr(pattern: re.Pattern[bytes], text: bytes) -> str | None:
    match = pattern.search(text)
    return html.unescape(match.group(1).decode("utf-8", "replace")) if match else None


def _styles_by_regex(data: bytes, wanted: set[str]) -> dict[str, _StyleRow]:
    """Rows for the `wanted` style ids and their basedOn ancestors only."""
    starts: dict[str, re.Match[bytes]] = {}
    for start in _STYLE_START_RE.finditer(data):
        sid = _attr(_ATTR_RES["styleId"], start.group(1))
        if sid is not None and sid not in starts:
            starts[sid] = start
    raw: dict[str, _StyleRow] = {}
    todo = list(wanted)
    while todo:
        sid = todo.pop()
        match = starts.get(sid)
        if sid in raw or match is None:
            continue
        if (_attr(_ATTR_RES["type"], match.group(1)) or "paragraph") != "paragraph":
            continue
        end = match.end() if match.group(2) else data.find(b"</w:style>", match.end())
        block = data[match.end() : max(end, match.end())]
        sname = (_attr(_CHILD_RES["name"], block) or "").lower()
        own = _kind_from_name(sname) or _kind_from_name(sid.lower())
        if own == KIND_BODY:
            level = _attr(_CHILD_RES["outlineLvl"], block)
            numid = _attr(_CHILD_RES["numId"], block)
            if level is not None and level.isdigit() and int(level) < 9:
                own = KIND_HEADING
            elif numid is not None and numid != "0":
                own = KIND_LIST
            elif _CAPS_RE.search(block):
                own = KIND_HEADING  # rendered in capitals, like ITU's title style
        based = _attr(_CHILD_RES["basedOn"], block)
        raw[sid] = (sname, based, own)
        if based:
            todo.append(based)
    return raw


def _styles_by_xml(root: etree._Element, w: WordNames) -> dict[str, _StyleRow]:
    raw: dict[str, _StyleRow] = {}
    for st in root.iter(w.style):
        if st.get(w.type, "paragraph") != "paragraph":
            continue
        sid = st.get(w.style_id) or ""
        name_el, based_el = st.find(w.name), st.find(w.based)
        sname = (name_el.get(w.val, "") if name_el is not None else "").lower()
        own = _kind_from_name(sname) or _kind_from_name(sid.lower())
        ppr, caps = st.find(w.ppr), st.find(f"{w.rpr}/{w.caps}")
        if own == KIND_BODY and ppr is not None:
            if outline_level(ppr, w) is not None:
                own = KIND_HEADING
            elif has_numbering(ppr, w):
                own = KIND_LIST
        if own == KIND_BODY and caps is not None and caps.get(w.val, "1") in ("1", "true", "on"):
            own = KIND_HEADING
        raw[sid] = (sname, based_el.get(w.val) if based_el is not None else None, own)
    return raw


# Style tables by (CRC-32, size, namespace, styles wanted) of the styles part: documents
# made from one template share it, and inflating and scanning it was a sixth of an import.
_TABLES: dict[tuple[int, int, str, frozenset[str]], dict[str, int]] = {}
_TABLES_KEPT = 64


def style_table(
    archive: zipfile.ZipFile, part: str, name: str, w: WordNames, wanted: set[str]
) -> dict[str, int]:
    """Map paragraph style ids (at least those `wanted`) to a kind (body/heading/list/title),
    following basedOn."""
    styles_part = posixpath.join(posixpath.dirname(part), "styles.xml")
    if not wanted or styles_part not in archive.namelist():
        return {}
    info = archive.getinfo(styles_part)
    key = (info.CRC, info.file_size, w.ns, frozenset(wanted))
    cached = _TABLES.get(key)
    if cached is None:
        cached = _style_table(archive, styles_part, name, w, wanted)
        if len(_TABLES) >= _TABLES_KEPT:
            _TABLES.pop(next(iter(_TABLES)))
        _TABLES[key] = cached
    return dict(cached)


def _style_table(
    archive: zipfile.ZipFile, styles_part: str, name: str, w: WordNames, wanted: set[str]
) -> dict[str, int]:
    data = read_member(archive, styles_part, name, MAX_SIDE_PART_BYTES)
    refuse_dtd(data, name)
    if b"<w:styles" in data[:4096] and w.ns == W_TRANSITIONAL:
        raw = _styles_by_regex(data, wanted)
    else:
        try:
            raw = _styles_by_xml(parse_xml(data, name, "styles part"), w)
        except ImportRejected as exc:
            if exc.reason == REASON_DTD:
                raise
            return {}  # a broken styles part costs us styles, not the document
    kinds: dict[str, int] = {}
    for sid in raw:
        kind, cur, seen = KIND_BODY, sid, 0
        while cur in raw and seen < 20:  # inherit from basedOn; bounded against cycles
            kind = raw[cur][2]
            if kind != KIND_BODY:
                break
            cur, seen = raw[cur][1] or "", seen + 1
        kinds[sid] = kind
    return kinds


def _kind_from_name(sname: str) -> int:
    if sname in _TITLE_NAMES:
        return KIND_TITLE
    if sname.startswith(_HEADING_PREFIXES):
        return KIND_HEADING
    if any(marker in sname for marker in _LIST_MARKERS):
        return KIND_LIST
    return KIND_BODY


def outline_level(ppr: etree._Element, w: WordNames) -> int | None:
    el = ppr.find(w.outline)
    if el is None:
        return None
    try:
        level = int(el.get(w.val, "9"))
    except ValueError:
        return None
    return level if 0 <= level < 9 else None


def has_numbering(ppr: etree._Element, w: WordNames) -> bool:
    numpr = ppr.find(w.numpr)
    if numpr is None:
        return False
    numid = numpr.find(w.numid)
    return numid is None or numid.get(w.val, "0") != "0"
