"""The unzipped XML parts of the Word export, compared with reference files.

Volatile values (timestamps, revision ids, comment dates) are masked and the XML is
pretty-printed so a difference shows as a readable diff. After an intended change of the
output, regenerate the references and review them in the diff:

    CWGI_REGEN_REFERENCE=1 pytest tests/core/test_export_docx_reference.py
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from lxml import etree

from cwgi_desktop.core.exporters.docx_itu import export_docx

try:
    from .test_export_docx_fixtures import LANGS, make_context, make_draft, make_options, read_part
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        LANGS,
        make_context,
        make_draft,
        make_options,
        read_part,
    )

REFERENCE_DIR = Path(__file__).parent / "reference" / "docx"
PARTS = {
    "document": "word/document.xml",
    "styles": "word/styles.xml",
    "footnotes": "word/footnotes.xml",
    "header1": "word/header1.xml",
    "header2": "word/header2.xml",
    "settings": "word/settings.xml",
}
_MASKS = [
    (re.compile(r'(w:rsid\w*)="[0-9A-Fa-f]+"'), r'\1="MASKED"'),
    (re.compile(r'(w:date)="[^"]*"'), r'\1="MASKED"'),
    (re.compile(r'(w14:(?:paraId|textId))="[^"]*"'), r'\1="MASKED"'),
    (re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*"), r"\1MASKED"),
]


def normalise(data: bytes) -> str:
    """Pretty-printed XML with volatile values masked."""
    parser = etree.XMLParser(remove_blank_text=True)
    text = etree.tostring(etree.fromstring(data, parser), pretty_print=True, encoding="unicode")
    for pattern, replacement in _MASKS:
        text = pattern.sub(replacement, text)
    return text


def test_masking_hides_volatile_values_only() -> None:
    data = (
        b'<w:p xmlns:w="urn:w" w:rsidR="00AB12CD" w:date="2026-01-01T00:00:00Z">'
        b"<w:t>2026-01-01</w:t></w:p>"
    )
    text = normalise(data)
    assert 'w:rsidR="MASKED"' in text and 'w:date="MASKED"' in text
    assert "<w:t>2026-01-01</w:t>" in text


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One export per language (key findings, Sources annex on, fixed timestamp)."""
    out = tmp_path_factory.mktemp("reference")
    paths: dict[str, Path] = {}
    for language in LANGS:
        draft, blocks = make_draft(language)
        path = out / f"{language}.docx"
        export_docx(draft, blocks, path, make_context(), make_options(language))
        paths[language] = path
    return paths


@pytest.mark.parametrize("part", sorted(PARTS))
@pytest.mark.parametrize("language", LANGS)
def test_part_matches_reference(generated: dict[str, Path], language: str, part: str) -> None:
    actual = normalise(read_part(generated[language], PARTS[part]))
    reference = REFERENCE_DIR / language / f"{part}.xml"
    if os.environ.get("CWGI_REGEN_REFERENCE") == "1":
        reference.parent.mkdir(parents=True, exist_ok=True)
        reference.write_text(actual, encoding="utf-8")
        pytest.skip(f"regenerated {reference.relative_to(REFERENCE_DIR)}")
    assert reference.is_file(), (
        f"missing reference {reference}; run with CWGI_REGEN_REFERENCE=1 and review it"
    )
    expected = reference.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"reference/{language}/{part}.xml",
                tofile="generated",
                n=2,
            )
        )
        pytest.fail(f"{PARTS[part]} ({language}) differs from its reference:\n{diff[:6000]}")


def test_export_is_deterministic(tmp_path: Path) -> None:
    draft, blocks = make_draft("ar")
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    export_docx(draft, blocks, first, make_context(), make_options("ar"))
    export_docx(draft, blocks, second, make_context(), make_options("ar"))
    for name in PARTS.values():
        assert read_part(first, name) == read_part(second, name), name
