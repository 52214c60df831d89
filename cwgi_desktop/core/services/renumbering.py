"""Schema 3 on an existing store: paragraph numbers as a reader sees them, cover as metadata.

Stores made before schema 3 numbered every paragraph 1..n, cover page included. This pass
re-derives, from the stored paragraphs, where the body starts and the number of each body
paragraph (typed numbers; a count where there are none), rewrites the paragraphs and their
full-text row, moves annotations to their paragraph's new position (checking the quote, else
finding it again by its text), and rewrites `para N` locators in draft blocks to the new
numbers. What cannot be placed stays as it was: annotations get `needs_check = 1`, blocks
keep their locator. One line saying how many moved and how many could not be placed is kept
in `meta` (key `renumbering_report`) and logged.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import sqlite3
from dataclasses import dataclass

from cwgi_desktop.core.citations import (
    base_symbol_of,
    find_citations,
    locator_paragraphs,
)
from cwgi_desktop.core.importers import split_cover
from cwgi_desktop.core.importers.document import ParsedParagraph
from cwgi_desktop.core.importers.metadata import extract_metadata
from cwgi_desktop.core.store.annotations import locate_quote
from cwgi_desktop.core.store.contributions import index_of
from cwgi_desktop.core.store.draft_blocks import BlockRepository

log = logging.getLogger(__name__)
REPORT_KEY = "renumbering_report"
_COVER_COLUMNS = {
    "meeting": "meeting",
    "original_language": "original_language",
    "purpose": "purpose",
    "action_required": "action_required",
    "references": "doc_references",
}
_LOCATOR_RE = re.compile(r"^(?P<word>paras?\.?|paragraphs?|§§?|¶¶?)(?P<space>\s*)", re.I)


@dataclass
class Tally:
    annotations_moved: int = 0
    annotations_lost: int = 0
    citations_moved: int = 0
    citations_lost: int = 0
    touched: bool = False  # any contribution was renumbered

    def line(self) -> str:
        return (
            f"Paragraph renumbering: {self.annotations_moved} annotation(s) and "
            f"{self.citations_moved} citation(s) moved to the new numbers; "
            f"{self.annotations_lost} annotation(s) and {self.citations_lost} citation(s) "
            "could not be placed (kept, marked for checking)."
        )


@dataclass
class _Renumbered:
    old_to_new: dict[int, int]  # old idx -> new idx (kept paragraphs)
    numbers: dict[int, str]  # new idx -> number
    texts: list[tuple[int, str]]  # (new idx, text)


def _renumber_contribution(conn: sqlite3.Connection, cid: str, file_name: str,
                           fts_rowid: int) -> _Renumbered:
    rows = conn.execute("SELECT idx, text, style FROM paragraphs WHERE contribution_id = ?"
                        " ORDER BY idx", (cid,)).fetchall()
    parsed = [ParsedParagraph(t, s) for _, t, s in rows]
    meta = extract_metadata(parsed, file_name or "")
    for p in parsed:
        p.number = ""
    position = {id(p): idx for (idx, _, _), p in zip(rows, parsed, strict=True)}
    body = split_cover(parsed, meta.body_start)
    conn.execute("DELETE FROM paragraphs WHERE contribution_id = ?", (cid,))
    conn.executemany(
        "INSERT INTO paragraphs (contribution_id, idx, style, text, number) VALUES (?,?,?,?,?)",
        [(cid, i, p.style, p.text, p.number) for i, p in enumerate(body, start=1)],
    )
    indexed, words = index_of((p.text, p.style) for p in body)  # as an import computes them
    conn.execute("INSERT INTO contributions_fts (rowid, folded) VALUES (?, ?)",
                 (fts_rowid, indexed))
    cover = {column: meta.cover.get(key) for key, column in _COVER_COLUMNS.items()}
    conn.execute(
        "UPDATE contributions SET paragraph_count = ?, word_count = ?, "
        + ", ".join(f"{c} = ?" for c in cover) + " WHERE id = ?",
        [len(body), words, *cover.values(), cid],
    )
    return _Renumbered(
        old_to_new={position[id(p)]: i for i, p in enumerate(body, start=1)},
        numbers={i: p.number for i, p in enumerate(body, start=1)},
        texts=[(i, p.text) for i, p in enumerate(body, start=1)],
    )


def _move_annotations(conn: sqlite3.Connection, cid: str, done: _Renumbered,
                      tally: Tally) -> None:
    rows = conn.execute('SELECT id, paragraph, start, "end", quote FROM annotations'
                        " WHERE contribution_id = ?", (cid,)).fetchall()
    by_idx = dict(done.texts)
    for aid, paragraph, start, end, quote in rows:
        new = done.old_to_new.get(paragraph)
        if new is not None and by_idx[new][start:end] == quote:
            place: tuple[int, int, int] | None = (new, start, end)
        else:
            place = locate_quote(done.texts, quote)
        if place is None:
            conn.execute("UPDATE annotations SET needs_check = 1 WHERE id = ?", (aid,))
            tally.annotations_lost += 1
            continue
        if place != (paragraph, start, end):
            conn.execute('UPDATE annotations SET paragraph = ?, start = ?, "end" = ?'
                         " WHERE id = ?", (*place, aid))
            tally.annotations_moved += 1


def _rewrite_locator(locator: str, done: _Renumbered) -> str | None:
    """`para 8` → `para 1.1` (numbers of the same paragraphs now); None if one is gone."""
    old = locator_paragraphs(locator)
    match = _LOCATOR_RE.match(locator.strip())
    if not old or not match:
        return locator
    numbers = []
    for n in old:
        new = done.old_to_new.get(n)
        if new is None or not done.numbers.get(new):
            return None
        numbers.append(done.numbers[new])
    word = match.group("word")
    if len(numbers) > 1 and word.lower() in ("para", "para."):
        word = "paras"
    spec = f"{numbers[0]}-{numbers[-1]}" if _consecutive(old) and len(old) > 2 else ", ".join(
        numbers)
    return f"{word}{match.group('space') or ' '}{spec}"


def _consecutive(values: list[int]) -> bool:
    return all(b == a + 1 for a, b in itertools.pairwise(values))


def _rewrite_blocks(conn: sqlite3.Connection, renumbered: dict[str, _Renumbered],
                    tally: Tally) -> None:
    """Rewrite paragraph locators of citations of renumbered documents in every block."""
    versions: dict[str, list[tuple[str, str]]] = {}
    for cid, base, language in conn.execute(
            "SELECT id, base_symbol, language FROM contributions WHERE base_symbol IS NOT NULL"):
        if cid in renumbered:
            versions.setdefault(base.casefold(), []).append((language or "", cid))
    blocks = conn.execute("SELECT b.id, b.text, d.language FROM blocks b JOIN drafts d"
                          " ON d.id = b.draft_id WHERE b.text LIKE '%@%'").fetchall()
    for block_id, text, language in blocks:
        new_text, changed = _rewrite_text(text, language, versions, renumbered, tally)
        if changed:
            conn.execute("UPDATE blocks SET text = ? WHERE id = ?", (new_text, block_id))
            BlockRepository.index_citations(conn, block_id, new_text)


def _rewrite_text(text: str, language: str, versions: dict[str, list[tuple[str, str]]],
                  renumbered: dict[str, _Renumbered], tally: Tally) -> tuple[str, bool]:
    out, last, changed = [], 0, False
    for (start, end), _citations in find_citations(text):
        group = text[start:end]
        items = group[1:-1].split(";")
        for i, item in enumerate(items):
            key_part, sep, locator = item.partition(",")
            if not sep or not locator_paragraphs(locator.strip()):
                continue
            key = key_part.strip().lstrip("-@").strip("{}")
            found = versions.get(base_symbol_of(key).casefold())
            if not found:
                continue
            found.sort(key=lambda v: (v[0] != language, v[0] != "en", v[0]))
            rewritten = _rewrite_locator(locator.strip(), renumbered[found[0][1]])
            if rewritten is None:
                tally.citations_lost += 1
            elif rewritten != locator.strip():
                lead = locator[: len(locator) - len(locator.lstrip())]
                items[i] = f"{key_part},{lead}{rewritten}"
                tally.citations_moved += 1
                changed = True
        out += [text[last:start], "[" + ";".join(items) + "]"]
        last = end
    out.append(text[last:])
    return "".join(out), changed


def renumber_store(conn: sqlite3.Connection) -> Tally:
    """Run the pass over every contribution and block; returns (and records) the tally."""
    tally = Tally()
    renumbered: dict[str, _Renumbered] = {}
    # The index is contentless: a per-row 'delete' must repeat the exact text once
    # indexed, or it corrupts the index ("database disk image is malformed"). Emptying it
    # and indexing each renumbered body again cannot get that wrong.
    conn.execute("INSERT INTO contributions_fts (contributions_fts) VALUES ('delete-all')")
    for cid, file_name, fts_rowid in conn.execute(
            "SELECT id, file_name, fts_rowid FROM contributions").fetchall():
        renumbered[cid] = _renumber_contribution(conn, cid, file_name, fts_rowid)
        _move_annotations(conn, cid, renumbered[cid], tally)
    _rewrite_blocks(conn, renumbered, tally)
    tally.touched = bool(renumbered)
    if renumbered:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (REPORT_KEY, json.dumps({"line": tally.line(), **vars(tally)})))
        log.warning("%s", tally.line())
    return tally
