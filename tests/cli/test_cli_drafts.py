"""`cwgi draft|coverage|revision|export`: the command-line contract."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cwgi_desktop.cli import main
from cwgi_desktop.core.store import Store

FRENCH_MD = """---
kind: key_findings
title: "Principales conclusions : points d'échange Internet"
language: fr
symbol: CWG-Internet-22/4-F
source: "Président du GTC-Internet"
purpose: ""
action: ""
references: "Résolution 1305"
meeting: ""
agenda_item: ""
date: "2026-01-22"
---

# Introduction

Le Groupe a reçu quatre contributions [@C26/77-F; @C26/52].

# Principales conclusions

1. Les IXP réduisent les coûts [@C26/77, para 2].

   *Éléments probants :* deux contributions.

2. L'accessibilité doit être prévue dès la conception [@C26/52, para 3].
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        for symbol, source_type in (("C26/77-F", "Member State"), ("C26/52-E", "civil society"),
                                    ("C26/60-E", "Sector Member")):
            store.contributions.add(sha256=symbol, paragraphs=[
                ("Titre", "heading"), ("Les IXP gardent le trafic local.", "body"),
                ("Accessibilité pour tous.", "body"),
            ], metadata={"symbol": symbol, "title": f"Contribution {symbol}", "source": "X",
                         "source_type": source_type, "consultation": "IXP"})
        store.annotations.add("C26/60", author="a", quote="trafic local", themes=["Trafic"])
    return path


