"""`cwgi bundle|conflicts|conflict|review`: JSON shapes, one-line errors, exit codes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from cwgi_desktop.cli import main
from cwgi_desktop.core.exporters.ooxml import bookmark_name
from cwgi_desktop.core.store import Store

DRAFT_MD = """---
kind: key_findings
title: Key findings
language: en
---

# Key findings

1. Open access reduces wholesale costs [@C26/77, para 2].
"""


def seed(path: Path, author: str, quote: str, note: str) -> str:
    with Store(path) as store:
        texts = ("Affordability remains the main barrier.", "Open access lowers prices.")
        store.contributions.add(
            sha256=hashlib.sha256("|".join(texts).encode()).hexdigest(),
            paragraphs=[(t, "body") for t in texts],
            metadata={"symbol": "C26/77-E", "title": "Connectivity", "consultation": "OC"})
        return store.annotations.add("C26/77", author=author, quote=quote, note=note,
                                    themes=["Affordability"]).id


@pytest.fixture
def dbs(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    seed(a, "Alice", "main barrier", "Cost first")
    seed(b, "Bob", "Open access", "")
    return a, b


def run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, db: Path, *argv: str):
    code, out, err = run(capsys, db, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_export_then_import_prints_the_contract(dbs, tmp_path: Path, capsys) -> None:
    alice, bob = dbs
    out = tmp_path / "alice.cwgibundle"
    exported = run_json(capsys, alice, "bundle", "export", "--out", str(out),
                        "--author", "Alice", "--since", "2000-01-01")
    assert set(exported) == {"out", "counts", "filter"}
    assert exported["counts"]["annotation"] == 1 and exported["counts"]["texts"] == 0
    assert exported["filter"]["author"] == "Alice"
    imported = run_json(capsys, bob, "bundle", "import", str(out))
    assert imported == {"added": 2, "updated": 0, "unchanged": 0, "conflicts": 0}
    again = run_json(capsys, bob, "bundle", "import", str(out))
    assert again == {"added": 0, "updated": 0, "unchanged": 2, "conflicts": 0}
    code, text, _ = run(capsys, bob, "bundle", "import", str(out))
    assert (code, text.strip()) == (0, f"{out}: 0 added, 0 updated, 2 unchanged, 0 conflicts")


def test_export_text_and_options(dbs, tmp_path: Path, capsys) -> None:
    alice, _ = dbs
    out = tmp_path / "a.cwgibundle"
    code, text, err = run(capsys, alice, "bundle", "export", "--out", str(out),
                          "--with-texts", "--no-drafts", "--consultation", "OC")
    assert code == 0 and err == ""
    assert text.strip() == (f"wrote {out}: 1 annotation, 1 theme, 0 drafts (0 blocks), "
                            "1 contribution (1 with text)")


def test_export_text_counts_the_drafts_versions(dbs, tmp_path: Path, capsys) -> None:
    from cwgi_desktop.core.services import drafts as draft_service
    from cwgi_desktop.core.services import revisions as revision_service

    alice, bob = dbs
    with Store(alice) as store:
        draft = draft_service.create_draft(store, "key_findings", "Key findings")
        revision_service.take_revision(store, draft.id, "sent to the Group", author="Alice")
        blocks = len(store.blocks.all(draft.id))
    out = tmp_path / "a.cwgibundle"
    code, text, _ = run(capsys, alice, "bundle", "export", "--out", str(out))
    assert code == 0
    assert f"1 draft ({blocks} blocks, 1 version), " in text
    run_json(capsys, bob, "bundle", "import", str(out))
    listed = run_json(capsys, bob, "revision", "list", draft.id)["revisions"]
    assert [(r["name"], r["author"]) for r in listed] == [("sent to the Group", "Alice")]


def test_a_bad_bundle_is_one_line_exit_1_and_changes_nothing(dbs, tmp_path: Path,
                                                              capsys) -> None:
    _, bob = dbs
    bad = tmp_path / "bad.cwgibundle"
    bad.write_bytes(b"PK\x03\x04 truncated")
    before = run_json(capsys, bob, "conflicts")
    code, out, err = run(capsys, bob, "bundle", "import", str(bad), "--json")
    assert (code, out) == (1, "")
    assert err == f"cwgi: error: {bad}: not a CWGI bundle (damaged or truncated archive)\n"
    assert run_json(capsys, bob, "conflicts") == before


def test_bad_since_is_an_error_line(dbs, tmp_path: Path, capsys) -> None:
    alice, _ = dbs
    code, _, err = run(capsys, alice, "bundle", "export", "--out", str(tmp_path / "x"),
                       "--since", "yesterday")
    assert code == 1
    assert err.startswith("cwgi: error: yesterday: not a date") and err.count("\n") == 1


@pytest.mark.parametrize("argv", [
    ("bundle", "export"), ("conflict", "resolve", "abcd", "--keep", "both"),
    ("review", "import"),
])
def test_usage_errors_exit_2_with_one_line(dbs, capsys, argv) -> None:
    alice, _ = dbs
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(alice), *argv])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cwgi: error: ") and err.count("\n") == 1


def test_a_group_without_its_action_prints_help_and_exits_2(dbs, capsys) -> None:
    alice, _ = dbs
    for group in ("bundle", "conflict", "review"):
        code, _, err = run(capsys, alice, group)
        assert code == 2 and "ACTION" in err


def test_conflicts_are_listed_and_resolved(dbs, tmp_path: Path, capsys) -> None:
    alice, bob = dbs
    base = tmp_path / "base.cwgibundle"
    run_json(capsys, alice, "bundle", "export", "--out", str(base))
    run_json(capsys, bob, "bundle", "import", str(base))
    with Store(alice) as a, Store(bob) as b:
        note = a.annotations.all()[0]
        a.annotations.update(note.id, note="Alice again")
        b.annotations.update(note.id, note="Bob's view")
    second = tmp_path / "second.cwgibundle"
    run_json(capsys, alice, "bundle", "export", "--out", str(second))
    assert run_json(capsys, bob, "bundle", "import", str(second))["conflicts"] == 1
    listed = run_json(capsys, bob, "conflicts")["conflicts"]
    assert len(listed) == 1
    conflict = listed[0]
    assert {"id", "kind", "row_id", "mine", "theirs", "winner", "label", "changed"} <= set(
        conflict)
    assert (conflict["mine"]["note"], conflict["theirs"]["note"]) == ("Bob's view",
                                                                      "Alice again")
    code, text, _ = run(capsys, bob, "conflicts")
    assert code == 0 and "“main barrier”  differs in note  (in place: mine)" in text
    resolved = run_json(capsys, bob, "conflict", "resolve", conflict["id"][:8],
                        "--keep", "theirs")
    assert resolved["resolution"] == "theirs"
    assert run_json(capsys, bob, "conflicts")["conflicts"] == []
    assert len(run_json(capsys, bob, "conflicts", "--all")["conflicts"]) == 1
    code, _, err = run(capsys, bob, "conflict", "resolve", conflict["id"], "--keep", "mine")
    assert code == 1 and "already resolved" in err
    code, _, err = run(capsys, bob, "conflict", "resolve", "zzzzzzzz", "--keep", "mine")
    assert (code, err) == (1, "cwgi: error: zzzzzzzz: no such conflict\n")


def test_review_import_list_accept(tmp_path: Path, capsys) -> None:
    db = tmp_path / "r.sqlite3"
    seed(db, "Alice", "main barrier", "")
    md = tmp_path / "kf.md"
    md.write_text(DRAFT_MD, encoding="utf-8")
    draft = run_json(capsys, db, "draft", "import", str(md))
    out = tmp_path / "kf.docx"
    run_json(capsys, db, "export", draft["id"], "--format", "docx", "--out", str(out))
    with Store(db) as store:
        finding = next(b for b in store.blocks.all(draft["id"]) if b.kind == "finding")
    document = Document(str(out))
    paragraph = next(p for p in document.paragraphs if any(
        m.get(qn("w:name")) == bookmark_name(finding.id)
        for m in p._p.iter(qn("w:bookmarkStart"))))
    document.add_comment(paragraph.runs[-1], text="Source?", author="Reviewer", initials="R")
    document.save(str(out))

    result = run_json(capsys, db, "review", "import", str(out), "--draft", "Key findings")
    assert result == {"draft_id": draft["id"], "notes": 1, "changes": 0, "unchanged": 0,
                      "outside_blocks": 0}
    listed = run_json(capsys, db, "review", "list", "Key findings")
    assert [n["text"] for n in listed["notes"]] == ["Source?"]
    assert listed["notes"][0]["block_id"] == finding.id
    code, text, _ = run(capsys, db, "review", "list", draft["id"])
    assert code == 0 and "note    open     Reviewer: Source?" in text
    code, _, err = run(capsys, db, "review", "accept", "nope")
    assert (code, err) == (1, "cwgi: error: nope: no such suggested change\n")
    code, _, err = run(capsys, db, "review", "import", str(tmp_path / "kf.md"))
    assert code == 1 and err.startswith(f"cwgi: error: {tmp_path / 'kf.md'}: ")


def test_the_command_runs_as_a_program(dbs, tmp_path: Path) -> None:
    alice, _ = dbs
    done = subprocess.run(
        [sys.executable, "-m", "cwgi_desktop", "--db", str(alice), "bundle", "export",
         "--out", str(tmp_path / "p.cwgibundle"), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["annotation"] == 1
