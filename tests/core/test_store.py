"""The store: pragmas, migrations with a safety copy, duplicates, metadata, check, backup."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound, StoreError
from cwgi_desktop.core.models import contribution_id_for
from cwgi_desktop.core.store import ContributionFilter, Store
from cwgi_desktop.core.store.migrations import SCHEMA_VERSION


def add(store: Store, sha: str, symbol: str | None, *texts: str, **meta: str):
    return store.contributions.add(
        sha256=sha, paragraphs=[(t, "body") for t in texts],
        metadata={"symbol": symbol, **meta},
    )


def test_new_store_uses_wal_foreign_keys_and_current_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA busy_timeout") >= 5000
    assert store.schema_version == SCHEMA_VERSION
    assert store.scalar("SELECT value FROM meta WHERE key = 'store_id'")


def test_store_from_an_older_schema_is_migrated_after_a_safety_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cwgi_desktop.core.store import migrations

    path = tmp_path / "s.sqlite3"
    Store(path).close()
    marker: list[str] = []

    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE added_in_v2 (x)")
        marker.append("ran")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v2])
    monkeypatch.setattr("cwgi_desktop.core.store.base.MIGRATIONS", [*migrations.MIGRATIONS])
    monkeypatch.setattr("cwgi_desktop.core.store.base.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    store = Store(path)
    assert marker == ["ran"]
    assert store.schema_version == SCHEMA_VERSION + 1
    copies = list(tmp_path.glob("s.before-migration-*.sqlite3"))
    assert len(copies) == 1
    copy_version = sqlite3.connect(copies[0]).execute("PRAGMA user_version").fetchone()[0]
    assert copy_version == SCHEMA_VERSION


def test_failed_migration_leaves_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cwgi_desktop.core.store import migrations

    path = tmp_path / "s.sqlite3"
    Store(path).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr("cwgi_desktop.core.store.base.MIGRATIONS",
                        [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr("cwgi_desktop.core.store.base.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone()


def test_store_written_by_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(path)


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store(path)


def test_same_file_twice_is_a_duplicate_not_a_second_row(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    first, created = add(store, "aa", "C26/77-F", "Texte.")
    again, created_again = add(store, "aa", "C26/77-F", "Texte.")
    assert created and not created_again
    assert again.id == first.id == contribution_id_for("aa")
    assert store.contributions.count() == 1


def test_symbol_gives_base_symbol_and_language(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    c, _ = add(store, "a", "CWG-Internet-22/4-E", "Text.")
    assert (c.base_symbol, c.language) == ("CWG-Internet-22/4", "en")
    c, _ = add(store, "b", "C26/77-R", "Текст.")
    assert (c.base_symbol, c.language) == ("C26/77", "ru")


def test_contributions_are_found_by_id_full_or_base_symbol(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    fr, _ = add(store, "a", "C26/77-F", "Texte.")
    assert store.contributions.resolve(fr.id).id == fr.id
    assert store.contributions.resolve("c26/77-f").id == fr.id
    assert store.contributions.resolve("C26/77").id == fr.id
    add(store, "b", "C26/77-E", "Text.")
    with pytest.raises(Ambiguous, match="C26/77-E"):
        store.contributions.resolve("C26/77")
    with pytest.raises(NotFound):
        store.contributions.resolve("C26/99")
    assert {c.language for c in store.contributions.versions_of("C26/77")} == {"en", "fr"}


def test_metadata_can_be_corrected(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    add(store, "a", None, "Text.", title="Wrong")
    c = store.contributions.all()[0]
    fixed = store.contributions.update(c.id, symbol="C26/52-S", title="Right", source="Spain",
                                      date="2026-05-12")
    assert (fixed.symbol, fixed.base_symbol, fixed.language) == ("C26/52-S", "C26/52", "es")
    assert (fixed.title, fixed.source, fixed.date) == ("Right", "Spain", "2026-05-12")
    with pytest.raises(InvalidInput):
        store.contributions.update(c.id, sha256="x")


def test_list_is_paged_sorted_and_filtered(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    for i in range(30):
        add(store, f"s{i}", f"C26/{i + 1}-E", "Text.",
            consultation="A" if i % 2 else "B", language="en")
    assert store.contributions.count(ContributionFilter(consultation="A")) == 15
    page = store.contributions.all(order_by="symbol", limit=10, offset=10)
    assert len(page) == 10
    descending = store.contributions.all(order_by="symbol", descending=True, limit=1)
    assert descending[0].symbol == "C26/9-E"
    store.contributions.set_read(page[0].id)
    assert store.contributions.count(ContributionFilter(unread_only=True)) == 29


def test_annotation_found_by_quote_with_themes_and_tombstone(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    c, _ = add(store, "a", "C26/77-F", "Premier paragraphe.",
               "Les résumés  analytiques sont utiles.")
    a = store.annotations.add("C26/77-F", author="Ana", quote="résumés analytiques",
                             note="clé", themes=["Outputs", "Outputs"])
    assert (a.paragraph, a.quote) == (2, "résumés  analytiques")
    assert a.kind == "note" and len(a.themes) == 1
    theme = store.themes.find("outputs")
    assert theme and a.themes == [theme.id]
    assert store.contributions.get(c.id).annotation_count == 1
    assert store.contributions.count(ContributionFilter(theme_id=theme.id)) == 1
    store.annotations.delete(a.id)
    assert store.annotations.all() == []
    assert store.annotations.get(a.id).deleted
    with pytest.raises(InvalidInput, match="quote not found"):
        store.annotations.add(c.id, author="Ana", quote="absent passage")


def test_themes_merge_moves_annotations(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    add(store, "a", "C26/1-E", "Access matters. Privacy too.")
    one = store.annotations.add("C26/1-E", author="A", quote="Access", themes=["Access"])
    two = store.annotations.add("C26/1-E", author="A", quote="Privacy", themes=["Connectivity"])
    access, connectivity = store.themes.find("Access"), store.themes.find("Connectivity")
    assert access and connectivity
    store.themes.merge(connectivity.id, access.id)
    assert store.annotations.get(two.id).themes == [access.id]
    assert store.annotations.get(one.id).themes == [access.id]
    assert store.themes.counts() == {access.id: 2}
    assert store.themes.find("Connectivity") is None


def test_check_and_backup_while_in_use(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    add(store, "a", "C26/1-E", "Connectivity for all.")
    assert store.check() == []
    with store.transaction() as conn:  # a write in flight on the same connection
        conn.execute("UPDATE contributions SET title = 'T'")
        copy = store.backup(tmp_path / "copy.sqlite3")
    backup = Store(copy)
    assert backup.check() == []
    assert backup.contributions.all()[0].title is None  # only committed state is copied
    assert backup.contributions.count() == 1
    assert backup.search.find("connectivity")


def test_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('x', '1')")
        raise RuntimeError
    assert store.scalar("SELECT COUNT(*) FROM meta WHERE key = 'x'") == 0


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, cwgi_desktop.core.store, cwgi_desktop.core.services.importing,"
        " cwgi_desktop.cli;"
        "import pkgutil, importlib, cwgi_desktop.core as core;"
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(core.__path__, "
        "'cwgi_desktop.core.')];"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_earlier_schema_migrates_with_its_data(tmp_path: Path, version: int) -> None:
    from old_store import add_old_annotation, add_old_contribution, make_store

    from cwgi_desktop.core.services.opening import open_store

    path = tmp_path / "old.sqlite3"
    conn = make_store(path, version)
    # Data written by the old version, through the old schema.
    text = "Les résumés analytiques."
    cid = add_old_contribution(conn, "C26/77-F", [(text, "body")])
    add_old_annotation(conn, "a1", cid, 1, text, "résumés")
    conn.close()

    store = open_store(path)
    assert store.schema_version == SCHEMA_VERSION
    assert store.check() == []
    assert [h.symbol for h in store.search.find("resumes")] == ["C26/77-F"]
    assert store.annotations.all()[0].author == "Ana"
    assert list(tmp_path.glob(f"old.before-migration-v{version}-*"))


def test_body_texts_skip_headings_and_stop_when_the_caller_stops(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        c, _ = store.contributions.add(sha256="b", metadata={"symbol": "C26/5-E"}, paragraphs=[
            ("Title", "heading"), ("First.", "body"), ("Second.", "list"), ("Third.", "body")])
        assert list(store.contributions.body_texts(c.id)) == ["First.", "Second.", "Third."]
        texts = store.contributions.body_texts(c.id)
        assert next(texts) == "First."
        texts.close()  # the cursor is closed: the store writes on
        store.contributions.update(c.id, title="Renamed")


def test_meta_values_are_kept_with_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        assert store.meta_value("folder_sync.folder") is None
        store.set_meta_value("folder_sync.folder", '"/shared"')
        store.set_meta_value("folder_sync.folder", '"/elsewhere"')
    with Store(tmp_path / "s.sqlite3") as store:
        assert store.meta_value("folder_sync.folder") == '"/elsewhere"'
