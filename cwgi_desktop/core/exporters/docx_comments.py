"""Annotations travelling as Word comments in the export (an option, off by default).

Each annotation is anchored on the blocks that cite its contribution (and its paragraph,
when the citation names paragraphs), or on the block it was explicitly attached to.

Two things matter beyond placing them:
- The comments we write carry a fixed marker as their initials (`OWN_COMMENT_INITIALS`), so
  that a review import of the circulated file can tell them from the reviewers' own
  comments and skip them (Word keeps a comment's initials when the file is edited).
- Comment ids are numbered above the footnote ids. The schema lets the two overlap, but
  LibreOffice then attaches footnote N's text to the wrong note when comment N exists
  (footnote 1 renders empty, footnote 2 shows footnote 3's text).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from cwgi_desktop.core.citations import base_symbol_of, locator_numbers, parse_citations
from cwgi_desktop.core.exporters.base import ExportContext
from cwgi_desktop.core.exporters.labels import Labels
from cwgi_desktop.core.models import Annotation, Block

__all__ = ["OWN_COMMENT_INITIALS", "add_annotation_comments", "is_own_comment"]

# The initials of every comment CWGI writes: a marker, not a person.
OWN_COMMENT_INITIALS = "CWGI"
_COMMENT_TAGS = ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference")


def is_own_comment(initials: str) -> bool:
    """Whether a comment read back from Word is one the export wrote."""
    return initials.strip().upper() == OWN_COMMENT_INITIALS


def _annotations_by_block(
    blocks: list[Block], texts: dict[str, str], context: ExportContext
) -> dict[str, list[Annotation]]:
    result: dict[str, list[Annotation]] = {}
    for block_id, attached in context.block_annotations.items():
        result.setdefault(block_id, []).extend(a for a in attached if not a.deleted)
    for annotation in context.annotations:
        if annotation.deleted:
            continue
        contribution = context.contribution_by_id(annotation.contribution_id)
        if contribution is None:
            continue
        symbol = contribution.base_symbol or base_symbol_of(contribution.symbol or "")
        for block in blocks:
            for citation in parse_citations(texts.get(block.id, "")):
                if context.resolved_symbol(citation.key) != symbol:
                    continue
                cited = locator_numbers(citation.locator)
                shown = context.shown_number(annotation.contribution_id, annotation.paragraph)
                if not cited or shown in cited:
                    bucket = result.setdefault(block.id, [])
                    if annotation not in bucket:
                        bucket.append(annotation)
                    break
    return result


def _comment_text(annotation: Annotation, context: ExportContext, labels: Labels) -> str:
    contribution = context.contribution_by_id(annotation.contribution_id)
    symbol = ""
    if contribution is not None:
        symbol = contribution.base_symbol or base_symbol_of(contribution.symbol or "")
    number = context.shown_number(annotation.contribution_id, annotation.paragraph)
    where = ", ".join(x for x in (symbol, labels.text("locator_para", n=number)) if x)
    text = f"{where}: {labels.text('quote_open')}{annotation.quote}{labels.text('quote_close')}"
    if annotation.note.strip():
        text += "\n" + annotation.note.strip()
    return text


def _renumber(document: Any, first_id: int) -> None:
    """Give the comments ids `first_id`, `first_id + 1`, … in the comments part and body."""
    comments = document.part._comments_part.element
    mapping: dict[str, str] = {}
    for n, comment in enumerate(comments.findall(qn("w:comment"))):
        mapping[comment.get(qn("w:id"))] = str(first_id + n)
        comment.set(qn("w:id"), mapping[comment.get(qn("w:id"))])
    body = document.element.body
    for tag in _COMMENT_TAGS:
        for mark in body.iter(qn(tag)):
            old = mark.get(qn("w:id"))
            if old in mapping:
                mark.set(qn("w:id"), mapping[old])


def add_annotation_comments(
    document: Any,
    blocks: list[Block],
    texts: dict[str, str],
    block_ranges: dict[str, tuple[Any, Any]],
    context: ExportContext,
    labels: Labels,
    *,
    author: str = "",
    first_id: int = 1,
    when: dt.datetime | None = None,
) -> int:
    """Anchor annotations as Word comments on the blocks they concern; returns how many.

    `author` (the user's name from Preferences) signs every comment; when empty, each
    comment keeps its annotation's author. Ids start at `first_id` (above the footnotes').
    """
    count = 0
    for block_id, attached in _annotations_by_block(blocks, texts, context).items():
        if block_id not in block_ranges:
            continue
        first_p, last_p = block_ranges[block_id]
        first_runs = first_p.findall("{*}r")
        last_runs = last_p.findall("{*}r")
        if not first_runs or not last_runs:
            continue
        first = Run(first_runs[0], Paragraph(first_p, document._body))
        last = Run(last_runs[-1], Paragraph(last_p, document._body))
        for annotation in attached:
            comment = document.add_comment(
                [first, last],
                text=_comment_text(annotation, context, labels),
                author=author or annotation.author or "",
                initials=OWN_COMMENT_INITIALS,
            )
            if when is not None:
                comment._comment_elm.set(qn("w:date"), when.strftime("%Y-%m-%dT%H:%M:%SZ"))
            count += 1
    if count:
        _renumber(document, first_id)
    return count
