"""Whole processes, as a user meets them, against their floors (issue 15), in one run.

    .venv/bin/python bench/bench_process.py [--runs 5] [--only import,search,...] [--quick]

Every figure is a fresh process, start-up included, run interleaved with its floor (so
machine load hits both alike); the medians are compared. The floors:

- import: a script where lxml reads each `word/document.xml`, one FTS5 insert per
  document, one transaction;
- search: a bare Python process running the same FTS5 query, with snippets of each hit's
  first matching paragraph;
- export: `pandoc draft.md -o x.docx` on the draft's Markdown;
- window: a bare PySide6 QMainWindow process, until shown (1k, 10k, 50k contributions);
- compile / scaffold: a process reading the consultation's annotations joined to their
  paragraphs (10k contributions, 20k annotations);
- bundle export / import: a process copying the same annotation rows into another file /
  from another file; and, measured in the same run as a reference, the bare bundle
  format: a process writing the rows a bundle carries as JSON-lines members of a
  deflate-1 zip with their SHA-256 (no checks, no ledger) / reading such a zip, parsing
  it and inserting its rows with executemany. Our ratio is printed against both: the
  distance from the floor to the bare format is the format's (a zip of JSON), the rest
  is our code's.

The package is byte-compiled first, as an installed copy (and the frozen bundle) is: with
PYTHONDONTWRITEBYTECODE set, as on the build machine, every `cwgi` process would
otherwise compile its modules from source, ~0.1 s a process that no user pays.
`--no-compile` skips that, to measure as before.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import machine, median, table  # noqa: E402
from corpus import make_docx_corpus  # noqa: E402

PY = sys.executable
CWGI = [str(Path(PY).parent / "cwgi")]  # the console script, as a user runs it
CONSULTATION = "Consultation A"

IMPORT_FLOOR = r"""
import sqlite3, sys, zipfile
from pathlib import Path
from lxml import etree
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')")
conn.execute("BEGIN")
for path in sorted(Path(sys.argv[1]).glob("*.docx")):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    conn.execute("INSERT INTO fts(text) VALUES (?)", ("\n".join(p for p in paras if p),))
conn.execute("COMMIT")
"""

SEARCH_FLOOR = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
words = sys.argv[2].split()
match = " ".join('"' + w + '"' for w in words)
hits = conn.execute(
    "SELECT c.id, c.symbol, c.title FROM contributions_fts f JOIN contributions c"
    " ON c.fts_rowid = f.rowid WHERE contributions_fts MATCH ? ORDER BY rank LIMIT 20",
    (match,)).fetchall()
for cid, symbol, title in hits:
    row = conn.execute("SELECT idx, text FROM paragraphs WHERE contribution_id = ?"
                       " AND instr(lower(text), ?) > 0 ORDER BY idx LIMIT 1",
                       (cid, words[0].lower())).fetchone()
    if row:
        pos = row[1].lower().find(words[0].lower())
        print(symbol, title, row[0], row[1][max(0, pos - 60):pos + 60])
"""

JOIN_FLOOR = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT a.id, a.quote, a.note, a.themes, a.paragraph, p.text, c.symbol, c.title,"
    " c.source FROM annotations a JOIN contributions c ON c.id = a.contribution_id"
    " JOIN paragraphs p ON p.contribution_id = a.contribution_id AND p.idx = a.paragraph"
    " WHERE c.consultation = ? AND a.deleted = 0", (sys.argv[2],)).fetchall()
print(len(rows))
"""

COPY_OUT_FLOOR = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("ATTACH DATABASE ? AS out", (sys.argv[2],))
conn.execute("CREATE TABLE out.annotations AS SELECT * FROM annotations")
conn.execute("CREATE TABLE out.themes AS SELECT * FROM themes")
conn.execute("CREATE TABLE out.annotation_themes AS SELECT * FROM annotation_themes")
conn.commit()
"""

COPY_IN_FLOOR = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("ATTACH DATABASE ? AS src", (sys.argv[2],))
conn.execute("INSERT INTO themes SELECT * FROM src.themes")
conn.execute("INSERT INTO annotations SELECT * FROM src.annotations")
conn.execute("INSERT INTO annotation_themes SELECT * FROM src.annotation_themes")
conn.commit()
"""

# The bundle format with nothing of ours: the rows a bundle carries (themes, annotations
# with their theme ids, the identities of the contributions they point at) as JSON-lines
# members of a deflate-1 zip, each with its SHA-256 in a manifest; no ledger, no checks.
# What `cwgi bundle` costs beyond these is our code; what these cost beyond the floors is
# the format (a zip of JSON, as specified).
_BARE_COLUMNS = r"""
THEME = ("id", "name", "parent_id", "colour", "description", "created", "updated", "deleted")
ANNOTATION = ("id", "contribution_id", "author", "paragraph", "start", "end", "quote", "kind",
              "note", "colour", "themes", "created", "updated", "deleted")
