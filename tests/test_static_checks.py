"""CI runs pytest: these make it run ruff and mypy over the whole package too, with zero
findings allowed. Settings are in pyproject.toml ([tool.ruff], [tool.mypy])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "cwgi_desktop", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing_in_the_package() -> None:
    """Core, CLI and the window (PySide6's stubs: unused ignores tolerated in `ui`, as the
    stubs change between releases; see pyproject.toml)."""
    result = _run("mypy", "cwgi_desktop")
    assert result.returncode == 0, result.stdout + result.stderr
