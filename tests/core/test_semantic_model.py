"""The real multilingual model (USE v3, shipped in its wheel): translations are found
across the six languages. Loading it takes a second or two; the larger check is slow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cwgi_desktop.core.semantic import SemanticIndex, UseEmbedder
from cwgi_desktop.core.store import Store

DATA = json.loads((Path(__file__).parents[2] / "bench" / "data" / "parallel_statements.json")
                  .read_text(encoding="utf-8"))
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
SUFFIX = {"ar": "A", "zh": "C", "en": "E", "fr": "F", "ru": "R", "es": "S"}


@pytest.fixture(scope="module")
def embedder() -> UseEmbedder:
    return UseEmbedder()


def six_language_store(path: Path, statements: list[dict]) -> tuple[Store, dict[str, str]]:
    """One contribution per language holding the statements in order, and distractors."""
    store = Store(path)
    ids = {}
    distractors = [d["text"] for d in DATA["distractors"]]
    for n, lang in enumerate(LANGUAGES):
        c, _ = store.contributions.add(
            sha256=lang, paragraphs=[(s[lang], "body") for s in statements],
            metadata={"symbol": f"C26/{n + 1}-{SUFFIX[lang]}", "language": lang})
        ids[lang] = c.id
    store.contributions.add(sha256="d", paragraphs=[(t, "body") for t in distractors],
                           metadata={"symbol": "C26/99-E"})
    return store, ids


def test_the_same_point_is_found_in_the_five_other_languages(tmp_path, embedder) -> None:
    statements = DATA["statements"][:8]
    store, ids = six_language_store(tmp_path / "s.sqlite3", statements)
    index = SemanticIndex(store, embedder)
    assert index.build().done == 6 * 8 + len(DATA["distractors"])
    related = index.related_to_paragraph(ids["en"], 3, limit=5)
    assert {r.language for r in related} == {"ar", "zh", "fr", "ru", "es"}
    assert all(r.paragraph == 3 for r in related)
    hits = index.search("凭借负担得起的宽带连接农村地区", limit=6)  # "rural broadband", in Chinese
    assert {(h.language, h.paragraph) for h in hits} >= {("zh", 1), ("en", 1), ("fr", 1),
                                                         ("es", 1)}
    store.close()


@pytest.mark.slow
def test_precision_at_one_over_all_thirty_pairs(tmp_path, embedder) -> None:
    statements = DATA["statements"]
    store, ids = six_language_store(tmp_path / "s.sqlite3", statements)
    index = SemanticIndex(store, embedder)
    index.build()
    hits = total = 0
    for a in LANGUAGES:
        for i in range(1, len(statements) + 1):
            related = index.related_to_paragraph(ids[a], i, limit=40)
            for b in LANGUAGES:
                if b == a:
                    continue
                best = next((r for r in related if r.language == b or r.symbol == "C26/99-E"),
                            None)
                total += 1
                hits += best is not None and best.contribution_id == ids[b] \
                    and best.paragraph == i
    assert hits / total >= 0.9
    store.close()
