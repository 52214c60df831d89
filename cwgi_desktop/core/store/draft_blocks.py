"""Drafts and their blocks (an ordered outline): create, edit, reorder, split, merge.

Every write is one transaction. Blocks are ordered by `position`, kept dense (0…n-1 over
all the draft's blocks, tombstones included, so a restored block returns to its place);
indexes given by callers count live blocks only, as an editor shows them. Each block write
re-derives its rows in `block_citations` in the same transaction.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Mapping, Sequence
from operator import attrgetter

from cwgi_desktop.core.citations import CitationRow, citation_rows
from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound
from cwgi_desktop.core.models import (
    BLOCK_KINDS,
    DRAFT_CONTENT_FIELDS,
    DRAFT_KINDS,
    LANGUAGES,
    MAX_LEVEL,
    SINGLE_LINE_KINDS,
    Block,
    Draft,
    new_id,
    utc_now,
)
from cwgi_desktop.core.store.base import Repository, StoreBase, insert_many

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)
if TYPE_CHECKING:
    from typing import Any

META_FIELDS: tuple[str, ...] = DRAFT_CONTENT_FIELDS
_DRAFT_FIELDS = tuple(Draft.__dataclass_fields__)
_BLOCK_FIELDS = tuple(Block.__dataclass_fields__)
_CITATION_COLUMNS = "INSERT INTO block_citations (block_id, base_symbol, locator, paragraph)"
_INSERT_CITATION = f"{_CITATION_COLUMNS} VALUES (?,?,?,?)"


# A block's row, in _BLOCK_FIELDS order (a tuple: asdict per block was slow; `deleted`
# is a bool, which SQLite stores as the integer 0 or 1).
_block_values = attrgetter(*_BLOCK_FIELDS)
_BLOCK_COLUMNS = f"INSERT INTO blocks ({', '.join(_BLOCK_FIELDS)})"


def _citation_rows(block_id: str, text: str) -> list[tuple[Any, ...]]:
    return [(block_id, *row) for row in citation_rows(text)]


def _draft(row: sqlite3.Row) -> Draft:
    data = {k: row[k] for k in _DRAFT_FIELDS}
    data["deleted"] = bool(data["deleted"])
    return Draft(**data)


def _block(row: sqlite3.Row) -> Block:
    data = {k: row[k] for k in _BLOCK_FIELDS}
    data["deleted"] = bool(data["deleted"])
    return Block(**data)


def check_draft_meta(fields: dict[str, Any]) -> None:
    """Refuse unknown draft fields, kinds, languages and wrongly typed values (one line)."""
    unknown = sorted(set(fields) - set(META_FIELDS))
    if unknown:
        raise InvalidInput(f"{', '.join(unknown)}: not a draft field")
    if "kind" in fields and fields["kind"] not in DRAFT_KINDS:
        raise InvalidInput(f"{fields['kind']}: not a draft kind ({', '.join(DRAFT_KINDS)})")
    if "language" in fields and fields["language"] not in LANGUAGES:
        raise InvalidInput(f"{fields['language']}: not one of the six ITU languages")
    for name, value in fields.items():
        if not isinstance(value, int if name == "revision" else str):
            raise InvalidInput(f"{name}: {value!r}: wrong type")


def _check_block(kind: str, level: int) -> None:
    if kind not in BLOCK_KINDS:
        raise InvalidInput(f"{kind}: not a block kind ({', '.join(BLOCK_KINDS)})")
    if not 1 <= level <= MAX_LEVEL:
        raise InvalidInput(f"level {level}: a block's level is 1 to {MAX_LEVEL}")


def _index_citations(conn: sqlite3.Connection, block_id: str, text: str) -> None:
    """Derive the block_citations rows of a block from its text."""
    conn.execute("DELETE FROM block_citations WHERE block_id = ?", (block_id,))
    conn.executemany(_INSERT_CITATION, _citation_rows(block_id, text))


def _insert_block_rows(conn: sqlite3.Connection, blocks: Sequence[Block]) -> None:
    """New blocks (ids not stored yet) and their citations, one statement each."""
    _insert_rows(conn, [_block_values(b) for b in blocks])


def new_ids(count: int) -> list[str]:
    """`count` fresh random UUID strings, as `models.new_id` makes them (version 4, RFC 4122
    variant), from one read of the system's random source: a compiled draft takes 30,000
    ids and `uuid4()` one by one was a tenth of its time."""
    raw = os.urandom(16 * count).hex()
    out = []
    for at in range(0, 32 * count, 32):
        h = raw[at:at + 32]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}")
    return out


# The RFC 4122 variant keeps a byte's two high bits at 10: its first hex digit is 8 to b.
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


def _new_rows(draft_id: str, blocks: Sequence[tuple[str, str, int]]
              ) -> list[tuple[str, str, str, str, int, int, str, str, int]]:
    """Rows (in _BLOCK_FIELDS order) of new blocks (kind, text, level) at positions
    0…n-1, with one id draw and one clock read for all: a generated draft has tens of
    thousands, and an id, two clock reads and a Block object each were a tenth of its
    time. The ids ascend with the positions, so the id index is appended to rather than
    split all over."""
    if not blocks:
        return []
    kinds, texts, levels = zip(*blocks, strict=True)  # (the rows zipped in C, not Python)
    for kind, level in dict.fromkeys(zip(kinds, levels, strict=True)):
        _check_block(kind, level)  # each distinct (kind, level) once, in order
    now = utc_now()
    ids = sorted(new_ids(len(blocks)))
    same = itertools.repeat
    return list(zip(ids, same(draft_id), kinds, texts, levels, itertools.count(), same(now),
                    same(now), same(0)))


def _insert_rows(conn: sqlite3.Connection, rows: Sequence[tuple[Any, ...]],
                 known: Mapping[int, Sequence[CitationRow]] | None = None) -> None:
    """Block rows (in _BLOCK_FIELDS order: `_block_values`, `_new_rows`) and their
    citations, one statement each; `known` holds the citation rows of some blocks, by
    index, that their text need not be parsed for (see `DraftRepository.add`)."""
    insert_many(conn, _BLOCK_COLUMNS, len(_BLOCK_FIELDS), rows)
    cited: list[tuple[Any, ...]] = []
    add = cited.append
    given = (known or {}).get
    for index, row in enumerate(rows):  # (row[0] is the block's id, row[3] its text)
        rows_known = given(index)
        if rows_known is not None:
            for base_symbol, locator, paragraph in rows_known:
                add((row[0], base_symbol, locator, paragraph))
        elif "@" in row[3]:
            cited += _citation_rows(row[0], row[3])
    insert_many(conn, _CITATION_COLUMNS, 4, cited)


def _insert_block_row(conn: sqlite3.Connection, block: Block) -> None:
    _insert_block_rows(conn, [block])


class DraftRepository(Repository):
    """Drafts as a whole (metadata, tombstones, citation index queries)."""

    def add(self, kind: str, title: str = "", language: str = "en", *,
            blocks: Sequence[tuple[str, str, int]] = (),
            citations: Mapping[int, Sequence[CitationRow]] | None = None,
            **meta: Any) -> Draft:
        """A new draft of `kind` with `blocks` as (kind, text, level), in that order.

        `citations`, by block index, are rows `citations.citation_rows` gives for blocks
        whose text the caller wrote with `citations.cite`: a generated draft's tens of
        thousands of citations are not parsed back from the text just written. Other
        blocks' citations are parsed. (Starting from the kind's template is
        `services.drafts.create_draft`.)"""
        check_draft_meta({"kind": kind, "title": title, "language": language, **meta})
        # (new_ids: `uuid` is not imported for one id, 2 ms of a `cwgi draft` process)
        draft = Draft(id=new_ids(1)[0], kind=kind, title=title, language=language, **meta)
        rows = _new_rows(draft.id, blocks)
        with self.transaction() as conn:
            self._insert_draft(conn, draft)
            _insert_rows(conn, rows, citations)
        return self.get(draft.id)

    def insert(self, draft: Draft, blocks: Sequence[Block]) -> None:
        """Store a draft made elsewhere (Markdown import) with its blocks, in one go."""
        with self.transaction() as conn:
            self._insert_draft(conn, draft)
            _insert_block_rows(conn, blocks)

    @staticmethod
    def _insert_draft(conn: sqlite3.Connection, draft: Draft) -> None:
        values = [int(v) if k == "deleted" else v for k, v in draft.to_dict().items()]
        columns = ", ".join(f'"{k}"' for k in _DRAFT_FIELDS)
        conn.execute(f"INSERT INTO drafts ({columns}) VALUES "
                     f"({','.join('?' * len(_DRAFT_FIELDS))})", values)

    def get(self, draft_id: str) -> Draft:
        """A draft by id (tombstoned ones too); NotFound if there is none."""
        rows = self.query("SELECT * FROM drafts WHERE id = ?", (draft_id,))
        if not rows:
            raise NotFound(f"{draft_id}: no such draft")
        return _draft(rows[0])

    def all(self, *, include_deleted: bool = False) -> list[Draft]:
        """Drafts, most recently changed first."""
        where = "" if include_deleted else " WHERE deleted = 0"
        return [_draft(r) for r in self.query(f"SELECT * FROM drafts{where} ORDER BY updated DESC")]

    def find(self, ref: str) -> Draft:
        """A live draft by id, unique id prefix (4+ characters) or unique title."""
        ref = ref.strip()
        rows = self.query("SELECT * FROM drafts WHERE id = ?", (ref,))
        if not rows and len(ref) >= 4:
            rows = self.query("SELECT * FROM drafts WHERE id LIKE ? AND deleted = 0",
                              (ref.replace("%", "").replace("_", "") + "%",))
        if not rows:
            rows = self.query("SELECT * FROM drafts WHERE title = ? COLLATE NOCASE"
                              " AND deleted = 0", (ref,))
        if len(rows) > 1:
            ids = ", ".join(r["id"][:8] for r in rows)
            raise Ambiguous(f"{ref}: several drafts match ({ids}); give the id")
        if not rows:
            raise NotFound(f"{ref}: no such draft")
        return _draft(rows[0])

    def update(self, draft_id: str, **meta: Any) -> Draft:
        """Change cover metadata (title, symbol, purpose…) or the kind of a draft."""
        check_draft_meta(meta)
        self.get(draft_id)
        if meta:
            with self.transaction() as conn:
                assignments = "".join(f'"{k}" = ?, ' for k in meta)
                conn.execute(f"UPDATE drafts SET {assignments}updated = ? WHERE id = ?",
                             [*meta.values(), utc_now(), draft_id])
        return self.get(draft_id)

    def delete(self, draft_id: str, *, deleted: bool = True) -> None:
        """Delete a draft (a tombstone) or, with deleted=False, bring it back."""
        self.get(draft_id)
        with self.transaction() as conn:
            conn.execute("UPDATE drafts SET deleted = ?, updated = ? WHERE id = ?",
                         (int(deleted), utc_now(), draft_id))

    def citations(self, draft_id: str) -> list[tuple[str, str, str, int | None]]:
        """(block id, block kind, base symbol, paragraph) for every citation of live blocks."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT c.block_id, b.kind, c.base_symbol, c.paragraph FROM block_citations c"
            " JOIN blocks b ON b.id = c.block_id WHERE b.draft_id = ? AND b.deleted = 0"
            " ORDER BY b.position", (draft_id,),
        )]



