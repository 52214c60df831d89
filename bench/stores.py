"""Stores the whole-process benchmarks run against (built once, kept in bench/out/).

- `contributions_store(n, words)`: n contributions in one consultation, no annotations.
- `annotated_store()`: 10,000 contributions and 20,000 annotations (themes included), with
  `receiver_store()` beside it: the same contributions under another store id, no
  annotations (where a bundle of the annotated store is imported).
- `export_store()`: the 100-page draft of bench_export.py, and its id.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from corpus import paragraphs, vocabulary, zipf_weights  # noqa: E402

from cwgi_desktop.core.store import Store  # noqa: E402

SOURCE_TYPES = ("Member State", "Sector Member", "Academia", "Civil society", "")
CONSULTATION = "Consultation A"


def _fresh(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _current(path: Path) -> Path:
    """A cached store brought to today's schema once, outside any timing: a store cached by
    an older version would otherwise be migrated (and safety-copied) by every timed run,
    a cost a user pays once."""
    from cwgi_desktop.core.services.opening import open_store

    open_store(path).close()
    _checkpoint(path)
    return path


def contributions_store(count: int, words_each: int) -> Path:
    path = OUT / f"proc-{count}x{words_each}.sqlite3"
    done = path.with_suffix(".done")
    if done.exists() and path.exists():
        return _current(path)
    OUT.mkdir(parents=True, exist_ok=True)
    _fresh(path)
    store = Store(path)
    rng = random.Random(11)
    words = vocabulary()
    weights = zipf_weights(len(words))
    start = time.perf_counter()
    for first in range(0, count, 1000):
        with store.transaction():
            for i in range(first, min(count, first + 1000)):
                paras = paragraphs(rng, words, weights, words_each)
                store.contributions.add(
                    sha256=f"bench-{i}", paragraphs=[(p, "body") for p in paras],
                    metadata={"symbol": f"C26/{i + 1}-E", "title": f"Contribution {i + 1}",
                              "source": f"Member {i % 193}",
                              "source_type": SOURCE_TYPES[i % len(SOURCE_TYPES)],
                              "consultation": CONSULTATION})
        print(f"  {min(count, first + 1000)} contributions "
              f"({time.perf_counter() - start:.0f} s)", flush=True)
    store.close()
    _checkpoint(path)
    done.touch()
    return path


def annotated_store(count: int = 10_000, annotations: int = 20_000) -> Path:
    path = OUT / f"proc-annotated-{count}-{annotations}.sqlite3"
    done = path.with_suffix(".done")
    if done.exists() and path.exists():
        return _current(path)
    base = contributions_store(count, 1500)
    _fresh(path)
    shutil.copyfile(base, path)
    store = Store(path)
    rng = random.Random(13)
    themes = [store.themes.add(f"Theme {i}").id for i in range(12)]
    ids = [r[0] for r in store.conn.execute("SELECT id FROM contributions ORDER BY id")]
    counts = dict(store.conn.execute(
        "SELECT contribution_id, COUNT(*) FROM paragraphs GROUP BY contribution_id"))
    with store.transaction():
        for i in range(annotations):
            cid = ids[i % len(ids)]
            paragraph = rng.randint(1, counts[cid])
            text = store.contributions.paragraph_text(cid, paragraph) or ""
            start = rng.randint(0, max(0, len(text) - 80))
            store.annotations.add(cid, author=f"Author {i % 3}", paragraph=paragraph,
                                 start=start, end=min(len(text), start + 80),
                                 note="a note" if i % 4 == 0 else "",
                                 themes=[themes[i % len(themes)]])
    store.close()
    _checkpoint(path)
    done.touch()
    return path


def receiver_store(count: int = 10_000) -> Path:
    """The contributions store under a new store id: where a bundle is imported."""
    path = OUT / f"proc-receiver-{count}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".part")
        shutil.copyfile(contributions_store(count, 1500), tmp)
        conn = sqlite3.connect(tmp)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'store_id'", (uuid.uuid4().hex,))
        conn.commit()
        conn.close()
        tmp.rename(path)
    return _current(path)


def export_store() -> tuple[Path, str]:
    from bench_export import build_draft

    path = OUT / "proc-export.sqlite3"
    id_file = path.with_suffix(".draft")
    if path.exists() and id_file.exists():
        return _current(path), id_file.read_text().strip()
    OUT.mkdir(parents=True, exist_ok=True)
    _fresh(path)
    store = Store(path)
    draft_id = build_draft(store)
    store.close()
    _checkpoint(path)
    id_file.write_text(draft_id)
    return path, draft_id
