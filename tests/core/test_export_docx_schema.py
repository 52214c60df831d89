"""Every part of every kind of Word export is valid against the OOXML schemas.

The validator is `openxml-audit` (MIT, a test dependency): it checks each part of the
package against the ISO/IEC 29500 transitional schemas as the Open XML SDK encodes them
(element order, allowed children and attributes, value types) plus the SDK's semantic
rules, i.e. what makes Word offer to repair a file. Exports cover the five draft kinds, six
languages, with and without comments and the Sources annex, footnotes, tables and captions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.exporters.docx_itu import export_docx

try:
    from .test_export_docx_fixtures import KINDS, LANGS, make_context, make_draft, make_options
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        KINDS,
        LANGS,
        make_context,
        make_draft,
        make_options,
    )

openxml_audit = pytest.importorskip("openxml_audit")


def schema_errors(path: Path) -> list[str]:
    """The schema and semantic violations in a .docx, one line each ("" list: valid)."""
    validator = openxml_audit.OpenXmlValidator(max_errors=0)
    result = validator.validate(str(path))
    return [f"{e.part_uri} {e.path}: {e.description}" for e in result.errors]


VARIANTS = {
    "plain": {"include_sources_annex": False},
    "sources": {"include_sources_annex": True},
    "comments": {"include_sources_annex": True, "include_annotations_as_comments": True,
                 "author": "Maria Rapporteur"},
}


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_part_is_schema_valid(tmp_path: Path, language: str, variant: str) -> None:
    draft, blocks = make_draft(language)
    path = tmp_path / f"{language}-{variant}.docx"
    export_docx(draft, blocks, path, make_context(), make_options(language, **VARIANTS[variant]))
    assert schema_errors(path) == []


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_schema_valid(tmp_path: Path, kind: str) -> None:
    draft, blocks = make_draft("en", kind)
    path = tmp_path / f"{kind}.docx"
    options = make_options("en", include_annotations_as_comments=True)
    export_docx(draft, blocks, path, make_context(), options)
    assert schema_errors(path) == []


def test_the_validator_sees_a_misordered_run_property(tmp_path: Path) -> None:
    """The check is real: `w:caps` before `w:b` (the old AnnexNo style) is reported."""
    import zipfile

    draft, blocks = make_draft("en")
    good = tmp_path / "good.docx"
    export_docx(draft, blocks, good, make_context(), make_options("en"))
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data.replace(b"<w:b/><w:bCs/><w:caps/>", b"<w:caps/><w:b/><w:bCs/>", 1)
            dst.writestr(item, data)
    assert any("Unexpected element 'b'" in e for e in schema_errors(bad))
