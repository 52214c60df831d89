"""Revision-marked Word export: revision B of a draft against revision A as tracked changes.

The secretariat circulates "Revision 1" showing what changed since the version the Group
saw. Both versions are built with the ordinary export (`build_docx`); the body of B is then
rewritten segment by segment (the cover, each block by its bookmark, the tail with the
Sources annex and closing line):

- a block only in B is inserted: its runs in `w:ins`, its paragraph marks inserted;
- a block only in A is deleted: its runs in `w:del` (`w:delText`), paragraph marks deleted;
- a block in both is compared paragraph by paragraph and, inside a paragraph, word by word
  (`revisions.tokens`, the tokens of the on-screen comparison), keeping each run's format;
- a table that changed is deleted and inserted whole (rows marked `w:del` / `w:ins`).

Every change carries the author and date, so Word's Review pane accepts or rejects it.
Accepting all gives the text of B, rejecting all the text of A. Footnotes and links of
deleted text are copied over from A's document.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from cwgi_desktop.core.drafting.revisions import tokens
from cwgi_desktop.core.exporters.base import ExportContext, ExportResult
from cwgi_desktop.core.exporters.docx_itu import DocxOptions, build_docx, save_docx
from cwgi_desktop.core.exporters.ooxml import bookmark_name, el
from cwgi_desktop.core.models import Block, Draft

__all__ = ["export_docx_revision"]

_MARKERS = {qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:commentRangeStart"),
            qn("w:commentRangeEnd"), qn("w:proofErr")}
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


@dataclass
class _Marks:
    """Author, date and the next free id of the tracked changes being written."""

    author: str
    date: str
    next_id: int

    def change(self, tag: str) -> Any:
        element = el(tag, id=self.next_id, author=self.author, date=self.date)
        self.next_id += 1
        return element


@dataclass
class _Item:
    """One comparable piece of a paragraph: a word, blank, tab, footnote reference…"""

    key: tuple[Any, ...]
    rpr: Any | None
    text: str | None = None  # a text token, else `node` is an atomic run child / hyperlink
    node: Any = None


class _Source:
    """One built document: its body children by segment, footnote texts, relationships."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.part = document.part
        self.footnotes = _footnotes_part(document)
        self.notes: dict[str, Any] = {}
        if self.footnotes is not None:
            for note in self.footnotes.element.findall(qn("w:footnote")):
                self.notes[note.get(qn("w:id"))] = note

    def note_text(self, note_id: str | None) -> str:
        note = self.notes.get(note_id or "")
        return "" if note is None else "".join(t.text or "" for t in note.iter(qn("w:t")))

    def segments(self, block_ids: Sequence[str]) -> list[tuple[str, list[Any]]]:
        """(key, body children) for the cover, each block, the tail; sectPr left out."""
        names = {bookmark_name(b): b for b in block_ids}
        out: list[tuple[str, list[Any]]] = [("cover", [])]
        started = False
        for child in self.document.element.body:
            if child.tag == qn("w:sectPr"):
                continue
            starts = [names[m.get(qn("w:name"))] for m in child.iter(qn("w:bookmarkStart"))
                      if m.get(qn("w:name")) in names and out[-1][0] != names[m.get(qn("w:name"))]]
            if starts:
                out.append((starts[0], []))
                started = True
            elif started and out[-1][0] != "tail" and _is_tail(child):
                out.append(("tail", []))
            out[-1][1].append(child)
        return out


def _is_tail(child: Any) -> bool:
    """The Sources annex or the closing line, after the last block."""
    style = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    name = style.get(qn("w:val")) if style is not None else ""
    if name == "Closing" and child.getnext() is not None and \
            child.getnext().tag == qn("w:sectPr"):
        return True
    return name == "AnnexNo" and not any(True for _ in child.iter(qn("w:bookmarkStart")))


def _footnotes_part(document: Any) -> Any | None:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            return rel.target_part
    return None


def _rpr_key(rpr: Any | None) -> bytes:
    return b"" if rpr is None else etree.tostring(rpr)


def _style(p: Any) -> str:
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style.get(qn("w:val")) if style is not None else "Normal"


def _text(element: Any) -> str:
    parts = []
    for node in element.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(node.text or "" if node.tag == qn("w:t") else "\t")
    return "".join(parts)


def _canonical(element: Any) -> bytes:
    clone = copy.deepcopy(element)
    for mark in [m for m in clone.iter() if m.tag in _MARKERS]:
        mark.getparent().remove(mark)
    for node in clone.iter(qn("w:footnoteReference")):
        node.attrib.pop(qn("w:id"), None)
    return etree.tostring(clone)


