"""Kill a writing process at random instants: the store stays sound and keeps every ack.

Fast tier (CI, every run): 20 kills. Slow tier (`pytest -m slow`): 200 more.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.backups import restore
from cwgi_desktop.core.store import Store

WORKER = Path(__file__).with_name("crash_worker.py")


def run_and_kill(store_path: Path, seed: int, rng: random.Random,
                 extra: tuple[str, ...] = ()) -> list[str]:
    """Start the worker, let it write for a random while, SIGKILL it; return its acks."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.Popen([sys.executable, str(WORKER), str(store_path), str(seed), *extra],
                            stdout=subprocess.PIPE, text=True, env=env)
    time.sleep(rng.uniform(0.3, 1.5))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    # Only lines that ended with a newline were acknowledged in full: the kill may have
    # cut the last one.
    return out.split("\n")[:-1]


def check_acknowledged(store_path: Path, acks: list[str]) -> None:
    store = Store(store_path)  # opens: WAL recovery and migrations run
    assert store.check() == []
    edits: dict[str, str] = {}
    blocks: dict[str, str] = {}
    for line in acks:
        _, kind, rest = line.split(" ", 2)
        if kind == "contribution":
            c = store.contributions.resolve(f"C26/{rest}-E")
            assert store.search.find(f"marker {rest.split('-')[0]}", contribution_id=c.id)
        elif kind == "annotation":
            assert not store.annotations.get(rest).deleted
        elif kind == "edit":
            annotation_id, note = rest.split(" ", 1)
            edits[annotation_id] = note
        elif kind == "block":
            block_id, text = rest.split(" ", 1)
            blocks[block_id] = json.loads(text)
    # The store holds the last acknowledged value, or a later one whose commit landed just
    # before the kill and whose ack line never got out (notes are "edited <n>" with n rising;
    # block texts only grow).
    for annotation_id, note in edits.items():
        stored = store.annotations.get(annotation_id).note
        assert stored == note or _edit_number(stored) > _edit_number(note), (stored, note)
    for block_id, text in blocks.items():
        assert store.blocks.get(block_id).text.startswith(text)
    store.close()


def _edit_number(note: str) -> int:
    return int(note.rsplit(" ", 1)[-1]) if note.startswith("edited ") else -1


def kill_many(tmp_path: Path, runs: int, seed: int) -> int:
    """Kill the writer `runs` times; after each kill check the store and that run's acks,
    and every 25 kills (and at the end) every ack since the start."""
    rng = random.Random(seed)
    store_path = tmp_path / "crash.sqlite3"
    Store(store_path).close()
    history: list[str] = []
    for run in range(runs):
        acks = run_and_kill(store_path, seed * 1000 + run, rng)
        history += acks
        full = (run + 1) % 25 == 0 or run == runs - 1
        check_acknowledged(store_path, history if full else acks)
    return len(history)


def test_twenty_kills_lose_no_acknowledged_write(tmp_path: Path) -> None:
    assert kill_many(tmp_path, runs=20, seed=1) > 20


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_two_hundred_kills_lose_no_acknowledged_write(tmp_path: Path) -> None:
    assert kill_many(tmp_path, runs=200, seed=2) > 200


def test_kills_during_restore_leave_the_old_or_the_restored_store(tmp_path: Path) -> None:
    """Killed at any instant of `restore`, the store path holds one of the stores, whole:
    never nothing, never an empty store."""
    rng = random.Random(3)
    sizes: dict[int, Path] = {}
    for n in (3, 7):
        with Store(tmp_path / f"source{n}.sqlite3") as source:
            for i in range(n):
                source.contributions.add(
                    sha256=f"{n}-{i}", paragraphs=[("Text on access. " * 400, "body")],
                    metadata={"symbol": f"C26/{i + 1}-E"})
            sizes[n] = source.backup(tmp_path / f"backup{n}.sqlite3")
    store_path = tmp_path / "crash.sqlite3"
    restore(sizes[3], store_path)
    restores = 0
    for run in range(12):
        acks = run_and_kill(store_path, run, rng, ("restore", *map(str, sizes.values())))
        restores += len(acks)
        assert store_path.exists() and store_path.stat().st_size > 0
        with Store(store_path) as store:
            assert store.check() == []
            assert store.contributions.count() in sizes
    assert restores > 12


def _versioned_bundles(tmp_path: Path, versions: int, notes: int) -> list[Path]:
    """Bundles 0..versions-1: the same notes, every one rewritten in each (`v<k> <i>`)."""
    from cwgi_desktop.core.exchange import BundleFilter

    bundles = []
    with Store(tmp_path / "source.sqlite3") as source:
        contribution, _ = source.contributions.add(
            sha256="merged", paragraphs=[("Text on access. " * 40, "body")],
            metadata={"symbol": "C26/1-E"})
        ids = [source.annotations.add(contribution.id, author="crash", quote="Text",
                                     note=f"v0 {i}").id for i in range(notes)]
        for k in range(versions):
            for i, aid in enumerate(ids):
                source.annotations.update(aid, note=f"v{k} {i}")
            bundles.append(exchange_service.export_bundle(source,
                tmp_path / f"v{k}.cwgibundle", BundleFilter(with_texts=True)).path)
    return [Path(b) for b in bundles]


def test_kills_during_bundle_merges_leave_one_whole_version(tmp_path: Path) -> None:
    """Killed at any instant of an import (the safety copy, the merge, the commit), the
    store holds the notes of one bundle, all of them: never a mix, never fewer rows, and
    never less than what an import acknowledged."""
    from cwgi_desktop.core.services.backups import is_sound, list_backups

    rng = random.Random(4)
    notes = 150
    bundles = _versioned_bundles(tmp_path, versions=6, notes=notes)
    store_path = tmp_path / "crash.sqlite3"
    Store(store_path).close()
    acked = -1
    merges = 0
    for run in range(12):
        acks = run_and_kill(store_path, run, rng, ("merge", *map(str, bundles)))
        merges += len(acks)
        if acks:
            acked = max(acked, max(int(line.split()[2]) for line in acks))
        with Store(store_path) as store:
            assert store.check() == []
            found = store.annotations.all()
            assert len(found) in ((0, notes) if acked < 0 else (notes,))
            seen = {a.note.split()[0] for a in found}
            assert len(seen) <= 1, f"a merge left a mix of versions: {sorted(seen)}"
            if acked >= 0:
                assert int(seen.pop()[1:]) >= acked
        for backup in list_backups(store_path, tmp_path / "backups"):
            assert is_sound(backup.path)  # a copy is whole or absent, never half
    assert merges > 12
