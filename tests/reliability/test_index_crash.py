"""Kill the indexer mid-way: the store stays sound, keeps every acknowledged batch, and the
next run resumes with only what is missing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from cwgi_desktop.core.semantic import HashEmbedder, SemanticIndex
from cwgi_desktop.core.store import Store

WORKER = Path(__file__).with_name("index_worker.py")
PARAGRAPHS = 400


def start_worker(store_path: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    return subprocess.Popen([sys.executable, str(WORKER), str(store_path)],
                            stdout=subprocess.PIPE, text=True, env=env)


def acknowledged(out: str) -> int:
    # Only lines ending with a newline were printed whole: the kill may cut the last.
    done = [int(line.split()[1]) for line in out.split("\n")[:-1] if line.startswith("ack ")]
    return max(done, default=0)


def test_a_kill_mid_index_loses_at_most_the_batch_and_the_next_run_resumes(
        tmp_path: Path) -> None:
    store_path = tmp_path / "index.sqlite3"
    store = Store(store_path)
    for c in range(20):
        store.contributions.add(
            sha256=f"c{c}", metadata={"symbol": f"C26/{c + 1}-E"},
            paragraphs=[(f"Paragraph {c}-{i} on broadband access and rural policy.", "body")
                        for i in range(PARAGRAPHS // 20)])
    store.close()
    rng = random.Random(17)
    previous = 0
    for _ in range(3):
        proc = start_worker(store_path)
        # Wait for the worker to have committed something, then kill it at a random instant.
        assert proc.stdout is not None
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        assert "finished" not in out, "the worker finished before the kill: slow it down"
        acked = acknowledged(first + out)
        store = Store(store_path)
        assert store.check() == []
        done, total = store.vectors.progress(HashEmbedder.name)
        # Every acknowledged batch is there; at most one batch more landed unacknowledged.
        assert acked <= done <= acked + 4 and total == PARAGRAPHS
        assert done >= previous
        previous = done
        store.close()
    store = Store(store_path)
    embedder = HashEmbedder()
    report = SemanticIndex(store, embedder).build()
    assert report.done == PARAGRAPHS and report.indexed == PARAGRAPHS - previous
    assert embedder.calls == PARAGRAPHS - previous  # nothing embedded twice
    assert store.scalar("SELECT count(DISTINCT paragraph_id) FROM paragraph_vectors") \
        == PARAGRAPHS
    store.close()
