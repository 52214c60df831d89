"""A draft goes out as Word, comes back with comments and tracked changes (made here with
python-docx 1.2 and raw WordprocessingML), and each lands on the block it sits in."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.text.run import Run
from exchange_fixtures import seeded_store, write_zip  # noqa: F401 (the `store` fixture)

from cwgi_desktop.core.errors import (
    Ambiguous,
    DraftMismatch,
    ImportRejected,
    InvalidInput,
    NotFound,
)
from cwgi_desktop.core.exchange.review_import import (
    ChangeNotPlaceable,
    apply_change,
    read_review_docx,
)
from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.ooxml import bookmark_name
from cwgi_desktop.core.models import Block, Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import review as review_service
from cwgi_desktop.core.services.export import build_export_context
from cwgi_desktop.core.store import Store

DRAFT_MD = """---
kind: key_findings
title: "Key findings on Internet access"
language: en
---

# Introduction

The Group received two contributions [@C26/77; @C26/52].

# Key findings

1. Open access reduces wholesale costs [@C26/77, para 2].

2. Accessibility must be designed in from the start [@C26/52, para 1].
"""
W_DATE = "2026-02-03T10:15:00Z"


@pytest.fixture
def draft(store: Store) -> Draft:
    return draft_service.import_markdown(store, DRAFT_MD)


def blocks_by_start(store: Store, draft: Draft) -> dict[str, Block]:
    return {b.text.split()[0]: b for b in store.blocks.all(draft.id)}


def export(store: Store, draft: Draft, path: Path) -> Path:
    blocks = store.blocks.all(draft.id)
    export_docx(draft, blocks, path, build_export_context(store, draft, blocks))
    return path


def paragraph_of(document, block: Block):
    """The python-docx paragraph holding the start of the block's bookmark."""
    name = bookmark_name(block.id)
    for paragraph in document.paragraphs:
        for mark in paragraph._p.iter(qn("w:bookmarkStart")):
            if mark.get(qn("w:name")) == name:
                return paragraph
    raise AssertionError(f"no bookmark {name}")


def run_with(paragraph, text: str) -> Run:
    return next(r for r in paragraph.runs if text in r.text)


def track(paragraph, text: str, *, delete: str = "", insert: str = "",
          author: str = "Reviewer B") -> None:
    """Mark, as Word would, `delete` (a piece of `text`'s run) deleted and `insert` inserted
    at that spot (or just before `text` when nothing is deleted)."""
    run = run_with(paragraph, text)._r
    full = run.find(qn("w:t")).text
    at = full.index(delete) if delete else full.index(text)
    head, tail = full[:at], full[at + len(delete):]

    def plain(piece: str, tag: str = "w:t"):
        r = copy.deepcopy(run)
        for child in r.findall(qn("w:t")):
            r.remove(child)
        t = r.makeelement(qn(tag), {})
        t.text = piece
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        r.append(t)
        return r

    pieces = [plain(head)] if head else []
    if delete:
        wdel = run.makeelement(qn("w:del"), {qn("w:id"): "901", qn("w:author"): author,
                                             qn("w:date"): W_DATE})
        wdel.append(plain(delete, "w:delText"))
        pieces.append(wdel)
    if insert:
        wins = run.makeelement(qn("w:ins"), {qn("w:id"): "902", qn("w:author"): author,
                                             qn("w:date"): W_DATE})
        wins.append(plain(insert))
        pieces.append(wins)
    if tail:
        pieces.append(plain(tail))
    for piece in pieces:
        run.addprevious(piece)
    run.getparent().remove(run)


@pytest.fixture
def reviewed(store: Store, draft: Draft, tmp_path: Path) -> Path:
    """The exported draft after a colleague's review in Word."""
    path = export(store, draft, tmp_path / "kf.docx")
    by = blocks_by_start(store, draft)
    document = Document(str(path))
    finding = paragraph_of(document, by["Open"])
    document.add_comment(run_with(finding, "Open access"), text="Which countries?",
                         author="Reviewer A", initials="RA")
    intro = paragraph_of(document, by["The"])
    document.add_comment(intro.runs, text="Say which contributions.\nAnd when.",
                         author="Reviewer B", initials="RB")
    title = next(p for p in document.paragraphs if p.text == "Key findings on Internet access")
    document.add_comment(title.runs, text="Shorter title?", author="Reviewer A",
                         initials="RA")
    track(finding, "costs", delete="costs", insert="prices")
    track(paragraph_of(document, by["Accessibility"]), "designed", insert="always ")
    track(intro, "two", delete="two ")
    document.save(str(path))
    return path


