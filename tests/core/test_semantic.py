"""Search by meaning in the core: the index, related passages, fused search, suggestions.

Most tests use the deterministic HashEmbedder (texts sharing words come out close); the
real multilingual model is exercised in test_semantic_model.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.semantic import HashEmbedder, SemanticIndex
from cwgi_desktop.core.semantic.suggestions import (
    accept_suggestion,
    dismiss_suggestion,
    suggest_themes,
)
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

ACCESS = "Affordable broadband access should reach every rural village and community."
ACCESS_2 = "Every rural village needs affordable broadband access soon, said the community."
SECURITY = "Governments should publish national cybersecurity strategies regularly."
RECIPE = "The recipe calls for two eggs, a cup of flour and a pinch of salt."


def add(store: Store, symbol: str, paragraphs: list[str]) -> str:
    contribution, _ = store.contributions.add(
        sha256=symbol, paragraphs=[(p, "body") for p in paragraphs],
        metadata={"symbol": symbol, "title": symbol})
    return contribution.id


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite3")
    yield store
    store.close()


@pytest.fixture
def index(store: Store) -> SemanticIndex:
    return SemanticIndex(store, HashEmbedder())


def test_index_covers_body_paragraphs_only_and_reports_progress(store, index) -> None:
    store.contributions.add(sha256="x", paragraphs=[
        (ACCESS, "body"), ("Short one.", "body"), ("A heading that is long enough", "heading"),
        (SECURITY, "list"), ("A footnote long enough to be indexed", "body", "fn1", "footnote", 0),
    ], metadata={"symbol": "C26/1-E"})
    seen: list[tuple[int, int]] = []
    report = index.build(progress=lambda done, total: seen.append((done, total)))
    assert (report.indexed, report.done, report.total) == (2, 2, 2)
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)


def test_indexing_is_incremental_and_resumes_where_it_stopped(store, index) -> None:
    add(store, "C26/1-E", [f"{ACCESS} {i}" for i in range(10)])
    first = index.build(batch=3, limit=4)
    assert (first.indexed, first.done, first.total) == (4, 4, 10)
    embedder = index.embedder
    calls = embedder.calls
    second = index.build(batch=3)
    assert (second.indexed, second.done) == (6, 10)
    assert embedder.calls - calls == 6  # nothing embedded twice
    add(store, "C26/2-E", [SECURITY])
    assert index.build().indexed == 1


def test_cancelling_stops_between_batches_and_keeps_the_batches_done(store, index) -> None:
    add(store, "C26/1-E", [f"{ACCESS} {i}" for i in range(10)])
    batches: list[int] = []
    report = index.build(batch=2, progress=lambda done, total: batches.append(done),
                         cancelled=lambda: len(batches) > 2)
    assert report.cancelled and report.done == 4
    assert store.vectors.progress(index.model) == (4, 10)
    assert index.build().done == 10


def test_vectors_go_with_their_contribution(store, index) -> None:
    keep = add(store, "C26/1-E", [ACCESS, SECURITY])
    gone = add(store, "C26/2-E", [ACCESS_2])
    index.build()
    store.contributions.delete(gone)
    assert store.scalar("SELECT count(*) FROM paragraph_vectors") == 2
    assert store.scalar("SELECT count(*) FROM paragraph_vectors WHERE contribution_id = ?",
                        (gone,)) == 0
    assert store.check() == []
    assert [p.contribution_id for p in index.related_to_paragraph(keep, 1)] == []


def test_vectors_are_float16_blobs(store, index) -> None:
    add(store, "C26/1-E", [ACCESS])
    index.build()
    blob = store.scalar("SELECT vector FROM paragraph_vectors")
    assert len(blob) == 2 * index.embedder.dim


def test_related_passages_come_from_other_contributions_best_first(store, index) -> None:
    mine = add(store, "C26/1-E", [ACCESS, SECURITY])
    other = add(store, "C26/2-F", [RECIPE, ACCESS_2])
    index.build()
    related = index.related_to_paragraph(mine, 1)
    assert related[0].contribution_id == other and related[0].paragraph == 2
    assert related[0].symbol == "C26/2-F" and related[0].language == "fr"
    assert related[0].number == "2" and related[0].text == ACCESS_2
    assert all(r.contribution_id != mine for r in related)
    assert [r.score for r in related] == sorted((r.score for r in related), reverse=True)
    assert RECIPE not in [r.text for r in related]  # below the similarity floor


def test_related_to_an_annotation_and_to_a_finding(store, index) -> None:
    mine = add(store, "C26/1-E", [ACCESS, SECURITY])
    other = add(store, "C26/2-E", [ACCESS_2])
    index.build()
    annotation = store.annotations.add(mine, author="A", quote="rural village")
    assert index.related_to_annotation(annotation.id)[0].contribution_id == other
    draft = draft_service.create_draft(store, "key_findings", "Findings")
    block = store.blocks.insert(draft.id, kind="finding",
                               text="Affordable rural broadband access [@C26/9, para 2].")
    assert {r.contribution_id for r in index.related_to_block(block.id)} == {mine, other}


def test_related_to_a_paragraph_not_yet_indexed_embeds_it_on_the_fly(store, index) -> None:
    add(store, "C26/2-E", [ACCESS_2])
    index.build()
    late = add(store, "C26/1-E", [ACCESS])
    assert index.related_to_paragraph(late, 1)[0].text == ACCESS_2


def test_fused_search_keeps_the_hit_shape_and_finds_what_full_text_misses(store, index):
    exact = add(store, "C26/1-E", ["The rural broadband plan is here for everyone."])
    near = add(store, "C26/2-E", [ACCESS])
    add(store, "C26/3-E", [RECIPE])
    index.build()
    plain = store.search.find("broadband rural plan")
    assert [h.contribution_id for h in plain] == [exact]
    fused = index.search("broadband rural plan")
    assert fused[0].contribution_id == exact
    assert near in [h.contribution_id for h in fused]
    assert set(fused[0].to_dict()) == set(plain[0].to_dict())
    assert fused[0].snippet == plain[0].snippet
    assert index.search("broadband rural plan", language="xx") == []
    assert {h.contribution_id for h in index.search("broadband village", contribution_id=near)} \
        == {near}


def test_a_new_vector_is_seen_by_the_next_query(store, index) -> None:
    mine = add(store, "C26/1-E", [ACCESS])
    index.build()
    assert index.related_to_paragraph(mine, 1) == []
    add(store, "C26/2-E", [ACCESS_2])
    index.build()
    assert len(index.related_to_paragraph(mine, 1)) == 1


def test_a_second_connection_sees_vectors_written_by_another(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    writer, reader = Store(path), Store(path)
    mine = add(writer, "C26/1-E", [ACCESS])
    reading = SemanticIndex(reader, HashEmbedder())
    SemanticIndex(writer, HashEmbedder()).build()
    assert reading.related_to_paragraph(mine, 1) == []
    add(writer, "C26/2-E", [ACCESS_2])
    SemanticIndex(writer, HashEmbedder()).build()
    assert len(reading.related_to_paragraph(mine, 1)) == 1
    writer.close()
    reader.close()


def test_theme_suggestions_from_the_nearest_annotated_passages(store, index) -> None:
    annotated = add(store, "C26/1-E", [ACCESS, SECURITY])
    open_ = add(store, "C26/2-E", [ACCESS_2, RECIPE])
    store.annotations.add(annotated, author="A", quote="rural village", themes=["Access"])
    store.annotations.add(annotated, author="A", quote="cybersecurity", themes=["Security"])
    index.build()
    suggestions = suggest_themes(index, open_, 1)
    assert [s.name for s in suggestions] == ["Access"]
    assert suggestions[0].evidence == [(annotated, 1)]
    assert suggest_themes(index, open_, 2) == []  # nothing annotated is close
    assert suggest_themes(index, annotated, 1) == []  # annotated already

    dismiss_suggestion(store, open_, 1, suggestions[0].theme_id)
    assert suggest_themes(index, open_, 1) == []

    third = add(store, "C26/3-E", [ACCESS_2 + " Indeed."])
    index.build()
    offered = suggest_themes(index, third, 1)[0]
    annotation = accept_suggestion(store, third, 1, offered.theme_id, author="B")
    assert annotation.themes == [offered.theme_id] and annotation.paragraph == 1
    assert annotation.quote == ACCESS_2 + " Indeed."
    assert suggest_themes(index, third, 1) == []


def test_migration_4_adds_the_vector_tables_to_an_older_store(tmp_path: Path) -> None:
    from old_store import make_store

    path = tmp_path / "old.sqlite3"
    # A real schema-3 store: later migrations (5, 6, ...) run on it too, whatever they add.
    make_store(path, 3).close()
    store = Store(path)
    assert store.schema_version >= 4
    assert store.vectors.progress("m") == (0, 0)
    store.close()


def test_cover_page_lines_are_not_indexed(store, index) -> None:
    store.contributions.add(sha256="c", metadata={"symbol": "C26/1-E"}, paragraphs=[
        ("Council Working Group on International Internet-related Public Policy Issues",
         "body"),
        ("Рабочая группа Совета по вопросам международной государственной политики, "
         "касающимся интернета", "body"),
        ("Contribution from the Republic of Arcadia", "body"), (ACCESS, "body"),
        ("Promote affordable access to broadband in rural areas", "list")])
    assert index.build().total == 2
