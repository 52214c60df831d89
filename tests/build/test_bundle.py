"""The one-folder bundle builds, both programs start frozen, and it stays under 200 MB
(issue 17; the model for search by meaning and the dictionaries included; see
build/ci_bundle.sh).

Slow (a PyInstaller build takes minutes): `python -m pytest -m slow tests/build`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "cwgi-desktop"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]


@pytest.fixture(scope="module")
def bundle() -> str:
    """Build the bundle and run build/ci_bundle.sh's checks; its output."""
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    done = subprocess.run(["bash", str(ROOT / "build" / "ci_bundle.sh")], cwd=ROOT,
                          capture_output=True, text=True, timeout=3000, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return done.stdout


def test_the_bundle_builds_and_passes_its_smoke_run(bundle: str) -> None:
    assert "ci_bundle: ok" in bundle
    assert re.search(r"smoke test: .*: 8 contributions; File menu: &File", bundle)
    assert "File menu: &Fichier" in bundle
    # Hunspell through ctypes (GIL released) with the shipped dictionaries, frozen.
    assert "spelling: ctypes; goverment -> government" in bundle


def test_the_frozen_cli_answers(bundle: str) -> None:
    done = subprocess.run([str(APP / "cwgi"), "--version"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("cwgi ")


def test_the_bundle_stays_under_200_mb(bundle: str) -> None:
    """190.4 MB of files (193 MB by du, which build/ci_bundle.sh checks against 198): the
    limit is 5 MB above, so that growth shows (issue 17 asks for under 200 MB)."""
    size = sum(p.stat().st_size for p in APP.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 195 * 1024 * 1024, f"{size / 1024 / 1024:.0f} MB"


def test_the_frozen_window_opens_a_damaged_store_with_a_message(
        bundle: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a store", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "CWGI_CONFIG_DIR": str(tmp_path / "config"), "CWGI_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([str(APP / "cwgi-desktop"), "--smoke-test", "--db", str(bad)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert "not a CWGI store" in done.stderr
