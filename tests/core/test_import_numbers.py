"""Faithful .docx import: Word's numbers, typed numbers, notes, equations, alt text, the
main part from the package relationship, the ITU cover read as metadata, and bounds."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from importer_fixtures import (
    equation,
    make_package_docx,
    note_reference,
    numbered_paragraph,
    picture,
    simple_document_xml,
)

from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.importers import parse_bytes
from cwgi_desktop.core.importers.docx_numbering import format_number
from cwgi_desktop.core.models import Block, Draft
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.export import build_export_context
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store

P = numbered_paragraph


def numbered_document() -> bytes:
    return make_package_docx(
        [
            P("Introduction", style="Heading1"),                    # 1
            P("First point of the introduction.", style="Para"),    # 1.1 (style-linked)
            P("Second point, with a source.", num=(1, 1),
              extra=note_reference("footnote", 7)),                 # 1.2
            P("an item", num=(1, 2)),                               # (a)
            P("another item", num=(1, 2)),                          # (b)
            P("Discussion", style="Heading1"),                      # 2
            P("Restarted level two.", num=(1, 1),
              extra=note_reference("endnote", 3)),                  # 2.1 (level 2 restarts)
            P("Roman one", num=(3, 0)),                             # I.
            P("Roman two", num=(3, 0)),                             # II.
            P("Roman from five", num=(4, 0)),                       # V. (startOverride 5)
            P("Restarted outline", num=(2, 0)),                     # 1. (startOverride 1)
            P("a bullet", num=(5, 0)),                              # bullet: no number
            P("Not numbered heading", style="Heading1", num=(0, 0)),  # numbering switched off
            P("3.4\tA typed number before a tab."),                 # typed 3.4
            P("The formula ", extra=equation("E=mc2")),
            P("", extra=picture("Map of exchange points in Africa")),
        ],
        footnotes={7: "Source: ITU statistics 2025."},
        endnotes={3: "See the annex for the method."},
    )


def test_word_numbering_levels_restarts_and_formats_are_kept_as_shown() -> None:
    doc = parse_bytes(numbered_document(), "numbered.docx")
    body = [(p.number, p.text) for p in doc.paragraphs if p.kind == "body"]
    assert body == [
        ("1", "Introduction"),
        ("1.1", "First point of the introduction."),
        ("1.2", "Second point, with a source."),
        ("a", "an item"),
        ("b", "another item"),
        ("2", "Discussion"),
        ("2.1", "Restarted level two."),
        ("I", "Roman one"),
        ("II", "Roman two"),
        ("V", "Roman from five"),
        ("1", "Restarted outline"),
        ("", "a bullet"),
        ("", "Not numbered heading"),
        ("3.4", "3.4 A typed number before a tab."),
        ("", "The formula E=mc2"),
        ("", "Map of exchange points in Africa"),
    ]


def test_footnotes_and_endnotes_are_paragraphs_anchored_to_their_calling_paragraph() -> None:
    doc = parse_bytes(numbered_document(), "numbered.docx")
    notes = [(p.kind, p.number, p.text, doc.paragraphs[p.anchor].text)
             for p in doc.paragraphs if p.kind != "body"]
    assert notes == [
        ("footnote", "fn1", "Source: ITU statistics 2025.", "Second point, with a source."),
        ("endnote", "eni", "See the annex for the method.", "Restarted level two."),  # i, as Word
    ]


def test_a_document_whose_text_is_only_in_footnotes_is_accepted() -> None:
    data = make_package_docx([P("", extra=note_reference("footnote", 1))],
                             footnotes={1: "All the text is in this note."})
    doc = parse_bytes(data, "notes.docx")
    assert [(p.kind, p.text) for p in doc.paragraphs] == [
        ("footnote", "All the text is in this note.")]


def test_main_part_comes_from_the_package_relationship_not_a_decoy() -> None:
    data = make_package_docx(
        [P("The real text of the contribution.")], main_part="word/main.xml",
        extra_parts={"word/document.xml": simple_document_xml("DECOY text")},
    )
    doc = parse_bytes(data, "decoy.docx")
    assert [p.text for p in doc.paragraphs] == ["The real text of the contribution."]


def test_typed_numbers_and_count_fallback() -> None:
    typed = make_package_docx([P("1\tIntroduction"), P("1.1\tThe Council noted."),
                               P("2)\tfirst proposal"), P("(b)\tan item"),
                               P("12 May 2026 was the date.")])
    assert [p.number for p in parse_bytes(typed, "t.docx").paragraphs] == [
        "1", "1.1", "2", "b", ""]
    plain = make_package_docx([P("One."), P("Two."), P("Three.")])
    assert [p.number for p in parse_bytes(plain, "p.docx").paragraphs] == ["1", "2", "3"]


def test_number_formats_as_word_renders_them() -> None:
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "upperRoman") for n in (4, 9, 14)] == ["IV", "IX", "XIV"]
    assert format_number(3, "decimalZero") == "03"


def test_store_keeps_numbers_notes_search_and_citations_resolve_by_number(
        tmp_path: Path) -> None:
    path = tmp_path / "C26-77-E.docx"
    path.write_bytes(numbered_document())
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [path])
    assert not report.rejected
    cid = report.imported[0]["id"]
    paragraphs = store.contributions.paragraphs(cid)
    assert [(p.number, p.kind) for p in paragraphs][:3] == [
        ("1", "body"), ("1.1", "body"), ("1.2", "body")]
    note = next(p for p in paragraphs if p.kind == "footnote")
    assert (note.number, store.contributions.paragraph_text(cid, note.anchor)) == (
        "fn1", "Second point, with a source.")
    assert [h.paragraph for h in store.search.find("statistics")] == [note.index]
    draft = Draft(id="d", language="en")
    blocks = [Block(id="b", draft_id="d",
                    text="Costs [@C26/77, para 2.1; @C26/77, footnote 1; @C26/77, para 1.2].")]
    context = build_export_context(store, draft, blocks)
    assert context.passages[("C26/77", "2.1")] == "Restarted level two."
    assert context.passages[("C26/77", "fn1")] == "Source: ITU statistics 2025."
    assert context.passages[("C26/77", "1.2")] == "Second point, with a source."


def _bomb(paragraphs: int) -> bytes:
    xml = simple_document_xml(*(["x"] * paragraphs))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_a_document_with_too_many_paragraphs_is_refused_with_a_reason() -> None:
    with pytest.raises(ImportRejected) as caught:
        parse_bytes(_bomb(100_001), "many.docx")
    assert caught.value.reason == "refused: more than 100,000 paragraphs (limit of one document)"


def _inflating_docx(megabytes: int, repeat: int) -> bytes:
    """A .docx whose document.xml inflates to about `megabytes`: runs of `repeat` identical
    paragraphs between numbered ones, so it compresses like real markup, not like zeros
    (64 gives about 180:1, 48 about 150:1; both under the archive-wide 200:1 check)."""
    random.seed(7)
    unit = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * repeat
    block = len(unit) + 40
    parts = [unit + b"<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % random.randrange(10**6)
             for _ in range(megabytes * 1024 * 1024 // block)]
    xml = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           b'wordprocessingml/2006/main"><w:body>' + b"".join(parts) + b"</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def test_a_1_mb_docx_inflating_to_200_mb_is_refused_before_inflating() -> None:
    data = _inflating_docx(200, 64)
    assert len(data) < 1.5 * 1024 * 1024
    with pytest.raises(ImportRejected) as caught:
        parse_bytes(data, "bomb.docx")
    assert caught.value.reason.startswith("refused: 'word/document.xml' would expand to")


def test_a_part_inflating_more_than_100_to_1_is_refused_with_its_reason() -> None:
    data = _inflating_docx(12, 48)
    with pytest.raises(ImportRejected) as caught:
        parse_bytes(data, "bomb.docx")
    assert caught.value.reason.startswith("refused: 'word/document.xml' would expand to 12 MB")
    assert caught.value.reason.endswith("(more than 100:1, zip bomb?)")


def test_numbers_notes_and_cover_travel_in_a_bundle_with_texts(tmp_path: Path) -> None:
    from cwgi_desktop.core.exchange import BundleFilter

    path = tmp_path / "C26-77-E.docx"
    path.write_bytes(numbered_document())
    sender = Store(tmp_path / "a.sqlite3")
    cid = import_paths(sender, [path]).imported[0]["id"]
    sender.annotations.add(cid, author="Ana", quote="Restarted level two")
    bundle = tmp_path / "b.cwgibundle"
    exchange_service.export_bundle(sender, bundle, BundleFilter(with_texts=True))
    receiver = Store(tmp_path / "b.sqlite3")
    exchange_service.import_bundle(receiver, bundle)
    shown = [(p.number, p.kind, p.anchor, p.text) for p in receiver.contributions.paragraphs(cid)]
    assert shown == [(p.number, p.kind, p.anchor, p.text) for p in sender.contributions.paragraphs(
            cid)]
    assert ("2.1", "body", None, "Restarted level two.") in shown


def test_annotation_comments_and_sources_annex_say_the_documents_numbers(
        tmp_path: Path) -> None:
    from cwgi_desktop.core.exporters.docx_itu import DocxOptions, export_docx

    path = tmp_path / "C26-77-E.docx"
    path.write_bytes(numbered_document())
    store = Store(tmp_path / "s.sqlite3")
    cid = import_paths(store, [path]).imported[0]["id"]
    annotation = store.annotations.add(cid, author="Ana", quote="Restarted level two",
                                      note="Check it.")
    draft = Draft(id="d", language="en", title="Findings")
    blocks = [Block(id="b", draft_id="d", kind="paragraph",
                    text="Fees [@C26/77, para 2.1].")]
    context = build_export_context(store, draft, blocks)
    context.annotations = [annotation]
    out = tmp_path / "out.docx"
    export_docx(draft, blocks, out, context,
                DocxOptions(language="en", include_sources_annex=True,
                            include_annotations_as_comments=True))
    with zipfile.ZipFile(out) as archive:
        comments = archive.read("word/comments.xml").decode()
        document = archive.read("word/document.xml").decode()
    assert annotation.paragraph == 7  # stored position ...
    assert "C26/77, para 2.1: “Restarted level two”" in comments  # ... shown number
    assert "para 2.1: “Restarted level two.”" in document  # the Sources annex quote


def test_note_marks_follow_the_documents_note_format() -> None:
    section = ('<w:sectPr><w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr>'
               "</w:sectPr>")
    data = make_package_docx(
        [P("Called twice.", extra=note_reference("footnote", 1) + note_reference("footnote", 2)
           + note_reference("endnote", 1) + note_reference("endnote", 2)), section],
        footnotes={1: "First note.", 2: "Second note."},
        endnotes={1: "End one.", 2: "End two."})
    doc = parse_bytes(data, "notes.docx")
    assert [p.number for p in doc.paragraphs] == ["1", "fna", "fnb", "eni", "enii"]


def test_note_locators() -> None:
    from cwgi_desktop.core.citations import locator_numbers

    assert locator_numbers("footnote 3") == ["fn3"]
    assert locator_numbers("endnote ii") == ["enii"]
    assert locator_numbers("para fn2") == ["fn2"]
    assert locator_numbers("paras 2.1-2.3") == ["2.1", "2.2", "2.3"]
    assert locator_numbers("paras 3-5, 7") == ["3", "4", "5", "7"]
    assert locator_numbers("p. 4") == []


def test_too_many_notes_are_refused_like_too_many_paragraphs(monkeypatch) -> None:
    from cwgi_desktop.core.importers import safety

    monkeypatch.setattr(safety, "MAX_PARAGRAPHS", 50)  # the real cap is 100,000
    data = make_package_docx([P("Body.", extra=note_reference("footnote", 1))],
                             footnotes={i: "n" for i in range(1, 61)})
    with pytest.raises(ImportRejected) as caught:
        parse_bytes(data, "notes.docx")
    assert caught.value.reason == "refused: more than 50 paragraphs (limit of one document)"


def test_numbered_headings_or_one_list_in_prose_give_a_count_not_gaps() -> None:
    data = make_package_docx([
        P("1\tIntroduction"), P("Prose one."), P("Prose two."), P("Prose three."),
        P("2\tProposals"), P("1)\tfirst proposal"), P("Prose four."), P("Prose five."),
    ])
    doc = parse_bytes(data, "headings.docx")
    assert [p.number for p in doc.paragraphs] == [str(n) for n in range(1, 9)]


def test_chinese_and_arabic_typed_numbers_are_kept_and_cited(tmp_path: Path) -> None:
    """Chinese documents number sections `一、` and `（二）`; Arabic and full-width digits are
    the paragraph numbers a delegate cites with ASCII digits (`para 2`)."""
    chinese = make_package_docx([P("一、导言"), P("1\t理事会注意到这些文稿。"),
                                 P("（二）可负担性"), P("２．\t设备价格仍然过高。")])
    assert [p.number for p in parse_bytes(chinese, "c.docx").paragraphs] == [
        "一", "1", "二", "2"]
    arabic = make_package_docx([P("١.\tيلاحظ المجلس هذه المساهمات."),
                                P("٢.\tما زالت أسعار الأجهزة مرتفعة.")])
    assert [p.number for p in parse_bytes(arabic, "a.docx").paragraphs] == ["1", "2"]
    path = tmp_path / "C26-77-C.docx"
    path.write_bytes(chinese)
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [path])
    assert not report.rejected
    draft = Draft(id="d", language="zh")
    blocks = [Block(id="b", draft_id="d", text="价格 [@C26/77, para 2; @C26/77, para 二].")]
    context = build_export_context(store, draft, blocks)
    # A typed number stays in the text, as the reader sees it.
    assert context.passages[("C26/77", "2")].endswith("设备价格仍然过高。")
    assert context.passages[("C26/77", "二")] == "（二）可负担性"
    store.close()


def test_lettered_and_roman_items_are_citable_as_the_readme_says(tmp_path: Path) -> None:
    """`para b` is the item typed (b), `para iv` the item typed iv): both resolved to
    nothing before (the locator grammar knew only digits and notes)."""
    doc = make_package_docx([P("(a)\tfirst item"), P("(b)\tsecond item"),
                             P("iv)\tfourth point")])
    path = tmp_path / "C26/78-E.docx".replace("/", "-")
    path.write_bytes(doc)
    store = Store(tmp_path / "s.sqlite3")
    assert not import_paths(store, [path]).rejected
    draft = Draft(id="d", language="en")
    blocks = [Block(id="b", draft_id="d", text="Items [@C26/78, para b; @C26/78, para iv].")]
    context = build_export_context(store, draft, blocks)
    assert context.passages[("C26/78", "b")].endswith("second item")
    assert context.passages[("C26/78", "iv")].endswith("fourth point")
    store.close()
