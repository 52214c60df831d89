"""`cwgi qda|codebook|csl`: files other tools read, JSON shapes, one-line errors."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from cwgi_desktop.cli import main
from cwgi_desktop.core.store import Store


def seed(path: Path) -> None:
    with Store(path) as store:
        texts = ("Affordability remains the main barrier.", "Open access lowers prices.")
        store.contributions.add(
            sha256=hashlib.sha256("|".join(texts).encode()).hexdigest(),
            paragraphs=[(t, "body") for t in texts],
            metadata={"symbol": "C26/77-E", "title": "Connectivity", "source": "Brazil",
                      "date": "2026-05-12", "language": "en", "consultation": "OC"})
        store.annotations.add("C26/77", author="Alice", quote="main barrier", note="Cost first",
                             themes=["Affordability"])


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_qda_export_then_import_into_another_store(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    seed(a)
    project = tmp_path / "p.qdpx"
    code, out, _ = run(capsys, a, "qda", "export", str(project), "--json")
    assert code == 0 and json.loads(out)["selections"] == 1
    code, out, _ = run(capsys, b, "qda", "import", str(project))
    assert code == 0
    assert "1 contribution added" in out and "1 annotation added" in out
    with Store(b) as store:
        (contribution,) = store.contributions.all()
        assert (contribution.symbol, contribution.source, contribution.date) == \
            ("C26/77-E", "Brazil", "2026-05-12")
        (annotation,) = store.annotations.all()
        assert (annotation.author, annotation.note, annotation.quote) == \
            ("Alice", "Cost first", "main barrier")


def test_codebook_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    seed(a)
    qdc = tmp_path / "themes.qdc"
    code, out, _ = run(capsys, a, "codebook", "export", str(qdc))
    assert code == 0 and out.strip() == f"wrote {qdc}: 1 theme"
    code, out, _ = run(capsys, b, "codebook", "import", str(qdc), "--json")
    assert code == 0 and json.loads(out)["themes_added"] == 1


def test_a_bad_project_is_one_line_and_exit_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    seed(db)
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    code, out, err = run(capsys, db, "qda", "import", str(bad))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"cwgi: error: {bad}: ")


def test_csl_json_is_read_by_pandoc_citeproc(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    seed(db)
    csl = tmp_path / "refs.json"
    code, out, _ = run(capsys, db, "csl", str(csl))
    assert code == 0 and out.strip() == f"wrote {csl}: 1 contribution"
    (item,) = json.loads(csl.read_text(encoding="utf-8"))
    assert item["id"] == "C26/77-E" and item["author"] == [{"literal": "Brazil"}]
    assert item["issued"] == {"date-parts": [[2026, 5, 12]]}
    # pandoc's citeproc reads the file and resolves a draft's citation from it.
    draft = tmp_path / "d.md"
    draft.write_text("Open access matters [@C26/77-E].\n", encoding="utf-8")
    rendered = subprocess.run(
        ["pandoc", str(draft), "--citeproc", "--bibliography", str(csl), "-t", "plain"],
        capture_output=True, text=True, check=True).stdout
    assert "Brazil" in rendered and "2026" in rendered and "Connectivity" in rendered


def test_sync_through_a_folder_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    seed(a)
    seed(b)
    shared = tmp_path / "shared"
    shared.mkdir()
    code, out, _ = run(capsys, a, "sync", "--folder", str(shared), "--author", "Alice")
    assert code == 0 and "published: " in out and "00000001.cwgibundle" in out
    code, out, _ = run(capsys, b, "sync", "--folder", str(shared), "--json")
    data = json.loads(out)
    assert code == 0 and len(data["round"]["applied"]) == 1
    assert [(p["author"], p["in_sync"]) for p in data["peers"]] == [("Alice", True)]
    code, out, _ = run(capsys, b, "sync", "--status")
    assert code == 0 and "in sync with 1 colleague" in out
    code, _, err = run(capsys, tmp_path / "c.sqlite3", "sync")
    assert code == 1 and "no shared folder yet" in err
