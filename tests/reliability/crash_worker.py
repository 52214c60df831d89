"""A process that writes to a store as fast as it can, acknowledging each committed write.

Run as `python crash_worker.py STORE SEED`; prints `ack <kind> <key>` after each commit,
flushed, so the parent knows what the store promised before it was killed.
`python crash_worker.py STORE SEED restore BACKUP...` restores the backups in turn
instead, printing `ack restore <backup>` after each.
`python crash_worker.py STORE SEED merge BUNDLE...` imports the bundles in order, over and
over, printing `ack merge <index>` after each import.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.backups import restore
from cwgi_desktop.core.store import Store


def restoring(store_path: Path, backups: list[Path], rng: random.Random) -> None:
    """What `cwgi restore` does, over and over (the previous store kept aside each time is
    removed, or the folder would fill)."""
    while True:
        backup = rng.choice(backups)
        kept = restore(backup, store_path)
        print(f"ack restore {backup}", flush=True)
        if kept is not None:
            kept.unlink()


def merging(store_path: Path, bundles: list[Path], backup_dir: Path) -> None:
    """What `cwgi bundle import` does, bundle after bundle (a safety copy each time a merge
    changes rows already here)."""
    with Store(store_path) as store:
        while True:
            for index, bundle in enumerate(bundles):
                exchange_service.import_bundle(store, bundle, backup_dir=backup_dir)
                print(f"ack merge {index}", flush=True)


def main() -> None:
    if sys.argv[3:4] == ["restore"]:
        restoring(Path(sys.argv[1]), [Path(p) for p in sys.argv[4:]],
                  random.Random(int(sys.argv[2])))
        return
    if sys.argv[3:4] == ["merge"]:
        merging(Path(sys.argv[1]), [Path(p) for p in sys.argv[4:]],
                Path(sys.argv[1]).with_name("backups"))
        return
    store = Store(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    drafts = store.drafts.all()
    draft = drafts[0] if drafts else draft_service.create_draft(
            store, "key_findings", "Crash draft")
    n = int(sys.argv[2]) * 1_000_000  # rises across runs: later edits have larger numbers
    while True:
        n += 1
        action = rng.random()
        if action < 0.3:
            typing(store, draft.id, rng, n)
            continue
        action = (action - 0.3) / 0.7
        if action < 0.4 or store.contributions.count() == 0:
            sha = f"{sys.argv[2]}-{n}"
            words = " ".join(rng.choice(["access", "données", "интернет", "互联网", "policy"])
                             for _ in range(rng.randint(20, 400)))
            store.contributions.add(
                sha256=sha, paragraphs=[(words, "body"), (f"Marker {sha}.", "body")],
                metadata={"symbol": f"C26/{sha}-E", "title": f"T {sha}"})
            print(f"ack contribution {sha}", flush=True)
        elif action < 0.8:
            target = rng.choice(store.contributions.all(limit=20))
            annotation = store.annotations.add(target.id, author="crash", quote="Marker",
                                              note=f"note {n}", themes=[f"Theme {n % 5}"])
            print(f"ack annotation {annotation.id}", flush=True)
        else:
            existing = store.annotations.all()
            if existing:
                chosen = rng.choice(existing)
                store.annotations.update(chosen.id, note=f"edited {n}")
                print(f"ack edit {chosen.id} edited {n}", flush=True)


def typing(store: Store, draft_id: str, rng: random.Random, n: int) -> None:
    """What the editor's autosave does: a block's whole text saved again, a bit longer."""
    blocks = store.blocks.all(draft_id)
    if not blocks or rng.random() < 0.1:
        block = store.blocks.insert(draft_id, "finding", f"Finding {n}")
    else:
        block = rng.choice(blocks)
        block = store.blocks.update_text(block.id, f"{block.text} word{n}") or block
    print(f"ack block {block.id} {json.dumps(store.blocks.get(block.id).text)}", flush=True)


if __name__ == "__main__":
    main()
