"""Revision-marked export: revision B against revision A as Word tracked changes.

Accepting every change (apply `w:ins`, drop `w:del`) must give the text of a plain export
of B, rejecting every change the text of a plain export of A; the changes are word-level
inside paragraphs and whole blocks where blocks were added or removed, each signed."""

from __future__ import annotations

import copy
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.docx_revisions import export_docx_revision
from cwgi_desktop.core.models import Block

try:
    from .test_export_docx_fixtures import (
        FIXED_TIME,
        LANGS,
        make_context,
        make_draft,
        make_options,
        paragraph_text,
        w,
        xml,
    )
    from .test_export_docx_schema import schema_errors
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        FIXED_TIME,
        LANGS,
        make_context,
        make_draft,
        make_options,
        paragraph_text,
        w,
        xml,
    )
    from test_export_docx_schema import schema_errors  # type: ignore[no-redef]


def revise(language: str) -> tuple[tuple, tuple]:
    """(A, B): the sample draft and a revision of it with every kind of change."""
    draft_a, blocks_a = make_draft(language)
    draft_b = replace(draft_a, title=draft_a.title + " (revised)", revision=2)
    blocks_b = [copy.deepcopy(b) for b in blocks_a]
    blocks_b[1].text = blocks_b[1].text.replace("42", "44", 1).replace("[^1]: ", "[^1]: Now: ")
    blocks_b[4].text = blocks_b[4].text.replace("| 12 |", "| 13 |")
    blocks_b[2].text = blocks_b[2].text + "\n\n| A | B |\n|---|---|\n| 1 | 2 |"  # a new table
    blocks_b[10].text += "\n\n| x | y |\n|---|---|\n| 3 | 4 |"
    del blocks_b[6]  # the second numbered item goes
    blocks_b.insert(5, Block(id="new-finding", draft_id=draft_a.id, kind=blocks_a[5].kind,
                             text="A new finding, **added** in revision 2 [@C26/61].",
                             position=blocks_a[5].position - 5))
    blocks_b[7].text = "Heading changed"  # the third heading, renamed
    return (draft_a, blocks_a), (draft_b, blocks_b)


def _resolve(root: etree._Element, accept: bool) -> etree._Element:
    """All changes accepted (or rejected) the way Word does it."""
    root = copy.deepcopy(root)
    keep, drop = (w("ins"), w("del")) if accept else (w("del"), w("ins"))
    dropped = list(root.iter(drop))
    for node in dropped:  # runs first, then paragraph marks and rows
        if node.getparent().tag not in (w("rPr"), w("trPr")):
            node.getparent().remove(node)
    for node in dropped:
        parent = node.getparent()
        if parent is None or parent.tag not in (w("rPr"), w("trPr")):
            continue
        holder = parent.getparent()
        target = holder.getparent() if parent.tag == w("rPr") else holder
        if target.getparent() is None:
            continue
        if parent.tag == w("rPr"):  # a removed paragraph mark: its text is all removed too
            assert not "".join(t.text or "" for t in target.iter(w("t"))).strip()
        target.getparent().remove(target)
    for node in list(root.iter(keep)):
        parent = node.getparent()
        if parent.tag in (w("rPr"), w("trPr")):
            parent.remove(node)
            continue
        for child in list(node):
            for t in child.iter(w("delText")):
                t.tag = w("t")
            node.addprevious(child)
        parent.remove(node)
    for table in list(root.iter(w("tbl"))):
        if table.find(w("tr")) is None:
            table.getparent().remove(table)
    return root


def _texts(root: etree._Element) -> list[str]:
    return [t for p in root.iter(w("p")) if (t := paragraph_text(p).strip())]


def _notes(path: Path, root: etree._Element) -> list[str]:
    notes = {n.get(w("id")): "".join(t.text or "" for t in n.iter(w("t")))
             for n in xml(path, "word/footnotes.xml").iter(w("footnote"))}
    return [notes[r.get(w("id"))] for r in root.iter(w("footnoteReference"))]


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    out = tmp_path_factory.mktemp("revisions")
    paths: dict[str, dict[str, Path]] = {}
    for language in LANGS:
        (draft_a, blocks_a), (draft_b, blocks_b) = revise(language)
        options = make_options(language)
        paths[language] = {"a": out / f"{language}-a.docx", "b": out / f"{language}-b.docx",
                           "marked": out / f"{language}-marked.docx"}
        export_docx(draft_a, blocks_a, paths[language]["a"], make_context(), options)
        export_docx(draft_b, blocks_b, paths[language]["b"], make_context(), options)
        export_docx_revision(draft_b, blocks_b, draft_a, blocks_a, paths[language]["marked"],
                             make_context(), options, author="ITU Secretariat",
                             when=FIXED_TIME)
    return paths


@pytest.mark.parametrize("language", LANGS)
def test_accepting_all_changes_gives_revision_b(exports: dict, language: str) -> None:
    marked = exports[language]["marked"]
    root = _resolve(xml(marked, "word/document.xml"), accept=True)
    plain = xml(exports[language]["b"], "word/document.xml")
    assert _texts(root) == _texts(plain)
    assert _notes(marked, root) == _notes(exports[language]["b"], plain)


@pytest.mark.parametrize("language", LANGS)
def test_rejecting_all_changes_gives_revision_a(exports: dict, language: str) -> None:
    marked = exports[language]["marked"]
    root = _resolve(xml(marked, "word/document.xml"), accept=False)
    plain = xml(exports[language]["a"], "word/document.xml")
    assert _texts(root) == _texts(plain)
    assert _notes(marked, root) == _notes(exports[language]["a"], plain)


def test_changes_are_word_level_signed_and_dated(exports: dict) -> None:
    root = xml(exports["en"]["marked"], "word/document.xml")
    changes = list(root.iter(w("ins"), w("del")))
    assert changes and {c.get(w("author")) for c in changes} == {"ITU Secretariat"}
    assert {c.get(w("date")) for c in changes} == {"2026-05-12T09:30:00Z"}
    ids = [c.get(w("id")) for c in changes]
    assert len(ids) == len(set(ids))
    deleted = ["".join(t.text for t in d.iter(w("delText"))) for d in root.iter(w("del"))]
    inserted = ["".join(t.text or "" for t in i.iter(w("t"))) for i in root.iter(w("ins"))]
    assert "42" in deleted and "44" in inserted  # one word, not the paragraph
    assert any("A new finding" in t for t in inserted)  # a whole block inserted
    marks = [p for p in root.iter(w("p")) if p.find(f"{w('pPr')}/{w('rPr')}/{w('ins')}")
             is not None]
    assert any("A new finding" in paragraph_text(p) for p in marks)
    assert "12" in deleted and "13" in inserted  # a table of the same shape: cell by cell
    rows = list(root.iter(w("trPr")))
    assert any(r.find(w("ins")) is not None for r in rows)  # a new table: rows inserted


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_the_revision_marked_file_is_schema_valid(exports: dict, language: str) -> None:
    assert schema_errors(exports[language]["marked"]) == []


def test_unchanged_revisions_mark_nothing(tmp_path: Path) -> None:
    draft, blocks = make_draft("fr")
    path = tmp_path / "same.docx"
    export_docx_revision(draft, blocks, draft, blocks, path, make_context(),
                         make_options("fr"))
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml")
    assert b"<w:ins " not in body and b"<w:del " not in body
