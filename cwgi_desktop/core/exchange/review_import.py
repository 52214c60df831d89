"""A circulated draft comes back from Word: its comments and tracked changes, by block.

The Word export puts a bookmark `cwgi_<32 hex>` (see `ooxml.bookmark_name`) around the
paragraphs of each block. Reading the document part in document order, the block a thing
belongs to is the innermost such bookmark open at that point; a comment belongs to the
block open where its range starts (or, failing that, where the range first enters a block,
or where its reference mark sits). Tracked insertions and deletions (`w:ins`, `w:del`, and
moves) become suggested changes: the text removed and the text added, with some of the
unchanged text around them so that the change can be placed in the block's Markdown
(`apply_change`). The .docx is read with the importers' safety limits (no zip bomb, no
DTD). Nothing here touches the store: see `services.review.import_review`.
"""

from __future__ import annotations

import posixpath
import uuid
import zipfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from cwgi_desktop.core.errors import Ambiguous, ImportRejected
from cwgi_desktop.core.exchange.records import ReviewNote, SuggestedChange
from cwgi_desktop.core.exchange.rows import canonical_time
from cwgi_desktop.core.exporters.docx_comments import is_own_comment
from cwgi_desktop.core.importers import safety

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_COMMENTS_TYPE = "/comments"
BOOKMARK_PREFIX = "cwgi_"
CONTEXT_CHARS = 40
_INSERTED = {f"{W}ins", f"{W}moveTo"}
_DELETED = {f"{W}del", f"{W}moveFrom"}


class ChangeNotPlaceable(ValueError):
    """A suggested change cannot be found in the block's current text."""


@dataclass
class WordComment:
    """A Word comment and the block bookmark it sits in (None: outside every block)."""

    comment_id: str
    bookmark: str | None
    author: str = ""
    initials: str = ""
    date: str = ""
    text: str = ""
    quoted: str = ""


@dataclass
class WordChange:
    """One tracked change: `old` deleted and `new` inserted between `before` and `after`."""

    bookmark: str | None
    author: str = ""
    date: str = ""
    old: str = ""
    new: str = ""
    before: str = ""
    after: str = ""


@dataclass
class ReviewDocument:
    """What a reviewed .docx holds for CWGI: comments, changes, the block bookmarks seen."""

    comments: list[WordComment] = field(default_factory=list)
    changes: list[WordChange] = field(default_factory=list)
    bookmarks: list[str] = field(default_factory=list)


def _date(value: str | None) -> str:
    if not value:
        return ""
    try:
        return canonical_time(value)
    except ValueError:
        return value[:40]


def read_review_docx(path: Path | str) -> ReviewDocument:
    """Read a reviewed .docx (raises ImportRejected with a one-line reason)."""
    name = str(path)
    try:
        safety.check_size(name, Path(path).stat().st_size)
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportRejected(name, f"cannot be read ({exc.strerror or exc})") from exc
    archive = safety.open_zip(data, name)
    root = safety.parse_xml(
        safety.read_member(archive, "word/document.xml", name, safety.MAX_PART_BYTES), name)
    comments_part = _comments_part(archive, name)
    texts: dict[str, tuple[str, str, str, str]] = {}
    if comments_part in archive.namelist():
        comments_root = safety.parse_xml(safety.read_member(
            archive, comments_part, name, safety.MAX_SIDE_PART_BYTES), name, "comments part")
        for comment in comments_root.iter(f"{W}comment"):
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t"))
                          for p in comment.iter(f"{W}p")]
            texts[comment.get(f"{W}id", "")] = (
                comment.get(f"{W}author", ""), comment.get(f"{W}initials", ""),
                _date(comment.get(f"{W}date")), "\n".join(paragraphs).strip())
    return _walk(root, texts)


def _comments_part(archive: zipfile.ZipFile, name: str) -> str:
    """The comments part named by the document's relationships (default word/comments.xml)."""
    try:
        rels = safety.read_member(archive, "word/_rels/document.xml.rels", name,
                                  safety.MAX_SIDE_PART_BYTES)
    except ImportRejected:
        return "word/comments.xml"
    for rel in safety.parse_xml(rels, name, "relationships part").iter(_REL):
        if rel.get("Type", "").endswith(_COMMENTS_TYPE) and rel.get("TargetMode") != "External":
            return posixpath.normpath(posixpath.join("word", rel.get("Target", ""))).lstrip("/")
    return "word/comments.xml"


