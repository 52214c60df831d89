"""The meeting line of the first page in the document's language, the place-and-date line
under it (`shared/itu-format.md`), from lines typed in any of the six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.labels import load_labels
from cwgi_desktop.core.exporters.meeting_lines import meeting_lines
from cwgi_desktop.core.models import Draft

try:
    from .test_export_docx_fixtures import (
        LANGS,
        TEXTS,
        make_context,
        make_draft,
        make_options,
        styled_texts,
    )
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        LANGS,
        TEXTS,
        make_context,
        make_draft,
        make_options,
        styled_texts,
    )


@pytest.mark.parametrize("language", LANGS)
def test_an_english_meeting_prints_in_the_export_language(tmp_path: Path, language: str) -> None:
    draft, blocks = make_draft("en")  # meeting typed in English
    path = tmp_path / f"{language}.docx"
    export_docx(draft, blocks, path, make_context(), make_options(language))
    assert styled_texts(path, "CoverMeeting") == [TEXTS[language]["meeting"]]
    assert TEXTS[language]["detail"] in styled_texts(path, "Cover")


@pytest.mark.parametrize("typed", LANGS)
@pytest.mark.parametrize("language", LANGS)
def test_lines_typed_in_any_language_read_back(typed: str, language: str) -> None:
    draft = Draft(id="d", language=typed, meeting=str(TEXTS[typed]["meeting"]),
                  meeting_detail=str(TEXTS[typed]["detail"]))
    assert meeting_lines(draft, load_labels(language)) == (
        TEXTS[language]["meeting"], TEXTS[language]["detail"])


def test_a_meeting_typed_on_one_line_gets_its_place_and_date_line() -> None:
    draft = Draft(id="d", meeting="Council 2026, Geneva, 22-23 January 2026")
    assert meeting_lines(draft, load_labels("fr")) == ("Conseil 2026", "Genève, 22-23 janvier 2026")
    assert meeting_lines(draft, load_labels("zh")) == ("2026年理事会", "2026年1月22-23日，日内瓦")


def test_a_line_nobody_can_read_is_printed_as_typed_with_a_warning() -> None:
    warnings: list[str] = []
    draft = Draft(id="d", language="en", meeting="Twenty-second meeting",
                  meeting_detail="Online")
    assert meeting_lines(draft, load_labels("fr"), warnings.append) == (
        "Twenty-second meeting", "Online")
    assert len(warnings) == 2


def test_a_council_contribution_without_meeting_gets_the_council_of_its_year() -> None:
    draft = Draft(id="d", kind="council_contribution", date="2026-05-12")
    assert meeting_lines(draft, load_labels("ru"))[0] == "Совет 2026 года"


def test_chinese_text_is_split_by_script_for_the_east_asian_hint() -> None:
    from cwgi_desktop.core.exporters.ooxml import cjk_segments

    assert cjk_segments("本文件介绍了CWG-Internet组织的公开磋商") == [
        ("本文件介绍了", True), ("CWG-Internet", False), ("组织的公开磋商", True)]
    assert cjk_segments("2026年5月12日") == [("2026年5月12日", True)]
    assert cjk_segments("（文件C26/77，第4段）") == [
        ("（文件", True), ("C26/77", False), ("，第4段）", True)]
