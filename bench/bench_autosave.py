"""Autosave latency: from a keystroke in the editor to the text committed in the store.

    .venv/bin/python bench/bench_autosave.py [--samples 15]

Drives the real drafting workspace offscreen on a 500-block draft: types a word, then polls
the store through a second connection (as another process would) until the word is there.
Baseline in the same run: the bare core write (`update_block_text`, one transaction). The
editor waits for a pause in typing (the debounce) before saving, so the figure is the
debounce plus the write; the bound under continuous typing is measured too.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import machine, median, percentile, table  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cwgi_desktop.core.services import drafts as draft_service  # noqa: E402
from cwgi_desktop.core.store import Store  # noqa: E402
from cwgi_desktop.ui.db_worker import DbWorker  # noqa: E402
from cwgi_desktop.ui.editor import DraftWorkspace  # noqa: E402


def build(path: Path) -> str:
    store = Store(path)
    draft = draft_service.create_draft(store, "key_findings", "Autosave bench", template=False)
    with store.transaction():
        for i in range(500):
            kind = "heading" if i % 12 == 0 else "finding" if i % 5 == 0 else "paragraph"
            store.insert_block(draft.id, kind, f"Block {i}: " + "text of the block " * 12)
    store.close()
    return draft.id


def committed(conn: sqlite3.Connection, block_id: str, marker: str) -> bool:
    row = conn.execute("SELECT text FROM blocks WHERE id = ?", (block_id,)).fetchone()
    return bool(row and marker in row[0])


def wait_for(conn: sqlite3.Connection, block_id: str, marker: str, timeout: float) -> float:
    start = time.perf_counter()
    while not committed(conn, block_id, marker):
        QCoreApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - start > timeout:
            raise TimeoutError(marker)
    return time.perf_counter() - start


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=15)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.sqlite3"
        draft_id = build(path)
        db = DbWorker(path)
        workspace = DraftWorkspace(db)
        workspace.resize(1300, 800)
        workspace.show()
        reader = sqlite3.connect(path)
        deadline = time.perf_counter() + 20
        while workspace.model.rowCount() < 500 and time.perf_counter() < deadline:
            app.processEvents()
        pause, continuous, bare = [], [], []
        for sample in range(args.samples):
            workspace.outline.setCurrentIndex(workspace.model.index(1 + sample * 7))
            while workspace.editor.block_id != workspace.model.block_at(1 + sample * 7).id:
                app.processEvents()
            block_id = workspace.editor.block_id
            workspace.editor.setFocus()
            marker = f"w{sample}x"
            QTest.keyClicks(workspace.editor, f" {marker}")
            pause.append(wait_for(reader, block_id, marker, 10))
            # Continuous typing: a key every 100 ms; how long until the first save lands?
            start = time.perf_counter()
            first = f"c{sample}y"
            QTest.keyClicks(workspace.editor, f" {first}")
            while not committed(reader, block_id, first):
                QTest.keyClicks(workspace.editor, "z")
                end = time.perf_counter() + 0.1
                while time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.005)
            continuous.append(time.perf_counter() - start)
        workspace.close()
        db.stop()
        store = Store(path)
        blocks = store.blocks(draft_id)
        for i in range(args.samples * 5):
            block = blocks[i % len(blocks)]
            start = time.perf_counter()
            store.update_block_text(block.id, block.text + f" b{i}")
            bare.append(time.perf_counter() - start)
        store.close()
    p50, p95 = median(pause) * 1000, percentile(pause, 95) * 1000
    c95 = percentile(continuous, 95) * 1000
    b95 = percentile(bare, 95) * 1000
    print(table([
        ("autosave, keystroke → committed (after a pause)",
         f"p50 {p50:.0f} ms, p95 {p95:.0f} ms", f"core write p95 {b95:.1f} ms",
         "debounce 600 ms + write"),
        ("autosave while typing non-stop (a key / 100 ms)", f"p95 {c95:.0f} ms",
         f"core write p95 {b95:.1f} ms", "bound: ≤ 1.5 s + write"),
    ]))
    return {"pause_p50_ms": p50, "pause_p95_ms": p95, "continuous_p95_ms": c95,
            "core_write_p95_ms": b95, "samples": args.samples}


if __name__ == "__main__":
    print(json.dumps(main()))
