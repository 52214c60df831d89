"""Full-text search in the six ITU languages: accents, scripts, Chinese without spaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.store import Store
from cwgi_desktop.core.textnorm import SNIPPET_CLOSE, SNIPPET_OPEN, fts_query, snippet

CORPUS = {
    "C26/77-F": ["Le Groupe produit surtout des résumés et des compilations.",
                 "Nous proposons des résumés analytiques et des lignes directrices."],
    "C26/77-E": ["The Group mostly produced summaries and compilations."],
    "C26/78-S": ["La conectividad internacional es esencial para el desarrollo."],
    "C26/79-R": ["Многоязычие интернета остаётся приоритетом для Российской Федерации."],
    "C26/80-A": ["يجب تعزيز النفاذ إلى الإنترنت في البلدان النامية."],
    "C26/81-C": ["人工智能对互联网公共政策提出了新的挑战。"],
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite3")
    for i, (symbol, paragraphs) in enumerate(CORPUS.items()):
        store.contributions.add(sha256=f"sha{i}", paragraphs=[(p, "body") for p in paragraphs],
                               metadata={"symbol": symbol, "title": f"Title {symbol}"})
    return store


@pytest.mark.parametrize(
    ("query", "symbol", "marked"),
    [
        ("resumes analytiques", "C26/77-F", "résumés"),
        ("RÉSUMÉS", "C26/77-F", "résumés"),
        ("conectividad", "C26/78-S", "conectividad"),
        ("интернета", "C26/79-R", "интернета"),
        ("остается", "C26/79-R", "остаётся"),  # ё folds to е
        ("الإنترنت", "C26/80-A", "الإنترنت"),
        ("人工", "C26/81-C", "人工"),
        ("互联网", "C26/81-C", "互联网"),
        ("compilations", "C26/77-E", "compilations"),
    ],
)
def test_each_language_is_found_with_the_hit_marked(
    store: Store, query: str, symbol: str, marked: str
) -> None:
    hits = store.search.find(query)
    assert symbol in {h.symbol for h in hits}
    hit = next(h for h in hits if h.symbol == symbol)
    assert f"{SNIPPET_OPEN}{marked}{SNIPPET_CLOSE}" in hit.snippet


def test_query_words_must_all_occur(store: Store) -> None:
    assert [h.symbol for h in store.search.find("résumés analytiques")] == ["C26/77-F"]
    assert [h.paragraph for h in store.search.find("résumés analytiques")] == [2]
    assert store.search.find("résumés conectividad") == []


def test_ranking_puts_the_denser_paragraph_first(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    store.contributions.add(sha256="1", paragraphs=[("privacy " + "filler " * 50, "body")],
                           metadata={"symbol": "C26/1-E"})
    store.contributions.add(sha256="2", paragraphs=[("privacy privacy data privacy", "body")],
                           metadata={"symbol": "C26/2-E"})
    assert [h.symbol for h in store.search.find("privacy")] == ["C26/2-E", "C26/1-E"]


def test_last_word_matches_as_a_prefix_for_search_as_you_type(store: Store) -> None:
    assert {h.symbol for h in store.search.find("compil")} == {"C26/77-F", "C26/77-E"}


def test_fts_operators_typed_by_users_are_words(store: Store) -> None:
    assert fts_query('NEAR(" OR -') == '"near" "or"'
    assert fts_query('" - *') == ""
    assert store.search.find('"unbalanced') == []
    assert [h.symbol for h in store.search.find("AND")] == ["C26/77-E"]  # the word "and"


def test_deleting_a_contribution_removes_it_from_the_index(store: Store) -> None:
    store.contributions.delete("C26/81-C")
    assert store.search.find("人工") == []
    assert store.check() == []


def test_snippet_windows_long_paragraphs() -> None:
    text = "word " * 100 + "target here " + "tail " * 100
    out = snippet(text, "target", width=80)
    assert out.startswith("…") and out.endswith("…")
    assert f"{SNIPPET_OPEN}target{SNIPPET_CLOSE}" in out
    assert len(out) < 100


def test_a_quoted_phrase_is_searched_as_a_phrase(tmp_path: Path) -> None:
    store = Store(tmp_path / "phrase.sqlite3")
    store.contributions.add(sha256="p1", paragraphs=[("Intro.", "body"), (
        "We support Internet governance that includes everyone.", "body")],
        metadata={"symbol": "C26/90-E"})
    store.contributions.add(sha256="p2", paragraphs=[(
        "The governance of the Internet is shared.", "body")], metadata={"symbol": "C26/91-E"})
    assert fts_query('"internet governance"') == '"internet governance"'
    assert {h.symbol for h in store.search.find("internet governance")} == {"C26/90-E", "C26/91-E"}
    [hit] = store.search.find('"Internet governance"')
    assert hit.symbol == "C26/90-E" and hit.paragraph == 2
    assert [h.symbol for h in store.search.find('"governance internet"')] == []
    # A phrase and a loose word together; accents fold inside the phrase too.
    [hit] = store.search.find('includes "INTERNÉT governance"')
    assert hit.symbol == "C26/90-E"


def test_search_finds_each_hits_best_paragraph_in_one_query(store: Store) -> None:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    hits = store.search.find("des")
    store.conn.set_trace_callback(None)
    assert hits
    assert sum("FROM paragraphs" in s for s in statements) == 1
