"""Two processes writing to one store at once: nobody sees "database is locked", no write lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cwgi_desktop.core.store import Store

ANNOTATOR = r"""
import sys
from cwgi_desktop.core.store import Store
store = Store(sys.argv[1])
done = 0
for i in range(int(sys.argv[2])):
    store.annotations.add("C26/1-E", author="window", quote="anchor", note=f"n{i}",
                         themes=[f"T{i % 3}"])
    done += 1
print(done)
"""


def test_import_script_and_annotating_window_write_together(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    store = Store(db)
    store.contributions.add(sha256="seed", paragraphs=[("The anchor passage.", "body")],
                           metadata={"symbol": "C26/1-E"})
    store.close()
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(60):
        (folder / f"c{i}.txt").write_text(
            f"Contribution from State {i}\n\nConnectivity point number {i} " * 20,
            encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    importer = subprocess.Popen(
        [sys.executable, "-m", "cwgi_desktop", "--db", str(db), "import", str(folder),
         "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    annotator = subprocess.Popen(
        [sys.executable, "-c", ANNOTATOR, str(db), "150"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    imported_out, imported_err = importer.communicate(timeout=120)
    annotated_out, annotated_err = annotator.communicate(timeout=120)
    assert importer.returncode == 0, imported_err
    assert annotator.returncode == 0, annotated_err
    assert "locked" not in imported_err + annotated_err
    assert len(json.loads(imported_out)["imported"]) == 60
    assert annotated_out.strip() == "150"
    store = Store(db)
    assert store.contributions.count() == 61
    assert len(store.annotations.all()) == 150
    assert store.check() == []
