"""The `cwgi` command's contract: JSON shapes, one-line errors, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from cwgi_desktop.cli import main


def make_contribution_docx(path: Path, symbol: str, source: str, title: str,
                           paragraphs: list[str]) -> Path:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Council 2026"
    table.cell(0, 1).text = f"Document {symbol}"
    document.add_paragraph(source)
    document.add_paragraph(title.upper())
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    make_contribution_docx(
        folder / "C26-77-F.docx", "C26/77-F", "Contribution de la République fédérale",
        "Amélioration de l'efficacité du GTC-Internet",
        ["Les résultats se sont limités à des résumés et des compilations.",
         "Nous proposons des résumés analytiques et des lignes directrices."])
    (folder / "sub" / "note.md").write_text(
        "# Connectivity\n\nContribution from Examplia\n\nInternet exchange points lower "
        "costs for developing countries.\n", encoding="utf-8")
    (folder / "russian.txt").write_bytes(
        "Вклад Российской Федерации\n\nМногоязычие интернета остаётся приоритетом.\n"
        .encode("cp1251"))
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    return folder


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_folder_reports_imported_duplicates_and_rejected(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    code, out, err = run(capsys, db, "import", str(folder), "--consultation", "OC-2026",
                         "--json")
    data = json.loads(out)
    assert code == 1  # one file was rejected
    assert {c["symbol"] for c in data["imported"]} >= {"C26/77-F"}
    assert len(data["imported"]) == 3
    assert set(data["imported"][0]) >= {"id", "symbol", "language", "title", "source", "path"}
    french = next(c for c in data["imported"] if c["symbol"] == "C26/77-F")
    assert french["language"] == "fr"
    assert "République fédérale" in french["source"]
    assert [Path(r["path"]).name for r in data["rejected"]] == ["broken.docx"]
    assert err.count("\n") == 1 and err.startswith("cwgi: error: ") and "broken.docx" in err
    assert "Traceback" not in err

    code, out, _ = run(capsys, db, "import", str(folder / "C26-77-F.docx"), "--json")
    again = json.loads(out)
    assert code == 0 and again["imported"] == []
    assert again["duplicates"][0]["id"] == french["id"]


def test_list_show_search_annotate_edit(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    run(capsys, db, "import", str(folder), "--consultation", "OC-2026")

    _, out, _ = run(capsys, db, "list", "--language", "ru", "--json")
    assert [c["language"] for c in json.loads(out)["contributions"]] == ["ru"]

    _, out, _ = run(capsys, db, "show", "C26/77", "--json")
    shown = json.loads(out)
    assert shown["symbol"] == "C26/77-F"
    assert any("résumés analytiques" in p["text"] for p in shown["paragraphs"])

    _, out, _ = run(capsys, db, "search", "resumes analytiques", "--json")
    hits = json.loads(out)["hits"]
    assert hits[0]["symbol"] == "C26/77-F" and "[[résumés]]" in hits[0]["snippet"]
    assert set(hits[0]) == {"id", "symbol", "title", "snippet", "paragraph", "language"}

    code, out, _ = run(capsys, db, "annotate", "C26/77-F", "--quote", "lignes directrices",
                       "--note", "the ask", "--tag", "Outputs", "--author", "Ana", "--json")
    assert code == 0 and json.loads(out)["tags"] == ["Outputs"]
    _, out, _ = run(capsys, db, "annotations", "C26/77", "--json")
    annotations = json.loads(out)["annotations"]
    assert [(a["author"], a["note"], a["quote"]) for a in annotations] == [
        ("Ana", "the ask", "lignes directrices")]
    assert set(annotations[0]) >= {"id", "contribution", "author", "quote", "note", "tags",
                                   "paragraph", "created", "updated"}

    code, _, err = run(capsys, db, "annotate", "C26/77-F", "--quote", "not in the text")
    assert code == 1 and err.startswith("cwgi: error: ") and "quote not found" in err

    code, out, _ = run(capsys, db, "edit", "C26/77-F", "--source", "France",
                       "--date", "2026-05-12", "--json")
    assert code == 0 and json.loads(out)["source"] == "France"


def test_check_and_backup(tmp_path: Path, folder: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    run(capsys, db, "import", str(folder))
    code, out, _ = run(capsys, db, "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, _, _ = run(capsys, db, "backup", "--out", str(tmp_path / "b.sqlite3"))
    assert code == 0
    code, out, _ = run(capsys, tmp_path / "b.sqlite3", "search", "интернет", "--json")
    assert json.loads(out)["hits"]


def test_damaged_store_is_reported_by_check(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    db.write_bytes(b"garbage" * 100)
    code, _, err = run(capsys, db, "check")
    assert code == 1 and "not an SQLite database" in err and "Traceback" not in err


def test_usage_error_exits_2_with_one_line(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cwgi: error: ") and err.count("\n") == 1


def test_unknown_contribution_is_one_line_exit_1(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, tmp_path / "s.sqlite3", "show", "C99/1")
    assert code == 1 and err == "cwgi: error: C99/1: no such contribution\n"


def test_installed_entry_point_runs_without_qt(tmp_path: Path) -> None:
    exe = shutil.which("cwgi", path=str(Path(sys.executable).parent))
    assert exe, "the cwgi console script is installed with the package"
    out = subprocess.run([exe, "--db", str(tmp_path / "s.sqlite3"), "init", "--json"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["schema_version"] >= 1
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("cwgi ")


def test_store_location_defaults_to_user_data_and_cwgi_db_overrides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["init", "--json"]) == 0
    default = Path(json.loads(capsys.readouterr().out)["db"])
    assert default.parent == Path(__import__("os").environ["CWGI_DATA_DIR"])
    monkeypatch.setenv("CWGI_DB", str(tmp_path / "env.sqlite3"))
    assert main(["init", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["db"] == str(tmp_path / "env.sqlite3")


def test_a_rejected_file_leaves_the_store_unchanged(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cwgi_desktop.core.store import Store

    db = tmp_path / "s.sqlite3"
    run(capsys, db, "import", str(folder / "sub"))
    before = Store(db)
    counts = [before.scalar(f"SELECT COUNT(*) FROM {t}")
              for t in ("contributions", "paragraphs", "contributions_fts")]
    before.close()
    bomb = tmp_path / "laughs.docx"
    import zipfile
    with zipfile.ZipFile(bomb, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                   '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>')
    code, _, err = run(capsys, db, "import", str(bomb))
    assert code == 1 and "laughs.docx" in err and "DTD" in err
    after = Store(db)
    assert [after.scalar(f"SELECT COUNT(*) FROM {t}")
            for t in ("contributions", "paragraphs", "contributions_fts")] == counts