@dataclass
class _Segment:
    kind: str  # text | ins | del
    text: str
    bookmark: str | None
    author: str = ""
    date: str = ""


def _change_of(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        if ancestor.tag in _INSERTED or ancestor.tag in _DELETED:
            return ancestor
        if ancestor.tag == f"{W}p":
            return None
    return None


def _walk(root: etree._Element, texts: dict[str, tuple[str, str, str, str]]) -> ReviewDocument:
    document = ReviewDocument()
    open_marks: dict[str, str] = {}  # bookmark w:id -> name, in opening order
    ranges: dict[str, str | None] = {}  # comment id -> block bookmark
    active: set[str] = set()  # comment ranges open
    quoted: dict[str, list[str]] = {}
    segments: list[_Segment] = []

    def current() -> str | None:
        return next(reversed(open_marks.values()), None)

    for element in root.iter():
        tag = element.tag
        if tag == f"{W}bookmarkStart":
            mark = element.get(f"{W}name", "")
            if mark.startswith(BOOKMARK_PREFIX):
                open_marks[element.get(f"{W}id", "")] = mark
                document.bookmarks.append(mark)
                for cid in active:
                    if ranges.get(cid) is None:
                        ranges[cid] = mark
        elif tag == f"{W}bookmarkEnd":
            open_marks.pop(element.get(f"{W}id", ""), None)
        elif tag == f"{W}commentRangeStart":
            cid = element.get(f"{W}id", "")
            ranges.setdefault(cid, current())
            active.add(cid)
        elif tag == f"{W}commentRangeEnd":
            active.discard(element.get(f"{W}id", ""))
        elif tag == f"{W}commentReference":
            cid = element.get(f"{W}id", "")
            if ranges.get(cid) is None:
                ranges[cid] = current()
        elif tag == f"{W}p":
            _flush(segments, document)
        elif tag in (f"{W}t", f"{W}delText") or (
                tag == f"{W}tab" and element.getparent().tag == f"{W}r"):
            text = "\t" if tag == f"{W}tab" else element.text or ""
            change = _change_of(element)
            kind = "text" if change is None else ("ins" if change.tag in _INSERTED else "del")
            if tag == f"{W}delText" and kind != "del":
                continue
            for cid in active:
                if kind != "del":
                    quoted.setdefault(cid, []).append(text)
            segments.append(_Segment(
                kind, text, current(),
                "" if change is None else change.get(f"{W}author", ""),
                "" if change is None else _date(change.get(f"{W}date"))))
    _flush(segments, document)
    for cid, (author, initials, date, text) in texts.items():
        document.comments.append(WordComment(
            cid, ranges.get(cid), author, initials, date, text,
            "".join(quoted.get(cid, [])).strip()))
    return document


def _flush(segments: list[_Segment], document: ReviewDocument) -> None:
    """Turn one paragraph's segments into changes (adjacent ins/del form one change)."""
    original = "".join(s.text for s in segments if s.kind != "ins")
    offset = 0
    index = 0
    while index < len(segments):
        segment = segments[index]
        if segment.kind == "text":
            offset += len(segment.text)
            index += 1
            continue
        old: list[str] = []
        new: list[str] = []
        first = segment
        while index < len(segments) and segments[index].kind != "text":
            (old if segments[index].kind == "del" else new).append(segments[index].text)
            index += 1
        removed = "".join(old)
        document.changes.append(WordChange(
            bookmark=first.bookmark, author=first.author, date=first.date, old=removed,
            new="".join(new), before=original[max(0, offset - CONTEXT_CHARS):offset],
            after=original[offset + len(removed):offset + len(removed) + CONTEXT_CHARS]))
        offset += len(removed)
    segments.clear()


# -- placing a change in a block's text ---------------------------------------------------


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def locate_change(text: str, old: str, before: str, after: str) -> int:
    """Where `old` (or, when empty, the insertion point) sits in `text`, judged by how much
    of the context around it matches. Raises ChangeNotPlaceable if absent or ambiguous."""
    if old:
        candidates = [i for i in range(len(text) - len(old) + 1) if text.startswith(old, i)]
    else:
        candidates = list(range(len(text) + 1))
    if not candidates:
        raise ChangeNotPlaceable("the text to delete is no longer in the block")
    if not before and not after and not old:
        return len(text)
    scored = sorted(((_common_suffix(text[:i], before)
                      + _common_prefix(text[i + len(old):], after), i) for i in candidates),
                    reverse=True)
    best = scored[0][0]
    if len(scored) > 1 and scored[1][0] == best:
        raise ChangeNotPlaceable("the change fits several places in the block")
    if best == 0 and not (old and len(candidates) == 1):
        raise ChangeNotPlaceable("the text around the change is no longer in the block")
    return scored[0][1]


def apply_change(text: str, old: str, new: str, before: str, after: str) -> str:
    """`text` with the change applied (see `locate_change`)."""
    at = locate_change(text, old, before, after)
    return text[:at] + new + text[at + len(old):]


# -- from a read document to review records ------------------------------------------------

_NAMESPACE = uuid.UUID("0b7f5c1e-6d1a-4f0e-9a51-3c2d8e4b7a90")


def _stable_id(*parts: str | None) -> str:
    """The same comment or change read twice gets the same id (re-imports add nothing)."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(p or "" for p in parts)))


def choose_draft(document: ReviewDocument, owners: Mapping[str, str], name: str) -> str:
    """The draft whose block bookmarks the document holds most of (`owners`: bookmark →
    draft id). Raises ImportRejected when there is none, Ambiguous on a tie."""
    counts = Counter(owners[m] for m in document.bookmarks if m in owners).most_common()
    if not counts:
        raise ImportRejected(name, "no block of a known draft in it (was it exported from "
                                   "this store, with its bookmarks kept?)")
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        raise Ambiguous(f"{name}: it holds blocks of several drafts; name the draft")
    return counts[0][0]


def review_records(
    document: ReviewDocument, draft_id: str, blocks: Mapping[str, str], source: str,
    imported: str,
) -> tuple[list[ReviewNote], list[SuggestedChange]]:
    """Review notes and suggested changes for `draft_id` (`blocks`: bookmark → block id).

    A comment outside every block of the draft becomes a note on the draft as a whole; so
    does a tracked change outside its blocks (e.g. on the cover page), described in words.
    The comments the export wrote itself (annotations, marked `CWGI`) are not notes.
    """
    notes = [
        ReviewNote(
            id=_stable_id(draft_id, c.author, c.date, c.text, c.quoted,
                          blocks.get(c.bookmark or "")),
            draft_id=draft_id, block_id=blocks.get(c.bookmark or ""), author=c.author,
            initials=c.initials, date=c.date, text=c.text, quoted=c.quoted, source=source,
            imported=imported)
        for c in document.comments
        if not is_own_comment(c.initials)
    ]
    changes: list[SuggestedChange] = []
    for ch in document.changes:
        block_id = blocks.get(ch.bookmark or "")
        key = _stable_id(draft_id, block_id, ch.author, ch.date, ch.old, ch.new, ch.before,
                         ch.after)
        if block_id is None:
            described = "; ".join(
                part for part in (f"deleted “{ch.old}”" if ch.old else "",
                                  f"inserted “{ch.new}”" if ch.new else "") if part)
            notes.append(ReviewNote(
                id=key, draft_id=draft_id, block_id=None, author=ch.author, date=ch.date,
                text=f"Tracked change outside the draft's blocks: {described}",
                quoted=ch.before[-20:] + ch.old + ch.after[:20], source=source,
                imported=imported))
            continue
        changes.append(SuggestedChange(
            id=key, draft_id=draft_id, block_id=block_id, author=ch.author, date=ch.date,
            old_text=ch.old, new_text=ch.new, before=ch.before, after=ch.after,
            source=source, imported=imported))
    return notes, changes
