"""Property: merging any set of bundles, in any order, any number of times, gives the same
store. Laptops edit at random (themes with clashing names, renames, theme merges, notes,
deletions, drafts, block edits and moves) and exchange bundles along the way, so that the
bundles share history, conflict, and carry tombstones."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from exchange_fixtures import dump, seed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwgi_desktop.core.errors import CwgiError
from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store

THEME_NAMES = ("Access", "access", "Security", "Spam")
AUTHORS = ("Alice", "Bob")
QUOTES = ("Affordability", "Open access", "wholesale prices", "main barrier")

laptop = st.integers(0, 2)
pick = st.integers(0, 20)
annotate = st.tuples(st.just("annotate"), laptop, st.sampled_from(AUTHORS),
                     st.sampled_from(QUOTES), st.sampled_from((*THEME_NAMES, None)))
exchange = st.tuples(st.just("exchange"), laptop, laptop, st.sampled_from((None, "Alice")))
edit = st.tuples(st.just("note"), laptop, pick, st.sampled_from(("", "agree", "disagree")))
operation = st.one_of(
    annotate, exchange, edit, edit,
    st.tuples(st.just("theme"), laptop, st.sampled_from(THEME_NAMES)),
    st.tuples(st.just("note"), laptop, pick, st.sampled_from(("", "agree", "disagree"))),
    st.tuples(st.just("tag"), laptop, pick, st.sampled_from(THEME_NAMES)),
    st.tuples(st.just("delete"), laptop, pick),
    st.tuples(st.just("rename"), laptop, pick, st.sampled_from(THEME_NAMES)),
    st.tuples(st.just("merge_themes"), laptop, pick, pick),
    st.tuples(st.just("drop_theme"), laptop, pick),
    st.tuples(st.just("draft"), laptop),
    st.tuples(st.just("block_text"), laptop, pick, st.sampled_from(("One.", "Two [@C26/77].", ""))),
    st.tuples(st.just("block_insert"), laptop, pick),
    st.tuples(st.just("block_move"), laptop, pick, st.integers(0, 6)),
    st.tuples(st.just("block_delete"), laptop, pick),
)

# Phases of random work; between two phases every laptop sends everything to every other,
# so that the next phase edits shared rows concurrently (conflicts, clashing themes).
SHARE_ALL = [("exchange", a, b, None) for a in range(3) for b in range(3) if a != b]
# Every scenario starts from shared material: notes, clashing theme names, a draft.
PROLOGUE = [
    ("annotate", 0, "Alice", "Affordability", "Access"),
    ("annotate", 1, "Bob", "Open access", "access"),
    ("annotate", 2, "Alice", "main barrier", "Security"),
    ("draft", 0),
    *SHARE_ALL,
]
scenario = st.lists(st.lists(operation, min_size=3, max_size=15), min_size=1, max_size=3).map(
    lambda phases: PROLOGUE + [op for phase in phases for op in (*SHARE_ALL, *phase)])


def _nth(items: list, k: int):
    return items[k % len(items)] if items else None


def apply(stores: list[Store], op: tuple, bundles: list[Path], folder: Path) -> None:
    """Run one random operation; an operation the store refuses is simply skipped."""
    kind, store = op[0], stores[op[1]]
    annotations = store.annotations()
    themes = store.themes()
    drafts = store.drafts()
    blocks = store.blocks(drafts[0].id) if drafts else []
    with contextlib.suppress(CwgiError):
        if kind == "theme":
            store.ensure_theme(op[2])
        elif kind == "annotate":
            store.add_annotation("C26/77", author=op[2], quote=op[3],
                                 themes=[op[4]] if op[4] else [])
        elif kind == "note" and annotations:
            store.update_annotation(_nth(annotations, op[2]).id, note=op[3])
        elif kind == "tag" and annotations:
            store.update_annotation(_nth(annotations, op[2]).id, themes=[op[3]])
        elif kind == "delete" and annotations:
            store.delete_annotation(_nth(annotations, op[2]).id)
        elif kind == "rename" and themes:
            store.update_theme(_nth(themes, op[2]).id, name=op[3])
        elif kind == "merge_themes" and len(themes) > 1:
            store.merge_themes(_nth(themes, op[2]).id, _nth(themes, op[3]).id)
        elif kind == "drop_theme" and themes:
            store.delete_theme(_nth(themes, op[2]).id)
        elif kind == "draft" and not drafts:
            draft_service.create_draft(store, "key_findings", "Key findings")
        elif kind == "block_text" and blocks:
            store.update_block_text(_nth(blocks, op[2]).id, op[3])
        elif kind == "block_insert" and drafts:
            store.insert_block(drafts[0].id, "finding", "New finding.",
                               after=_nth(blocks, op[2]).id if blocks else None)
        elif kind == "block_move" and blocks:
            store.move_block(_nth(blocks, op[2]).id, op[3])
        elif kind == "block_delete" and blocks:
            store.delete_block(_nth(blocks, op[2]).id)
        elif kind == "exchange":
            path = folder / f"b{len(bundles)}.cwgibundle"
            exchange_service.export_bundle(store, path, BundleFilter(author=op[3]))
            bundles.append(path)
            exchange_service.import_bundle(stores[op[2]], path)


def receive(path: Path, bundles: list[Path], order: list[int]) -> dict:
    """A fresh laptop that imports the bundles in `order`; its canonical dump."""
    store = Store(path)
    try:
        seed(store)
        for index in order:
            exchange_service.import_bundle(store, bundles[index])
        return dump(store)
    finally:
        store.close()


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ops=scenario, data=st.data())
def test_any_order_any_repetition_gives_the_same_store(ops: list[tuple], data) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = [Store(folder / f"laptop{i}.sqlite3") for i in range(3)]
        bundles: list[Path] = []
        try:
            for store in stores:
                seed(store)
            for op in ops:
                apply(stores, op, bundles, folder)
            for i, store in enumerate(stores):
                path = folder / f"final{i}.cwgibundle"
                exchange_service.export_bundle(store, path)
                bundles.append(path)
        finally:
            for store in stores:
                store.close()

        indexes = list(range(len(bundles)))
        first = data.draw(st.permutations(indexes), label="first order")
        second = data.draw(st.permutations(indexes), label="second order")
        repeats = data.draw(st.lists(st.sampled_from(indexes), max_size=6), label="repeats")
        expected = receive(folder / "r1.sqlite3", bundles, first)
        assert receive(folder / "r2.sqlite3", bundles, second + repeats) == expected
        assert receive(folder / "r3.sqlite3", bundles, first[::-1] + first) == expected


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(ops=scenario)
def test_importing_a_bundle_twice_changes_nothing(ops: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        stores = [Store(folder / f"laptop{i}.sqlite3") for i in range(3)]
        try:
            for store in stores:
                seed(store)
            bundles: list[Path] = []
            for op in ops:
                apply(stores, op, bundles, folder)
            exchange_service.export_bundle(stores[0], folder / "final.cwgibundle")
            receiver = stores[1]
            exchange_service.import_bundle(receiver, folder / "final.cwgibundle")
            before = dump(receiver)
            again = exchange_service.import_bundle(receiver, folder / "final.cwgibundle")
            assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
            assert dump(receiver) == before
        finally:
            for store in stores:
                store.close()
