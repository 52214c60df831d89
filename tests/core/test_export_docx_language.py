"""Exporting a draft in another language than its own: only the fixed texts change, the
result says so, and English text in an Arabic layout keeps its left-to-right paragraphs."""

from __future__ import annotations

from pathlib import Path

from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.file_names import export_file_stem, with_language_suffix
from cwgi_desktop.core.models import Draft

try:
    from .test_export_docx_fixtures import (
        TEXTS,
        body_paragraphs,
        make_context,
        make_draft,
        make_options,
        paragraph_text,
        w,
    )
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        TEXTS,
        body_paragraphs,
        make_context,
        make_draft,
        make_options,
        paragraph_text,
        w,
    )


def test_another_language_is_reported_as_fixed_texts_only(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    result = export_docx(draft, blocks, tmp_path / "ar.docx", make_context(),
                         make_options("ar"))
    assert any("only the fixed texts" in warning for warning in result.warnings)
    same = export_docx(draft, blocks, tmp_path / "en.docx", make_context(), make_options("en"))
    assert not any("fixed texts" in warning for warning in same.warnings)


def test_english_text_in_an_arabic_layout_stays_left_to_right(tmp_path: Path) -> None:
    draft, blocks = make_draft("en")
    path = tmp_path / "en-in-ar.docx"
    export_docx(draft, blocks, path, make_context(), make_options("ar"))
    english = str(TEXTS["en"]["proposal_text"]).replace("**", "")
    paragraph = next(p for p in body_paragraphs(path) if paragraph_text(p) == english)
    assert paragraph.find(f"{w('pPr')}/{w('bidi')}") is None
    assert next(paragraph.iter(w("rtl")), None) is None  # the full stop stays at the end
    annex = next(p for p in body_paragraphs(path, "AnnexNo"))
    assert annex.find(f"{w('pPr')}/{w('bidi')}") is not None  # Arabic labels stay RTL


def test_file_names_take_the_language_suffix() -> None:
    draft = Draft(id="d", title="Key findings", symbol="C26/52")
    assert export_file_stem(draft, "fr") == "C26-52-F"
    assert export_file_stem(Draft(id="d", title="Key findings"), "ar") == "Key findings-A"
    assert with_language_suffix("C26-52-E", "zh") == "C26-52-C"
    assert with_language_suffix("report", "ru") == "report-R"