def run(db: Path, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(db: Path, capsys, *argv: str) -> dict:
    code, out, err = run(db, capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def import_french(db: Path, capsys, tmp_path: Path) -> dict:
    path = tmp_path / "kf.md"
    path.write_text(FRENCH_MD, encoding="utf-8")
    return run_json(db, capsys, "draft", "import", str(path))


def test_import_prints_the_contract(db: Path, capsys, tmp_path: Path) -> None:
    data = import_french(db, capsys, tmp_path)
    assert set(data) == {"id", "title", "kind", "blocks"}
    assert (data["kind"], data["blocks"]) == ("key_findings", 5)
    assert data["title"] == "Principales conclusions : points d'échange Internet"


def test_import_refuses_unknown_citations_naming_each(db: Path, capsys, tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(FRENCH_MD.replace("@C26/52]", "@C26/404]").replace(
        "@C26/52, para 3", "@CWG-Internet-9/9, para 3"), encoding="utf-8")
    code, out, err = run(db, capsys, "draft", "import", str(path), "--json")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("cwgi: error: @") for line in lines)
    assert "@C26/404: unknown citation" in lines[0]
    assert "@CWG-Internet-9/9: unknown citation" in lines[1]
    assert run_json(db, capsys, "draft", "list")["drafts"] == []
    code, out, err = run(db, capsys, "draft", "import", str(path), "--allow-unresolved",
                         "--json")
    assert code == 0 and json.loads(out)["unresolved"] == ["C26/404", "CWG-Internet-9/9"]
    assert "warning: @C26/404" in err


def test_import_errors_name_the_file_and_line(db: Path, capsys, tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\nkind: key_findings\n---\n::: {.finding}\nnever closed\n",
                    encoding="utf-8")
    code, _out, err = run(db, capsys, "draft", "import", str(path))
    assert code == 1
    assert err == f"cwgi: error: {path}: line 4: ':::' block not closed\n"
    code, _out, err = run(db, capsys, "draft", "import", str(tmp_path / "missing.md"))
    assert code == 1 and err.startswith(f"cwgi: error: {tmp_path / 'missing.md'}: cannot read")


def test_new_list_and_show(db: Path, capsys) -> None:
    created = run_json(db, capsys, "draft", "new", "--kind", "guidelines", "--title",
                       "Lignes directrices", "--language", "fr")
    assert created["kind"] == "guidelines" and created["blocks"] == 3
    listed = run_json(db, capsys, "draft", "list")["drafts"]
    assert [d["id"] for d in listed] == [created["id"]]
    shown = run_json(db, capsys, "draft", "show", "Lignes directrices")
    assert shown["id"] == created["id"] and shown["language"] == "fr"
    assert [(b["kind"], b["number"]) for b in shown["blocks"]] == [
        ("heading", "1"), ("heading", "2"), ("guideline", "1)")]
    assert shown["blocks"][1]["text"] == "Lignes directrices"
    code, out, _err = run(db, capsys, "draft", "show", created["id"][:8])
    assert code == 0 and "1)  …" in out


def test_unknown_kind_and_unknown_draft_are_one_line_errors(db: Path, capsys) -> None:
    code, _out, err = run(db, capsys, "draft", "new", "--kind", "memo", "--title", "x")
    assert code == 1 and err.startswith("cwgi: error: memo: not a draft kind")
    code, _out, err = run(db, capsys, "draft", "show", "nothing")
    assert (code, err) == (1, "cwgi: error: nothing: no such draft\n")


def test_export_md_then_import_gives_the_same_draft(db: Path, capsys, tmp_path: Path) -> None:
    first = import_french(db, capsys, tmp_path)
    out = tmp_path / "out" / "kf.md"
    data = run_json(db, capsys, "export", first["id"], "--format", "md", "--out", str(out))
    assert data["cited"] == ["C26/52", "C26/77"]
    second = run_json(db, capsys, "draft", "import", str(out))
    a = run_json(db, capsys, "draft", "show", first["id"])
    b = run_json(db, capsys, "draft", "show", second["id"])
    assert [(x["kind"], x["level"], x["text"]) for x in a["blocks"]] == [
        (x["kind"], x["level"], x["text"]) for x in b["blocks"]]
    for field in ("kind", "title", "language", "symbol", "source", "references", "date"):
        assert a[field] == b[field]


def test_export_refuses_unresolved_citations(db: Path, capsys, tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(FRENCH_MD.replace("@C26/52]", "@C26/404]"), encoding="utf-8")
    draft = run_json(db, capsys, "draft", "import", str(path), "--allow-unresolved")
    for fmt in ("md", "docx"):
        out = tmp_path / f"x.{fmt}"
        code, _out, err = run(db, capsys, "export", draft["id"], "--format", fmt,
                              "--out", str(out))
        assert code == 1 and err.startswith("cwgi: error: @C26/404: unknown citation")
        assert not out.exists()


def test_export_docx_writes_a_word_file(db: Path, capsys, tmp_path: Path) -> None:
    draft = import_french(db, capsys, tmp_path)
    out = tmp_path / "kf.docx"
    data = run_json(db, capsys, "export", draft["id"], "--format", "docx", "--out", str(out),
                    "--language", "fr")
    assert data["format"] == "docx" and zipfile.is_zipfile(out)
    with zipfile.ZipFile(out) as docx:
        assert "Principales conclusions" in docx.read("word/document.xml").decode("utf-8")


def test_export_docx_with_comments_and_sources_annex(db: Path, capsys,
                                                     tmp_path: Path) -> None:
    """The CLI loads annotations: a scripted export with comments carries them (it used to
    print none, reading no annotations), and `--sources-annex` adds the annex."""
    draft = import_french(db, capsys, tmp_path)
    with Store(db) as store:
        store.annotations.add("C26/77-F", author="Ana Delegate", quote="trafic local",
                             note="Vérifier le chiffre.")
    plain, full = tmp_path / "plain.docx", tmp_path / "full.docx"
    run_json(db, capsys, "export", draft["id"], "--format", "docx", "--out", str(plain))
    run_json(db, capsys, "export", draft["id"], "--format", "docx", "--out", str(full),
             "--comments", "--sources-annex")
    with zipfile.ZipFile(plain) as docx:
        assert "word/comments.xml" not in docx.namelist()
        assert "Les IXP gardent le trafic local." not in docx.read(
            "word/document.xml").decode("utf-8")
    with zipfile.ZipFile(full) as docx:
        comments = docx.read("word/comments.xml").decode("utf-8")
        document = docx.read("word/document.xml").decode("utf-8")
    assert "Vérifier le chiffre." in comments and "Ana Delegate" in comments
    assert "Les IXP gardent le trafic local." in document  # the cited passage, in the annex


def test_compile_scaffold_and_coverage(db: Path, capsys) -> None:
    compiled = run_json(db, capsys, "draft", "compile", "--consultation", "IXP")
    assert compiled["kind"] == "compilation" and compiled["blocks"] > 5
    shown = run_json(db, capsys, "draft", "show", compiled["id"])
    assert compiled["blocks"] == len(shown["blocks"])  # counted from the index (issue 15)
    report = run_json(db, capsys, "coverage", compiled["id"])
    assert {"cited", "uncited", "themes_without_findings", "single_source_findings",
            "unresolved"} <= set(report)
    assert report["uncited"] == [] and len(report["cited"]) == 3
    scaffold = run_json(db, capsys, "draft", "scaffold", "--consultation", "IXP")
    assert scaffold["kind"] == "analytical_summary"
    report = run_json(db, capsys, "coverage", scaffold["id"], "--consultation", "IXP")
    assert [d["symbol"] for d in report["cited"]] == ["C26/60"]
    assert sorted(d["symbol"] for d in report["uncited"]) == ["C26/52", "C26/77"]
    assert report["themes_without_findings"][0]["name"] == "Trafic"
    code, out, _err = run(db, capsys, "coverage", scaffold["id"])
    assert code == 0 and "themes without a finding: Trafic" in out
    code, _out, err = run(db, capsys, "draft", "compile", "--consultation", "None such")
    assert code == 1 and err.startswith("cwgi: error: None such:")


def test_revisions_take_list_compare_restore(db: Path, capsys, tmp_path: Path) -> None:
    draft = import_french(db, capsys, tmp_path)
    taken = run_json(db, capsys, "revision", "take", draft["id"], "sent to the Group",
                     "--author", "Amina")
    assert (taken["name"], taken["author"]) == ("sent to the Group", "Amina")
    with Store(db) as store:
        block = store.blocks.all(draft["id"])[-1]
        store.blocks.update_text(block.id, block.text.replace("prévue", "intégrée"))
    diff = run_json(db, capsys, "revision", "compare", draft["id"], "sent to the Group")
    assert diff["to"] == "current"
    [row] = diff["blocks"]
    assert row["status"] == "changed"
    assert {"op": "insert", "text": "intégrée"} in row["right"]
    _code, out, _err = run(db, capsys, "revision", "compare", draft["id"], "sent to the Group")
    assert "{+intégrée+}" in out and "[-prévue-]" in out
    restored = run_json(db, capsys, "revision", "restore", draft["id"], "sent to the Group")
    assert restored["restored"] == taken["id"]
    names = [r["name"] for r in run_json(db, capsys, "revision", "list", draft["id"])[
        "revisions"]]
    assert names == ["before restoring “sent to the Group”", "sent to the Group"]
    shown = run_json(db, capsys, "draft", "show", draft["id"])
    assert "prévue" in shown["blocks"][-1]["text"]


def test_annex_and_delete(db: Path, capsys) -> None:
    created = run_json(db, capsys, "draft", "new", "--kind", "council_contribution",
                       "--title", "Report", "--empty")
    annex = run_json(db, capsys, "draft", "annex", "Report", "C26/77-F")
    assert annex["text"] == "Contribution C26/77-F (C26/77-F)" and annex["blocks"] == 4
    run_json(db, capsys, "draft", "delete", created["id"])
    assert run_json(db, capsys, "draft", "list")["drafts"] == []


def test_the_entry_point_runs_as_a_module(db: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cwgi_desktop", "--db", str(db), "draft", "new", "--kind",
         "key_findings", "--title", "النتائج", "--language", "ar", "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "النتائج" and data["blocks"] == 3
