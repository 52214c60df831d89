"""Drafts as a whole: citation index queries and the revisions table.

`RevisionRepository` is `store.revisions`; drafts and their blocks are
`draft_blocks.DraftRepository` and `BlockRepository`. Use cases over drafts (Markdown
import, templates, generated drafts, taking and restoring versions) are in
`core.services`; this module only reads and writes rows.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from cwgi_desktop.core.errors import Ambiguous, NotFound
from cwgi_desktop.core.models import Revision
from cwgi_desktop.core.store.base import Repository


class RevisionRepository(Repository):
    """Named and automatic versions of drafts."""

    def insert(self, revision: Revision) -> Revision:
        """Store a version (its snapshot is made by `services.revisions`)."""
        with self.transaction() as conn:
            conn.execute("INSERT INTO revisions (id, draft_id, name, created, automatic,"
                         " author, snapshot) VALUES (?,?,?,?,?,?,?)",
                         (revision.id, revision.draft_id, revision.name, revision.created,
                          int(revision.automatic), revision.author,
                          # Keys sorted: the text a bundle's copy is stored with too.
                          json.dumps(revision.snapshot, ensure_ascii=False, sort_keys=True)))
        return revision

    def all(self, draft_id: str) -> list[Revision]:
        """The draft's versions, newest first."""
        return [self._revision(r) for r in self.query(
            "SELECT * FROM revisions WHERE draft_id = ? ORDER BY created DESC", (draft_id,))]

    def latest(self, draft_id: str) -> tuple[str, dict[str, Any]] | None:
        """(created, snapshot) of the draft's newest version, or None."""
        rows = self.query("SELECT created, snapshot FROM revisions WHERE draft_id = ?"
                          " ORDER BY created DESC LIMIT 1", (draft_id,))
        return (rows[0]["created"], json.loads(rows[0]["snapshot"])) if rows else None

    def _revision(self, row: sqlite3.Row) -> Revision:
        return Revision(id=row["id"], draft_id=row["draft_id"], name=row["name"],
                        created=row["created"], automatic=bool(row["automatic"]),
                        author=row["author"],
                        snapshot=json.loads(row["snapshot"]))

    def get(self, revision_id: str) -> Revision:
        """A version by id."""
        rows = self.query("SELECT * FROM revisions WHERE id = ?", (revision_id,))
        if not rows:
            raise NotFound(f"{revision_id}: no such version")
        return self._revision(rows[0])

    def find(self, draft_id: str, ref: str) -> Revision:
        """A version of a draft by id, unique id prefix or name (the latest of that name)."""
        for revision in self.all(draft_id):
            if ref in (revision.id, revision.name):
                return revision
        matches = [r for r in self.all(draft_id) if len(ref) >= 4 and r.id.startswith(ref)]
        if len(matches) > 1:
            raise Ambiguous(f"{ref}: several versions match; give the id")
        if not matches:
            raise NotFound(f"{ref}: no such version")
        return matches[0]
