"""Ordered schema migrations. `PRAGMA user_version` holds how many have run.

Each migration is a function taking the raw sqlite3 connection; it runs inside the
transaction that also bumps user_version, so a crash mid-migration leaves the old schema.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the current transaction.

    (`executescript` would commit first, breaking the migration's atomicity.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE contributions (
            id TEXT PRIMARY KEY,
            symbol TEXT,
            base_symbol TEXT,
            language TEXT,
            title TEXT,
            source TEXT,
            source_type TEXT,
            consultation TEXT,
            date TEXT,
            file_name TEXT,
            sha256 TEXT NOT NULL UNIQUE,
            format TEXT,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            read_at TEXT,
            paragraph_count INTEGER NOT NULL DEFAULT 0,
            word_count INTEGER NOT NULL DEFAULT 0,
            -- The row of this contribution in contributions_fts (a rowid of our own:
            -- SQLite's implicit rowid may change on VACUUM).
            fts_rowid INTEGER NOT NULL UNIQUE
        );
        CREATE INDEX contributions_base_symbol ON contributions(base_symbol);
        CREATE INDEX contributions_symbol ON contributions(symbol);
        CREATE INDEX contributions_consultation ON contributions(consultation);
        CREATE INDEX contributions_language ON contributions(language);

        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            contribution_id TEXT NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            style TEXT NOT NULL DEFAULT 'body',
            text TEXT NOT NULL,
            UNIQUE (contribution_id, idx)
        );

        -- One row per contribution, ranked with bm25: ranking thousands of documents
        -- stays fast where ranking hundreds of thousands of paragraphs would not. The
        -- best paragraph of each hit is found afterwards. Contentless: the folded text is
        -- only indexed; the original is in paragraphs.
        CREATE VIRTUAL TABLE contributions_fts USING fts5(
            folded, content='', tokenize='unicode61 remove_diacritics 2', prefix='3'
        );

        CREATE TABLE themes (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            parent_id TEXT,
            colour TEXT NOT NULL DEFAULT '#f6c343',
            description TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX themes_name ON themes(name);

        -- contribution_id is deliberately not a foreign key: an annotation received from
        -- another laptop is kept until its contribution is imported here.
        CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            contribution_id TEXT NOT NULL,
            author TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'highlight',
            note TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT '#f6c343',
            themes TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX annotations_contribution ON annotations(contribution_id);
        CREATE INDEX annotations_author ON annotations(author);

        CREATE TABLE annotation_themes (
            annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            theme_id TEXT NOT NULL,
            PRIMARY KEY (annotation_id, theme_id)
        );
        CREATE INDEX annotation_themes_theme ON annotation_themes(theme_id);

        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            symbol TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            "references" TEXT NOT NULL DEFAULT '',
            meeting TEXT NOT NULL DEFAULT '',
            meeting_detail TEXT NOT NULL DEFAULT '',
            agenda_item TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 0,
            strategic_link TEXT NOT NULL DEFAULT '',
            financial_implications TEXT NOT NULL DEFAULT '',
            consultation TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE blocks (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            level INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX blocks_draft ON blocks(draft_id, position);

        -- Derived from block text on every save, so coverage is one query.
        CREATE TABLE block_citations (
            block_id TEXT NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
            base_symbol TEXT NOT NULL,
            locator TEXT NOT NULL DEFAULT '',
            paragraph INTEGER
        );
        CREATE INDEX block_citations_block ON block_citations(block_id);
        CREATE INDEX block_citations_symbol ON block_citations(base_symbol);

        CREATE TABLE revisions (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            created TEXT NOT NULL,
            automatic INTEGER NOT NULL DEFAULT 0,
            snapshot TEXT NOT NULL
        );
        CREATE INDEX revisions_draft ON revisions(draft_id, created);
        """
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_initial,
]

SCHEMA_VERSION = len(MIGRATIONS)
