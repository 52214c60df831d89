"""Language versions of a draft: ITU circulates one document in six languages, one symbol.

A version (`C26/52-F` of `C26/52-E`) is a draft of its own, so it is edited like any other,
linked to its original (`language_versions`). Its blocks start as copies of the original's,
block by block (same kinds, levels, order and citations), each linked to the block it
translates with the time of that block's edit the translation reflects (`version_blocks`).
When the original block is edited later, the version's block is *stale* until the
translator marks it current again. Exporting a version prints its own suffix and the
original's language in `Original: …`.
"""

from __future__ import annotations

from dataclasses import dataclass

from cwgi_desktop.core.citations import parse_citations
from cwgi_desktop.core.errors import InvalidInput, NotFound
from cwgi_desktop.core.models import DRAFT_CONTENT_FIELDS as CONTENT_FIELDS
from cwgi_desktop.core.models import LANGUAGES, Block, Draft, utc_now
from cwgi_desktop.core.store.base import Repository, StoreBase
from cwgi_desktop.core.store.draft_blocks import BlockRepository, DraftRepository

__all__ = ["LanguageVersionRepository", "VersionBlock"]


@dataclass
class VersionBlock:
    """A block of a language version and the original's block it translates."""

    block: Block
    source: Block | None  # None: the original block was deleted
    stale: bool  # the original block was edited after this translation
    citations_differ: bool  # it cites other documents than the original block


class LanguageVersionRepository(Repository):
    """Language versions of drafts (`store.language_versions`)."""

    def __init__(self, base: StoreBase, *, drafts: DraftRepository,
                 blocks: BlockRepository) -> None:
        super().__init__(base)
        self._drafts = drafts
        self._blocks = blocks

    def original_of(self, draft_id: str) -> Draft | None:
        """The draft a language version translates, or None for an original."""
        rows = self.query("SELECT original_id FROM language_versions WHERE id = ?",
                          (draft_id,))
        return self._drafts.get(rows[0]["original_id"]) if rows else None

    def all(self, draft_id: str) -> list[Draft]:
        """The language versions of a draft (of its original, if it is one itself)."""
        original = self.original_of(draft_id) or self._drafts.get(draft_id)
        return [self._drafts.get(r["id"]) for r in self.query(
            "SELECT id FROM language_versions WHERE original_id = ? ORDER BY language",
            (original.id,))]

    def create(self, draft_id: str, language: str) -> Draft:
        """A new version of the draft in `language`: its blocks copied, to be translated."""
        original = self.original_of(draft_id) or self._drafts.get(draft_id)
        if language not in LANGUAGES:
            raise InvalidInput(f"{language}: not one of the six languages")
        if language == original.language:
            raise InvalidInput(f"{language}: the draft is already written in that language")
        if any(v.language == language for v in self.all(original.id)):
            raise InvalidInput(f"“{original.title}” has a {language} version already")
        meta = {k: getattr(original, k) for k in CONTENT_FIELDS
                if k not in ("kind", "title", "language")}
        with self.transaction() as conn:
            version = self._drafts.add(original.kind, original.title, language, blocks=[],
                                     **meta)
            now = utc_now()
            for source in self._blocks.all(original.id):
                block = self._blocks.insert(version.id, source.kind, source.text, source.level)
                conn.execute("INSERT INTO version_blocks (id, source_block_id, "
                             "source_updated, updated) VALUES (?, ?, ?, ?)",
                             (block.id, source.id, source.updated, now))
            conn.execute("INSERT INTO language_versions (id, original_id, language, "
                         "created, updated) VALUES (?, ?, ?, ?, ?)",
                         (version.id, original.id, language, now, now))
        return self._drafts.get(version.id)

    def blocks(self, version_id: str) -> list[VersionBlock]:
        """The version's blocks with their source blocks, stale ones marked."""
        if self.original_of(version_id) is None:
            raise NotFound(f"{version_id}: not a language version")
        links = {r["id"]: (r["source_block_id"], r["source_updated"]) for r in self.query(
            "SELECT v.* FROM version_blocks v JOIN blocks b ON b.id = v.id "
            "WHERE b.draft_id = ?", (version_id,))}
        out = []
        for block in self._blocks.all(version_id):
            source_id, seen = links.get(block.id, (None, ""))
            source = None
            if source_id:
                try:
                    source = self._blocks.get(source_id)
                except NotFound:
                    source = None
            if source is not None and source.deleted:
                source = None
            stale = source is not None and source.updated > seen
            differ = source is not None and _cited(source) != _cited(block)
            out.append(VersionBlock(block, source, stale, differ))
        return out

    def stale_block_ids(self, version_id: str) -> set[str]:
        """Ids of the version's blocks whose original was edited after their translation."""
        return {v.block.id for v in self.blocks(version_id) if v.stale}

    def mark_current(self, block_id: str) -> None:
        """The translator has brought the block in line with the original's current text."""
        rows = self.query("SELECT source_block_id FROM version_blocks WHERE id = ?",
                          (block_id,))
        if not rows:
            raise NotFound(f"{block_id}: not a block of a language version")
        source = self._blocks.get(rows[0]["source_block_id"])
        with self.transaction() as conn:
            conn.execute("UPDATE version_blocks SET source_updated = ?, updated = ?"
                         " WHERE id = ?", (source.updated, utc_now(), block_id))


def _cited(block: Block) -> set[str]:
    return {c.base_symbol for c in parse_citations(block.text)}
