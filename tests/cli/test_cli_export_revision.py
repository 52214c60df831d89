"""`cwgi export DRAFT --against VERSION`: the changes since a version as tracked changes."""

from __future__ import annotations

import zipfile
from pathlib import Path

from test_cli_drafts import db, import_french, run, run_json  # noqa: F401  (fixture)

from cwgi_desktop.core.store import Store


def test_export_against_a_version_marks_the_changes(db: Path, capsys, tmp_path: Path) -> None:  # noqa: F811
    draft = import_french(db, capsys, tmp_path)
    run_json(db, capsys, "revision", "take", draft["id"], "sent to the Group")
    with Store(db) as store:
        block = store.blocks.all(draft["id"])[-1]
        store.blocks.update_text(block.id, block.text.replace("prévue", "intégrée"))
    out = tmp_path / "rev1.docx"
    data = run_json(db, capsys, "export", draft["id"], "--format", "docx", "--out", str(out),
                    "--against", "sent to the Group", "--author", "Secrétariat")
    assert data["out"] == str(out)
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert 'w:author="Secrétariat"' in body
    assert "<w:delText>prévue</w:delText>" in body and ">intégrée</w:t>" in body


def test_against_needs_word_and_a_known_version(db: Path, capsys, tmp_path: Path) -> None:  # noqa: F811
    draft = import_french(db, capsys, tmp_path)
    code, _out, err = run(db, capsys, "export", draft["id"], "--format", "md", "--out",
                          str(tmp_path / "x.md"), "--against", "v1")
    assert code != 0 and "--against needs --format docx" in err
    code, _out, err = run(db, capsys, "export", draft["id"], "--format", "docx", "--out",
                          str(tmp_path / "x.docx"), "--against", "nope")
    assert code != 0 and err.startswith("cwgi: error: ") and err[-1] == "\n"
    assert not (tmp_path / "x.docx").exists()


def test_translate_lists_versions_and_exports_with_the_suffix(db: Path, capsys,  # noqa: F811
                                                              tmp_path: Path) -> None:
    draft = import_french(db, capsys, tmp_path)
    version = run_json(db, capsys, "draft", "translate", draft["id"], "--language", "en")
    assert version["language"] == "en" and version["blocks"] > 0
    listed = run_json(db, capsys, "draft", "versions", version["id"])
    assert listed["original"] == draft["id"] and listed["language"] == "fr"
    assert [(v["language"], v["stale"]) for v in listed["versions"]] == [("en", [])]
    out = tmp_path / "en.docx"
    run_json(db, capsys, "export", version["id"], "--format", "docx", "--out", str(out))
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "CWG-Internet-22/4-E" in body and "Original: French" in body
    code, _out, err = run(db, capsys, "draft", "translate", draft["id"], "--language", "en")
    assert code != 0 and "en version already" in err
