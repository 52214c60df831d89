
"""Run by test_editor_autosave: the editor on a store, typing until it is killed.

Usage: python typing_child.py STORE DRAFT_ID INTERVAL_MS. Prints `READY` once the block is
in the editor, then `T <count> <monotonic time>` after each typed character.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor import DraftWorkspace

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def main() -> None:
    path, draft_id, interval = sys.argv[1], sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    db = DbWorker(path)
    ws = DraftWorkspace(db)
    ws.resize(1000, 700)
    ws.show()
    ws.open_draft(draft_id)
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(ws.editor, ALPHABET[typed % len(ALPHABET)])
        typed += 1
        print(f"T {typed} {time.monotonic():.4f}", flush=True)

    timer = QTimer()
    timer.setInterval(interval)
    timer.timeout.connect(type_one)

    def start() -> None:
        if ws.model.rowCount() == 0:
            QTimer.singleShot(20, start)
            return
        ws.select_block(ws.model.blocks[-1].id)
        ws.editor.setFocus()
        ws.editor.moveCursor(ws.editor.textCursor().MoveOperation.End)
        print("READY", flush=True)
        timer.start()

    QTimer.singleShot(0, start)
    app.exec()


if __name__ == "__main__":
    main()
