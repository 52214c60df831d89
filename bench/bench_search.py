"""Search latency on a 10,000-contribution store, snippets included.

    .venv/bin/python bench/bench_search.py [--count 10000] [--words 1500]

Baseline in the same run: the bare FTS5 query (MATCH, ORDER BY rank, LIMIT) without
joins or snippets, on the same index.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import machine, percentile, table
from corpus import paragraphs, vocabulary, zipf_weights

from cwgi_desktop.core.store import Store
from cwgi_desktop.core.textnorm import fts_query


def build_store(path: Path, count: int, words_each: int) -> Store:
    if path.exists():
        store = Store(path)
        if store.contributions.count() == count:
            return store
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path)
    rng = random.Random(11)
    words = vocabulary()
    weights = zipf_weights(len(words))
    start = time.perf_counter()
    for i in range(count):
        paras = paragraphs(rng, words, weights, words_each)
        store.contributions.add(
            sha256=f"bench-{i}", paragraphs=[(p, "body") for p in paras],
            metadata={"symbol": f"C26/{i + 1}-E", "title": f"Contribution {i + 1}",
                      "consultation": f"Consultation {i % 8}"},
        )
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1} contributions ({time.perf_counter() - start:.0f} s)")
    return store


def queries(rng: random.Random, n: int, two_words: bool) -> list[str]:
    words = vocabulary()
    # Users search content words: sample by rank across the whole vocabulary, with a bias
    # to the frequent ones (the slow case for a full-text index).
    weights = zipf_weights(len(words), 0.6)
    out = []
    for _ in range(n):
        picked = rng.choices(words, weights=weights, k=2 if two_words else 1)
        out.append(" ".join(picked))
    return out


def timed(fn, items: list[str]) -> list[float]:
    times = []
    for q in items:
        start = time.perf_counter()
        fn(q)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=1500)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    path = Path(__file__).parent / "out" / f"search-{args.count}x{args.words}.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"store: {path}")
    store = build_store(path, args.count, args.words)
    rng = random.Random(5)
    sets = {"one word": queries(rng, 200, False), "two words": queries(rng, 200, True)}
    sets["common word"] = ["internet", "policy", "access", "public", "data"] * 20
    sets["Chinese/Arabic/Russian"] = ["人工", "الإنترنت", "интернет"] * 20
    rows, results = [], {}
    for name, items in sets.items():
        store.search.find(items[0])  # warm the page cache

        def bare(q: str) -> None:
            store.conn.execute(
                "SELECT rowid FROM contributions_fts WHERE contributions_fts MATCH ?"
                " ORDER BY rank LIMIT 20", (fts_query(q),)).fetchall()

        ours = timed(lambda q: store.search.find(q, limit=20), items)
        base = timed(bare, items)
        p95, b95 = percentile(ours, 95), percentile(base, 95)
        rows.append((f"search p95, {name}", f"{p95:.1f} ms (p50 {percentile(ours, 50):.1f})",
                     f"bare FTS5 {b95:.1f} ms", f"{p95 / b95:.2f}x (goal p95 < 50 ms)"))
        results[name] = {"p95_ms": p95, "p50_ms": percentile(ours, 50), "bare_p95_ms": b95}
    print(table(rows))
    return results


if __name__ == "__main__":
    print(json.dumps(main()))