def quoted(columns):
    return ", ".join('"' + c + '"' for c in columns)
"""

BARE_BUNDLE_OUT = _BARE_COLUMNS + r"""
import hashlib, sqlite3, sys, zipfile
import orjson
conn = sqlite3.connect(sys.argv[1])
def lines(sql, json_column=None):
    cursor = conn.execute(sql)
    names = [d[0] for d in cursor.description]
    out = bytearray()  # each line appended at once (orjson results kept would hold a page each)
    for values in cursor:
        row = dict(zip(names, values))
        if json_column:  # the theme ids, stored as JSON text: embedded as they are
            row[json_column] = orjson.Fragment(row[json_column])
        out += orjson.dumps(row)
        out += b"\n"
    return out
members = {
    "themes.jsonl": lines(f"SELECT {quoted(THEME)} FROM themes"),
    "annotations.jsonl": lines(f"SELECT {quoted(ANNOTATION)} FROM annotations", "themes"),
    "contributions.jsonl": lines("SELECT id, symbol, base_symbol, sha256, title FROM"
                                 " contributions WHERE id IN (SELECT contribution_id FROM"
                                 " annotations)"),
}
manifest = {"members": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                        for name, data in members.items()}}
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    z.writestr("manifest.json", orjson.dumps(manifest))
    for name, data in members.items():
        z.writestr(name, data)
"""

BARE_BUNDLE_IN = _BARE_COLUMNS + r"""
import hashlib, sqlite3, sys, zipfile
import orjson
with zipfile.ZipFile(sys.argv[2]) as z:
    manifest = orjson.loads(z.read("manifest.json"))
    rows = {}
    for name, member in manifest["members"].items():
        data = z.read(name)
        if hashlib.sha256(data).hexdigest() != member["sha256"]:
            raise SystemExit(name + ": altered")
        rows[name] = [orjson.loads(line) for line in data.splitlines()]
def insert(table, columns, values):
    conn.executemany(f"INSERT INTO {table} ({quoted(columns)}) VALUES"
                     f" ({', '.join('?' * len(columns))})", values)
conn = sqlite3.connect(sys.argv[1])
insert("themes", THEME, [tuple(r[c] for c in THEME) for r in rows["themes.jsonl"]])
annotations = rows["annotations.jsonl"]
links = [(r["id"], t) for r in annotations for t in r["themes"]]
for r in annotations:
    r["themes"] = orjson.dumps(r["themes"]).decode()
