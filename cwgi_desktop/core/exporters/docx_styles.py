"""The named styles of the ITU Word export, written into the document's styles part.

The python-docx template's 160 styles are replaced by the ones the ITU layout uses, so the
recipient finds meaningful styles when editing in Word (Normal, Heading 1-4, Title, Source,
Box, List Dash, Table Text, Footnote Text, Annex Title, Call, …). Measures follow
`itu-format.md`: 12 pt body with 6 pt before, tab stops at 1.4/2.1/2.8/3.5 cm, headings
with a 1.4 cm hanging indent and 18/12/8 pt before, title in capitals through the style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml

from cwgi_desktop.core.exporters.ooxml import PPR_ORDER, RPR_ORDER, xml_attribute

__all__ = ["StyleSettings", "StyleSpec", "install_styles", "style_specs"]

CM = 567  # twips per centimetre (rounded as Word does)
TABS = (794, 1191, 1588, 1985)  # 1.4, 2.1, 2.8 and 3.5 cm


@dataclass(frozen=True)
class StyleSettings:
    """What the styles depend on: fonts, base size, language tags and direction."""

    font: str = "Calibri"
    size_pt: float = 12
    cs_font: str = "Calibri"
    east_asia_font: str = "Calibri"
    language_tag: str = "en-GB"
    rtl: bool = False
    east_asia: bool = False


@dataclass(frozen=True)
class StyleSpec:
    """One style: id, visible name, type, inheritance and its pPr/rPr inner XML."""

    style_id: str
    name: str
    kind: str = "paragraph"
    based_on: str | None = "Normal"
    next_style: str | None = None
    ppr: str = ""
    rpr: str = ""
    custom: bool = True
    qformat: bool = False
    ui_priority: int | None = None
    semi_hidden: bool = False


def _hp(points: float) -> int:
    """Points → half-points (the unit of w:sz)."""
    return round(points * 2)


def _sz(points: float) -> str:
    return f'<w:sz w:val="{_hp(points)}"/><w:szCs w:val="{_hp(points)}"/>'


def _tabs(*positions: int) -> str:
    stops = "".join(f'<w:tab w:val="left" w:pos="{p}"/>' for p in positions)
    return f"<w:tabs>{stops}</w:tabs>"


def style_specs(s: StyleSettings) -> list[StyleSpec]:
    """The styles to define for settings `s`, in the order they are written."""
    body = s.size_pt
    small = max(body - 1, 6)
    note = max(body - 2, 6)
    big = body + 2
    bold = "<w:b/><w:bCs/>"
    italic = "<w:i/><w:iCs/>"
    hanging = f'<w:ind w:left="{TABS[0]}" w:hanging="{TABS[0]}"/>'
    return [
        StyleSpec(
            "Normal",
            "Normal",
            based_on=None,
            custom=False,
            qformat=True,
            ui_priority=0,
            ppr=_tabs(*TABS) + '<w:spacing w:before="120" w:after="0" w:line="240" '
            'w:lineRule="auto"/>',
        ),
        StyleSpec(
            "DefaultParagraphFont",
            "Default Paragraph Font",
            kind="character",
            based_on=None,
            custom=False,
            ui_priority=1,
            semi_hidden=True,
        ),
        StyleSpec(
            "TableNormal",
            "Normal Table",
            kind="table",
            based_on=None,
            custom=False,
            ui_priority=99,
            semi_hidden=True,
        ),
        StyleSpec(
            "NoList",
            "No List",
            kind="numbering",
            based_on=None,
            custom=False,
            ui_priority=99,
            semi_hidden=True,
        ),
        *(
            StyleSpec(
                f"Heading{n}",
                f"heading {n}",
                next_style="Normal",
                custom=False,
                qformat=True,
                ui_priority=9,
                ppr="<w:keepNext/><w:keepLines/>"
                f'<w:spacing w:before="{before}" w:after="0"/>{hanging}'
                f'<w:outlineLvl w:val="{n - 1}"/>',
                rpr=bold + _sz(body),
            )
            for n, before in ((1, 360), (2, 240), (3, 160), (4, 120))
        ),
        StyleSpec(
            "Title",
            "Title",
            next_style="Normal",
            custom=False,
            qformat=True,
            ui_priority=10,
            ppr='<w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>',
            rpr="<w:caps/>" + _sz(big),
        ),
        StyleSpec(
            "Source",
            "Source",
            next_style="Title",
            qformat=True,
            ppr='<w:keepNext/><w:spacing w:before="480" w:after="0"/><w:jc w:val="center"/>',
            rpr=bold + _sz(big),
        ),
        StyleSpec(
            "Cover",
            "Cover",
            next_style="Cover",
            ppr='<w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/>'
            '<w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/></w:tabs>'
            '<w:spacing w:before="0" w:after="0"/>',
        ),
        StyleSpec(
            "CoverMeeting",
            "Cover Meeting",
            based_on="Cover",
            next_style="Cover",
            ppr='<w:spacing w:before="0" w:after="60"/>',
            rpr=bold + _sz(big + 2),
        ),
        StyleSpec(
            "BoxHeading",
            "Box Heading",
            next_style="Box",
            qformat=True,
            ppr='<w:keepNext/><w:spacing w:before="160" w:after="0"/>',
            rpr=bold,
        ),
        StyleSpec(
            "Box",
            "Box",
            next_style="Box",
            qformat=True,
            ppr='<w:spacing w:before="80" w:after="60"/>',
        ),
        StyleSpec("BodyIndent", "Body Indent", ppr=f'<w:ind w:left="{TABS[0]}"/>'),
        StyleSpec("NumberedItem", "Numbered Item", next_style="Normal", qformat=True, ppr=hanging),
        *(
            StyleSpec(
                f"ListDash{suffix}",
                f"List Dash{' ' + suffix if suffix else ''}",
                next_style=f"ListDash{suffix}",
                qformat=not suffix,
                ppr=f'<w:spacing w:before="80"/><w:ind w:left="{left}" w:hanging="{hang}"/>',
            )
            for suffix, left, hang in (("", 794, 794), ("2", 1191, 397), ("3", 1588, 397))
        ),
        *(
            StyleSpec(
                f"ListNumber{suffix}",
                f"List Number{' ' + suffix if suffix else ''}",
                custom=False,
                next_style=f"ListNumber{suffix}",
                ppr=f'<w:spacing w:before="80"/><w:ind w:left="{left}" w:hanging="{hang}"/>',
            )
            for suffix, left, hang in (("", 794, 794), ("2", 1191, 397), ("3", 1588, 397))
        ),
        StyleSpec(
            "Call",
            "Call",
            next_style="Normal",
            qformat=True,
            ppr=f'<w:keepNext/><w:keepLines/><w:spacing w:before="160"/>'
            f'<w:ind w:left="{TABS[0]}"/>',
            rpr=italic,
        ),
        StyleSpec(
            "Quote",
            "Quote",
            next_style="Normal",
            custom=False,
            qformat=True,
            ppr=f'<w:ind w:left="{TABS[0]}" w:right="{TABS[0]}"/>',
            rpr=italic,
        ),
        StyleSpec(
            "Code",
            "Code",
            ppr='<w:spacing w:before="60"/>',
            rpr='<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>' + _sz(note),
        ),
        StyleSpec(
            "TableText",
            "Table Text",
            next_style="TableText",
            ppr='<w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/>'
            '<w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/></w:tabs>'
            '<w:spacing w:before="40" w:after="40"/>',
            rpr=_sz(small),
        ),
        StyleSpec(
            "TableHead",
            "Table Head",
            based_on="TableText",
            next_style="TableText",
            ppr='<w:keepNext/><w:jc w:val="center"/>',
            rpr=bold,
        ),
        StyleSpec(
            "TableTitle",
            "Table Title",
            next_style="Normal",
            ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>',
            rpr=bold,
        ),
        StyleSpec(
            "FootnoteText",
            "footnote text",
            custom=False,
            ui_priority=99,
            ppr='<w:tabs><w:tab w:val="left" w:pos="284"/></w:tabs>'
            '<w:spacing w:before="60"/><w:ind w:left="284" w:hanging="284"/>',
            rpr=_sz(note),
        ),
        StyleSpec(
            "FootnoteReference",
            "footnote reference",
            kind="character",
            based_on="DefaultParagraphFont",
            custom=False,
            ui_priority=99,
            rpr='<w:vertAlign w:val="superscript"/>',
        ),
        StyleSpec(
            "Header",
            "header",
            custom=False,
            ui_priority=99,
            ppr='<w:tabs><w:tab w:val="clear" w:pos="794"/><w:tab w:val="clear" w:pos="1191"/>'
            '<w:tab w:val="clear" w:pos="1588"/><w:tab w:val="clear" w:pos="1985"/></w:tabs>'
            '<w:spacing w:before="0"/><w:jc w:val="center"/>',
            rpr=_sz(9),
        ),
        StyleSpec(
            "AnnexNo",
            "Annex No",
            next_style="AnnexTitle",
            qformat=True,
            ppr="<w:keepNext/><w:keepLines/><w:pageBreakBefore/>"
            '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
            rpr=bold + "<w:caps/>" + _sz(big),
        ),
        StyleSpec(
            "AnnexTitle",
            "Annex Title",
            next_style="Normal",
            qformat=True,
            ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="280"/>'
            '<w:jc w:val="center"/>',
            rpr=bold + _sz(big),
        ),
        StyleSpec(
            "SourcesItem",
            "Sources Item",
            next_style="ListDash",
            ppr=f'<w:keepNext/><w:keepLines/><w:spacing w:before="240"/>{hanging}',
        ),
        StyleSpec(
            "Closing",
            "Closing",
            next_style="Normal",
            ppr='<w:keepLines/><w:spacing w:before="720"/><w:jc w:val="center"/>',
        ),
        StyleSpec(
            "Hyperlink",
            "Hyperlink",
            kind="character",
            based_on="DefaultParagraphFont",
            custom=False,
            ui_priority=99,
            rpr='<w:color w:val="0000FF"/><w:u w:val="single"/>',
        ),
        StyleSpec(
            "CommentText",
            "annotation text",
            custom=False,
            ui_priority=99,
            ppr='<w:spacing w:before="0"/>',
            rpr=_sz(10),
        ),
        StyleSpec(
            "CommentReference",
            "annotation reference",
            kind="character",
            based_on="DefaultParagraphFont",
            custom=False,
            ui_priority=99,
            rpr=_sz(8),
        ),
    ]


def _style_xml(spec: StyleSpec, s: StyleSettings) -> str:
    attrs = f'w:type="{spec.kind}" w:styleId="{spec.style_id}"'
    if spec.style_id in ("Normal", "DefaultParagraphFont", "TableNormal", "NoList"):
        attrs += ' w:default="1"'
    if spec.custom:
        attrs += ' w:customStyle="1"'
    parts = [f'<w:name w:val="{spec.name}"/>']
    if spec.based_on:
        parts.append(f'<w:basedOn w:val="{spec.based_on}"/>')
    if spec.next_style:
        parts.append(f'<w:next w:val="{spec.next_style}"/>')
    if spec.ui_priority is not None:
        parts.append(f'<w:uiPriority w:val="{spec.ui_priority}"/>')
    if spec.semi_hidden:
        parts.append("<w:semiHidden/><w:unhideWhenUsed/>")
    if spec.qformat:
        parts.append("<w:qFormat/>")
    ppr = spec.ppr
    if s.rtl and spec.kind == "paragraph" and spec.style_id == "Normal":
        ppr = ppr.replace("<w:spacing", "<w:bidi/><w:spacing", 1)
    if spec.kind in ("paragraph", "table") and ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if spec.kind == "table":
        parts.append(
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>"
        )
    if spec.rpr and spec.kind != "numbering":
        parts.append(f"<w:rPr>{spec.rpr}</w:rPr>")
    return f"<w:style {nsdecls('w')} {attrs}>{''.join(parts)}</w:style>"


def _doc_defaults_xml(s: StyleSettings) -> str:
    font, east_asia, cs = (xml_attribute(s.font), xml_attribute(s.east_asia_font),
                           xml_attribute(s.cs_font))
    # `w:val` is the language of Latin-script text: in a Chinese document, tagged zh-CN, a
    # Latin word is broken anywhere like Han text ("CW / G-Internet"). Chinese and Arabic
    # text take `w:eastAsia` and `w:bidi`.
    latin = "en-GB" if s.east_asia or s.rtl else s.language_tag
    return (
        f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>"
        f"<w:rFonts w:ascii={font} w:eastAsia={east_asia} w:hAnsi={font} "
        f"w:cs={cs}/>{_sz(s.size_pt)}"
        f'<w:lang w:val={xml_attribute(latin)} w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )


def _schema_order(style: Any) -> None:
    """Put the children of the style's pPr and rPr in schema order (Word repairs others)."""
    for tag, order in (("w:pPr", PPR_ORDER), ("w:rPr", RPR_ORDER)):
        props = style.find(qn(tag))
        if props is None:
            continue
        rank = {name: i for i, name in enumerate(order)}
        children = sorted(props, key=lambda c: rank.get(c.tag.rsplit("}", 1)[-1], len(rank)))
        for child in children:
            props.append(child)


def install_styles(document: Any, settings: StyleSettings) -> None:
    """Replace the template's styles and defaults by the ITU styles for `settings`."""
    styles = document.styles.element
    for child in list(styles):
        if child.tag in (qn("w:style"), qn("w:docDefaults")):
            styles.remove(child)
    styles.insert(0, parse_xml(_doc_defaults_xml(settings)))
    for spec in style_specs(settings):
        style = parse_xml(_style_xml(spec, settings))
        _schema_order(style)
        styles.append(style)
