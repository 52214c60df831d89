"""Ordered schema migrations. `PRAGMA user_version` holds how many have run.

Each migration is a function taking the raw sqlite3 connection; it runs inside the
transaction that also bumps user_version, so a crash mid-migration leaves the old schema.
A migration may return one line for the user (what it changed); others return None.
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
        -- No prefix index: it cost a fifth of the import time and saved little on
        -- search-as-you-type prefix queries (measured, bench/).
        CREATE VIRTUAL TABLE contributions_fts USING fts5(
            folded, content='', tokenize='unicode61 remove_diacritics 2'
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


def _v2_exchange(conn: sqlite3.Connection) -> None:
    """Exchange between laptops: the last exchanged version of every travelling row, the
    peers seen, conflicts kept for a person to resolve, and a circulated draft's review."""
    run_script(
        conn,
        """
        -- One row per theme/annotation/draft/block ever exchanged: the version that won the
        -- merge (payload as JSON), its digest, and the digests of the versions it supersedes
        -- (history), so that a later import can tell a stale copy from a concurrent edit.
        CREATE TABLE sync_state (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            updated TEXT NOT NULL,
            digest TEXT NOT NULL,
            payload TEXT NOT NULL,
            history TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID;

        CREATE TABLE sync_peers (
            store_id TEXT PRIMARY KEY,
            first_import TEXT NOT NULL,
            last_import TEXT NOT NULL,
            last_bundle_created TEXT NOT NULL DEFAULT '',
            imports INTEGER NOT NULL DEFAULT 0
        );

        -- Both sides edited the same row: the winner is in place, both versions are here.
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            row_id TEXT NOT NULL,
            peer TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            mine TEXT NOT NULL,
            theirs TEXT NOT NULL,
            mine_digest TEXT NOT NULL,
            theirs_digest TEXT NOT NULL,
            winner TEXT NOT NULL,
            detected TEXT NOT NULL,
            resolved TEXT,
            resolution TEXT,
            UNIQUE (kind, row_id, mine_digest, theirs_digest)
        );
        CREATE INDEX conflicts_open ON conflicts(resolved, detected);

        -- Word comments on a circulated draft, mapped back to blocks by their bookmarks.
        CREATE TABLE review_notes (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            block_id TEXT,
            author TEXT NOT NULL DEFAULT '',
            initials TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            quoted TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            imported TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open'
        );
        CREATE INDEX review_notes_draft ON review_notes(draft_id, block_id);

        -- Tracked changes (w:ins / w:del) against a block's text, to accept or reject.
        CREATE TABLE suggested_changes (
            id TEXT PRIMARY KEY,
            draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            block_id TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            old_text TEXT NOT NULL DEFAULT '',
            new_text TEXT NOT NULL DEFAULT '',
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            imported TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            decided TEXT
        );
        CREATE INDEX suggested_changes_draft ON suggested_changes(draft_id, block_id);
        """,
    )


def _v3_paragraph_numbers(conn: sqlite3.Connection) -> str | None:
    """Paragraph numbers as the reader of the original sees them, notes anchored to their
    paragraph, the ITU cover page as metadata; existing contributions, annotations and
    citations re-derived (see services/renumbering.py)."""
    run_script(
        conn,
        """
        -- The number shown and cited ("2.3", "a", "fn1"); idx stays the reading position.
        ALTER TABLE paragraphs ADD COLUMN number TEXT NOT NULL DEFAULT '';
        -- body | footnote | endnote; a note's anchor is the idx of the paragraph calling it.
        ALTER TABLE paragraphs ADD COLUMN kind TEXT NOT NULL DEFAULT 'body';
        ALTER TABLE paragraphs ADD COLUMN anchor INTEGER;
        CREATE INDEX paragraphs_number ON paragraphs(contribution_id, number);
        ALTER TABLE contributions ADD COLUMN meeting TEXT;
        ALTER TABLE contributions ADD COLUMN original_language TEXT;
        ALTER TABLE contributions ADD COLUMN purpose TEXT;
        ALTER TABLE contributions ADD COLUMN action_required TEXT;
        ALTER TABLE contributions ADD COLUMN doc_references TEXT;
        -- An annotation whose passage could not be found again after renumbering.
        ALTER TABLE annotations ADD COLUMN needs_check INTEGER NOT NULL DEFAULT 0;
        """,
    )
    # The data step (re-deriving numbers with the importers) is the application's:
    # `core.services.opening.open_store` passes it in (see NEEDS_DATA_STEP).
    return None