insert("annotations", ANNOTATION, [tuple(r[c] for c in ANNOTATION) for r in annotations])
insert("annotation_themes", ("annotation_id", "theme_id"), links)
conn.commit()
"""


def timed(cmd: list[str], **kw: object) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kw)  # type: ignore[call-overload]
    return time.perf_counter() - start


def interleave(runs: int, ours: Callable[[int], float], floor: Callable[[int], float],
               *references: Callable[[int], float]) -> tuple[float, ...]:
    """Medians of `ours`, `floor` and each of `references`, run in turn `runs` times."""
    a: list[float] = []
    b: list[float] = []
    c: list[list[float]] = [[] for _ in references]
    for i in range(runs):
        b.append(floor(i))
        for times, reference in zip(c, references, strict=True):
            times.append(reference(i))
        a.append(ours(i))
    return (median(a), median(b), *(median(times) for times in c))


def row(name: str, ours: float, floor: float, floor_name: str, goal: float,
        results: dict, key: str) -> tuple[str, str, str, str]:
    ratio = ours / floor
    results[key] = {"s": ours, "floor_s": floor, "ratio": ratio, "goal": goal,
                    "met": ratio <= goal}
    mark = "ok" if ratio <= goal else "MISSED"
    return (name, f"{ours:.2f} s", f"{floor_name} {floor:.2f} s",
            f"{ratio:.2f}x (goal <= {goal}x) {mark}")


def reference_row(name: str, ours: float, reference: float, reference_name: str,
                  results: dict, key: str) -> tuple[str, str, str, str]:
    """The same figure against a reference measured in the same run (how much of the
    distance to the floor is the reference's own: `results[key]` gains both)."""
    floor = results[key]["floor_s"]
    results[key].update(reference_s=reference, reference_ratio=ours / reference,
                        reference_vs_floor=reference / floor)
    return (name, f"{ours:.2f} s", f"{reference_name} {reference:.2f} s",
            f"{ours / reference:.2f}x (itself {reference / floor:.2f}x the floor)")


# -- the six figures ----------------------------------------------------------------------

def bench_import(args: argparse.Namespace, results: dict) -> list:
    count = 100 if args.quick else 1000
    folder = HERE / "out" / f"docx-{count}x3000"
    make_docx_corpus(folder, count, 3000)
    with tempfile.TemporaryDirectory() as tmp:
        def ours(i: int) -> float:
            return timed([*CWGI, "--db", f"{tmp}/ours{i}.sqlite3", "import", str(folder)])

        def floor(i: int) -> float:
            return timed([PY, "-c", IMPORT_FLOOR, str(folder), f"{tmp}/floor{i}.db"])

        a, b = interleave(min(args.runs, 3), ours, floor)
    return [row(f"cwgi import {count} .docx", a, b, "lxml+FTS5", 1.5, results, "import")]


def bench_search(args: argparse.Namespace, results: dict) -> list:
    from stores import contributions_store

    db = contributions_store(1000 if args.quick else 10_000, 1500)
    queries = ["internet", "access data", "security", "policy governance"]

    def ours(i: int) -> float:
        return timed([*CWGI, "--db", str(db), "search", queries[i % len(queries)]])

    def floor(i: int) -> float:
        return timed([PY, "-c", SEARCH_FLOOR, str(db), queries[i % len(queries)]])

    ours(0), floor(0)  # the page cache warm for both
    a, b = interleave(args.runs * 2, ours, floor)
    return [row("cwgi search (one query)", a, b, "bare FTS5+snippets", 1.5, results,
                "search")]


def bench_export(args: argparse.Namespace, results: dict) -> list:
    from stores import export_store

    pandoc = shutil.which("pandoc")
    if not pandoc:
        return []
    db, draft_id = export_store()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([*CWGI, "--db", str(db), "export", draft_id, "--format", "md",
                        "--out", f"{tmp}/draft.md"], check=True, stdout=subprocess.DEVNULL)

        def ours(i: int) -> float:
            return timed([*CWGI, "--db", str(db), "export", draft_id, "--format", "docx",
                          "--out", f"{tmp}/ours{i}.docx"])

        def floor(i: int) -> float:
            return timed([pandoc, f"{tmp}/draft.md", "-o", f"{tmp}/p{i}.docx"])

        a, b = interleave(args.runs, ours, floor)
    return [row("cwgi export 100-page draft .docx", a, b, "pandoc", 0.7, results, "export")]


def _probe(*argv: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parent))
    with tempfile.TemporaryDirectory() as config:
        env["CWGI_CONFIG_DIR"] = config
        env["CWGI_AUTHOR"] = "Bench"
        out = subprocess.run([PY, str(HERE / "window_probe.py"), *argv], capture_output=True,
                             text=True, env=env, check=True, timeout=180)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_window(args: argparse.Namespace, results: dict) -> list:
    from stores import contributions_store

    sizes = [1000] if args.quick else [1000, 10_000, 50_000]
    rows = []
    for size in sizes:
        db = contributions_store(size, 1500 if size <= 10_000 else 200)
        ours_runs: list[dict] = []
        floor_runs: list[dict] = []
        for _ in range(args.runs):
            floor_runs.append(_probe("--floor"))
            ours_runs.append(_probe(str(db)))
        a = median([o["process_usable_s"] for o in ours_runs])
        b = median([f["process_usable_s"] for f in floor_runs])
        rows.append(row(f"window usable, {size} contributions", a, b, "bare QMainWindow", 3,
                        results, f"window_{size}"))
        rss = median([o["rss_mb"] for o in ours_runs])
        results[f"window_{size}"]["rss_mb"] = rss
        if size == sizes[-1]:
            rows.append((f"memory, {size} contributions", f"{rss:.0f} MB",
                         f"bare {median([f['rss_mb'] for f in floor_runs]):.0f} MB",
                         f"goal < 150 MB {'ok' if rss < 150 else 'MISSED'}"))
    return rows


