"""The `cwgi-desktop` entry point: options, a store it cannot open, a smoke start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cwgi_desktop.app import parse_args
from cwgi_desktop.ui.session import check_store


def test_options() -> None:
    args = parse_args(["--db", "/tmp/x.sqlite3"])
    assert args.db == Path("/tmp/x.sqlite3") and not args.smoke_test
    with_qt = parse_args(["--smoke-test", "-platform", "offscreen"])
    assert with_qt.smoke_test and with_qt.qt_args == ["-platform", "offscreen"]


def test_check_store_names_a_file_that_is_not_a_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello, not sqlite", encoding="utf-8")
    assert "not a CWGI store" in (check_store(bad) or "")
    assert check_store(tmp_path / "new.sqlite3") is None


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "CWGI_CONFIG_DIR": str(tmp_path / "config"), "CWGI_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "cwgi_desktop.app", *args], env=env,
                          cwd=Path(__file__).resolve().parents[2], capture_output=True,
                          text=True, timeout=60, check=False)


def test_the_application_starts_and_quits_in_smoke_mode(tmp_path: Path) -> None:
    db = tmp_path / "smoke.sqlite3"
    done = _run("--smoke-test", "--db", str(db), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert db.exists()
    assert (tmp_path / "config" / "cwgi-desktop.ini").exists()  # layout saved on close


def test_the_default_store_is_in_the_data_folder(tmp_path: Path) -> None:
    done = _run("--smoke-test", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "cwgi.sqlite3").exists()


def test_a_damaged_store_is_refused_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    done = _run("--smoke-test", "--db", str(bad), tmp_path=tmp_path)
    assert done.returncode == 2
    assert "not a CWGI store" in done.stderr


def test_a_missing_store_with_backups_is_refused_not_created_again(tmp_path: Path) -> None:
    from cwgi_desktop.core.services.backups import take_backup
    from cwgi_desktop.core.store import Store

    db = tmp_path / "gone.sqlite3"
    with Store(db) as store:
        take_backup(store, tmp_path / "data" / "backups", "daily")
    db.unlink()
    done = _run("--smoke-test", "--db", str(db), tmp_path=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing" in lines[0], done.stderr
    assert not db.exists()
