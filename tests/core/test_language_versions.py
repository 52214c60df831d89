"""Language versions of a draft: shared structure and citations, own suffix, stale blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_fixtures import seeded_store  # noqa: F401 (the `store` fixture)

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exporters.docx_itu import DocxOptions, export_docx
from cwgi_desktop.core.models import Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services.export import build_export_context
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.migrations import MIGRATIONS, SCHEMA_VERSION

DRAFT_MD = """---
kind: key_findings
title: "Key findings on Internet access"
language: en
symbol: C26/52
---

# Introduction

The Group received two contributions [@C26/77; @C26/52].

# Key findings

1. Open access reduces wholesale costs [@C26/77, para 2].
"""


@pytest.fixture
def original(store: Store) -> Draft:
    return draft_service.import_markdown(store, DRAFT_MD)


def test_the_migration_is_the_fifth(store: Store) -> None:
    """After the paragraph vectors (4), before the exchange safety (6): merged branches
    renumbered their migrations."""
    assert MIGRATIONS[4].__name__ == "_v5_language_versions"
    assert MIGRATIONS[5].__name__ == "_v6_exchange_safety"
    assert SCHEMA_VERSION == 7 and MIGRATIONS[-1].__name__ == "_v7_travelling_reviews"
    assert store.schema_version == 7


def test_a_version_shares_the_structure_and_citations(store: Store, original: Draft) -> None:
    version = store.language_versions.create(original.id, "fr")
    assert (version.language, version.symbol, version.kind) == ("fr", "C26/52", original.kind)
    assert store.language_versions.original_of(version.id).id == original.id
    assert [v.id for v in store.language_versions.all(original.id)] == [version.id]
    assert [v.id for v in store.language_versions.all(version.id)] == [version.id]
    pairs = store.language_versions.blocks(version.id)
    assert [(p.block.kind, p.block.level) for p in pairs] == [
        (b.kind, b.level) for b in store.blocks.all(original.id)]
    assert [p.source.id for p in pairs] == [b.id for b in store.blocks.all(original.id)]
    assert not any(p.stale or p.citations_differ for p in pairs)


def test_an_edit_of_the_original_makes_the_block_stale(store: Store, original: Draft) -> None:
    version = store.language_versions.create(original.id, "fr")
    finding = store.blocks.all(original.id)[-1]
    translated = store.language_versions.blocks(version.id)[-1].block
    store.blocks.update_text(translated.id, "L'accès ouvert réduit les coûts [@C26/77, para 2].")
    assert store.language_versions.stale_block_ids(version.id) == set()
    store.blocks.update_text(finding.id, finding.text.replace("reduces", "lowers"))
    assert store.language_versions.stale_block_ids(version.id) == {translated.id}
    store.language_versions.mark_current(translated.id)
    assert store.language_versions.stale_block_ids(version.id) == set()


def test_a_translation_citing_other_documents_is_flagged(store: Store, original: Draft) -> None:
    version = store.language_versions.create(original.id, "fr")
    translated = store.language_versions.blocks(version.id)[-1].block
    store.blocks.update_text(translated.id, "L'accès ouvert réduit les coûts [@C26/52].")
    assert store.language_versions.blocks(version.id)[-1].citations_differ


def test_one_version_per_language_and_not_the_original_language(
        store: Store, original: Draft) -> None:
    store.language_versions.create(original.id, "fr")
    with pytest.raises(InvalidInput, match="fr version already"):
        store.language_versions.create(original.id, "fr")
    with pytest.raises(InvalidInput, match="already written in that language"):
        store.language_versions.create(original.id, "en")


def test_a_version_exports_with_its_suffix_and_the_original_language(
        store: Store, original: Draft, tmp_path: Path) -> None:
    import docx

    version = store.language_versions.create(original.id, "fr")
    blocks = store.blocks.all(version.id)
    out = tmp_path / "fr.docx"
    result = export_docx(version, blocks, out, build_export_context(store, version, blocks),
                         DocxOptions(original_language=original.language))
    assert result.language == "fr" and not any("fixed texts" in w for w in result.warnings)
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any("Document C26/52-F" in c for c in cells)
    assert any("Original: anglais" in c for c in cells)
