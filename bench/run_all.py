"""Run every benchmark, print one table, and record the figures in bench/RESULTS.md.

    .venv/bin/python bench/run_all.py [--quick]

--quick uses smaller corpora (for a smoke run); the recorded figures come from a full run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import machine  # noqa: E402

BENCHMARKS: list[tuple[str, list[str], list[str]]] = [
    # (script, full arguments, quick arguments)
    ("bench_import.py", ["--count", "1000", "--words", "3000"],
     ["--count", "100", "--words", "3000"]),
    ("bench_search.py", ["--count", "10000", "--words", "1500"],
     ["--count", "1000", "--words", "1500"]),
    ("bench_export.py", ["--runs", "5"], ["--runs", "1"]),
    ("bench_autosave.py", ["--samples", "15"], ["--samples", "3"]),
    ("bench_window.py", ["--runs", "5"], ["--runs", "2", "--count", "1000"]),
    ("bench_recall.py", ["--runs", "5"], ["--runs", "1"]),
    ("bench_semantic.py", ["--paragraphs", "50000", "--index", "500"],
     ["--paragraphs", "5000", "--index", "100"]),
    ("bench_spelling.py", ["--seconds", "1.0"], ["--seconds", "0.2"]),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sections = [f"# Benchmark results\n\nDate: {date.today().isoformat()}  \n"
                f"Machine: {machine()}  \nMode: {'quick' if args.quick else 'full'}\n"]
    for script, full, quick in BENCHMARKS:
        if not (HERE / script).exists():
            continue
        print(f"== {script}", flush=True)
        out = subprocess.run([sys.executable, str(HERE / script), *(quick if args.quick
                                                                    else full)],
                             capture_output=True, text=True)
        print(out.stdout + out.stderr, flush=True)
        lines = out.stdout.strip().splitlines()
        table = [line for line in lines[:-1] if not line.startswith(("machine:", "  ",
                                                                     "store:", "generating"))]
        sections.append(f"## {script}\n\n```\n" + "\n".join(table) + "\n```\n")
        if out.returncode == 0 and lines:
            sections.append("Raw: `" + json.dumps(json.loads(lines[-1])) + "`\n")
    if not args.quick:
        (HERE / "RESULTS.md").write_text("\n".join(sections), encoding="utf-8")
        print(f"recorded in {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
