"""Drafts as a whole: citation index queries, Markdown import, revisions, generated drafts.

`DraftsMixin` is what `Store` inherits; the block editing operations live in
`draft_blocks.DraftBlocksMixin`. Pure logic (diffs, compilations, coverage) is in
`core.drafting`; this module only reads and writes rows.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from cwgi_desktop.core.drafting import revisions as rev
from cwgi_desktop.core.drafting.markdown_io import markdown_to_draft
from cwgi_desktop.core.drafting.resolution import UnresolvedCitations, unresolved_keys
from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound
from cwgi_desktop.core.models import Block, Draft, Revision, new_id
from cwgi_desktop.core.store.draft_blocks import META_FIELDS, DraftBlocksMixin

if TYPE_CHECKING:
    from cwgi_desktop.core.drafting.coverage import Coverage

__all__ = ["META_FIELDS", "DraftsMixin"]


class DraftsMixin(DraftBlocksMixin):
    """Drafts, blocks, citations, revisions (see the module docstring)."""

    # -- citations ---------------------------------------------------------------------

    def draft_citations(self, draft_id: str) -> list[tuple[str, str, str, int | None]]:
        """(block id, block kind, base symbol, paragraph) for every citation of live blocks."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT c.block_id, b.kind, c.base_symbol, c.paragraph FROM block_citations c"
            " JOIN blocks b ON b.id = c.block_id WHERE b.draft_id = ? AND b.deleted = 0"
            " ORDER BY b.position", (draft_id,),
        )]

    def known_symbols(self) -> dict[str, str]:
        """Casefolded symbol or base symbol → stored base symbol, over every contribution."""
        known: dict[str, str] = {}
        for symbol, base in self.conn.execute(
            "SELECT symbol, base_symbol FROM contributions WHERE base_symbol IS NOT NULL"
        ):
            known[base.casefold()] = base
            if symbol:
                known[symbol.casefold()] = base
        return known

    def unresolved_citations(self, draft_id: str) -> list[str]:
        """Citation keys of the draft that name no imported contribution, as written."""
        return unresolved_keys((b.text for b in self.blocks(draft_id)), self.known_symbols())

    def import_markdown(self, text: str, *, allow_unresolved: bool = False,
                        defaults: dict[str, str] | None = None) -> Draft:
        """Create a draft from its Markdown form (see `core.drafting.markdown_io`); plain
        Markdown without front matter takes `defaults` (kind, language).

        Raises UnresolvedCitations naming the keys that resolve to no imported
        contribution, unless `allow_unresolved` (then see `unresolved_citations`).
        """
        draft, blocks = markdown_to_draft(text, defaults)
        missing = unresolved_keys((b.text for b in blocks), self.known_symbols())
        if missing and not allow_unresolved:
            raise UnresolvedCitations(missing)
        self._insert_draft(draft, blocks)
        return self.draft(draft.id)

    # -- revisions ---------------------------------------------------------------------

    def snapshot(self, draft_id: str) -> dict[str, Any]:
        """The current state of a draft as a revision snapshot (not stored)."""
        return rev.make_snapshot(self.draft(draft_id), self.blocks(draft_id))

    def take_revision(self, draft_id: str, name: str, *, automatic: bool = False) -> Revision:
        """Store a named version of the draft as it stands."""
        if not name.strip():
            raise InvalidInput("a version needs a name")
        revision = Revision(id=new_id(), draft_id=draft_id, name=name.strip(),
                            automatic=automatic, snapshot=self.snapshot(draft_id))
        with self.transaction() as conn:
            conn.execute("INSERT INTO revisions (id, draft_id, name, created, automatic,"
                         " snapshot) VALUES (?,?,?,?,?,?)",
                         (revision.id, draft_id, revision.name, revision.created,
                          int(automatic), json.dumps(revision.snapshot, ensure_ascii=False)))
        return revision

    def revisions(self, draft_id: str) -> list[Revision]:
        """The draft's versions, newest first."""
        return [self._revision(r) for r in self.query(
            "SELECT * FROM revisions WHERE draft_id = ? ORDER BY created DESC", (draft_id,))]

    def _revision(self, row: sqlite3.Row) -> Revision:
        return Revision(id=row["id"], draft_id=row["draft_id"], name=row["name"],
                        created=row["created"], automatic=bool(row["automatic"]),
                        snapshot=json.loads(row["snapshot"]))

    def revision(self, revision_id: str) -> Revision:
        """A version by id."""
        rows = self.query("SELECT * FROM revisions WHERE id = ?", (revision_id,))
        if not rows:
            raise NotFound(f"{revision_id}: no such version")
        return self._revision(rows[0])

    def find_revision(self, draft_id: str, ref: str) -> Revision:
        """A version of a draft by id, unique id prefix or name (the latest of that name)."""
        for revision in self.revisions(draft_id):
            if ref in (revision.id, revision.name):
                return revision
        matches = [r for r in self.revisions(draft_id) if len(ref) >= 4 and r.id.startswith(ref)]
        if len(matches) > 1:
            raise Ambiguous(f"{ref}: several versions match; give the id")
        if not matches:
            raise NotFound(f"{ref}: no such version")
        return matches[0]

    def auto_snapshot(self, draft_id: str, min_interval_s: float = 600, *,
                      now: datetime | None = None) -> Revision | None:
        """An automatic version, unless nothing changed since the last version or the last
        one is younger than `min_interval_s`. Returns the new version or None."""
        last = self.query("SELECT created, snapshot FROM revisions WHERE draft_id = ?"
                          " ORDER BY created DESC LIMIT 1", (draft_id,))
        if last:
            if json.loads(last[0]["snapshot"]).get("hash") == self.snapshot(draft_id)["hash"]:
                return None
            age = (now or datetime.now(timezone.utc)) - datetime.fromisoformat(last[0]["created"])
            if age.total_seconds() < min_interval_s:
                return None
        return self.take_revision(draft_id, "automatic", automatic=True)

    def restore_revision(self, revision_id: str) -> Draft:
        """Bring a draft back to a version, first saving its current state as a version
        (unless that state is already the latest version)."""
        target = self.revision(revision_id)
        draft_id = target.draft_id
        with self.transaction():
            latest = self.revisions(draft_id)[0]
            if latest.snapshot.get("hash") != self.snapshot(draft_id)["hash"]:
                self.take_revision(draft_id, f"before restoring “{target.name}”", automatic=True)
            self.update_draft(draft_id, **rev.snapshot_metadata(target.snapshot))
            self.replace_blocks(draft_id, rev.snapshot_blocks(target.snapshot, draft_id))
        return self.draft(draft_id)

    def compare(self, rev_a: str, rev_b: str | None = None, *,
                include_unchanged: bool = True) -> list[rev.BlockDiff]:
        """Block diffs from version `rev_a` to version `rev_b` (None: the current state)."""
        old = self.revision(rev_a)
        new = self.revision(rev_b).snapshot if rev_b else self.snapshot(old.draft_id)
        return rev.diff_snapshots(old.snapshot, new, include_unchanged=include_unchanged)

    # -- generated drafts (see core.drafting) ------------------------------------------

    def annex_contribution(self, draft_id: str, contribution_ref: str,
                           after: str | None = None) -> Block:
        """Annex the full text of a contribution to a draft; returns the annex block."""
        from cwgi_desktop.core.drafting.compilation import annex_contribution

        return annex_contribution(self, draft_id, contribution_ref, after=after)

    def compile_consultation(self, consultation: str, *, group_by: str = "source_type",
                             language: str = "en", title: str | None = None) -> Draft:
        """Generate the compilation draft of a consultation (see drafting.compilation)."""
        from cwgi_desktop.core.drafting.compilation import compile_consultation

        return compile_consultation(self, consultation, group_by=group_by, language=language,
                                    title=title)

    def build_scaffold(self, consultation: str, *, language: str = "en",
                       title: str | None = None) -> Draft:
        """A new analytical summary built from a consultation's annotations, by theme."""
        from cwgi_desktop.core.drafting.scaffold import build_scaffold

        return build_scaffold(self, consultation, language=language, title=title)

    def coverage(self, draft_id: str, consultation: str | None = None) -> Coverage:
        """What the draft cites and leaves out (see drafting.coverage)."""
        from cwgi_desktop.core.drafting.coverage import coverage

        return coverage(self, draft_id, consultation)
