"""Import of generated contributions vs the floor "lxml reads the paragraphs into FTS5".

    .venv/bin/python bench/bench_import.py [--count 1000] [--words 3000]

Both run in fresh processes (so start-up cost, e.g. a stray Qt import, is counted).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, median, table
from corpus import make_docx_corpus

FLOOR = r"""
import sqlite3, sys, time, zipfile
from pathlib import Path
from lxml import etree
start = time.perf_counter()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
for path in sorted(Path(sys.argv[1]).glob("*.docx")):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO fts(text) VALUES (?)", [(p,) for p in paras if p])
    conn.execute("COMMIT")
print(time.perf_counter() - start)
"""

OURS = r"""
import sys, time
start = time.perf_counter()
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.services.importing import import_paths
store = Store(sys.argv[2])
report = import_paths(store, [sys.argv[1]])
assert not report.rejected, report.rejected[:3]
print(time.perf_counter() - start, len(report.imported), "PySide6" in sys.modules)
"""


def run(code: str, folder: Path, db: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, str(folder), str(db)],
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(__file__).parent / "out" / f"docx-{args.count}x{args.words}"
    print(f"machine: {machine()}")
    print(f"generating {args.count} .docx of ~{args.words} words in {folder} ...")
    make_docx_corpus(folder, args.count, args.words)
    floors, ours_runs = [], []
    for attempt in range(args.repeat):  # interleaved, so machine load hits both alike
        with tempfile.TemporaryDirectory() as tmp:
            floors.append(float(run(FLOOR, folder, Path(tmp) / f"floor{attempt}.db")[0]))
            ours_out = run(OURS, folder, Path(tmp) / f"ours{attempt}.db")
        ours_runs.append(float(ours_out[0]))
        imported, qt = int(ours_out[1]), ours_out[2] == "True"
        assert imported == args.count
    floor, ours = median(floors), median(ours_runs)
    ratio = ours / floor
    rows = [
        (f"import {args.count} docx", f"{ours:.2f} s ({args.count / ours:.0f} files/s)",
         f"floor {floor:.2f} s", f"{ratio:.2f}x (goal <= 2x)"),
        # median of args.repeat interleaved runs
    ]
    print(table(rows))
    print(f"Qt imported by the import process: {qt}")
    return {"import_s": ours, "floor_s": floor, "ratio": ratio, "count": args.count,
            "words": args.words}


if __name__ == "__main__":
    print(json.dumps(main()))
