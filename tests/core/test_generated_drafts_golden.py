"""Compile and scaffold write exactly what they wrote before they were made fast (issue 15).

`data/generated_drafts_golden.json` was written by the code before the optimisation
(`python tests/core/test_generated_drafts_golden.py --write`); every block (kind, level,
text, position, tombstone), every derived citation row and the draft's metadata must
come out the same on a store that exercises the cases: several languages of one
document, missing source types and symbols, headings, short-only and long bodies,
Markdown characters, short cover lines, nested and unused themes, notes, untagged and
deleted annotations.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from cwgi_desktop.core.models import Annotation
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

GOLDEN = Path(__file__).parent / "data" / "generated_drafts_golden.json"
WORDS = ("Internet", "access", "*policy*", "governance", "_data_", "[note]", "IXP", "#1",
         "security", "<b>", "coûts", "réseau", "`code`", "\\path", "5.", "-", "+", "|",
         "universal", "affordable", "connectivity", "stakeholders", "public")
TYPES = ("Member State", "Sector Member", "civil society", "Academia", "", None)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def build_store(path: Path) -> Store:
    rng = random.Random(2026)
    store = Store(path)
    themes = [store.themes.add("Access"), store.themes.add("Security")]
    themes.append(store.themes.add("Affordability", parent_id=themes[0].id))
    themes.append(store.themes.add("Ports", parent_id=themes[2].id))
    store.themes.add("Unused")
    ids = []
    for i in range(49):
        shape = i % 7
        paragraphs: list[tuple[str, str]] = [("Introduction", "heading")]
        if shape == 0:
            paragraphs += [("Short.", "body"), ("Tiny too.", "body")]
        elif shape == 1:
            paragraphs += [(_text(rng, 6), "body")] + [(_text(rng, 40), "body")
                                                      for _ in range(rng.randint(1, 6))]
        elif shape == 2:
            paragraphs += [(_text(rng, 200), "body"), ("1) a list item of some length here",
                                                      "list")]
        elif shape == 3:
            paragraphs += [("  spaced   out\ttext  " * 4, "body"), ("", "body"),
                           (_text(rng, 30), "heading"), (_text(rng, 90), "body")]
        elif shape == 4:
            paragraphs += [(_text(rng, rng.randint(3, 70)), "body") for _ in range(8)]
        elif shape == 5:  # short cover lines before the body
            paragraphs += [(f"Cover line {k}", "body") for k in range(6)] + [
                (_text(rng, 80), "body"), (_text(rng, 20), "body")]
        else:  # more short lines than a contribution's opening is read with
            paragraphs += [(f"Line {k}", "body") for k in range(15)] + [
                (_text(rng, 9), "body"), (_text(rng, 80), "body")]
        symbol = None if i % 13 == 12 else f"C26/{10 + i // 2}-{'EF'[i % 2]}"
        metadata: dict[str, Any] = {
            "symbol": symbol, "title": f"Title {i} *{_text(rng, 3)}*" if i % 7 else "",
            "source": f"Source {i % 9}" if i % 11 else "",
            "source_type": TYPES[i % len(TYPES)],
            "consultation": "Other" if i % 17 == 16 else "IXP"}
        c, _ = store.contributions.add(sha256=f"golden-{i}", paragraphs=paragraphs,
                                       metadata=metadata)
        ids.append((c.id, len(paragraphs) - 1))
    for n in range(120):
        cid, count = ids[rng.randrange(len(ids))]
        paragraph = rng.randint(1, count)
        text = store.contributions.paragraph_text(cid, paragraph) or ""
        if not text.strip():
            continue
        start = rng.randint(0, max(0, len(text) - 30))
        chosen = [t.id for t in themes if rng.random() < 0.3]
        a = store.annotations.add(cid, author=f"A{n % 3}", paragraph=paragraph, start=start,
                                  end=min(len(text), start + 30),
                                  note=_text(rng, 5) if n % 4 == 0 else "", themes=chosen)
        if n % 19 == 0:
            store.annotations.delete(a.id)
    _citation_cases(store, themes[0].id)
    return store


# Text that looks like citations, and symbols a citation reads otherwise than it is
# written: the generated blocks' citation rows must be those their text parses to.
TRICKY_TEXT = ("see [@C26/10] and [@C26/11, para 3]", "mail user@example.org", "`[@C26/12]`",
               "\\[@C26/13]", "path\\", "[@C26/14", "[@C26/15; @C26/16, paras 2-4]",
               "[@C26/17](link)", "a `code [@C26/18] span", "-@x")
TRICKY_SYMBOLS = ("C26/90 Add.1-E", "C26/91-E-F", "C26/9`2-E", "C26/93.-E", "C26/94;x-E",
                  "C26/95]-E", "Doc@96/1-E", "C26/97, para 2-E")


def _citation_cases(store: Store, theme_id: str) -> None:
    for i, symbol in enumerate(TRICKY_SYMBOLS):
        text = TRICKY_TEXT[i % len(TRICKY_TEXT)]
        c, _ = store.contributions.add(
            sha256=f"golden-tricky-{i}",
            paragraphs=[(f"{text} {word} " * 12, "body") for word in ("one", "two")],
            metadata={"symbol": symbol, "title": TRICKY_TEXT[(i + 3) % len(TRICKY_TEXT)],
                      "source": f"Tricky {i}", "source_type": "Member State",
                      "consultation": "IXP"})
        for k, note in enumerate(TRICKY_TEXT):
            store.annotations.add(c.id, author="T", paragraph=1 + k % 2, start=0, end=24,
                                  note=note if (i + k) % 3 else "",
                                  themes=[theme_id] if k % 2 else [])


def _dump(store: Store, draft_id: str) -> dict[str, Any]:
    draft = store.drafts.get(draft_id)
    blocks = store.blocks.all(draft_id, include_deleted=True)
    position = {b.id: b.position for b in blocks}
    citations = sorted(
        (position[block_id], base, locator, paragraph) for block_id, base, locator, paragraph
        in store.conn.execute("SELECT c.block_id, c.base_symbol, c.locator, c.paragraph"
                              " FROM block_citations c JOIN blocks b ON b.id = c.block_id"
                              " WHERE b.draft_id = ?", (draft_id,)))
    return {"draft": [draft.kind, draft.title, draft.language, draft.consultation,
                      draft.deleted],
            "blocks": [[b.kind, b.level, b.text, b.position, b.deleted] for b in blocks],
            "citations": [list(c) for c in citations]}


def _by_paragraph(points: list[Annotation]) -> list[list[Annotation]]:
    """A stand-in for the semantic grouping: points grouped by paragraph parity."""
    groups: dict[int, list[Annotation]] = {}
    for a in points:
        groups.setdefault(a.paragraph % 2, []).append(a)
    return list(groups.values())


CASES = {
    "compile_source_type_en": lambda s: draft_service.compile_consultation(s, "IXP"),
    "compile_source_type_fr": lambda s: draft_service.compile_consultation(
        s, "IXP", language="fr", title="Compilation"),
    "compile_theme_en": lambda s: draft_service.compile_consultation(s, "IXP",
                                                                      group_by="theme"),
    "compile_theme_fr": lambda s: draft_service.compile_consultation(
        s, "IXP", group_by="theme", language="fr"),
    "scaffold_en": lambda s: draft_service.build_scaffold(s, "IXP"),
    "scaffold_fr_grouped": lambda s: draft_service.build_scaffold(
        s, "IXP", language="fr", group=_by_paragraph),
}


def outputs(path: Path) -> dict[str, Any]:
    store = build_store(path)
    try:
        return {name: _dump(store, make(store).id) for name, make in CASES.items()}
    finally:
        store.close()


@pytest.mark.parametrize("case", sorted(CASES))
def test_generated_draft_is_unchanged(tmp_path: Path, case: str) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert _dump_of(tmp_path, case) == golden[case]


def _dump_of(tmp_path: Path, case: str) -> Any:
    store = build_store(tmp_path / "s.sqlite3")
    try:
        return json.loads(json.dumps(_dump(store, CASES[case](store).id)))
    finally:
        store.close()


if __name__ == "__main__" and "--write" in sys.argv:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        GOLDEN.write_text(json.dumps(outputs(Path(tmp) / "s.sqlite3"), ensure_ascii=False,
                                     indent=0) + "\n", encoding="utf-8")


def test_escape_markdown_is_its_definition() -> None:
    """The one-line fast path of escape_markdown (issue 15) escapes as the definition."""
    import re

    from cwgi_desktop.core.drafting.markdown_io import _escape_leading, escape_markdown

    specials = re.compile(r"([\\`*_\[\]<])")
    leading = re.compile(r"^([ \t]*)(?:(#|>|[-+*](?=[ \t]))|(\d{1,9})([.)]))")

    def definition(text: str) -> str:
        return "\n".join(leading.sub(_escape_leading, line, 1)
                         for line in specials.sub(r"\\\1", text).split("\n"))

    rng = random.Random(5)
    parts = [*WORDS, "\n", " ", "\t", "# ", "> ", "- ", "* ", "+ ", "12. ", "3) ", "1234567890.",
             "\\\\", "[@C26/1]", "<i>", "_"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        assert escape_markdown(text) == definition(text), repr(text)


def test_extract_fed_in_rounds_is_the_extract_of_the_whole_body() -> None:
    """A contribution's extract fed a few paragraphs at a time, long paragraphs' openings
    normalised first (issue 15), equals the extract main computed from the whole body:
    `extract(long or body)` over the paragraphs read until 400 characters were full."""
    from cwgi_desktop.core.drafting.compilation import _Extract, extract

    def definition(paragraphs: list[str]) -> str:
        body: list[str] = []
        long: list[str] = []
        size = 0
        for text in paragraphs:
            body.append(text)
            if len(text) >= 40:
                long.append(text)
                size += len(" ".join(text.split()))
                if size > 400:
                    break
        return extract(long or body)

    rng = random.Random(11)
    blanks = [" ", "  ", "\t", "\n", "\u00a0", " " * 30, " " * 300]
    for _ in range(3000):
        paragraphs = ["".join(rng.choice(WORDS) + rng.choice(blanks if rng.random() < 0.3
                                                               else [" "])
                              for _ in range(rng.choice([1, 3, 10, 60, 120])))
                      for _ in range(rng.randint(0, 6))]
        filling = _Extract()
        at = 0
        while at < len(paragraphs):
            step = rng.randint(1, 3)
            if filling.feed(paragraphs[at:at + step]):
                break
            at += step
        assert filling.text() == definition(paragraphs), paragraphs


def test_words_is_split_and_join() -> None:
    """`words`, the whitespace collapsing of generated drafts (issue 15), is
    `" ".join(text.split())`: no printable character but the space is whitespace, and any
    text of them with a run of spaces or one at an end takes the long way."""
    from cwgi_desktop.core.drafting.compilation import words

    assert [c for c in map(chr, range(0x110000)) if c.isprintable() and c.isspace()] == [" "]
    rng = random.Random(3)
    parts = [*WORDS, " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\x1c", "\u200b",
             "\ufeff", "\ud800", "é", ""]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 6)))
        assert words(text) == " ".join(text.split()), repr(text)


def test_a_first_paragraph_filling_the_extract_needs_no_extract_object() -> None:
    """`_body_extracts` takes a first paragraph whose normalised opening fills the extract
    without an `_Extract` (issue 15): what one fed that paragraph gives."""
    from cwgi_desktop.core.drafting.compilation import (
        _HEAD,
        EXTRACT_CHARS,
        _cut,
        _Extract,
        words,
    )

    rng = random.Random(17)
    blanks = [" "] * 30 + ["  ", "\t", "\n", " " * 40]
    taken = 0
    for _ in range(3000):
        text = "".join(rng.choice(WORDS) + rng.choice(blanks)
                       for _ in range(rng.randint(40, 140)))
        if len(text) > _HEAD and len(head := words(text[:_HEAD])) > EXTRACT_CHARS:
            taken += 1
            filling = _Extract()
            assert filling.feed((text,))
            assert filling.text() == _cut(head)
    assert taken > 300
