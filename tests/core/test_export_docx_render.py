"""The Word export rendered by LibreOffice: page count and printed text, six languages.

All six documents are converted in one `soffice` call with a private profile, to keep the
run short. Skipped (with the reason) when LibreOffice or poppler-utils are not installed;
CI installs them with the Carlito and Noto fonts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from cwgi_desktop.core.exporters.docx_itu import export_docx

try:
    from .test_export_docx_fixtures import (
        EXPECTED,
        LANGS,
        TEXTS,
        make_context,
        make_draft,
        make_options,
    )
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        EXPECTED,
        LANGS,
        TEXTS,
        make_context,
        make_draft,
        make_options,
    )

# Cover page (+ body), annex 1 and the Sources annex each start a page.
MIN_PAGES = 3
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ARABIC_LAM_ALEF = re.compile("[\u0627\u0623\u0625\u0622\u0644]")


def _tools_missing() -> str | None:
    for tool in ("soffice", "pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            return f"{tool} not installed (CI installs LibreOffice and poppler-utils)"
    return None


def skeleton(text: str, language: str) -> str:
    """Text reduced for comparison with what pdftotext extracts.

    Case, blanks and bidi controls are dropped and compatibility forms folded. For Arabic,
    lam and the alef letters are dropped too: pdftotext extracts the lam-alef ligature with
    its two letters swapped (`الأصل` comes out as `األصل`).
    """
    text = unicodedata.normalize("NFKC", _BIDI_CONTROLS.sub("", text)).casefold()
    text = re.sub(r"\s+", "", text)
    if language == "ar":
        text = _ARABIC_LAM_ALEF.sub("", text)
    return text


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The six sample drafts exported and converted to PDF in one LibreOffice run."""
    reason = _tools_missing()
    if reason:
        pytest.skip(reason)
    out = tmp_path_factory.mktemp("render")
    profile = tmp_path_factory.mktemp("lo-profile")
    docs = []
    for language in LANGS:
        draft, blocks = make_draft(language)
        path = out / f"draft-{language}.docx"
        export_docx(draft, blocks, path, make_context(), make_options(language))
        docs.append(str(path))
    completed = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *docs,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    result = {language: out / f"draft-{language}.pdf" for language in LANGS}
    missing = [str(p) for p in result.values() if not p.is_file()]
    assert not missing, f"soffice produced no PDF for {missing}: {completed.stderr[-2000:]}"
    return result


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match, info.stdout
    return int(match.group(1))


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("language", LANGS)
def test_rendered_page_count(pdfs: dict[str, Path], language: str) -> None:
    assert _pages(pdfs[language]) >= MIN_PAGES


@pytest.mark.parametrize("language", LANGS)
def test_rendered_text_has_title_number_and_labels(pdfs: dict[str, Path], language: str) -> None:
    printed = skeleton(_text(pdfs[language]), language)
    expected = EXPECTED[language]
    wanted = {
        "title": str(TEXTS[language]["title"]),
        "number": expected["document"],
        "date": expected["date"],
        "original": expected["original"],
        "purpose": expected["purpose"],
        "action": expected["action"],
        "references": expected["references"],
        "annex": expected["annex"],
        "footnote": str(TEXTS[language]["footnote"]),
    }
    for name, text in wanted.items():
        assert skeleton(text, language) in printed, f"{name}: {text!r} not printed"


@pytest.mark.parametrize("language", LANGS)
def test_running_header_from_page_two_only(pdfs: dict[str, Path], language: str) -> None:
    pages = [skeleton(page, language) for page in _text(pdfs[language]).split("\f")]
    number = skeleton(f"C26/52-{EXPECTED[language]['document'][-1]}", language)
    # pdftotext joins a line ending in "-" with the next one: "- 2 -" + number → "-2" + number
    assert pages[1].startswith("-2") and number in pages[1][:20]
    assert not pages[0].startswith("-1")


def test_skeleton_folds_what_pdftotext_changes() -> None:
    assert skeleton("\u202bالأصل\u202c", "ar") == skeleton("األصل", "ar")
    assert skeleton("2026 年 5 月", "zh") == skeleton("2026年5月", "zh")
    assert skeleton("KEY FINDINGS", "en") == skeleton("Key findings", "en")
