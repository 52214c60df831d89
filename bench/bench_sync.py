"""Sync through a shared folder at working-group scale: a laptop away for a whole cycle
catches up with its colleagues' files.

    .venv/bin/python bench/bench_sync.py [--laptops 50] [--contributions 5000]
                                         [--annotations 100000] [--files-per-laptop 10]

Each laptop starts from the same store (the same imported contributions), annotates its
share of the passages, and publishes its changes in several numbered files over the cycle
(as rounds of sync would). A laptop that was away the whole time then runs one `cwgi sync`
(a whole process, start-up included): the figure is its time and peak memory. The baseline
in the same run: a bare Python process inserting the same annotation rows (with their
theme links) into a copy of the store in one transaction.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))
from common import machine, table  # noqa: E402

from cwgi_desktop.core.services import folder_sync  # noqa: E402
from cwgi_desktop.core.store import Store  # noqa: E402

WORDS = ("access", "affordability", "spectrum", "security", "capacity", "governance",
         "infrastructure", "open", "data", "skills", "rural", "broadband", "policy")


def paragraph(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def template_store(path: Path, contributions: int) -> list[tuple[str, list[str]]]:
    """The store every laptop starts from; returns (id, paragraphs) of each contribution."""
    rng = random.Random(1)
    out = []
    with Store(path) as store, store.transaction():
        for i in range(contributions):
            texts = [paragraph(rng, 40) for _ in range(5)]
            digest = hashlib.sha256(f"c{i}".encode()).hexdigest()
            contribution, _ = store.contributions.add(
                sha256=digest, paragraphs=[(t, "body") for t in texts],
                metadata={"symbol": f"CWG-Internet-22/{i + 1}-E", "title": f"Input {i + 1}"})
            out.append((contribution.id, texts))
        for name in ("Access", "Affordability", "Security", "Capacity"):
            store.themes.add(name)
    return out


def laptop_copy(template: Path, target: Path) -> None:
    shutil.copy(template, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'store_id'", (str(uuid.uuid4()),))
    conn.close()


def annotate_and_publish(path: Path, shared: Path, docs: list[tuple[str, list[str]]],
                         count: int, files: int, seed: int) -> None:
    rng = random.Random(seed)
    with Store(path) as store:
        themes = [t.id for t in store.themes.all()]
        per_file = max(1, count // files)
        done = 0
        while done < count:
            with store.transaction():
                for _ in range(min(per_file, count - done)):
                    cid, texts = rng.choice(docs)
                    index = rng.randrange(len(texts))
                    start = rng.randrange(0, 50)
                    store.annotations.add(cid, author=f"Laptop {seed}", paragraph=index + 1,
                                         start=start, end=start + 20,
                                         themes=[rng.choice(themes)])
                    done += 1
            folder_sync.publish(store, shared, f"Laptop {seed}")


# A whole `cwgi` process, running this checkout's code.
CWGI = [sys.executable, "-c", "import sys; from cwgi_desktop.cli import main; sys.exit(main())"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent),
                                                    os.environ.get("PYTHONPATH", "")])}


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a whole process."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
             "print(time.perf_counter() - t, "
             "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", probe, *command], check=True,
                         capture_output=True, text=True, env=ENV).stdout.split()
    return float(out[0]), float(out[1])


BASELINE = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = json.load(open(sys.argv[2]))
with conn:
    conn.executemany('INSERT INTO annotations (id, contribution_id, author, paragraph, start,'
                     ' "end", quote, kind, note, colour, themes, created, updated, deleted)'
                     ' VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)', [r[:14] for r in rows])
    conn.executemany('INSERT INTO annotation_themes (annotation_id, theme_id) VALUES (?, ?)',
                     [(r[0], t) for r in rows for t in json.loads(r[10])])
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--contributions", type=int, default=5000)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--files-per-laptop", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    work = Path(tempfile.mkdtemp(prefix="cwgi-sync-bench-"))
    try:
        started = time.perf_counter()
        template = work / "template.sqlite3"
        docs = template_store(template, args.contributions)
        shared = work / "shared"
        shared.mkdir()
        per_laptop = args.annotations // args.laptops
        for i in range(args.laptops):
            laptop = work / f"laptop{i}.sqlite3"
            laptop_copy(template, laptop)
            annotate_and_publish(laptop, shared, docs, per_laptop, args.files_per_laptop, i)
            laptop.unlink()
        files = sorted(shared.rglob("*.cwgibundle"))
        size = sum(p.stat().st_size for p in files) / 2**20
        print(f"generating: {len(files)} files, {size:.0f} MB, "
              f"{time.perf_counter() - started:.0f} s")
        # The rows the away laptop must end with, for the baseline's bare insert.
        rows_file = work / "rows.json"
        merged = work / "merged.sqlite3"
        laptop_copy(template, merged)
        subprocess.run([*CWGI, "--db", str(merged), "sync", "--folder", str(shared)],
                       check=True, stdout=subprocess.DEVNULL, env=ENV)
        conn = sqlite3.connect(merged)
        rows = conn.execute("SELECT id, contribution_id, author, paragraph, start, \"end\","
                            " quote, kind, note, colour, themes, created, updated, deleted"
                            " FROM annotations").fetchall()
        conn.close()
        assert len(rows) == per_laptop * args.laptops, len(rows)
        rows_file.write_text(json.dumps(rows))
        baseline_script = work / "baseline.py"
        baseline_script.write_text(BASELINE)
        ours, floor = [], []
        for run in range(args.runs):  # interleaved
            away = work / f"away{run}.sqlite3"
            laptop_copy(template, away)
            ours.append(timed([*CWGI, "--db", str(away), "sync", "--folder", str(shared)]))
            bare = work / f"bare{run}.sqlite3"
            laptop_copy(template, bare)
            floor.append(timed([sys.executable, str(baseline_script), str(bare),
                                str(rows_file)]))
        t_ours = sorted(t for t, _ in ours)[len(ours) // 2]
        t_floor = sorted(t for t, _ in floor)[len(floor) // 2]
        rss = max(m for _, m in ours)
        print(table([
            (f"catch-up after a cycle ({args.laptops} laptops, {len(files)} files)",
             f"{t_ours:.1f} s", f"{t_floor:.1f} s bare insert", f"{t_ours / t_floor:.1f}×"),
            ("peak memory of that process", f"{rss:.0f} MB", "", ""),
            ("annotations caught up", f"{len(rows):,}", f"{args.contributions:,} contributions",
             ""),
        ]))
        print(f"median of {args.runs} runs, each a whole `cwgi sync` process")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