def bench_compile(args: argparse.Namespace, results: dict) -> list:
    from stores import annotated_store

    source = annotated_store(1000, 2000) if args.quick else annotated_store()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.sqlite3"
        for action in ("compile", "scaffold"):
            def ours(i: int, action: str = action) -> float:
                shutil.copyfile(source, db)  # each run on the same store, outside the timing
                return timed([*CWGI, "--db", str(db), "draft", action, "--consultation",
                              CONSULTATION])

            def floor(i: int) -> float:
                return timed([PY, "-c", JOIN_FLOOR, str(source), CONSULTATION])

            a, b = interleave(min(args.runs, 3), ours, floor)
            rows.append(row(f"cwgi draft {action}, 10k contributions, 20k annotations", a, b,
                            "annotations⋈paragraphs", 3, results, action))
    return rows


def bench_bundle(args: argparse.Namespace, results: dict) -> list:
    from stores import annotated_store, receiver_store

    source = annotated_store(1000, 2000) if args.quick else annotated_store()
    receiver = receiver_store(1000 if args.quick else 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        def ours_out(i: int) -> float:
            Path(f"{tmp}/b{i}.cwgib").unlink(missing_ok=True)
            return timed([*CWGI, "--db", str(source), "bundle", "export", "--out",
                          f"{tmp}/b{i}.cwgib"])

        def floor_out(i: int) -> float:
            Path(f"{tmp}/rows{i}.db").unlink(missing_ok=True)
            return timed([PY, "-c", COPY_OUT_FLOOR, str(source), f"{tmp}/rows{i}.db"])

        def bare_out(i: int) -> float:
            Path(f"{tmp}/bare{i}.zip").unlink(missing_ok=True)
            return timed([PY, "-c", BARE_BUNDLE_OUT, str(source), f"{tmp}/bare{i}.zip"])

        runs = min(args.runs, 3)
        a_out, b_out, c_out = interleave(runs, ours_out, floor_out, bare_out)
        db = Path(tmp) / "r.sqlite3"

        def ours_in(i: int) -> float:
            shutil.copyfile(receiver, db)
            return timed([*CWGI, "--db", str(db), "bundle", "import", f"{tmp}/b{i}.cwgib"])

        def floor_in(i: int) -> float:
            shutil.copyfile(receiver, db)
            return timed([PY, "-c", COPY_IN_FLOOR, str(db), f"{tmp}/rows{i}.db"])

        def bare_in(i: int) -> float:
            shutil.copyfile(receiver, db)
            return timed([PY, "-c", BARE_BUNDLE_IN, str(db), f"{tmp}/bare{i}.zip"])

        a_in, b_in, c_in = interleave(runs, ours_in, floor_in, bare_in)
    return [row("cwgi bundle export, 20k annotations", a_out, b_out, "copy rows out", 2,
                results, "bundle_export"),
            reference_row("  the same, against the bare format", a_out, c_out,
                          "zip of JSON out", results, "bundle_export"),
            row("cwgi bundle import, 20k annotations", a_in, b_in, "copy rows in", 2,
                results, "bundle_import"),
            reference_row("  the same, against the bare format", a_in, c_in,
                          "zip of JSON in", results, "bundle_import")]


BENCHES = {"import": bench_import, "search": bench_search, "export": bench_export,
           "window": bench_window, "compile": bench_compile, "bundle": bench_bundle}


def _byte_compile() -> None:
    """cwgi as installed: pip byte-compiles a package when it installs it. A checkout run
    with PYTHONDONTWRITEBYTECODE=1 (as CI and the agents' shells set it) never writes its
    .pyc files, so every `cwgi` process compiled each module it imports from source: 40 ms
    of a 130 ms `cwgi search`, a cost no installed copy pays (the floors import only the
    standard library and lxml, compiled already)."""
    import compileall

    compileall.compile_dir(str(HERE.parent / "cwgi_desktop"), quiet=1)
    print("cwgi_desktop byte-compiled (as pip installs it); --no-compile measures without")


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default=",".join(BENCHES))
    parser.add_argument("--quick", action="store_true", help="small stores (a smoke run)")
    parser.add_argument("--no-compile", action="store_true",
                        help="do not byte-compile cwgi_desktop first (every process then "
                        "compiles its modules from source when PYTHONDONTWRITEBYTECODE is set)")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    if not args.no_compile:
        _byte_compile()
    results: dict = {}
    rows: list = []
    for name in args.only.split(","):
        rows += BENCHES[name](args, results)
        print(f"  {name} done", flush=True)
    print(table(rows))
    return results


if __name__ == "__main__":
    print(json.dumps(main()))
