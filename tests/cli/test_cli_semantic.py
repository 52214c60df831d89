"""`cwgi index`, `cwgi related`, `cwgi search --semantic`: JSON shapes, errors, resuming.
The hash embedder stands in for the model (CWGI_EMBEDDER=hash)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cwgi_desktop.cli import main


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CWGI_EMBEDDER", "hash")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Document C26/5-E\n\nAffordable broadband access should reach every rural village.\n\n"
        "Governments should publish national cybersecurity strategies.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Document C26/6-E\n\nEvery rural village needs affordable broadband access soon.\n",
        encoding="utf-8")
    path = str(tmp_path / "s.sqlite3")
    assert main(["--db", path, "init"]) == 0
    assert main(["--db", path, "import", str(folder)]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_index_builds_then_resumes_with_nothing_left(db: str, capsys) -> None:
    first = run(capsys, "--db", db, "index", "--limit", "1", "--json")
    assert first == {"indexed": 1, "done": 1, "total": 3, "cancelled": False}
    rest = run(capsys, "--db", db, "index", "--json", "--quiet")
    assert rest == {"indexed": 2, "done": 3, "total": 3, "cancelled": False}
    assert run(capsys, "--db", db, "index", "--json")["indexed"] == 0


def test_index_shows_progress_on_stderr(db: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--db", db, "index"]) == 0
    captured = capsys.readouterr()
    assert "indexed 3/3 paragraphs" in captured.err
    assert "3 paragraphs indexed; 3/3 in the index" in captured.out


def test_related_by_shown_number_or_position(db: str, capsys) -> None:
    run(capsys, "--db", db, "index", "--json")
    data = run(capsys, "--db", db, "related", "C26/5-E", "--paragraph", "2", "--json")
    first = data["related"][0]
    assert first["symbol"] == "C26/6-E" and first["number"] == "2"
    assert set(first) == {"id", "symbol", "title", "language", "paragraph", "number", "text",
                          "score"}
    same = run(capsys, "--db", db, "related", "C26/5-E", "--index", "2", "--limit", "1",
               "--json")
    assert same["related"] == data["related"][:1]


def test_related_to_a_missing_paragraph_is_one_line(db: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--db", db, "related", "C26/5-E", "--paragraph", "9"]) == 1
    assert capsys.readouterr().err == "cwgi: error: C26/5-E: no paragraph numbered 9\n"


def test_search_semantic_has_the_hit_shape_of_search(db: str, capsys) -> None:
    run(capsys, "--db", db, "index", "--json")
    plain = run(capsys, "--db", db, "search", "broadband village soon", "--json")
    fused = run(capsys, "--db", db, "search", "broadband village soon", "--semantic", "--json")
    assert [h["symbol"] for h in plain["hits"]] == ["C26/6-E"]
    assert [h["symbol"] for h in fused["hits"]] == ["C26/6-E", "C26/5-E"]
    assert set(fused["hits"][0]) == set(plain["hits"][0])


def test_scaffold_cluster_groups_similar_views(db: str, capsys, tmp_path: Path) -> None:
    for symbol, quote in (("C26/5-E", "rural village"), ("C26/6-E", "rural village"),
                          ("C26/5-E", "cybersecurity strategies")):
        run(capsys, "--db", db, "annotate", symbol, "--quote", quote, "--tag", "Access",
            "--json")
    run(capsys, "--db", db, "edit", "C26/5-E", "--consultation", "C", "--json")
    run(capsys, "--db", db, "edit", "C26/6-E", "--consultation", "C", "--json")
    made = run(capsys, "--db", db, "draft", "scaffold", "--consultation", "C", "--cluster",
               "--json")
    shown = run(capsys, "--db", db, "draft", "show", made["id"], "--json")
    texts = [b["text"] for b in shown["blocks"]]
    assert "Similar views (2 passages)" in texts and "A view of its own" in texts