def _element_key(element: Any, source: _Source) -> tuple[Any, ...]:
    notes = tuple(source.note_text(r.get(qn("w:id")))
                  for r in element.iter(qn("w:footnoteReference")))
    if element.tag == qn("w:p"):
        return ("p", _style(element), _canonical(element), notes)
    return (element.tag, _canonical(element), notes)


# -- paragraphs, word by word ----------------------------------------------------------------


def _items(p: Any, source: _Source) -> Iterator[_Item]:
    for child in p:
        if child.tag == qn("w:pPr") or child.tag in _MARKERS:
            continue
        if child.tag == qn("w:r"):
            rpr = child.find(qn("w:rPr"))
            for node in child:
                if node.tag == qn("w:rPr"):
                    continue
                if node.tag == qn("w:t"):
                    for token in tokens(node.text or ""):
                        yield _Item(("t", token, _rpr_key(rpr)), rpr, text=token)
                elif node.tag == qn("w:footnoteReference"):
                    note = source.note_text(node.get(qn("w:id")))
                    yield _Item(("fn", note, _rpr_key(rpr)), rpr, node=node)
                else:
                    yield _Item((node.tag, etree.tostring(node), _rpr_key(rpr)), rpr, node=node)
        else:  # a hyperlink or other run container: compared whole
            yield _Item(("x", _canonical(child)), None, node=child)


def _markers_by_position(p: Any) -> dict[int, list[Any]]:
    """B's bookmarks (and comment ranges) by the index of the content item they precede."""
    out: dict[int, list[Any]] = {}
    index = 0
    for child in p:
        if child.tag == qn("w:pPr"):
            continue
        if child.tag in _MARKERS:
            out.setdefault(index, []).append(child)
        elif child.tag == qn("w:r"):
            for node in child:
                if node.tag == qn("w:t"):
                    index += len(tokens(node.text or ""))
                elif node.tag != qn("w:rPr"):
                    index += 1
        else:
            index += 1
    return out


