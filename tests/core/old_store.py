"""Stores of schema 2 (the release before paragraph numbers), written with plain SQL.

The current code writes columns schema 2 does not have, so old data is inserted the way
the old release stored it: every paragraph numbered 1..n, cover page included.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from cwgi_desktop.core.models import contribution_id_for
from cwgi_desktop.core.store.migrations import MIGRATIONS
from cwgi_desktop.core.textnorm import fold

NOW = "2026-05-01T10:00:00.000000+00:00"


def make_store(path: Path, version: int = 2) -> sqlite3.Connection:
    """A store at schema `version`; returns an open autocommit connection."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for migration in MIGRATIONS[:version]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO meta(key, value) VALUES ('store_id', 'old')")
    conn.execute("COMMIT")
    return conn


def add_old_contribution(conn: sqlite3.Connection, symbol: str, paragraphs: list[tuple[str, str]],
                         *, file_name: str = "", fts_rowid: int = 1) -> str:
    sha = hashlib.sha256(symbol.encode()).hexdigest()
    cid = contribution_id_for(sha)
    base, _, suffix = symbol.rpartition("-")
    language = {"E": "en", "F": "fr"}.get(suffix, "en")
    conn.execute(
        "INSERT INTO contributions (id, symbol, base_symbol, language, file_name, sha256,"
        " format, imported_at, updated_at, paragraph_count, word_count, fts_rowid)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (cid, symbol, base, language, file_name, sha, "docx", NOW, NOW, len(paragraphs), 0,
         fts_rowid),
    )
    conn.executemany(
        "INSERT INTO paragraphs (contribution_id, idx, style, text) VALUES (?,?,?,?)",
        [(cid, i, s, t) for i, (t, s) in enumerate(paragraphs, start=1)],
    )
    conn.execute("INSERT INTO contributions_fts (rowid, folded) VALUES (?, ?)",
                 (fts_rowid, fold("\n".join(t for t, _ in paragraphs))))
    return cid


def add_old_annotation(conn: sqlite3.Connection, aid: str, cid: str, paragraph: int,
                       text: str, quote: str) -> None:
    start = text.find(quote)
    conn.execute(
        'INSERT INTO annotations (id, contribution_id, author, paragraph, start, "end", quote,'
        " themes, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (aid, cid, "Ana", paragraph, start, start + len(quote), quote, json.dumps([]), NOW,
         NOW),
    )


def add_old_block(conn: sqlite3.Connection, block_id: str, text: str,
                  draft_id: str = "d1") -> None:
    conn.execute("INSERT OR IGNORE INTO drafts (id, kind, created, updated) VALUES (?,?,?,?)",
                 (draft_id, "key_findings", NOW, NOW))
    position = conn.execute("SELECT COUNT(*) FROM blocks").fetchone()[0]
    conn.execute("INSERT INTO blocks (id, draft_id, kind, text, position, created, updated)"
                 " VALUES (?,?,?,?,?,?,?)",
                 (block_id, draft_id, "finding", text, position, NOW, NOW))