class BlockRepository(Repository):
    """The blocks of drafts; every write is one transaction."""

    def __init__(self, base: StoreBase, *, drafts: DraftRepository) -> None:
        super().__init__(base)
        self._drafts = drafts

    def all(self, draft_id: str, *, include_deleted: bool = False) -> list[Block]:
        """The draft's blocks in document order."""
        where = "" if include_deleted else " AND deleted = 0"
        return [_block(r) for r in self.query(
            f"SELECT * FROM blocks WHERE draft_id = ?{where} ORDER BY position, created",
            (draft_id,),
        )]

    def count(self, draft_id: str, *, include_deleted: bool = False) -> int:
        """How many live blocks the draft has (with tombstones: read from the index alone,
        what a draft just made, which has none, is counted with)."""
        where = "" if include_deleted else " AND deleted = 0"
        return int(self.scalar(f"SELECT COUNT(*) FROM blocks WHERE draft_id = ?{where}",
                               (draft_id,)))

    def get(self, block_id: str) -> Block:
        """One block by id (tombstoned ones too)."""
        rows = self.query("SELECT * FROM blocks WHERE id = ?", (block_id,))
        if not rows:
            raise NotFound(f"{block_id}: no such block")
        return _block(rows[0])

    def live(self, block_id: str) -> Block:
        block = self.get(block_id)
        if block.deleted:
            raise InvalidInput(f"{block_id}: the block is deleted")
        return block

    index_citations = staticmethod(_index_citations)

    def _set(self, conn: sqlite3.Connection, block: Block, now: str, **fields: Any) -> None:
        assignments = "".join(f"{k} = ?, " for k in fields)
        conn.execute(f"UPDATE blocks SET {assignments}updated = ? WHERE id = ?",
                     [*fields.values(), now, block.id])
        if "text" in fields:
            self.index_citations(conn, block.id, fields["text"])
        conn.execute("UPDATE drafts SET updated = ? WHERE id = ?", (now, block.draft_id))

    def _write_order(self, conn: sqlite3.Connection, draft_id: str, ordered: list[str]) -> None:
        current = dict(conn.execute("SELECT id, position FROM blocks WHERE draft_id = ?",
                                    (draft_id,)).fetchall())
        conn.executemany("UPDATE blocks SET position = ? WHERE id = ?",
                         [(i, b) for i, b in enumerate(ordered) if current.get(b) != i])

    def insert(self, draft_id: str, kind: str = "paragraph", text: str = "",
                     level: int | None = None, after: str | None = None, *,
                     index: int | None = None) -> Block:
        """Insert a block right after block `after`, or before the live block at `index`,
        or (neither given) at the end. `level` defaults to the level of `after`, else 1."""
        self._drafts.get(draft_id)
        anchor = self.live(after) if after else None
        if anchor and anchor.draft_id != draft_id:
            raise InvalidInput(f"{after}: the block belongs to another draft")
        level = level if level is not None else (anchor.level if anchor else 1)
        _check_block(kind, level)
        position: int | None
        with self.transaction() as conn:
            if anchor:
                position = anchor.position + 1
            else:
                position = self.scalar(
                    "SELECT position FROM blocks WHERE draft_id = ? AND deleted = 0"
                    " ORDER BY position, created LIMIT 1 OFFSET ?", (draft_id, index)
                ) if index is not None and index >= 0 else None
                if position is None:
                    position = int(self.scalar("SELECT COALESCE(MAX(position), -1) + 1 FROM"
                                               " blocks WHERE draft_id = ?", (draft_id,)))
            conn.execute("UPDATE blocks SET position = position + 1 WHERE draft_id = ?"
                         " AND position >= ?", (draft_id, position))
            now = utc_now()
            block = Block(id=new_id(), draft_id=draft_id, kind=kind, text=text, level=level,
                          position=position, created=now, updated=now)
            _insert_block_row(conn, block)
            conn.execute("UPDATE drafts SET updated = ? WHERE id = ?", (now, draft_id))
        return block

    def update_text(self, block_id: str, text: str) -> Block:
        """Replace a block's text (and its citation rows); a no-op if the text is the same."""
        block = self.live(block_id)
        if block.text != text:
            with self.transaction() as conn:
                self._set(conn, block, utc_now(), text=text)
        return self.get(block_id)

    def set_kind(self, block_id: str, kind: str) -> Block:
        """Turn a block into another kind (paragraph → finding…)."""
        block = self.live(block_id)
        _check_block(kind, block.level)
        if kind != block.kind:
            with self.transaction() as conn:
                self._set(conn, block, utc_now(), kind=kind)
        return self.get(block_id)

    def _section(self, live: list[Block], index: int) -> list[Block]:
        """A heading with the blocks under it; an annex with the rest of its annex."""
        head = live[index]
        end = index + 1
        if head.kind in SINGLE_LINE_KINDS:
            while end < len(live) and live[end].kind != "annex" and not (
                head.kind == "heading" and live[end].kind == "heading"
                and live[end].level <= head.level
            ):
                end += 1
        return live[index:end]

    def _outline(self, draft_id: str, *, include_deleted: bool = False) -> list[Block]:
        """The draft's blocks in order without their text (cheap, for structural edits)."""
        where = "" if include_deleted else " AND deleted = 0"
        return [Block(id=i, draft_id=draft_id, kind=k, level=lv, position=p, deleted=bool(d))
                for i, k, lv, p, d in self.conn.execute(
                    "SELECT id, kind, level, position, deleted FROM blocks WHERE draft_id = ?"
                    f"{where} ORDER BY position, created", (draft_id,))]

    def _locate(self, block_id: str) -> tuple[Block, list[Block], int]:
        """The block, the draft's live outline (blocks without text), and its index."""
        block = self.live(block_id)
        live = self._outline(block.draft_id)
        return block, live, next(i for i, b in enumerate(live) if b.id == block_id)

    def shift_level(self, block_id: str, delta: int, *, with_section: bool = True) -> list[Block]:
        """Change a block's level by `delta` (bounded 1…MAX_LEVEL: no change at a bound).

        With `with_section`, a heading's (or annex's) section moves with it, levels clamped.
        Returns the blocks changed.
        """
        block, live, index = self._locate(block_id)
        if not 1 <= block.level + delta <= MAX_LEVEL or delta == 0:
            return []
        moving = self._section(live, index) if with_section else [block]
        changed = []
        with self.transaction() as conn:
            now = utc_now()
            for b in moving:
                level = min(max(b.level + delta, 1), MAX_LEVEL)
                if level != b.level:
                    self._set(conn, b, now, level=level)
                    changed.append(b.id)
        return [self.get(b) for b in changed]

    def indent(self, block_id: str, *, with_section: bool = True) -> list[Block]:
        """One level deeper (see `shift_level`)."""
        return self.shift_level(block_id, +1, with_section=with_section)

    def outdent(self, block_id: str, *, with_section: bool = True) -> list[Block]:
        """One level shallower (see `shift_level`)."""
        return self.shift_level(block_id, -1, with_section=with_section)

    def move(self, block_id: str, new_index: int, *, with_section: bool = False) -> None:
        """Move a block (or, with `with_section`, a heading and its section) so that it
        stands at `new_index` among the live blocks (clamped)."""
        block, live, index = self._locate(block_id)
        moving = [b.id for b in (self._section(live, index) if with_section else [block])]
        rest_live = [b.id for b in live if b.id not in moving]
        new_index = min(max(new_index, 0), len(rest_live))
        all_ids = [b.id for b in self._outline(block.draft_id, include_deleted=True)]
        rest = [b for b in all_ids if b not in moving]
        at = rest.index(rest_live[new_index]) if new_index < len(rest_live) else len(rest)
        with self.transaction() as conn:
            self._write_order(conn, block.draft_id, rest[:at] + moving + rest[at:])
            self._set(conn, block, utc_now())

    def _swap_with_neighbour(self, block_id: str, up: bool) -> bool:
        block = self.live(block_id)
        rows = self.conn.execute(
            "SELECT id, position FROM blocks WHERE draft_id = ? AND deleted = 0 AND"
            f" position {'<' if up else '>'} ? ORDER BY position {'DESC' if up else 'ASC'}"
            " LIMIT 1", (block.draft_id, block.position)).fetchall()
        if not rows:
            return False
        other_id, other_position = rows[0]
        with self.transaction() as conn:
            conn.execute("UPDATE blocks SET position = ? WHERE id = ?",
                         (other_position, block_id))
            conn.execute("UPDATE blocks SET position = ? WHERE id = ?",
                         (block.position, other_id))
            self._set(conn, block, utc_now())
        return True

    def move_up(self, block_id: str) -> bool:
        """Swap a block with the live block above it; False when it is first."""
        return self._swap_with_neighbour(block_id, up=True)

    def move_down(self, block_id: str) -> bool:
        """Swap a block with the live block below it; False when it is last."""
        return self._swap_with_neighbour(block_id, up=False)

    def split(self, block_id: str, offset: int, *, kind: str | None = None
                    ) -> tuple[Block, Block]:
        """Cut a block's text at `offset`: the block keeps text[:offset]; a new block of the
        same level (and `kind`, default the same) right after it gets text[offset:].
        `merge_with_next(first, separator="")` undoes it exactly."""
        block = self.live(block_id)
        if not 0 <= offset <= len(block.text):
            raise InvalidInput(f"offset {offset}: outside the block's text")
        with self.transaction():
            second = self.insert(block.draft_id, kind or block.kind,
                                       block.text[offset:], block.level, after=block_id)
            first = self.update_text(block_id, block.text[:offset])
        return first, self.get(second.id)

    def merge_with_next(self, block_id: str, separator: str | None = None) -> Block:
        """Append the next live block's text to this one and delete the next block.

        `separator` defaults to a blank line ("\\n\\n"), or a space for headings and
        annexes; an empty part adds no separator."""
        block, live, index = self._locate(block_id)
        if index + 1 >= len(live):
            raise InvalidInput(f"{block_id}: no block after it to merge with")
        following = self.get(live[index + 1].id)
        if separator is None:
            separator = " " if block.kind in SINGLE_LINE_KINDS else "\n\n"
        merged = separator.join(p for p in (block.text, following.text) if p)
        with self.transaction():
            self.delete(following.id)
            return self.update_text(block_id, merged)

    def delete(self, block_id: str) -> None:
        """Delete a block (a tombstone: it keeps its place, for `restore_block` and merges)."""
        block = self.live(block_id)
        with self.transaction() as conn:
            self._set(conn, block, utc_now(), deleted=1)

    def restore(self, block_id: str) -> Block:
        """Bring a deleted block back where it stood."""
        block = self.get(block_id)
        if block.deleted:
            with self.transaction() as conn:
                self._set(conn, block, utc_now(), deleted=0)
        return self.get(block_id)

    def replace_all(self, draft_id: str, blocks: Sequence[Block]) -> list[Block]:
        """Make the draft's live blocks exactly `blocks`, in that order (undo, restore).

        Blocks are matched by id: known ones are updated (and revived if deleted), unknown
        ones inserted, and live blocks not listed are deleted (tombstones, placed last).
        """
        self._drafts.get(draft_id)
        for b in blocks:
            _check_block(b.kind, b.level)
        existing = {b.id: b for b in self.all(draft_id, include_deleted=True)}
        wanted = [b.id for b in blocks]
        if len(set(wanted)) != len(wanted):
            raise InvalidInput("the same block is listed twice")
        with self.transaction() as conn:
            now = utc_now()
            new = [b.id for b in blocks if b.id not in existing]
            for first in range(0, len(new), 500):  # ids of other drafts, 500 a query
                chunk = new[first:first + 500]
                taken = conn.execute(f"SELECT id FROM blocks WHERE id IN "
                                     f"({','.join('?' * len(chunk))}) LIMIT 1", chunk).fetchone()
                if taken:
                    raise InvalidInput(f"{taken[0]}: the block belongs to another draft")
            _insert_block_rows(conn, [
                Block(id=b.id, draft_id=draft_id, kind=b.kind, text=b.text, level=b.level,
                      position=len(existing), created=b.created, updated=now)
                for b in blocks if b.id not in existing])
            for b in blocks:
                old = existing.get(b.id)
                if old is None:
                    continue
                changes = {k: v for k, v in (("kind", b.kind), ("text", b.text),
                                             ("level", b.level), ("deleted", 0))
                           if v != (int(old.deleted) if k == "deleted" else getattr(old, k))}
                if changes:
                    self._set(conn, old, now, **changes)
            listed = set(wanted)
            for old in existing.values():
                if old.id not in listed and not old.deleted:
                    self._set(conn, old, now, deleted=1)
            dropped = [b for b in existing if b not in listed]
            self._write_order(conn, draft_id, wanted + dropped)
            conn.execute("UPDATE drafts SET updated = ? WHERE id = ?", (now, draft_id))
        return self.all(draft_id)