class _Writer:
    """Emits tracked runs and paragraphs into B's document."""

    def __init__(self, a: _Source, b: _Source, marks: _Marks) -> None:
        self.a, self.b, self.marks = a, b, marks
        self._note_map: dict[str, str] = {}
        self._next_note = 1 + max((int(k) for k in b.notes if k.lstrip("-").isdigit()),
                                  default=0)

    # A's footnotes and links, carried over with the deleted text that refers to them.
    def adopt(self, element: Any) -> Any:
        """A copy of an element of A, its references rewritten for B's document."""
        clone = copy.deepcopy(element)
        for mark in [m for m in clone.iter() if m.tag in _MARKERS]:
            mark.getparent().remove(mark)
        for ref in clone.iter(qn("w:footnoteReference")):
            ref.set(qn("w:id"), self._adopt_note(ref.get(qn("w:id"))))
        for node in clone.iter():
            r_id = node.get(_R_ID)
            if r_id and r_id in self.a.part.rels:
                rel = self.a.part.rels[r_id]
                if rel.is_external:
                    node.set(_R_ID, self.b.part.relate_to(rel.target_ref, rel.reltype, True))
        for blip in list(clone.iter(qn("a:blip"))):
            # Pictures of deleted text (the cover logo) are B's too: use B's relationship.
            target = self.a.part.rels.get(blip.get(_R_EMBED))
            same = [r_id for r_id, rel in self.b.part.rels.items()
                    if target is not None and not rel.is_external
                    and rel.reltype == target.reltype
                    and rel.target_part.blob == target.target_part.blob]
            if same:
                blip.set(_R_EMBED, same[0])
        return clone

    def _adopt_note(self, note_id: str | None) -> str:
        if note_id in self._note_map:
            return self._note_map[note_id]
        note = self.a.notes.get(note_id or "")
        if note is None or self.b.footnotes is None:
            return note_id or "0"
        new_id = str(self._next_note)
        self._next_note += 1
        clone = copy.deepcopy(note)
        clone.set(qn("w:id"), new_id)
        self.b.footnotes.element.append(clone)
        self._note_map[note_id or ""] = new_id
        return new_id

    def _run(self, rpr: Any | None) -> Any:
        run = el("r")
        if rpr is not None:
            run.append(copy.deepcopy(rpr))
        return run

    def _emit(self, p: Any, op: str, items: list[_Item], source_is_a: bool) -> None:
        """Append `items` to `p`: as they are (equal), inserted or deleted."""
        if not items:
            return
        wrapper = p
        if op == "insert":
            wrapper = self.marks.change("ins")
            p.append(wrapper)
        elif op == "delete":
            wrapper = self.marks.change("del")
            p.append(wrapper)
        deleted = op == "delete"
        run = None
        last_rpr: bytes | None = None
        for item in items:
            if item.text is None and item.node is not None and item.node.tag != qn("w:r") \
                    and item.key[0] == "x":
                node = self.adopt(item.node) if source_is_a else copy.deepcopy(item.node)
                if deleted:  # a deleted link: its runs, deleted (a link cannot be in w:del)
                    for r in node.findall(qn("w:r")):
                        _to_deleted(r)
                        wrapper.append(r)
                else:
                    wrapper.append(node)
                run, last_rpr = None, None
                continue
            key = _rpr_key(item.rpr)
            if run is None or key != last_rpr:
                run = self._run(item.rpr)
                wrapper.append(run)
                last_rpr = key
            if item.text is not None:
                t = el("delText" if deleted else "t")
                t.text = item.text
                if item.text[:1].isspace() or item.text[-1:].isspace():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                previous = run[-1] if len(run) else None
                if previous is not None and previous.tag == t.tag:
                    previous.text = (previous.text or "") + item.text
                    previous.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                else:
                    run.append(t)
            else:
                node = self.adopt(item.node) if source_is_a else copy.deepcopy(item.node)
                run.append(node)

    def paragraph_diff(self, pa: Any, pb: Any) -> Any:
        """B's paragraph with the word-level changes from A's tracked."""
        out = el("p")
        ppr = pb.find(qn("w:pPr"))
        if ppr is not None:
            out.append(copy.deepcopy(ppr))
        a_items, b_items = list(_items(pa, self.a)), list(_items(pb, self.b))
        markers = _markers_by_position(pb)
        matcher = difflib.SequenceMatcher(None, [i.key for i in a_items],
                                          [i.key for i in b_items], autojunk=False)
        def b_span(j1: int, j2: int, op: str) -> None:
            chunk: list[_Item] = []
            for j in range(j1, j2):
                if markers.get(j):
                    self._emit(out, op, chunk, False)
                    chunk = []
                    for marker in markers[j]:
                        out.append(copy.deepcopy(marker))
                chunk.append(b_items[j])
            self._emit(out, op, chunk, False)

        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                b_span(j1, j2, "equal")
                continue
            self._emit(out, "delete", a_items[i1:i2], True)
            b_span(j1, j2, "insert")
        for marker in markers.get(len(b_items), []):
            out.append(copy.deepcopy(marker))
        return out

    # -- whole elements ------------------------------------------------------------------
    def inserted(self, element: Any) -> Any:
        return self._mark_whole(copy.deepcopy(element), "ins")

    def deleted(self, element: Any) -> Any:
        return self._mark_whole(self.adopt(element), "del")

    def _mark_whole(self, element: Any, kind: str) -> Any:
        paragraphs = [element] if element.tag == qn("w:p") else list(element.iter(qn("w:p")))
        for p in paragraphs:
            for child in [c for c in p if c.tag in (qn("w:r"), qn("w:hyperlink"))]:
                wrapper = self.marks.change(kind)
                child.addprevious(wrapper)
                runs = [child] if child.tag == qn("w:r") else child.findall(qn("w:r"))
                if kind == "del" and child.tag == qn("w:hyperlink"):
                    for run in runs:
                        _to_deleted(run)
                        wrapper.append(run)
                    p.remove(child)
                    continue
                if kind == "del":
                    _to_deleted(child)
                wrapper.append(child)
            if element.tag == qn("w:p"):  # a table cell's paragraph mark stays
                _mark_paragraph(p, self.marks.change(kind))
        for tr in element.iter(qn("w:tr")):
            tr_pr = tr.find(qn("w:trPr"))
            if tr_pr is None:
                # The schema wants a row property before the change mark: a neutral one.
                tr_pr = el("trPr")
                tr_pr.append(el("cantSplit", val="off"))
                tc = tr.find(qn("w:tc"))
                (tc.addprevious if tc is not None else tr.append)(tr_pr)
            tr_pr.append(self.marks.change(kind))
        return element


def _to_deleted(run: Any) -> None:
    for t in run.findall(qn("w:t")):
        t.tag = qn("w:delText")
    for t in run.findall(qn("w:instrText")):
        t.tag = qn("w:delInstrText")