def test_each_comment_becomes_a_note_on_its_block_with_author_and_date(
        store: Store, draft: Draft, reviewed: Path) -> None:
    result = review_service.import_review(store, reviewed)
    assert (result.draft_id, result.notes, result.changes, result.outside_blocks) == (
        draft.id, 3, 3, 1)
    by = blocks_by_start(store, draft)
    notes = {n.text: n for n in store.review.notes(draft.id)}
    assert notes["Which countries?"].block_id == by["Open"].id
    assert notes["Which countries?"].quoted == "Open access reduces wholesale prices"
    assert (notes["Which countries?"].author, notes["Which countries?"].initials) == (
        "Reviewer A", "RA")
    assert notes["Which countries?"].date.endswith("+00:00")
    assert notes["Say which contributions.\nAnd when."].block_id == by["The"].id
    assert notes["Shorter title?"].block_id is None  # on the cover: a note on the draft
    assert {n.source for n in notes.values()} == {"kf.docx"}
    assert [n.text for n in store.review.notes(draft.id)][-1] == "Shorter title?"


def test_tracked_changes_become_suggested_changes_on_their_blocks(
        store: Store, draft: Draft, reviewed: Path) -> None:
    review_service.import_review(store, reviewed)
    by = blocks_by_start(store, draft)
    changes = {c.block_id: c for c in store.review.changes(draft.id)}
    replace = changes[by["Open"].id]
    assert (replace.kind, replace.old_text, replace.new_text) == ("replacement", "costs",
                                                                  "prices")
    assert (replace.author, replace.date) == ("Reviewer B", "2026-02-03T10:15:00.000000+00:00")
    assert replace.before.endswith("Open access reduces wholesale ")
    assert replace.after.startswith(" (Document C26/77")
    insertion = changes[by["Accessibility"].id]
    assert (insertion.kind, insertion.new_text) == ("insertion", "always ")
    assert changes[by["The"].id].kind == "deletion"


def test_accepting_and_rejecting_changes_edits_the_block_text(
        store: Store, draft: Draft, reviewed: Path) -> None:
    review_service.import_review(store, reviewed)
    by = blocks_by_start(store, draft)
    changes = {c.block_id: c for c in store.review.changes(draft.id)}
    review_service.decide_change(store, changes[by["Open"].id].id, accept=True)
    review_service.decide_change(store, changes[by["Accessibility"].id].id, accept=True)
    rejected = review_service.decide_change(store, changes[by["The"].id].id, accept=False)
    assert store.blocks.get(by["Open"].id).text == (
        "Open access reduces wholesale prices [@C26/77, para 2].")
    assert store.blocks.get(by["Accessibility"].id).text == (
        "Accessibility must be always designed in from the start [@C26/52, para 1].")
    assert store.blocks.get(by["The"].id).text == by["The"].text
    assert rejected.status == "rejected" and rejected.decided
    with pytest.raises(InvalidInput, match="already rejected"):
        review_service.decide_change(store, rejected.id, accept=True)
    with pytest.raises(NotFound):
        review_service.decide_change(store, "nope", accept=True)


def test_a_change_that_no_longer_fits_the_block_stays_open(
        store: Store, draft: Draft, reviewed: Path) -> None:
    review_service.import_review(store, reviewed)
    by = blocks_by_start(store, draft)
    store.blocks.update_text(by["Open"].id, "Rewritten entirely.")
    change = next(c for c in store.review.changes(draft.id) if c.block_id == by["Open"].id)
    with pytest.raises(InvalidInput, match="no longer in the block"):
        review_service.decide_change(store, change.id, accept=True)
    assert store.review.changes(draft.id)[0].status == "open"


def test_importing_the_same_review_twice_adds_nothing(store: Store, draft: Draft,
                                                      reviewed: Path) -> None:
    review_service.import_review(store, reviewed)
    again = review_service.import_review(store, reviewed)
    assert (again.notes, again.changes, again.unchanged) == (0, 0, 6)
    assert len(store.review.notes(draft.id)) == 3


def test_notes_can_be_marked_done(store: Store, draft: Draft, reviewed: Path) -> None:
    review_service.import_review(store, reviewed)
    note = store.review.notes(draft.id)[0]
    store.review.set_note_status(note.id, "done")
    assert store.review.notes(draft.id)[0].status == "done"
    with pytest.raises(InvalidInput):
        store.review.set_note_status(note.id, "maybe")
    with pytest.raises(NotFound):
        store.review.set_note_status("nope", "done")


