"""Annotations exported as Word comments: footnotes intact, our comments marked, authors."""

from __future__ import annotations

import re
from pathlib import Path

from cwgi_desktop.core.exporters.docx_comments import OWN_COMMENT_INITIALS
from cwgi_desktop.core.exporters.docx_itu import export_docx

try:
    from .render_helpers import pdf_text, render_pdfs
    from .test_export_docx_fixtures import make_context, make_draft, make_options, w, xml
except ImportError:  # tests/ is not a package
    from render_helpers import pdf_text, render_pdfs  # type: ignore[no-redef]
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        make_context,
        make_draft,
        make_options,
        w,
        xml,
    )

NOTES = [
    "The list of contributions is available on the CWG-Internet website.",
    "Second note of the proposal.",
    "Third note of the proposal.",
]


def _export_with_comments(path: Path, **changes: object) -> Path:
    draft, blocks = make_draft("en")
    blocks[8].text = (
        "It is proposed that the Council note the findings[^2] and act[^3].\n\n"
        f"[^2]: {NOTES[1]}\n\n[^3]: {NOTES[2]}"
    )
    options = make_options("en", include_annotations_as_comments=True, **changes)
    result = export_docx(draft, blocks, path, make_context(), options)
    assert result.comments >= 2 and result.footnotes == 3
    return path


def test_footnotes_render_in_order_when_annotations_are_comments(tmp_path: Path) -> None:
    docx_path = _export_with_comments(tmp_path / "comments.docx")
    pdf = render_pdfs([docx_path], tmp_path)[docx_path]
    lines = [line.strip() for line in pdf_text(pdf, layout=True).splitlines()]
    seen = []
    for number, note in enumerate(NOTES, start=1):
        where = [i for i, line in enumerate(lines) if line == note]
        assert len(where) == 1, f"footnote {number} printed {len(where)} times"
        assert lines[where[0] - 1] == str(number), f"footnote {number} under another number"
        seen.append(where[0])
    assert seen == sorted(seen)


def test_comment_ids_do_not_reuse_footnote_ids(tmp_path: Path) -> None:
    path = _export_with_comments(tmp_path / "ids.docx")
    footnotes = {int(f.get(w("id"))) for f in xml(path, "word/footnotes.xml").iter(w("footnote"))}
    comments = {int(c.get(w("id"))) for c in xml(path, "word/comments.xml").iter(w("comment"))}
    assert not footnotes & comments
    body = xml(path, "word/document.xml")
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert {int(m.get(w("id"))) for m in body.iter(w(tag))} == comments


def test_our_comments_carry_the_marker_and_the_preferences_author(tmp_path: Path) -> None:
    path = _export_with_comments(tmp_path / "author.docx", author="Maria Rapporteur")
    comments = list(xml(path, "word/comments.xml").iter(w("comment")))
    assert {c.get(w("initials")) for c in comments} == {OWN_COMMENT_INITIALS}
    assert {c.get(w("author")) for c in comments} == {"Maria Rapporteur"}
    # The export's fixed timestamp, not the clock: two exports are byte-comparable.
    assert {c.get(w("date")) for c in comments} == {"2026-05-12T09:30:00Z"}


def test_without_an_author_setting_comments_keep_the_annotation_author(tmp_path: Path) -> None:
    path = _export_with_comments(tmp_path / "noauthor.docx", author="")
    authors = {c.get(w("author")) for c in xml(path, "word/comments.xml").iter(w("comment"))}
    assert authors <= {"Ana Delegate", "Bo Rapporteur"}
    assert not any(re.fullmatch(r"[a-z]+", a or "") for a in authors)


def test_the_comment_author_signs_comments_without_entering_the_properties(
    tmp_path: Path,
) -> None:
    import docx

    path = _export_with_comments(tmp_path / "signed.docx", comment_author="Jane Doe (Kenya)")
    authors = {c.get(w("author")) for c in xml(path, "word/comments.xml").iter(w("comment"))}
    assert authors == {"Jane Doe (Kenya)"}
    assert docx.Document(str(path)).core_properties.author == ""
