"""Drafts and their blocks in the store: templates, editing operations, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound
from cwgi_desktop.core.models import Block
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "s.sqlite3")
    yield s
    s.close()


def add_doc(store: Store, symbol: str, *, consultation: str = "IXP") -> None:
    store.add_contribution(
        sha256=symbol, paragraphs=[("Intro", "heading"), ("Body of " + symbol, "body")],
        metadata={"symbol": symbol, "title": f"Title {symbol}", "source": "Brazil",
                  "source_type": "Member State", "consultation": consultation},
    )


def texts(store: Store, draft_id: str) -> list[str]:
    return [b.text for b in store.blocks(draft_id)]


def positions_dense(store: Store, draft_id: str) -> bool:
    all_blocks = store.blocks(draft_id, include_deleted=True)
    return [b.position for b in all_blocks] == list(range(len(all_blocks)))


def empty_draft(store: Store, *names: str) -> tuple[str, list[str]]:
    draft = draft_service.create_draft(store, "key_findings", "T", template=False)
    ids = [store.insert_block(draft.id, "paragraph", n).id for n in names]
    return draft.id, ids


# -- drafts ----------------------------------------------------------------------------


def test_new_key_findings_draft_starts_from_its_template(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "Findings on IXPs", "en")
    blocks = store.blocks(draft.id)
    assert [(b.kind, b.level) for b in blocks] == [("heading", 1), ("heading", 1),
                                                   ("finding", 1)]
    assert blocks[1].text == "Key findings"
    assert "Evidence" in blocks[2].text


def test_council_contribution_template_in_french_uses_itu_titles(store: Store) -> None:
    draft = draft_service.create_draft(store, "council_contribution", "Contribution", "fr")
    headings = [b.text for b in store.blocks(draft.id) if b.kind == "heading"]
    assert headings == ["Introduction", "Examen", "Proposition"]
    assert [b.kind for b in store.blocks(draft.id)][-2:] == ["recommendation", "annex"]


def test_every_kind_has_a_template_in_every_language(store: Store) -> None:
    for kind in ("analytical_summary", "key_findings", "guidelines", "council_contribution",
                 "compilation"):
        for language in ("en", "fr", "es", "ar", "zh", "ru"):
            draft = draft_service.create_draft(store, kind, f"{kind} {language}", language)
            blocks = store.blocks(draft.id)
            assert blocks and blocks[0].kind == "heading" and blocks[0].text


def test_create_draft_rejects_unknown_kind_language_and_field(store: Store) -> None:
    with pytest.raises(InvalidInput, match="not a draft kind"):
        draft_service.create_draft(store, "memo", "x")
    with pytest.raises(InvalidInput, match="six ITU languages"):
        draft_service.create_draft(store, "key_findings", "x", "de")
    with pytest.raises(InvalidInput, match="colour: not a draft field"):
        draft_service.create_draft(store, "key_findings", "x", colour="red")
    assert store.drafts() == []


def test_update_draft_metadata_and_find_by_title_or_prefix(store: Store) -> None:
    draft = draft_service.create_draft(
            store, "guidelines", "Guidelines on access", symbol="C26/99-E")
    updated = store.update_draft(draft.id, purpose="To agree", references="Res 1305",
                                 revision=1)
    assert (updated.purpose, updated.references, updated.revision) == (
        "To agree", "Res 1305", 1)
    assert updated.updated >= draft.updated
    assert store.find_draft("guidelines on ACCESS").id == draft.id
    assert store.find_draft(draft.id[:6]).id == draft.id
    with pytest.raises(NotFound):
        store.find_draft("nothing like it")


def test_find_draft_with_a_shared_title_is_ambiguous(store: Store) -> None:
    draft_service.create_draft(store, "key_findings", "Same")
    draft_service.create_draft(store, "key_findings", "Same")
    with pytest.raises(Ambiguous, match="several drafts"):
        store.find_draft("Same")


def test_deleted_draft_is_a_tombstone(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "Gone")
    store.delete_draft(draft.id)
    assert store.drafts() == []
    assert store.draft(draft.id).deleted
    store.delete_draft(draft.id, deleted=False)
    assert [d.id for d in store.drafts()] == [draft.id]


# -- blocks ----------------------------------------------------------------------------


def test_insert_after_before_index_and_at_end(store: Store) -> None:
    draft_id, (a, _b) = empty_draft(store, "a", "b")
    store.insert_block(draft_id, "paragraph", "a2", after=a)
    store.insert_block(draft_id, "paragraph", "first", index=0)
    store.insert_block(draft_id, "paragraph", "last")
    assert texts(store, draft_id) == ["first", "a", "a2", "b", "last"]
    assert positions_dense(store, draft_id)


def test_inserted_block_takes_the_level_of_the_block_it_follows(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "T", template=False)
    heading = store.insert_block(draft.id, "heading", "Sub", level=2)
    assert store.insert_block(draft.id, after=heading.id).level == 2
    with pytest.raises(InvalidInput, match="level 7"):
        store.insert_block(draft.id, "paragraph", "x", level=7)
    with pytest.raises(InvalidInput, match="not a block kind"):
        store.insert_block(draft.id, "table", "x")


def test_update_block_text_refreshes_the_citation_index(store: Store) -> None:
    draft_id, (a,) = empty_draft(store, "a")
    store.update_block_text(a, "See [@C26/77-F, paras 3-4; @CWG-Internet-22/4].")
    assert sorted(store.draft_citations(draft_id), key=str) == sorted([
        (a, "paragraph", "C26/77", 3), (a, "paragraph", "C26/77", 4),
        (a, "paragraph", "CWG-Internet-22/4", None)], key=str)
    store.update_block_text(a, "No citation any more.")
    assert store.draft_citations(draft_id) == []


def test_update_with_the_same_text_writes_nothing(store: Store) -> None:
    _draft_id, (a,) = empty_draft(store, "same")
    before = store.block(a).updated
    assert store.update_block_text(a, "same").updated == before


def test_set_kind_and_level_bounds(store: Store) -> None:
    _draft_id, (a,) = empty_draft(store, "a")
    assert store.set_block_kind(a, "finding").kind == "finding"
    with pytest.raises(InvalidInput):
        store.set_block_kind(a, "poem")
    assert store.outdent_block(a) == []  # already at level 1
    for _ in range(10):
        store.indent_block(a)
    assert store.block(a).level == 6


def test_indenting_a_heading_carries_its_section(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "T", template=False)
    h1 = store.insert_block(draft.id, "heading", "One", level=1)
    p1 = store.insert_block(draft.id, "paragraph", "under one", level=1)
    h2 = store.insert_block(draft.id, "heading", "Two", level=1)
    changed = store.indent_block(h1.id)
    assert {b.id for b in changed} == {h1.id, p1.id}
    assert [b.level for b in store.blocks(draft.id)] == [2, 2, 1]
    assert store.block(h2.id).level == 1
    store.indent_block(p1.id, with_section=False)
    assert store.block(p1.id).level == 3


def test_move_block_to_index_and_up_down(store: Store) -> None:
    draft_id, (a, b, _c, d) = empty_draft(store, "a", "b", "c", "d")
    store.move_block(a, 2)
    assert texts(store, draft_id) == ["b", "c", "a", "d"]
    store.move_block(d, 0)
    assert texts(store, draft_id) == ["d", "b", "c", "a"]
    store.move_block(b, 99)
    assert texts(store, draft_id) == ["d", "c", "a", "b"]
    assert store.move_block_up(a) and texts(store, draft_id) == ["d", "a", "c", "b"]
    assert store.move_block_down(d) and texts(store, draft_id) == ["a", "d", "c", "b"]
    assert not store.move_block_up(a)
    assert not store.move_block_down(b)
    assert positions_dense(store, draft_id)


def test_moving_a_heading_with_its_section(store: Store) -> None:
    draft = draft_service.create_draft(store, "key_findings", "T", template=False)
    ids = [store.insert_block(draft.id, k, t).id for k, t in (
        ("heading", "A"), ("paragraph", "a"), ("heading", "B"), ("paragraph", "b"))]
    store.move_block(ids[2], 0, with_section=True)
    assert texts(store, draft.id) == ["B", "b", "A", "a"]


def test_moves_skip_over_deleted_blocks_and_restore_puts_them_back(store: Store) -> None:
    draft_id, (_a, b, c) = empty_draft(store, "a", "b", "c")
    store.delete_block(b)
    assert texts(store, draft_id) == ["a", "c"]
    assert store.move_block_up(c)
    assert texts(store, draft_id) == ["c", "a"]
    store.restore_block(b)
    assert set(texts(store, draft_id)) == {"a", "b", "c"}
    assert positions_dense(store, draft_id)


def test_move_index_counts_live_blocks_only(store: Store) -> None:
    draft_id, (t1, t2, _a, _b, c) = empty_draft(store, "t1", "t2", "a", "b", "c")
    store.delete_block(t1)
    store.delete_block(t2)
    store.move_block(c, 1)
    assert texts(store, draft_id) == ["a", "c", "b"]
    store.restore_block(t2)
    assert texts(store, draft_id) == ["t2", "a", "c", "b"]
    assert positions_dense(store, draft_id)


def test_deleted_block_leaves_coverage_and_cannot_be_edited(store: Store) -> None:
    draft_id, (a,) = empty_draft(store, "[@C26/77]")
    store.delete_block(a)
    assert store.draft_citations(draft_id) == []
    with pytest.raises(InvalidInput, match="deleted"):
        store.update_block_text(a, "x")
    store.restore_block(a)
    assert store.draft_citations(draft_id) == [(a, "paragraph", "C26/77", None)]


def test_split_then_merge_without_separator_is_the_identity(store: Store) -> None:
    draft_id, (a, _z) = empty_draft(store, "Hello world [@C26/77]", "z")
    first, second = store.split_block(a, 6)
    assert (first.text, second.text) == ("Hello ", "world [@C26/77]")
    assert texts(store, draft_id) == ["Hello ", "world [@C26/77]", "z"]
    assert [c[0] for c in store.draft_citations(draft_id)] == [second.id]
    merged = store.merge_with_next(a, separator="")
    assert merged.text == "Hello world [@C26/77]"
    assert texts(store, draft_id) == ["Hello world [@C26/77]", "z"]
    assert [c[0] for c in store.draft_citations(draft_id)] == [a]


def test_split_bounds_and_merge_of_last_block(store: Store) -> None:
    _draft_id, (a,) = empty_draft(store, "abc")
    with pytest.raises(InvalidInput, match="offset 4"):
        store.split_block(a, 4)
    with pytest.raises(InvalidInput, match="no block after"):
        store.merge_with_next(a)


def test_merge_joins_paragraphs_with_a_blank_line_and_headings_with_a_space(
    store: Store,
) -> None:
    draft = draft_service.create_draft(store, "key_findings", "T", template=False)
    h = store.insert_block(draft.id, "heading", "Access")
    store.insert_block(draft.id, "heading", "and IXPs")
    p = store.insert_block(draft.id, "paragraph", "one")
    store.insert_block(draft.id, "paragraph", "two")
    assert store.merge_with_next(h.id).text == "Access and IXPs"
    assert store.merge_with_next(p.id).text == "one\n\ntwo"


def test_replace_blocks_restores_an_earlier_state_exactly(store: Store) -> None:
    draft_id, (a, b, c) = empty_draft(store, "a", "b", "c")
    before = store.blocks(draft_id)
    store.update_block_text(a, "changed [@C26/1]")
    store.delete_block(b)
    store.insert_block(draft_id, "finding", "new")
    store.move_block(c, 0)
    store.replace_blocks(draft_id, before)
    after = store.blocks(draft_id)
    assert [(x.id, x.kind, x.text, x.level) for x in after] == [
        (x.id, x.kind, x.text, x.level) for x in before]
    assert store.draft_citations(draft_id) == []
    assert positions_dense(store, draft_id)


def test_replace_blocks_refuses_duplicates_and_foreign_blocks(store: Store) -> None:
    draft_id, (a,) = empty_draft(store, "a")
    other, (x,) = empty_draft(store, "x")
    block = store.block(a)
    with pytest.raises(InvalidInput, match="twice"):
        store.replace_blocks(draft_id, [block, block])
    with pytest.raises(InvalidInput, match="another draft"):
        store.replace_blocks(draft_id, [store.block(x)])
    assert texts(store, draft_id) == ["a"] and texts(store, other) == ["x"]


def test_a_failing_write_leaves_nothing_behind(store: Store, monkeypatch) -> None:
    draft_id, (a, _b) = empty_draft(store, "a", "b")

    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("disk on fire")

    monkeypatch.setattr(store, "update_block_text", boom)
    with pytest.raises(sqlite3.OperationalError):
        store.split_block(a, 0)
    assert texts(store, draft_id) == ["a", "b"]  # the inserted half was rolled back


def test_blocks_survive_reopening_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as s:
        draft_id, _ = empty_draft(s, "kept")
    with Store(tmp_path / "s.sqlite3") as s:
        assert texts(s, draft_id) == ["kept"]


def test_unresolved_citations_name_keys_that_match_no_contribution(store: Store) -> None:
    add_doc(store, "C26/77-F")
    draft_id, _ = empty_draft(store, "[@C26/77] [@C26/77-E] [@c26/77] [@C26/404]")
    assert draft_service.unresolved_citations(store, draft_id) == ["C26/404"]


def test_block_objects_are_plain_dataclasses(store: Store) -> None:
    _draft_id, (a,) = empty_draft(store, "a")
    assert isinstance(store.block(a), Block)
    with pytest.raises(NotFound):
        store.block("nope")
