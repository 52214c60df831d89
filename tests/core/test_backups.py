"""Rotating backups, the newest good one, restore, and damaged stores."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from cwgi_desktop.cli import main
from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.paths import default_backup_dir
from cwgi_desktop.core.services.backups import (
    backup_if_due,
    list_backups,
    newest_good_backup,
    restore,
    store_problem,
    take_backup,
)
from cwgi_desktop.core.store import Store


def filled_store(path: Path, n: int = 1) -> Store:
    store = Store(path)
    for i in range(n):
        store.add_contribution(sha256=f"s{i}", paragraphs=[(f"Paragraph {i} on access.",
                                                            "body")],
                               metadata={"symbol": f"C26/{i + 1}-E"})
    return store


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(1024, len(data), 4096):  # scribble over every page but the header
        data[offset:offset + 200] = b"\xde\xad" * 100
    path.write_bytes(bytes(data))


def test_backups_rotate_keeping_the_newest(tmp_path: Path) -> None:
    store = filled_store(tmp_path / "s.sqlite3")
    made = [take_backup(store, tmp_path / "b", "close", keep=3) for _ in range(5)]
    kept = list_backups(store.path, tmp_path / "b")
    assert [b.path for b in kept] == made[:-4:-1]
    assert all(b.reason == "close" for b in kept)


def test_daily_backup_only_when_due(tmp_path: Path) -> None:
    store = filled_store(tmp_path / "s.sqlite3")
    assert backup_if_due(store, tmp_path / "b") is not None
    assert backup_if_due(store, tmp_path / "b") is None
    assert backup_if_due(store, tmp_path / "b", every=timedelta(0)) is not None


def test_damaged_store_is_detected_and_the_newest_good_backup_restored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "s.sqlite3"
    store = filled_store(path, 30)
    good = take_backup(store, tmp_path / "b", "daily")
    bad = take_backup(store, tmp_path / "b", "close")
    store.close()
    corrupt(bad)
    corrupt(path)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    assert store_problem(path)  # the cheap start-up check sees it
    assert store_problem(path, thorough=True)
    best = newest_good_backup(path, tmp_path / "b")
    assert best is not None and best.path == good
    kept = restore(best.path, path)
    assert kept is not None and kept.exists()
    assert store_problem(path) is None
    assert Store(path).count_contributions() == 30


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    filled_store(path).close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="nothing was restored"):
        restore(bad, path)
    assert path.read_bytes() == before


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    filled_store(db, 2).close()
    assert main(["--db", str(db), "backup", "--json"]) == 0
    written = Path(json.loads(capsys.readouterr().out)["backup"])
    assert written.parent == default_backup_dir()
    store = Store(db)
    store.delete_contribution("C26/1-E")
    store.close()
    assert main(["--db", str(db), "restore", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["restored"] == str(written)
    assert Store(db).count_contributions() == 2