def _v4_paragraph_vectors(conn: sqlite3.Connection) -> None:
    """Search by meaning: one embedding per body paragraph (float16 blob), dropped with its
    paragraph or contribution; theme suggestions a person dismissed, not offered again."""
    run_script(
        conn,
        """
        -- seq is never reused (AUTOINCREMENT): (count, max seq) tells a reader's cached
        -- matrix whether any vector was added, replaced or dropped since it was loaded.
        CREATE TABLE paragraph_vectors (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            paragraph_id INTEGER NOT NULL UNIQUE REFERENCES paragraphs(id) ON DELETE CASCADE,
            contribution_id TEXT NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE INDEX paragraph_vectors_contribution ON paragraph_vectors(contribution_id);
        -- Counting by model without reading the blobs (a scan of 50,000 rows read 50 MB).
        CREATE INDEX paragraph_vectors_model ON paragraph_vectors(model, seq);

        CREATE TABLE theme_suggestion_dismissals (
            contribution_id TEXT NOT NULL REFERENCES contributions(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            theme_id TEXT NOT NULL,
            dismissed TEXT NOT NULL,
            PRIMARY KEY (contribution_id, paragraph, theme_id)
        ) WITHOUT ROWID;
        """,
    )


def _v5_language_versions(conn: sqlite3.Connection) -> None:
    """Language versions of a draft: a version is a draft of its own, linked to the
    original; each of its blocks to the original's block it translates, with the time of
    that block's last edit the translation reflects (older: the block is stale)."""
    run_script(
        conn,
        """
        CREATE TABLE language_versions (
            draft_id TEXT PRIMARY KEY REFERENCES drafts(id) ON DELETE CASCADE,
            original_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE UNIQUE INDEX language_versions_one ON language_versions(original_id, language);
        CREATE TABLE version_blocks (
            block_id TEXT PRIMARY KEY REFERENCES blocks(id) ON DELETE CASCADE,
            source_block_id TEXT NOT NULL,
            source_updated TEXT NOT NULL
        );
        CREATE INDEX version_blocks_source ON version_blocks(source_block_id);
        """,
    )


def _v6_exchange_safety(conn: sqlite3.Connection) -> None:
    """Nothing lost, nothing forged (issue 11): where each exchanged version came from,
    why a conflict was kept, and which contribution texts only a bundle vouches for."""
    run_script(
        conn,
        """
        -- The version in place was made on this laptop (an edit, a resolution), and
        -- whether it has left it in a bundle since: a bundle may not claim to supersede an
        -- edit nobody else has seen, nor delete many of this laptop's own rows unasked.
        -- Versions exchanged before this migration count as this laptop's own, shared.
        ALTER TABLE sync_state ADD COLUMN local INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE sync_state ADD COLUMN shared INTEGER NOT NULL DEFAULT 1;
        -- edited: both sides edited the row; owner: it would move to another draft or
        -- contribution; mass: the bundle deletes or replaces many of this laptop's rows;
        -- unshared: it claims to supersede an edit never shared. The last three hold the
        -- incoming version back until a person confirms it.
        ALTER TABLE conflicts ADD COLUMN reason TEXT NOT NULL DEFAULT 'edited';
        -- A contribution added from a bundle's shipped text: the text is only what the
        -- bundle says until the file itself is imported (which then replaces it).
        CREATE TABLE bundle_texts (
            contribution_id TEXT PRIMARY KEY REFERENCES contributions(id) ON DELETE CASCADE,
            peer TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            imported TEXT NOT NULL
        );
        """,
    )


def _v7_travelling_reviews(conn: sqlite3.Connection) -> None:
    """Review notes, language versions and saved versions travel in bundles (issue 18):
    notes and language versions become rows of the exchange ledger, each with an `id` and
    an `updated` stamp (last writer wins); a saved version records who took it."""
    run_script(
        conn,
        """
        -- A note's status (open/done) is edited: the time of its last change.
        ALTER TABLE review_notes ADD COLUMN updated TEXT NOT NULL DEFAULT '';
        UPDATE review_notes SET updated = imported;
        -- A language version is keyed by its draft (now `id`, as every travelling row).
        ALTER TABLE language_versions RENAME COLUMN draft_id TO id;
        ALTER TABLE language_versions ADD COLUMN updated TEXT NOT NULL DEFAULT '';
        UPDATE language_versions SET updated = created;
        -- A translated block's link, keyed by the block (now `id`); marking it current
        -- is an edit.
        ALTER TABLE version_blocks RENAME COLUMN block_id TO id;
        ALTER TABLE version_blocks ADD COLUMN updated TEXT NOT NULL DEFAULT '';
        UPDATE version_blocks SET updated = source_updated;
        -- Who took a saved version (shown on the laptops it travels to).
        ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT '';
        """,
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], str | None]] = [
    _v1_initial,
    _v2_exchange,
    _v3_paragraph_numbers,
    _v4_paragraph_vectors,
    _v5_language_versions,
    _v6_exchange_safety,
    _v7_travelling_reviews,
]

SCHEMA_VERSION = len(MIGRATIONS)

# A data migration runs right after the schema step reaching its version, in the same
# transaction, and needs code above the store (the importers, the citation syntax): the
# store takes it as `Store(path, data_steps={version: step})`, as `services.opening`
# does. Version → (what it does, a query that finds rows it must rewrite): a store with
# such rows and no step is refused, rather than left half migrated.
DataStep = Callable[[sqlite3.Connection], "str | None"]
NEEDS_DATA_STEP: dict[int, tuple[str, str]] = {
    3: ("paragraph renumbering", "SELECT 1 FROM contributions LIMIT 1"),
}
