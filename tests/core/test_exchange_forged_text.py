"""Issue 11, item 6: a bundle carrying a text under a real file's SHA-256 used to become the
contribution's text, and the real file was then refused as a duplicate. A contribution's
text is what its file says: a bundle never overrides a file's text, and the file, imported
later, replaces the text a bundle shipped."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from importer_fixtures import make_contribution_docx

from cwgi_desktop.cli import main
from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store


@pytest.fixture
def real_file(tmp_path: Path) -> Path:
    return make_contribution_docx(tmp_path / "in" / "c77.docx")


def _texts(store: Store, cid: str) -> list[str]:
    return [p.text for p in store.contributions.paragraphs(cid)]


def _needs_check(store: Store, annotation_id: str) -> bool:
    return bool(store.scalar("SELECT needs_check FROM annotations WHERE id = ?",
                             (annotation_id,)))


def forged_bundle(tmp_path: Path, real_file: Path, text: str | None = None) -> tuple[Path, str]:
    """A bundle shipping `text` (default: the file's own text) under the file's hash."""
    sha = hashlib.sha256(real_file.read_bytes()).hexdigest()
    with Store(tmp_path / "forger.sqlite3") as forger:
        if text is None:
            import_paths(forger, [real_file])
            cid = forger.scalar("SELECT id FROM contributions WHERE sha256 = ?", (sha,))
        else:
            cid = forger.contributions.add(sha256=sha, paragraphs=[(text, "body")],
                                          metadata={"symbol": "C26/77-F"})[0].id
        quote = _texts(forger, cid)[-1][:12]
        forger.annotations.add(cid, author="Eve", quote=quote, paragraph=len(_texts(forger,
                                                                                  cid)))
        out = tmp_path / "forged.cwgibundle"
        exchange_service.export_bundle(forger, out, BundleFilter(with_texts=True))
    return out, cid


def test_a_bundle_never_replaces_the_text_of_a_file(tmp_path: Path, real_file: Path) -> None:
    bundle, cid = forged_bundle(tmp_path, real_file, "Forged: the delegation supports X.")
    with Store(tmp_path / "me.sqlite3") as me:
        import_paths(me, [real_file])
        genuine = _texts(me, cid)
        result = exchange_service.import_bundle(me, bundle)
        assert result.unchanged >= 1
        assert _texts(me, cid) == genuine
        assert not me.contributions.text_from_bundle(cid)


def test_the_file_imported_later_replaces_a_forged_text_instead_of_being_a_duplicate(
        tmp_path: Path, real_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle, cid = forged_bundle(tmp_path, real_file, "Forged: the delegation supports X.")
    path = tmp_path / "me.sqlite3"
    with Store(path) as me:
        exchange_service.import_bundle(me, bundle)
        assert _texts(me, cid) == ["Forged: the delegation supports X."]
        assert me.contributions.text_from_bundle(cid)
    assert main(["--db", str(path), "import", str(real_file)]) == 0
    out = capsys.readouterr().out
    assert "duplicate" not in out.split("\n")[-2] or "0 duplicates" in out
    assert "replaces a different one a bundle had shipped" in out
    with Store(path) as me:
        texts = _texts(me, cid)
        assert "Forged: the delegation supports X." not in texts
        assert any("GTC-Internet" in t for t in texts)
        assert not me.contributions.text_from_bundle(cid)
        (note,) = me.annotations.all()
        assert note.contribution_id == cid and _needs_check(me, note.id)
    assert main(["--db", str(path), "import", str(real_file)]) == 0  # now a true duplicate
    assert "1 duplicates" in capsys.readouterr().out


def test_the_file_confirms_a_genuine_shipped_text(tmp_path: Path, real_file: Path) -> None:
    bundle, cid = forged_bundle(tmp_path, real_file)
    with Store(tmp_path / "me.sqlite3") as me:
        exchange_service.import_bundle(me, bundle)
        shipped = _texts(me, cid)
        report = import_paths(me, [real_file])
        assert [i["bundle_text"] for i in report.imported] == ["verified"]
        assert _texts(me, cid) == shipped
        (note,) = me.annotations.all()
        assert not _needs_check(me, note.id)


def test_the_two_halves_apart_replace_a_forged_text(tmp_path: Path, real_file: Path) -> None:
    """The window's path: prepare_file (no store) then store_file (the database worker)."""
    from cwgi_desktop.core.services.importing import (
        ImportReport,
        known_file,
        prepare_file,
        store_file,
    )

    bundle, cid = forged_bundle(tmp_path, real_file, "Forged: the delegation supports X.")
    with Store(tmp_path / "me.sqlite3") as me:
        exchange_service.import_bundle(me, bundle)
        # The hash names a contribution, but its text came from a bundle: parse the file.
        prepared = prepare_file(real_file, None, known=known_file(me))
        assert prepared.duplicate_of is None and prepared.paragraphs
        report = ImportReport()
        store_file(me, prepared, report)
        assert report.duplicates == []
        assert [i["bundle_text"] for i in report.imported] == ["replaced"]
        assert any("GTC-Internet" in t for t in _texts(me, cid))
        assert not me.contributions.text_from_bundle(cid)
        # Now a true duplicate: known_file names it and the file is not parsed again.
        again = prepare_file(real_file, None, known=known_file(me))
        assert again.duplicate_of == cid
        report = ImportReport()
        store_file(me, again, report)
        assert report.duplicates == [{"path": str(real_file), "id": cid}]