def _mark_paragraph(p: Any, mark: Any) -> None:
    """Mark the paragraph mark of `p` inserted or deleted (`w:pPr/w:rPr/w:ins|del`)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("pPr")
        p.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = el("rPr")
        following = [c for c in ppr if c.tag in (qn("w:sectPr"), qn("w:pPrChange"))]
        (following[0].addprevious if following else ppr.append)(rpr)
    rpr.insert(0, mark)


def _segment_diff(writer: _Writer, a: list[Any], b: list[Any]) -> list[Any]:
    a_keys = [_element_key(e, writer.a) for e in a]
    b_keys = [_element_key(e, writer.b) for e in b]
    out: list[Any] = []
    matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += b[j1:j2]
            continue
        old, new = a[i1:i2], b[j1:j2]
        while old and new and old[0].tag == new[0].tag and (
                old[0].tag == qn("w:p") or _same_shape(old[0], new[0])):
            first_old, first_new = old.pop(0), new.pop(0)
            if first_old.tag == qn("w:p"):
                out.append(writer.paragraph_diff(first_old, first_new))
            else:
                out.append(_table_diff(writer, first_old, first_new))
        out += [writer.deleted(e) for e in old]
        out += [writer.inserted(e) for e in new]
    return _separate_tables(out)


def _shape(table: Any) -> list[int]:
    return [len(tr.findall(qn("w:tc"))) for tr in table.findall(qn("w:tr"))]


def _same_shape(a: Any, b: Any) -> bool:
    """Two tables of the same rows and cells (compared cell by cell, not replaced)."""
    return a.tag == qn("w:tbl") and _shape(a) == _shape(b)


def _table_diff(writer: _Writer, a: Any, b: Any) -> Any:
    out = copy.deepcopy(b)
    old_cells = [tc for tr in a.findall(qn("w:tr")) for tc in tr.findall(qn("w:tc"))]
    new_cells = [tc for tr in out.findall(qn("w:tr")) for tc in tr.findall(qn("w:tc"))]
    for old, new in zip(old_cells, new_cells, strict=True):
        content = [c for c in new if c.tag != qn("w:tcPr")]
        merged = _segment_diff(writer, [c for c in old if c.tag != qn("w:tcPr")], content)
        for child in content:
            new.remove(child)
        for child in merged:
            new.append(child)
    return out


def _separate_tables(elements: list[Any]) -> list[Any]:
    """A paragraph between two tables (Word would merge them into one)."""
    out: list[Any] = []
    for element in elements:
        if out and out[-1].tag == qn("w:tbl") and element.tag == qn("w:tbl"):
            out.append(el("p"))
        out.append(element)
    return out


def _merge_bodies(writer: _Writer, a_segments: list[tuple[str, list[Any]]],
                  b_segments: list[tuple[str, list[Any]]]) -> list[Any]:
    a_keys, b_keys = [k for k, _ in a_segments], [k for k, _ in b_segments]
    out: list[Any] = []
    matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for (_, a_part), (_, b_part) in zip(a_segments[i1:i2], b_segments[j1:j2],
                                                strict=True):
                out += _segment_diff(writer, a_part, b_part)
            continue
        for _, a_part in a_segments[i1:i2]:
            out += [writer.deleted(e) for e in a_part]
        for _, b_part in b_segments[j1:j2]:
            out += [writer.inserted(e) for e in b_part]
    return _separate_tables(out)


def _max_id(document: Any) -> int:
    ids = [int(v) for node in document.element.body.iter()
           if (v := node.get(qn("w:id"))) is not None and v.lstrip("-").isdigit()]
    return max(ids, default=0)


def export_docx_revision(
    draft: Draft,
    blocks: Sequence[Block],
    old_draft: Draft,
    old_blocks: Sequence[Block],
    out_path: Path | str,
    context: ExportContext | None = None,
    options: DocxOptions | None = None,
    *,
    author: str = "",
    when: dt.datetime | None = None,
) -> ExportResult:
    """Write `draft`/`blocks` (revision B) with the changes since `old_draft`/`old_blocks`
    (revision A) as Word tracked changes, signed `author` at `when` (default: now, UTC).

    `context` must resolve the citations of both versions. Annotations are not exported as
    comments here: the file is about the changes.
    """
    options = replace(options or DocxOptions(), include_annotations_as_comments=False)
    out = Path(out_path)
    old_doc, _ = build_docx(old_draft, old_blocks, out, context, options)
    new_doc, result = build_docx(draft, blocks, out, context, options)
    when = when or options.timestamp or dt.datetime.now(dt.timezone.utc)
    date = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    marks = _Marks(author or options.comment_author or options.author or "CWGI Desktop",
                   date, 1000 + max(_max_id(old_doc), _max_id(new_doc)))
    a, b = _Source(old_doc), _Source(new_doc)
    ids = list(dict.fromkeys([*(x.id for x in old_blocks if not x.deleted),
                              *(x.id for x in blocks if not x.deleted)]))
    merged = _merge_bodies(_Writer(a, b, marks), a.segments(ids), b.segments(ids))
    body = new_doc.element.body
    section = body.find(qn("w:sectPr"))
    for child in [c for c in body if c.tag != qn("w:sectPr")]:
        body.remove(child)
    for element in merged:
        (section.addprevious if section is not None else body.append)(element)
    save_docx(new_doc, out)
    return result
