"""The ITU first page is metadata: exported covers (the project's own ITU export, six
languages) come back as fields, and the body starts after the summary box."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_export_docx_fixtures import make_options

from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.importers import parse_file
from cwgi_desktop.core.models import Block, Draft

COVERS = {
    "en": ("Council 2026", "Contribution from Brazil", "Purpose of the text.",
           "The Council is invited to note.", "Resolution 1305"),
    "fr": ("Conseil 2026", "Contribution du Brésil", "Objet du texte.",
           "Le Conseil est invité à prendre note.", "Résolution 1305"),
    "es": ("Consejo 2026", "Contribución de Brasil", "Objeto del texto.",
           "Se invita al Consejo a tomar nota.", "Resolución 1305"),
    "ru": ("Совет 2026", "Вклад Бразилии", "Цель текста.",
           "Совету предлагается принять к сведению.", "Резолюция 1305"),
    "ar": ("المجلس 2026", "مساهمة من البرازيل", "الغرض من النص.",
           "المجلس مدعو إلى الإحاطة علماً.", "القرار 1305"),
    "zh": ("2026年理事会", "巴西的文稿", "本文的目的。", "请理事会注意。", "第1305号决议"),
}


def exported(tmp_path: Path, language: str) -> Path:
    meeting, source, purpose, action, references = COVERS[language]
    draft = Draft(id=f"d-{language}", kind="council_contribution", title="The title here",
                  language=language, symbol="C26/77", source=source, purpose=purpose,
                  action=action, references=f"{references}\nC25/12", meeting=meeting,
                  meeting_detail="Geneva, 28 April – 8 May 2026", agenda_item="PL 1.9",
                  date="2026-05-12")
    blocks = [
        Block(id="h", draft_id=draft.id, kind="heading", text="Introduction", position=0),
        Block(id="p1", draft_id=draft.id, kind="paragraph", text="First body paragraph.",
              position=1),
        Block(id="p2", draft_id=draft.id, kind="paragraph", text="Second body paragraph.",
              position=2),
    ]
    path = tmp_path / f"C26-77-{language}.docx"
    options = make_options(language)
    options.include_sources_annex = False
    export_docx(draft, blocks, path, options=options)
    return path


@pytest.mark.parametrize("language", list(COVERS))
def test_itu_cover_is_read_into_fields_and_the_body_starts_after_it(
        tmp_path: Path, language: str) -> None:
    meeting, source, purpose, action, references = COVERS[language]
    doc = parse_file(exported(tmp_path, language))
    # The body starts after the summary box; the export's typed numbers are kept.
    assert [(p.number, p.text) for p in doc.paragraphs][:3] == [
        ("1", "1 Introduction"),
        ("1.1", "1.1 First body paragraph."),
        ("1.2", "1.2 Second body paragraph."),
    ]
    assert doc.cover["purpose"] == purpose
    assert doc.cover["action_required"] == action
    assert doc.cover["references"].startswith(references)
    assert doc.cover["references"].endswith("C25/12")
    assert doc.cover["original_language"] == language
    assert doc.cover["meeting"].startswith(meeting)
    assert (doc.base_symbol, doc.language, doc.date) == ("C26/77", language, "2026-05-12")
    assert doc.title == "The title here"
    assert doc.source and doc.source in source


def test_a_source_like_line_inside_the_body_does_not_make_a_cover(tmp_path: Path) -> None:
    from importer_fixtures import make_package_docx, numbered_paragraph

    data = make_package_docx([numbered_paragraph(t) for t in (
        "This paper sets out the views of a national regulator.",
        "It was prepared after a public consultation.",
        "Contribution from the Secretariat",
        "The Secretariat adds the following remarks.",
    )])
    from cwgi_desktop.core.importers import parse_bytes

    doc = parse_bytes(data, "plain.docx")
    assert len(doc.paragraphs) == 4
    assert doc.cover == {}
    assert [p.number for p in doc.paragraphs] == ["1", "2", "3", "4"]


def test_a_plain_text_cover_with_a_two_line_meeting_is_not_body() -> None:
    """The demo's .txt contributions type the meeting on two lines above `Document …`:
    the reader numbered the cover lines 1–8 as body (seen in the window)."""
    from importlib import resources

    from cwgi_desktop.core.importers import parse_bytes

    data = resources.files("cwgi_desktop").joinpath(
        "resources", "demo", "demo-1-E.txt").read_bytes()
    parsed = parse_bytes(data, "demo-1-E.txt")
    assert parsed.cover["meeting"].endswith("Demo open consultation")
    assert parsed.title == "MEANINGFUL CONNECTIVITY BEYOND COVERAGE"
    assert (parsed.paragraphs[0].text, parsed.paragraphs[0].number) == ("Introduction", "1")
    assert not any(p.text.startswith(("Document ", "Original:")) for p in parsed.paragraphs)
