"""What the window imports to start: not the Word export, bundle or review stacks
(they load on first use; issue 15). Module names, not time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cwgi_desktop.core.store import Store

PROBE = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cwgi_desktop.ui.main_window import MainWindow
from cwgi_desktop.ui.settings import Settings
window = MainWindow(sys.argv[1], Settings())
window.show()
def poll():
    if window.model.rowCount() > 0:
        QTimer.singleShot(300, finish)  # let the start-up queries settle
    else:
        QTimer.singleShot(10, poll)
def finish():
    print(json.dumps(sorted(sys.modules)))
    window.close()
    app.quit()
QTimer.singleShot(0, poll)
QTimer.singleShot(60000, app.quit)
app.exec()
"""

LOADED_ON_FIRST_USE = (
    "docx", "markdown_it", "pypdf", "sqlite_utils", "markdown",
    "cwgi_desktop.core.exporters.docx", "cwgi_desktop.core.exchange.bundle",
    "cwgi_desktop.core.exchange.review_import", "cwgi_desktop.core.services.importing",
    "cwgi_desktop.core.importers.docx", "cwgi_desktop.core.importers.pdf",
    "cwgi_desktop.ui.exchange_dialogs", "cwgi_desktop.ui.review_dialog",
    "cwgi_desktop.ui.editor.export_dialog",
)


def test_the_window_starts_without_the_export_exchange_and_import_stacks(
        tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    with Store(db) as store:
        store.contributions.add(sha256="a", paragraphs=[("Some text.", "body")],
                               metadata={"symbol": "C26/1-E", "title": "One"})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CWGI_CONFIG_DIR=str(tmp_path / "cfg"),
               CWGI_AUTHOR="Tester")
    out = subprocess.run([sys.executable, "-c", PROBE, str(db)], capture_output=True,
                         text=True, env=env, timeout=120, check=True)
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert "cwgi_desktop.ui.main_window" in modules
    loaded = [m for m in modules
              if any(m == p or m.startswith(p + ".") or (p.endswith("docx") and
                                                          m.startswith(p)) for p in
                     LOADED_ON_FIRST_USE)]
    assert loaded == []
