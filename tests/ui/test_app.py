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


def test_an_older_store_is_migrated_off_the_gui_thread_with_its_steps_shown(
        tmp_path: Path, qapp: object, monkeypatch: object) -> None:
    """Opening an older store runs its migration (safety copy, then each schema step) on a
    thread, with a progress dialog the GUI thread keeps painting; then it opens at once."""
    import threading

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from old_store import add_old_contribution, make_store

    from cwgi_desktop.core.store import Store
    from cwgi_desktop.core.store.migrations import SCHEMA_VERSION
    from cwgi_desktop.ui import session

    path = tmp_path / "old.sqlite3"
    conn = make_store(path, SCHEMA_VERSION - 1)
    add_old_contribution(conn, "C26/77-E", [("Affordability matters.", "body")])
    conn.close()
    ran_on: list[int] = []
    real = session.store_problem

    def spy(*args: object, **kw: object) -> object:
        ran_on.append(threading.get_ident())
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(session, "store_problem", spy)  # type: ignore[attr-defined]
    assert check_store(path) is None
    assert ran_on and ran_on[0] != threading.get_ident()
    view = session.LAST_MIGRATION[0]
    assert view.dialog.objectName() == "storeUpgrade"
    assert view.steps_shown == [0, 1]  # the safety copy, then the one schema step
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    assert check_store(path) is None and len(ran_on) == 2  # current now: no dialog
