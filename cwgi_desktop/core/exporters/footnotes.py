"""Real Word footnotes: the `word/footnotes.xml` part python-docx does not write.

The part holds the two special notes Word expects (separator, id -1; continuation
separator, id 0) and then one `w:footnote` per note, numbered from 1. It is related to the
document part (relationship type `footnotes`), gets its content-type override when saved,
and `settings.xml` names the special notes in `w:footnotePr`, as Word itself writes it.
"""

from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml

from cwgi_desktop.core.exporters.ooxml import SETTINGS_ORDER, el, insert_ordered

__all__ = ["FootnoteStore", "footnote_ref_mark_run", "footnote_reference_run"]

_SPECIAL = (
    '<w:footnote w:type="{kind}" w:id="{id}"><w:p><w:pPr>'
    '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:{kind}/></w:r></w:p></w:footnote>"
)


class FootnoteStore:
    """Creates the footnotes part on first use and hands out footnote elements."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._part: XmlPart | None = None
        self._next_id = 1

    @property
    def count(self) -> int:
        """How many (real) footnotes were added."""
        return self._next_id - 1

    @property
    def part(self) -> XmlPart:
        """The footnotes part, created and related to the document part on first access."""
        if self._part is None:
            xml = (
                f"<w:footnotes {nsdecls('w', 'r')}>"
                + _SPECIAL.format(kind="separator", id=-1)
                + _SPECIAL.format(kind="continuationSeparator", id=0)
                + "</w:footnotes>"
            )
            document_part = self._document.part
            self._part = XmlPart(
                PackURI("/word/footnotes.xml"),
                CT.WML_FOOTNOTES,
                parse_xml(xml),
                document_part.package,
            )
            document_part.relate_to(self._part, RT.FOOTNOTES)
            settings = self._document.settings.element
            footnote_pr = el("footnotePr")
            footnote_pr.append(el("footnote", id=-1))
            footnote_pr.append(el("footnote", id=0))
            insert_ordered(settings, footnote_pr, SETTINGS_ORDER)
        return self._part

    def add(self) -> tuple[int, Any]:
        """A new empty `w:footnote` element and its id; the caller fills it with paragraphs."""
        footnote_id = self._next_id
        self._next_id += 1
        footnote = el("footnote", id=footnote_id)
        self.part.element.append(footnote)
        return footnote_id, footnote


def footnote_reference_run(footnote_id: int) -> Any:
    """The body run that calls footnote `footnote_id` (superscript through its style)."""
    run = el("r")
    rpr = el("rPr")
    rpr.append(el("rStyle", val="FootnoteReference"))
    run.append(rpr)
    run.append(el("footnoteReference", id=footnote_id))
    return run


def footnote_ref_mark_run() -> Any:
    """The run inside a footnote that shows its number (`w:footnoteRef`)."""
    run = el("r")
    rpr = el("rPr")
    rpr.append(el("rStyle", val="FootnoteReference"))
    run.append(rpr)
    run.append(el("footnoteRef"))
    return run
