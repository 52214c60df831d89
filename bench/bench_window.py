"""Cold start of the window on a 10,000-contribution store, and its memory.

    .venv/bin/python bench/bench_window.py [--runs 5]

Baseline in the same run: a bare PySide6 QMainWindow shown in a fresh process. Uses the
store built by bench_search.py (built here if missing).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import machine, median, table  # noqa: E402


def probe(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parent))
    with tempfile.TemporaryDirectory() as config:
        env["CWGI_CONFIG_DIR"] = config  # first run: no saved layout, no author prompt
        env["CWGI_AUTHOR"] = "Bench"
        start = time.perf_counter()
        out = subprocess.run([sys.executable, str(HERE / "window_probe.py"), *args],
                             capture_output=True, text=True, env=env, check=True,
                             timeout=120)
        wall = time.perf_counter() - start
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall_s"] = wall  # includes the 1.5 s the probe waits before measuring memory
    return data


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    from bench_search import build_store

    path = HERE / "out" / f"search-{args.count}x1500.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    build_store(path, args.count, 1500).close()
    print(f"machine: {machine()}")
    ours, floor = [], []
    for _ in range(args.runs):
        floor.append(probe("--floor"))
        ours.append(probe(str(path)))
    usable = median([o["usable_s"] for o in ours])
    base = median([f["usable_s"] for f in floor])
    wall = median([o["process_usable_s"] for o in ours])
    rss = median([o["rss_mb"] for o in ours])
    base_rss = median([f["rss_mb"] for f in floor])
    print(table([
        (f"cold start to usable window, {args.count} contributions",
         f"{usable:.2f} s (process {wall:.2f} s)",
         f"bare QMainWindow {base:.2f} s", f"{usable / base:.2f}x (goal < 1 s)"),
        ("memory with the store open", f"{rss:.0f} MB", f"bare window {base_rss:.0f} MB",
         f"{rss / base_rss:.2f}x (goal < 300 MB)"),
    ]))
    return {"usable_s": usable, "process_usable_s": wall, "floor_s": base, "rss_mb": rss,
            "floor_rss_mb": base_rss, "runs": args.runs, "rows_first_page": ours[0]["rows"]}


if __name__ == "__main__":
    print(json.dumps(main()))
