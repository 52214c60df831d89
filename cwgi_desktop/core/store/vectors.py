"""Paragraph vectors for search by meaning: the SQL only (numpy lives in core.semantic).

A vector is a float16 blob keyed by its paragraph; foreign keys drop it with the paragraph
or the contribution. Which paragraphs are indexed is decided here, in SQL, so "what is
left to index" needs no bookkeeping: an eligible paragraph without a vector of the current
model.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.store.base import Repository

# Body text worth comparing: not notes, tables or headings, not a stray number, and not
# the cover page's lines ("Council Working Group on International Internet-related Public
# Policy Issues", "Contribution from ..."), which are close to every query about the
# Internet and drowned search results: a body paragraph says something when it has
# sentence punctuation or is long (a list item always may). Chinese says in 8 characters
# what takes 20 in other scripts.
MIN_CHARS = 20
MIN_CJK_CHARS = 8
LONG_CHARS = 160
_ELIGIBLE = (
    f"p.kind = 'body' AND p.style IN ('body', 'list') AND (length(p.text) >= {MIN_CHARS}"
    f" OR (length(p.text) >= {MIN_CJK_CHARS} AND p.text GLOB '*[一-鿿]*'))"
    f" AND (p.style = 'list' OR length(p.text) >= {LONG_CHARS}"
    f" OR p.text GLOB '*[.!?;:。！？；：؟؛…]*')")


@dataclass(frozen=True)
class PendingParagraph:
    paragraph_id: int
    contribution_id: str
    text: str


@dataclass(frozen=True)
class StoredVectors:
    """Every vector of one model, in `seq` order, as raw bytes to hand to numpy."""

    paragraph_ids: list[int]
    contribution_ids: list[str]
    indexes: list[int]
    blob: bytes


class VectorRepository(Repository):
    """Paragraph vectors of one or more models, and dismissed theme suggestions."""

    # -- what is left to index ----------------------------------------------------------

    def pending(self, model: str, limit: int) -> list[PendingParagraph]:
        """Up to `limit` eligible paragraphs with no vector of `model`, oldest first."""
        rows = self.conn.execute(
            "SELECT p.id, p.contribution_id, p.text FROM paragraphs p"
            " LEFT JOIN paragraph_vectors v ON v.paragraph_id = p.id AND v.model = ?"
            f" WHERE v.paragraph_id IS NULL AND {_ELIGIBLE} ORDER BY p.id LIMIT ?",
            (model, limit),
        ).fetchall()
        return [PendingParagraph(*row) for row in rows]

    def progress(self, model: str) -> tuple[int, int]:
        """(paragraphs indexed with `model`, paragraphs eligible)."""
        total = self.scalar(f"SELECT count(*) FROM paragraphs p WHERE {_ELIGIBLE}")
        done = self.scalar(
            "SELECT count(*) FROM paragraph_vectors v JOIN paragraphs p ON p.id = v.paragraph_id"
            f" WHERE v.model = ? AND {_ELIGIBLE}", (model,))
        return int(done), int(total)

    def is_indexable(self, cid: str, index: int) -> bool:
        return bool(self.scalar(
            f"SELECT 1 FROM paragraphs p WHERE p.contribution_id = ? AND p.idx = ?"
            f" AND {_ELIGIBLE}", (cid, index)))

    # -- writing ------------------------------------------------------------------------

    def write(self, model: str, rows: Iterable[tuple[int, str, bytes]]) -> int:
        """Store (paragraph_id, contribution_id, float16 bytes) rows in one short
        transaction; a paragraph or contribution deleted meanwhile is skipped."""
        count = 0
        with self.transaction() as conn:
            for paragraph_id, cid, blob in rows:
                alive = conn.execute("SELECT 1 FROM paragraphs WHERE id = ?",
                                     (paragraph_id,)).fetchone()
                if not alive:
                    continue
                conn.execute("DELETE FROM paragraph_vectors WHERE paragraph_id = ?",
                             (paragraph_id,))
                conn.execute(
                    "INSERT INTO paragraph_vectors (paragraph_id, contribution_id, model, vector)"
                    " VALUES (?, ?, ?, ?)", (paragraph_id, cid, model, blob))
                count += 1
        return count

    def drop(self, model: str | None = None) -> None:
        """Forget the vectors (of one model, or all): the next indexing run redoes them."""
        with self.transaction() as conn:
            if model is None:
                conn.execute("DELETE FROM paragraph_vectors")
            else:
                conn.execute("DELETE FROM paragraph_vectors WHERE model != ?", (model,))

    # -- reading ------------------------------------------------------------------------

    def signature(self, model: str) -> tuple[int, int]:
        """Changes whenever a vector of `model` is added, replaced or dropped."""
        row = self.conn.execute(
            "SELECT count(*), COALESCE(max(seq), 0) FROM paragraph_vectors WHERE model = ?",
            (model,)).fetchone()
        return int(row[0]), int(row[1])

    def stored(self, model: str) -> StoredVectors:
        rows = self.conn.execute(
            "SELECT v.paragraph_id, v.contribution_id, p.idx, v.vector FROM paragraph_vectors v"
            " JOIN paragraphs p ON p.id = v.paragraph_id WHERE v.model = ? ORDER BY v.seq",
            (model,)).fetchall()
        return StoredVectors([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                             b"".join(r[3] for r in rows))

    def paragraph_vector(self, model: str, cid: str, index: int) -> bytes | None:
        return self.scalar(
            "SELECT v.vector FROM paragraph_vectors v JOIN paragraphs p ON p.id = v.paragraph_id"
            " WHERE v.model = ? AND p.contribution_id = ? AND p.idx = ?", (model, cid, index))

    def passages(self, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], dict]:
        """Text, number and contribution metadata of (contribution id, idx) passages."""
        out: dict[tuple[str, int], dict] = {}
        for cid, index in keys:
            row = self.conn.execute(
                "SELECT p.text, p.number, c.symbol, c.title, c.language FROM paragraphs p"
                " JOIN contributions c ON c.id = p.contribution_id"
                " WHERE p.contribution_id = ? AND p.idx = ?", (cid, index)).fetchone()
            if row:
                out[(cid, index)] = {"text": row[0], "number": row[1], "symbol": row[2],
                                     "title": row[3], "language": row[4]}
        return out

    def contribution_ids_where(self, *, consultation: str | None = None,
                               language: str | None = None) -> set[str]:
        where, params = [], []
        for column, value in (("consultation", consultation), ("language", language)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        sql = "SELECT id FROM contributions" + (f" WHERE {' AND '.join(where)}" if where else "")
        return {r[0] for r in self.conn.execute(sql, params)}

    # -- theme suggestions ----------------------------------------------------------------

    def annotated_passages(self) -> dict[tuple[str, int], list[str]]:
        """(contribution id, idx) -> theme ids of the live annotations on that paragraph."""
        out: dict[tuple[str, int], list[str]] = {}
        rows = self.conn.execute(
            "SELECT a.contribution_id, a.paragraph, t.theme_id FROM annotations a"
            " LEFT JOIN annotation_themes t ON t.annotation_id = a.id"
            " LEFT JOIN themes th ON th.id = t.theme_id"
            " WHERE a.deleted = 0 AND (th.id IS NULL OR th.deleted = 0)")
        for cid, index, theme_id in rows:
            themes = out.setdefault((cid, index), [])
            if theme_id and theme_id not in themes:
                themes.append(theme_id)
        return out

    def dismiss_suggestion(self, cid: str, index: int, theme_id: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO theme_suggestion_dismissals"
                " (contribution_id, paragraph, theme_id, dismissed) VALUES (?, ?, ?, ?)",
                (cid, index, theme_id, utc_now()))

    def dismissed_suggestions(self, cid: str, index: int) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT theme_id FROM theme_suggestion_dismissals"
            " WHERE contribution_id = ? AND paragraph = ?", (cid, index))}
