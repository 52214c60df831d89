"""The bulk paths generated drafts take (issue 15): ids drawn at once, drafts added with
all their blocks in one insert, blocks counted without reading them."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.draft_blocks import new_ids


def test_new_ids_are_distinct_version_4_uuids() -> None:
    ids = new_ids(2000)
    assert len(set(ids)) == 2000 and new_ids(0) == []
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_a_draft_added_with_blocks_has_them_in_order_with_citations(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    draft = store.drafts.add("compilation", "T", "en", blocks=[
        ("heading", "One", 1), ("paragraph", "See [@C26/77, para 4-5].", 2),
        ("paragraph", "no citation", 2)])
    blocks = store.blocks.all(draft.id)
    assert [(b.kind, b.text, b.level, b.position) for b in blocks] == [
        ("heading", "One", 1, 0), ("paragraph", "See [@C26/77, para 4-5].", 2, 1),
        ("paragraph", "no citation", 2, 2)]
    assert all(b.deleted is False for b in blocks)
    assert [c[2:] for c in store.drafts.citations(draft.id)] == [("C26/77", 4), ("C26/77", 5)]
    assert store.blocks.count(draft.id) == 3
    store.blocks.delete(blocks[0].id)
    assert store.blocks.count(draft.id) == 2
    assert store.blocks.count(draft.id, include_deleted=True) == 3
    store.close()


@pytest.mark.parametrize("block", [("nonsense", "x", 1), ("paragraph", "x", 0)])
def test_a_draft_added_with_a_bad_block_is_refused_whole(tmp_path: Path,
                                                         block: tuple[str, str, int]) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with pytest.raises(InvalidInput):
        store.drafts.add("compilation", "T", "en", blocks=[("heading", "One", 1), block])
    assert store.drafts.all() == []
    store.close()


@pytest.mark.parametrize("count", [0, 1, 110, 111, 112, 249, 250, 3 * 111 + 7])
def test_rows_inserted_many_a_statement_are_those_executemany_inserts(count: int) -> None:
    """insert_many (issue 15: many rows a statement) inserts what executemany does, in
    order, through the full statements and the shorter last one."""
    import sqlite3

    from cwgi_desktop.core.store.base import insert_many

    conn = sqlite3.connect(":memory:")
    for table in ("a", "b"):
        conn.execute(f"CREATE TABLE {table} (x, y, z, w, v, u, t, s, r)")
    rows = [(i, f"t{i}", None, i * 0.5, b"\x00", "é" * (i % 4), -i, "", 0)
            for i in range(count)]
    conn.executemany("INSERT INTO a VALUES (?,?,?,?,?,?,?,?,?)", rows)
    insert_many(conn, "INSERT INTO b (x, y, z, w, v, u, t, s, r)", 9, rows)
    assert conn.execute("SELECT rowid, * FROM b").fetchall() == \
        conn.execute("SELECT rowid, * FROM a").fetchall()
    assert len(conn.execute("SELECT * FROM b").fetchall()) == count
    insert_many(conn, "INSERT INTO b (x, y, z, w)", 4, [r[:4] for r in rows])
    assert conn.execute("SELECT x, y, z, w FROM b WHERE rowid > ?", (count,)).fetchall() \
        == [r[:4] for r in rows]


def test_generating_a_draft_pauses_the_cycle_collector_then_restores_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: the collector went through a generated draft's objects again and again;
    it is off while one is generated and back as it was afterwards, errors included."""
    import gc

    from cwgi_desktop.core.drafting import compilation, scaffold
    from cwgi_desktop.core.errors import NotFound
    from cwgi_desktop.core.services import drafts as draft_service

    seen: list[bool] = []
    real_compile, real_build = compilation.compile_consultation, scaffold.build_scaffold

    def compile_(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_compile(*args, **kwargs)  # type: ignore[arg-type]

    def build(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compilation, "compile_consultation", compile_)
    monkeypatch.setattr(scaffold, "build_scaffold", build)
    store = Store(tmp_path / "s.sqlite3")
    store.contributions.add(sha256="a" * 64, paragraphs=[("A body paragraph.", "body")],
                            metadata={"symbol": "C26/1-E", "consultation": "IXP"})
    assert gc.isenabled()
    assert draft_service.compile_consultation(store, "IXP").kind == "compilation"
    assert gc.isenabled()
    with pytest.raises(NotFound):
        draft_service.build_scaffold(store, "nowhere")
    assert gc.isenabled()
    gc.disable()
    try:
        draft_service.compile_consultation(store, "IXP")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False, False, False]
    store.close()
