"""The live preview of the current block: Markdown → HTML, sanitised, shown without loads.

`render_block_html` converts the block with markdown-it-py (CommonMark and pipe tables, in
time linear in the text; what nests too deep is shown as a one-line refusal),
shows citations as the export prints them (`(Document C26/77, para 4)`, unresolved ones in
red) and passes the result through `sanitise_html`: no script, style, iframe, object, form…,
no `on*` attribute, no `javascript:` link, no remote image. `PreviewBrowser` also refuses
every resource that is not a local file, whatever the HTML says.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from cwgi_desktop.core.citations import replace_citations
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exporters.md_tokens import check_nesting, defuse_brackets, parser
from cwgi_desktop.core.models import RTL_LANGUAGES, Block, Citation
from cwgi_desktop.ui.editor.block_editor import is_resolved
from cwgi_desktop.ui.theme import error_colour

DROP_WITH_CONTENT = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
    "input", "button", "select", "textarea", "link", "meta", "base", "svg", "math",
    "noscript", "template", "audio", "video", "source", "track", "canvas", "portal",
})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "background", "poster",
                            "xlink:href", "srcset", "cite", "longdesc", "lowsrc", "dynsrc"})
SAFE_LINK_SCHEMES = ("http:", "https:", "mailto:", "#")
PREVIEW_CSS = """
.cite { color: #0b5394; }
.cite-missing { color: %(error)s; text-decoration: underline; }
.number { color: #555555; font-weight: bold; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999999; padding: 2px 6px; }
th { font-weight: bold; background: #eeeeee; }
"""


def preview_css() -> str:
    """The preview's style sheet, unresolved citations in the theme's error colour."""
    return PREVIEW_CSS % {"error": error_colour().name()}


def _local(url: str) -> bool:
    lowered = url.strip().lower()
    return lowered.startswith("file:") or (":" not in lowered.split("/")[0]
                                           and not lowered.startswith("//"))


def sanitise_html(fragment: str) -> str:
    """Remove everything active or remote from an HTML fragment."""
    if not fragment.strip():
        return ""
    import lxml.html  # on the first preview, not at start-up
    from lxml import etree

    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            if element.getparent() is not None:
                element.drop_tree()
            continue
        tag = element.tag.lower()
        if tag in DROP_WITH_CONTENT:
            element.drop_tree()
            continue
        for name in list(element.attrib):
            value = element.attrib[name]
            lname = name.lower()
            if lname.startswith("on") or lname == "style" or lname == "srcdoc":
                del element.attrib[name]
            elif lname in URL_ATTRIBUTES:
                squashed = "".join(value.split()).lower()
                keep = (tag == "a" and lname == "href" and squashed.startswith(SAFE_LINK_SCHEMES)
                        ) or (tag == "img" and lname == "src" and _local(value))
                if not keep:
                    del element.attrib[name]
        if tag == "img" and "src" not in element.attrib:
            alt = element.attrib.get("alt", "")
            if alt:
                _replace_with_text(element, f"[{alt}]")
            else:
                element.drop_tree()
    inner = (root.text and html.escape(root.text)) or ""
    return inner + "".join(etree.tostring(child, encoding="unicode", method="html")
                           for child in root)


def _replace_with_text(element: Any, text: str) -> None:
    import lxml.html

    span = lxml.html.Element("span")
    span.text = text
    span.tail = element.tail
    element.getparent().replace(element, span)


def _citations_html(known: set[str], language: str) -> Any:
    """Citation groups as the Word export prints them in `language` (the export's own
    renderer and label table), each item marked resolved or not."""
    from cwgi_desktop.core.exporters.base import ExportContext
    from cwgi_desktop.core.exporters.docx_itu import CitationRenderer  # Word: on first use
    from cwgi_desktop.core.exporters.labels import load_labels

    renderer = CitationRenderer(load_labels(language), ExportContext())

    def render(group: list[Citation]) -> str:
        spans: dict[str, str] = {}

        def mark(citation: Citation, text: str) -> str:
            token = f"\ue000{len(spans)}\ue001"  # private-use: survives escaping
            css = "cite" if is_resolved(citation, known) else "cite-missing"
            spans[token] = f'<span class="{css}">{html.escape(text)}</span>'
            return token

        out = html.escape(renderer(group, mark))
        for token, span in spans.items():
            out = out.replace(token, span)
        return out
    return render


def _markdown_html(text: str) -> str:
    try:
        check_nesting(text)
    except InvalidInput as exc:
        return f"<p>{html.escape(str(exc))}</p>"
    return str(parser().render(defuse_brackets(text))).strip()


def render_block_html(block: Block | None, number: str | None, known: Mapping[str, str] | set,
                      language: str = "en") -> str:
    """The sanitised HTML of one block, as a page for the preview."""
    if block is None:
        return ""
    keys = {k.casefold() for k in known}
    text = replace_citations(block.text, _citations_html(keys, language))
    body = sanitise_html(_markdown_html(text))
    prefix = f'<span class="number">{html.escape(number)}</span>&nbsp;&nbsp;' if number else ""
    if block.kind in ("heading", "annex"):
        tag = f"h{min(max(block.level, 1), 4)}" if block.kind == "heading" else "h2"
        inner = sanitise_html(_markdown_html(replace_citations(
            block.text.lstrip("# "), _citations_html(keys, language))))
        inner = inner.removeprefix("<p>").removesuffix("</p>")
        body = f"<{tag}>{prefix}{inner}</{tag}>"
    elif prefix:
        body = f"<p>{prefix}</p>{body}" if not body.startswith("<p>") else \
            "<p>" + prefix + body.removeprefix("<p>")
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    return (f'<html><head><style>{preview_css()}</style></head>'
            f'<body dir="{direction}">{body}</body></html>')


class PreviewBrowser(QTextBrowser):
    """Shows sanitised HTML; loads nothing remote, opens no link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockPreview")
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        url = QUrl(url) if isinstance(url, str) else url
        if url.isLocalFile() and url.scheme() == "file":
            return super().loadResource(kind, url)
        self.refused.append(url.toString())
        return None

    def show_block(self, block: Block | None, number: str | None, known: Mapping[str, str],
                   language: str = "en") -> None:
        self.setHtml(render_block_html(block, number, known, language))
