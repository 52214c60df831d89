"""Raw WordprocessingML helpers for what python-docx does not offer.

Runs with complex-script twins (bCs, iCs, szCs) and right-to-left marks, right-to-left
paragraphs and sections, mirrored tables, borders, PAGE fields, bookmarks, hyperlinks,
footnote references, and schema-ordered insertion of property elements (Word rejects
property elements in the wrong order). The footnotes part itself is in `footnotes.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from lxml import etree

__all__ = [
    "PPR_ORDER",
    "RPR_ORDER",
    "SECTPR_ORDER",
    "TBLPR_ORDER",
    "TCPR_ORDER",
    "add_bookmark",
    "add_hyperlink",
    "add_page_field",
    "append_run",
    "bidi_segments",
    "bookmark_name",
    "cjk_segments",
    "el",
    "insert_ordered",
    "set_cell_width",
    "set_flag",
    "set_table_borders",
    "set_table_layout",
    "xml_attribute",
    "xml_text",
]


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Schema order of the children of the property elements we touch (ECMA-376 Part 1).
PPR_ORDER = _names(
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct "
    "autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing "
    "mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl "
    "divId cnfStyle rPr sectPr pPrChange"
)
RPR_ORDER = _names(
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
)
TBLPR_ORDER = _names(
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription"
)
TCPR_ORDER = _names(
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark"
)
SECTPR_ORDER = _names(
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
    "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
    "docGrid printerSettings sectPrChange"
)
SETTINGS_ORDER = _names(
    "writeProtection view zoom removePersonalInformation removeDateAndTime "
    "doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText "
    "printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
    "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges "
    "bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors "
    "hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate "
    "linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView "
    "trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection "
    "autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation "
    "consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength "
    "clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting "
    "bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing "
    "drawingGridVerticalSpacing displayHorizontalDrawingGridEvery "
    "displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin "
    "drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData "
    "noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars "
    "noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema "
    "saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml "
    "saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags alwaysMergeEmptyNamespace "
    "updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr "
    "attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats "
    "doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType "
    "schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
)

_RTL_RANGE = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_CHAR = re.compile(f"[{_RTL_RANGE}]")
# Han, kana, bopomofo, CJK punctuation and full-width forms: the text that takes the East
# Asian font. Latin letters and digits must not (Word then breaks them anywhere).
_CJK_CHAR = re.compile(
    "[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003134f]"
)
# A left-to-right run of `bidi_segments`: a word holding a letter or digit and no
# right-to-left letter, then any more such words with only blanks and neutral words
# (neither letters nor digits; `[^\W_]` is str.isalnum) between them.
_LTR_WORD = rf"(?<!\S)[^\s{_RTL_RANGE}]*[^\W_{_RTL_RANGE}][^\s{_RTL_RANGE}]*(?!\S)"
_NEUTRAL_WORD = rf"(?:_|[^\w\s{_RTL_RANGE}])+(?!\S)"
_LTR_RUN_RE = re.compile(rf"{_LTR_WORD}(?:\s+(?:{_NEUTRAL_WORD}\s+)*{_LTR_WORD})*")


# An empty element of each tag `el` has made, and the Clark names of the attributes:
# python-docx's `OxmlElement` parses the prefixed name and builds the element each time
# (10,000 times in a 100-page export); copying an empty one is four times faster.
_TAGS: dict[str, Any] = {}
_ATTRS: dict[str, str] = {}


def el(tag: str, **attrs: Any) -> Any:
    """A new element `w:tag` with `w:`-prefixed attributes (`val="x"` → `w:val="x"`)
    (python-docx's `OxmlElement`, its custom element classes included)."""
    empty = _TAGS.get(tag)
    if empty is None:
        name = NamespacePrefixedTag(tag if ":" in tag else f"w:{tag}")
        empty = _TAGS[tag] = oxml_parser.makeelement(name.clark_name, nsmap=name.nsmap)
    element = empty.__copy__()
    for attr, value in attrs.items():
        if value is None:
            continue
        key = _ATTRS.get(attr)
        if key is None:
            key = _ATTRS[attr] = qn(attr if ":" in attr else f"w:{attr}")
        element.set(key, str(value))
    return element


def xml_text(text: str) -> str:
    """`text` escaped for XML character data (xml.sax.saxutils pulls in urllib and email,
    a tenth of the exporter's start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_attribute(text: str) -> str:
    """`text` as a double-quoted XML attribute value."""
    value = xml_text(text).replace('"', "&quot;")
    return '"' + value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;") + '"'


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def insert_ordered(parent: Any, child: Any, order: Sequence[str]) -> Any:
    """Insert `child` into `parent` at its schema position, replacing one of the same tag."""
    name = _local(child.tag)
    existing = parent.find(child.tag)
    if existing is not None:
        parent.replace(existing, child)
        return child
    position = order.index(name) if name in order else len(order)
    later = set(order[position + 1 :])
    for sibling in parent:
        if isinstance(sibling.tag, str) and _local(sibling.tag) in later:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def set_flag(parent: Any, tag: str, order: Sequence[str], **attrs: Any) -> Any:
    """Add (or replace) the property element `w:tag` in `parent` in schema order."""
    return insert_ordered(parent, el(tag, **attrs), order)


def bidi_segments(text: str) -> list[tuple[str, bool]]:
    """Split text of a right-to-left paragraph into (segment, is_rtl) pieces.

    Words holding Latin letters or digits (and no Arabic/Hebrew letter) are left-to-right
    runs; so are blanks between two such words. Everything else is right-to-left. Keeping
    digits out of `w:rtl` runs keeps them Western (`12 مايو 2026`), as ITU prints them.
    """
    # The left-to-right runs are found by one regular expression (a word at a time in
    # Python was a tenth of an English export); what lies between them is right-to-left.
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in _LTR_RUN_RE.finditer(text):
        start, end = match.span()
        if start > last:
            pieces.append((text[last:start], True))
        pieces.append((match.group(), False))
        last = end
    if last < len(text):
        pieces.append((text[last:], True))
    return pieces


def cjk_segments(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_cjk) pieces by script.

    Only letters decide: CJK ones start a CJK piece, others (Latin, Cyrillic…) a non-CJK
    one. Digits, blanks and punctuation go with the piece before them (at the start, with
    the first letter after), so `2026年5月12日` stays one run and `C26/77` another.
    """
    pieces: list[list[Any]] = []  # [text, is_cjk or None while undecided]
    for ch in text:
        kind: bool | None = True if _CJK_CHAR.match(ch) else (False if ch.isalpha() else None)
        if pieces and (kind is None or pieces[-1][1] in (None, kind)):
            pieces[-1][0] += ch
            if pieces[-1][1] is None:
                pieces[-1][1] = kind
        else:
            pieces.append([ch, kind])
    return [(piece, bool(kind)) for piece, kind in pieces]


def _add_text(run: Any, text: str) -> None:
    """Append `w:t`, `w:tab` and `w:br` children for `text` (\\t and \\n) to a run."""
    for i, line in enumerate(text.split("\n")):
        if i:
            run.append(el("br"))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                run.append(el("tab"))
            if chunk:
                t = el("t")
                t.text = chunk
                if chunk[0].isspace() or chunk[-1].isspace():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run.append(t)


def make_rpr(
    *,
    style: str | None = None,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
    underline: bool = False,
    strike: bool = False,
    font: str | None = None,
    size_half_points: int | None = None,
    vert_align: str | None = None,
    rtl: bool = False,
    east_asia_hint: bool = False,
    color: str | None = None,
) -> Any | None:
    """A `w:rPr` with the given properties in schema order, or None when empty."""
    children = []
    if style:
        children.append(el("rStyle", val=style))
    if font or east_asia_hint:
        fonts = el("rFonts")
        if font:
            for attr in ("ascii", "hAnsi", "cs"):
                fonts.set(qn(f"w:{attr}"), font)
        if east_asia_hint:
            fonts.set(qn("w:hint"), "eastAsia")
        children.append(fonts)
    if bold:
        children += [el("b"), el("bCs")]
    if italic:
        children += [el("i"), el("iCs")]
    if caps:
        children.append(el("caps"))
    if strike:
        children.append(el("strike"))
    if color:
        children.append(el("color", val=color))
    if size_half_points:
        children += [el("sz", val=size_half_points), el("szCs", val=size_half_points)]
    if underline:
        children.append(el("u", val="single"))
    if vert_align:
        children.append(el("vertAlign", val=vert_align))
    if rtl:
        children.append(el("rtl"))
    if not children:
        return None
    rpr = el("rPr")
    for child in children:
        rpr.append(child)
    return rpr


def append_run(parent: Any, text: str, rpr: Any | None = None) -> Any:
    """Append a `w:r` holding `text` (tabs and line breaks converted) to `parent`."""
    run = el("r")
    if rpr is not None:
        run.append(rpr)
    _add_text(run, text)
    parent.append(run)
    return run


def add_field(paragraph_element: Any, instruction: str, shown: str, rpr: Any = None) -> None:
    """Append a complex field (`PAGE`, …) showing `shown` until the reader updates it."""

    def rpr_copy() -> Any:
        return None if rpr is None else etree.fromstring(etree.tostring(rpr))

    run = append_run(paragraph_element, "", rpr_copy())
    run.append(el("fldChar", fldCharType="begin"))
    run = append_run(paragraph_element, "", rpr_copy())
    instr = el("instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    run = append_run(paragraph_element, "", rpr_copy())
    run.append(el("fldChar", fldCharType="separate"))
    append_run(paragraph_element, shown, rpr_copy())
    run = append_run(paragraph_element, "", rpr_copy())
    run.append(el("fldChar", fldCharType="end"))


def add_page_field(paragraph_element: Any, rpr: Any = None) -> None:
    """Append `- N -` where N is a PAGE field, the ITU running-header page number."""
    append_run(paragraph_element, "- ", rpr)
    add_field(paragraph_element, "PAGE", "2", rpr)
    tail_rpr = None if rpr is None else etree.fromstring(etree.tostring(rpr))
    append_run(paragraph_element, " -", tail_rpr)


def bookmark_name(block_id: str) -> str:
    """The bookmark naming a block: `cwgi_` + the 32 hex digits of its UUID.

    Ids that are not UUIDs keep their letters, digits and underscores (35 at most), so the
    name stays within Word's 40-character limit. A later import maps comments back to blocks
    by recomputing this name for each block id.
    """
    compact = block_id.replace("-", "").lower()
    if len(compact) == 32 and all(c in "0123456789abcdef" for c in compact):
        return f"cwgi_{compact}"
    return "cwgi_" + re.sub(r"[^A-Za-z0-9_]", "_", block_id)[:35]


def add_bookmark(first_p: Any, last_p: Any, name: str, bookmark_id: int) -> None:
    """Bookmark from the start of paragraph `first_p` to the end of paragraph `last_p`."""
    start = el("bookmarkStart", id=bookmark_id, name=name)
    ppr = first_p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        first_p.insert(0, start)
    last_p.append(el("bookmarkEnd", id=bookmark_id))


def add_hyperlink(paragraph_element: Any, part: Any, url: str) -> Any:
    """Append an external `w:hyperlink` to `url`; runs are then appended to the result."""
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = el("hyperlink")
    link.set(qn("r:id"), r_id)
    paragraph_element.append(link)
    return link


def set_table_borders(
    table_element: Any, value: str = "single", size: int = 4, inside: bool = True
) -> None:
    """Set every border of a table (`nil` removes them); `inside` covers inner lines too."""
    tbl_pr = table_element.tblPr
    borders = el("tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if (side.startswith("inside") and not inside) or value == "nil":
            borders.append(el(side, val="nil"))
        else:
            borders.append(el(side, val=value, sz=size, space=0, color="auto"))
    insert_ordered(tbl_pr, borders, TBLPR_ORDER)


def set_table_layout(
    table_element: Any,
    widths_twips: Iterable[int],
    *,
    bidi: bool = False,
    indent_twips: int | None = None,
) -> None:
    """Fixed layout with the given column widths; `bidi` mirrors the table (bidiVisual)."""
    widths = list(widths_twips)
    tbl_pr = table_element.tblPr
    if bidi:
        set_flag(tbl_pr, "bidiVisual", TBLPR_ORDER)
    set_flag(tbl_pr, "tblW", TBLPR_ORDER, w=sum(widths), type="dxa")
    if indent_twips is not None:
        set_flag(tbl_pr, "tblInd", TBLPR_ORDER, w=indent_twips, type="dxa")
    set_flag(tbl_pr, "tblLayout", TBLPR_ORDER, type="fixed")
    grid = table_element.find(qn("w:tblGrid"))
    if grid is not None:
        for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
            col.set(qn("w:w"), str(width))
    for row in table_element.findall(qn("w:tr")):
        for cell, width in zip(row.findall(qn("w:tc")), widths, strict=False):
            set_cell_width(cell, width)


def set_cell_width(cell_element: Any, width_twips: int) -> None:
    """Set a cell's preferred width in twips."""
    tc_pr = cell_element.get_or_add_tcPr()
    set_flag(tc_pr, "tcW", TCPR_ORDER, w=width_twips, type="dxa")


def paragraph_props(
    *,
    style: str | None = None,
    keep_next: bool = False,
    page_break_before: bool = False,
    bidi: bool = False,
    jc: str | None = None,
    ind_left: int | None = None,
) -> Any:
    """A `w:pPr` with the given properties in schema order."""
    ppr = el("pPr")
    if style and style != "Normal":
        ppr.append(el("pStyle", val=style))
    if keep_next:
        ppr.append(el("keepNext"))
    if page_break_before:
        ppr.append(el("pageBreakBefore"))
    if bidi:
        ppr.append(el("bidi"))
    if ind_left is not None:
        ppr.append(el("ind", left=ind_left))
    if jc:
        ppr.append(el("jc", val=jc))
    return ppr


def is_rtl_text(text: str) -> bool:
    """Whether `text` holds any right-to-left letter."""
    return bool(_RTL_CHAR.search(text))