def test_a_comment_whose_range_starts_before_the_bookmark_still_finds_its_block(
        store: Store, draft: Draft, tmp_path: Path) -> None:
    path = export(store, draft, tmp_path / "kf.docx")
    by = blocks_by_start(store, draft)
    document = Document(str(path))
    paragraph = paragraph_of(document, by["Accessibility"])
    document.add_comment(paragraph.runs, text="Whole finding", author="R", initials="R")
    start = paragraph._p.find(qn("w:commentRangeStart"))
    paragraph._p.remove(start)
    paragraph._p.find(qn("w:bookmarkStart")).addprevious(start)
    document.save(str(path))
    review_service.import_review(store, path)
    assert store.review.notes(draft.id)[0].block_id == by["Accessibility"].id


def test_the_draft_is_found_by_its_bookmarks_and_can_be_named(
        store: Store, draft: Draft, reviewed: Path) -> None:
    other = draft_service.create_draft(store, "guidelines", "Other")
    with pytest.raises(DraftMismatch, match="exported from the draft"):  # issue 11, item 8
        review_service.import_review(store, reviewed, other.id)
    assert review_service.import_review(store, reviewed, draft.title).draft_id == draft.id


def test_a_review_of_another_draft_asks_instead_of_applying_silently(
        store: Store, draft: Draft, reviewed: Path, tmp_path: Path, capsys) -> None:
    from cwgi_desktop.cli import main

    chosen = draft_service.import_markdown(store, DRAFT_MD.replace(
            "Key findings on Internet access",
                                                    "Chosen draft"))
    with pytest.raises(DraftMismatch) as exc:
        review_service.import_review(store, reviewed, chosen.id)
    assert (exc.value.chosen_id, exc.value.named_id) == (chosen.id, draft.id)
    assert "\n" not in str(exc.value) and "Chosen draft" in str(exc.value)
    assert store.review.notes(chosen.id) == [] and store.review.notes(draft.id) == []
    store.close()
    db = str(tmp_path / "s.sqlite3")
    assert main(["--db", db, "review", "import", str(reviewed), "--draft", chosen.id]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--other-draft" in err[0] and str(reviewed) in err[0]
    assert main(["--db", db, "review", "import", str(reviewed), "--draft", chosen.id,
                 "--other-draft", "--json"]) == 0
    with Store(tmp_path / "s.sqlite3") as again:
        notes = again.review.notes(chosen.id)
        assert len(notes) == 6 and all(n.block_id is None for n in notes)  # 3 + 3 changes
        assert again.review.notes(draft.id) == []


def test_a_document_from_elsewhere_is_refused(store: Store, draft: Draft,
                                              tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    with pytest.raises(ImportRejected, match="no block of a known draft"):
        review_service.import_review(store, plain)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ImportRejected, match=r"not a valid \.docx"):
        review_service.import_review(store, broken)


def test_a_docx_declaring_entities_is_refused(store: Store, tmp_path: Path) -> None:
    evil = tmp_path / "evil.docx"
    write_zip(evil, {"word/document.xml": b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x '
                                          b'SYSTEM "file:///etc/passwd">]><d>&x;</d>'})
    with pytest.raises(ImportRejected, match="DTD"):
        review_service.import_review(store, evil)


def test_a_copy_of_the_draft_on_two_stores_is_ambiguous_without_a_name(
        store: Store, draft: Draft, reviewed: Path, tmp_path: Path) -> None:
    doc = read_review_docx(reviewed)
    assert len(doc.bookmarks) == 5 and len(doc.comments) == 3
    twin = draft_service.import_markdown(store, DRAFT_MD)
    twin_path = export(store, twin, tmp_path / "twin.docx")
    combined = Document(str(reviewed))
    for element in Document(str(twin_path)).element.body.iterchildren(qn("w:p")):
        combined.element.body.append(copy.deepcopy(element))
    combined.save(str(tmp_path / "both.docx"))
    with pytest.raises(Ambiguous, match="several drafts"):
        review_service.import_review(store, tmp_path / "both.docx")


@pytest.mark.parametrize("text, old, new, before, after, expected", [
    ("a b a c", "a", "X", "b ", " c", "a b X c"),
    ("Open access [@C26/77].", "", "free ", "1)\tOpen ", "access (Document",
     "Open free access [@C26/77]."),
    ("", "", "New text", "", "", "New text"),
])
def test_apply_change_uses_the_context(text, old, new, before, after, expected) -> None:
    assert apply_change(text, old, new, before, after) == expected


def test_apply_change_refuses_an_ambiguous_or_missing_place() -> None:
    with pytest.raises(ChangeNotPlaceable, match="several places"):
        apply_change("a a", "a", "b", "", "")
    with pytest.raises(ChangeNotPlaceable, match="no longer in the block"):
        apply_change("abc", "z", "", "", "")
