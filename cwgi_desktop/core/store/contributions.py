"""Contributions and their paragraphs: add, find, list with filters, correct metadata."""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass

from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound
from cwgi_desktop.core.models import Contribution, Paragraph, contribution_id_for, utc_now
from cwgi_desktop.core.store.base import Repository
from cwgi_desktop.core.symbols import split_symbol
from cwgi_desktop.core.textnorm import fold, word_count

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)
if TYPE_CHECKING:
    from typing import Any

EDITABLE_FIELDS: frozenset[str] = frozenset(
    {"symbol", "title", "source", "source_type", "consultation", "date", "language"}
)
SORTABLE_COLUMNS: dict[str, str] = {
    "symbol": "c.symbol",
    "title": "c.title",
    "source": "c.source",
    "language": "c.language",
    "date": "c.date",
    "annotations": "annotation_count",
    "imported": "c.imported_at",
}
_COLUMNS = (
    "c.id, c.symbol, c.base_symbol, c.language, c.title, c.source, c.source_type, "
    "c.consultation, c.date, c.file_name, c.sha256, c.format, c.imported_at, c.updated_at, "
    "c.read_at, c.paragraph_count, c.word_count, c.meeting, c.original_language, c.purpose, "
    "c.action_required, c.doc_references"
)
COVER_COLUMNS = ("meeting", "original_language", "purpose", "action_required", "doc_references")
ParagraphRow = tuple[str, str] | tuple[str, str, str, str, int | None]
_ANNOTATION_COUNT = (
    "(SELECT COUNT(*) FROM annotations a WHERE a.contribution_id = c.id AND a.deleted = 0)"
)


@dataclass
class ContributionFilter:
    """What the contribution list shows; every field optional."""

    consultation: str | None = None
    language: str | None = None
    source_type: str | None = None
    theme_id: str | None = None
    annotated_by: str | None = None
    unread_only: bool = False
    ids: list[str] | None = None


def _indexed_text(rows: Sequence[tuple[Any, ...]]) -> str:
    """What the full-text index holds for a contribution: its folded paragraphs (notes
    included)."""
    return fold("\n".join(row[0] for row in rows))


def index_of(paragraphs: Iterable[ParagraphRow]) -> tuple[str, int]:
    """(indexed text, word count) of a contribution made of `paragraphs`, as `add` would
    compute them: work without SQL that an import does in its parsing processes."""
    rows = [r for r in paragraphs if r[0].strip()]
    return _indexed_text(rows), word_count("\n".join(r[0] for r in rows))


def _full_row(row: ParagraphRow) -> tuple[str, str, str, str, int | None]:
    """(text, style, number, kind, anchor) from a stored or a bare (text, style) row."""
    if len(row) == 2:
        return row[0], row[1], "", "body", None
    return row


def _with_numbers(
    rows: list[tuple[str, str, str, str, int | None]],
) -> list[tuple[str, str, str, str, int | None]]:
    """Rows as given, or, when no body paragraph carries a number, numbered by a count of
    body paragraphs (what `para N` means in a document that prints no numbers)."""
    if any(n for _, _, n, k, _ in rows if k == "body"):
        return rows
    out, count = [], 0
    for text, style, number, kind, anchor in rows:
        if kind == "body":
            count += 1
            number = str(count)
        out.append((text, style, number, kind, anchor))
    return out


def _row_to_contribution(row: sqlite3.Row) -> Contribution:
    data = dict(row)
    return Contribution(**{k: data[k] for k in data if k in Contribution.__dataclass_fields__})


class ContributionRepository(Repository):
    """Contributions and their paragraphs (and the full-text rows)."""

    def add(
        self,
        *,
        sha256: str,
        paragraphs: Iterable[ParagraphRow],
        metadata: dict[str, Any],
        index: tuple[str, int] | None = None,
    ) -> tuple[Contribution, bool]:
        """Store a parsed contribution in one transaction.

        `paragraphs` yields (text, style) or (text, style, number, kind, anchor), the
        anchor being a note's calling paragraph as a 0-based position in that sequence.
        `index` is `index_of(paragraphs)` when the caller has computed it already.
        Returns (contribution, created); when a file with the same SHA-256 is already
        stored, returns the existing one and created=False.
        """
        cid = contribution_id_for(sha256)
        with self.transaction() as conn:
            existing = conn.execute("SELECT id FROM contributions WHERE sha256 = ?", (sha256,))
            if existing.fetchone():
                return self.get(cid), False
            now = utc_now()
            symbol = metadata.get("symbol")
            base, language = split_symbol(symbol) if symbol else (None, None)
            full = [_full_row(r) for r in paragraphs]
            kept = [i for i, r in enumerate(full) if r[0].strip()]
            position_of = {old: new for new, old in enumerate(kept, start=1)}
            rows = _with_numbers([full[i] for i in kept])
            # As an import's parsing process computes them (one definition for both).
            indexed, words = index or index_of(rows)
            fts_rowid = conn.execute(
                "SELECT COALESCE(MAX(fts_rowid), 0) + 1 FROM contributions").fetchone()[0]
            conn.execute(
                "INSERT INTO contributions (id, symbol, base_symbol, language, title, source,"
                " source_type, consultation, date, file_name, sha256, format, imported_at,"
                " updated_at, paragraph_count, word_count, fts_rowid)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    cid, symbol, metadata.get("base_symbol") or base,
                    metadata.get("language") or language, metadata.get("title"),
                    metadata.get("source"), metadata.get("source_type"),
                    metadata.get("consultation"), metadata.get("date"),
                    metadata.get("file_name"), sha256, metadata.get("format"), now, now,
                    len(rows), words, fts_rowid,
                ),
            )
            cover = [metadata.get(c) for c in COVER_COLUMNS]
            if any(cover):
                conn.execute(
                    "UPDATE contributions SET " + ", ".join(f"{c} = ?" for c in COVER_COLUMNS)
                    + " WHERE id = ?", [*cover, cid])
            conn.executemany(
                "INSERT INTO paragraphs (contribution_id, idx, style, text, number, kind, anchor)"
                " VALUES (?,?,?,?,?,?,?)",
                [(cid, i, s, t, n, k, position_of.get(a) if a is not None else None)
                 for i, (t, s, n, k, a) in enumerate(rows, start=1)],
            )
            # Deferred inside an import batch (see StoreBase.writes_deferred).
            self._base.write_later("INSERT INTO contributions_fts (rowid, folded) VALUES (?, ?)",
                                   (fts_rowid, indexed))
        return self.get(cid), True

    def id_for_sha256(self, sha256: str) -> str | None:
        """The id of the contribution imported from a file with these bytes, if any."""
        found = self.scalar("SELECT id FROM contributions WHERE sha256 = ?", (sha256,))
        return None if found is None else str(found)

    def delete(self, ref: str) -> None:
        """Remove a contribution and its text (its annotations stay, waiting for a re-import)."""
        contribution = self.resolve(ref)
        with self.transaction() as conn:
            rows = conn.execute(
                "SELECT text, style FROM paragraphs WHERE contribution_id = ? ORDER BY idx",
                (contribution.id,),
            ).fetchall()
            fts_rowid = conn.execute("SELECT fts_rowid FROM contributions WHERE id = ?",
                                     (contribution.id,)).fetchone()[0]
            # A contentless index forgets a row only when given the very text it indexed.
            self._base.write_later(  # in order with the inserts a batch defers
                "INSERT INTO contributions_fts (contributions_fts, rowid, folded)"
                " VALUES ('delete', ?, ?)",
                (fts_rowid, _indexed_text(rows)),
            )
            conn.execute("DELETE FROM contributions WHERE id = ?", (contribution.id,))

    def get(self, cid: str) -> Contribution:
        rows = self.query(
            f"SELECT {_COLUMNS}, {_ANNOTATION_COUNT} AS annotation_count"
            " FROM contributions c WHERE c.id = ?",
            (cid,),
        )
        if not rows:
            raise NotFound(f"{cid}: no such contribution")
        return _row_to_contribution(rows[0])

    def resolve(self, ref: str) -> Contribution:
        """Find a contribution by id, full symbol (`C26/77-F`) or base symbol (`C26/77`)."""
        ref = ref.strip()
        rows = self.query("SELECT id FROM contributions WHERE id = ?", (ref,))
        if not rows:
            rows = self.query(
                "SELECT id FROM contributions WHERE symbol = ? COLLATE NOCASE", (ref,)
            )
        if not rows:
            rows = self.query(
                "SELECT id FROM contributions WHERE base_symbol = ? COLLATE NOCASE"
                " ORDER BY CASE language WHEN 'en' THEN 0 ELSE 1 END, language",
                (ref,),
            )
            if len(rows) > 1:
                symbols = ", ".join(
                    r[0] or "?" for r in self.conn.execute(
                        "SELECT symbol FROM contributions WHERE base_symbol = ? COLLATE NOCASE",
                        (ref,),
                    )
                )
                raise Ambiguous(f"{ref}: several language versions ({symbols}); name one")
        if not rows:
            raise NotFound(f"{ref}: no such contribution")
        return self.get(rows[0][0])

    def versions_of(self, base_symbol: str) -> list[Contribution]:
        """Every imported language version of a document."""
        rows = self.query(
            f"SELECT {_COLUMNS}, {_ANNOTATION_COUNT} AS annotation_count FROM contributions c"
            " WHERE c.base_symbol = ? COLLATE NOCASE ORDER BY c.language",
            (base_symbol,),
        )
        return [_row_to_contribution(r) for r in rows]

    def file_hashes(self) -> dict[str, str]:
        """sha256 -> id of the contributions imported from their files (not those whose
        text came from a bundle: their file, imported, replaces that text)."""
        return dict(self.conn.execute(
            "SELECT sha256, id FROM contributions"
            " WHERE id NOT IN (SELECT contribution_id FROM bundle_texts)").fetchall())

    def text_from_bundle(self, contribution_id: str) -> bool:
        """Whether a contribution's text came from a bundle, not from its file (the file,
        imported later, replaces it: a bundle may carry any text under a file's hash)."""
        return bool(self.scalar("SELECT 1 FROM bundle_texts WHERE contribution_id = ?",
                                (contribution_id,)))

    def mark_misplaced_quotes(self, conn: sqlite3.Connection, contribution_id: str) -> None:
        """Mark to check the annotations whose quote is no longer at their place."""
        texts = {p.index: p.text for p in self.paragraphs(contribution_id)}
        for aid, paragraph, start, end, quote in conn.execute(
                "SELECT id, paragraph, start, \"end\", quote FROM annotations"
                " WHERE contribution_id = ?", (contribution_id,)).fetchall():
            if texts.get(paragraph, "")[start:end] != quote:
                conn.execute("UPDATE annotations SET needs_check = 1 WHERE id = ?", (aid,))

    def paragraphs(self, cid: str) -> list[Paragraph]:
        rows = self.conn.execute(
            "SELECT idx, text, style, number, kind, anchor FROM paragraphs"
            " WHERE contribution_id = ? ORDER BY idx",
            (cid,),
        )
        return [Paragraph(index=i, text=t, style=s, number=n, kind=k, anchor=a)
                for i, t, s, n, k, a in rows]

    def body_texts(self, cid: str) -> Generator[str, None, None]:
        """The text of each paragraph but headings, in order, read lazily (a caller that
        needs only the first few stops early; closing the generator closes the cursor)."""
        rows = self.conn.execute("SELECT text FROM paragraphs WHERE contribution_id = ?"
                                 " AND style IS NOT 'heading' ORDER BY idx", (cid,))
        try:
            for (text,) in rows:
                yield text
        finally:
            rows.close()

    def paragraph_index(self, cid: str, number: str) -> int | None:
        """The paragraph a citation's `para <number>` means: the one showing that number
        (`2.3`, `fn1`); the first when a document repeats a number."""
        return self.scalar(
            "SELECT idx FROM paragraphs WHERE contribution_id = ? AND number = ? COLLATE NOCASE"
            " ORDER BY idx LIMIT 1", (cid, number.strip()))

    def paragraph_number(self, cid: str, index: int) -> str:
        """The number paragraph `index` shows, or its position when it shows none."""
        number = self.scalar(
            "SELECT number FROM paragraphs WHERE contribution_id = ? AND idx = ?", (cid, index))
        return number or str(index)

    def text_for_number(self, cid: str, number: str) -> str | None:
        """The text of the paragraph showing `number` (see paragraph_index)."""
        index = self.paragraph_index(cid, number)
        return self.paragraph_text(cid, index) if index is not None else None

    def paragraph_text(self, cid: str, index: int) -> str | None:
        return self.scalar(
            "SELECT text FROM paragraphs WHERE contribution_id = ? AND idx = ?", (cid, index)
        )

    def _filter_sql(self, flt: ContributionFilter) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for column in ("consultation", "language", "source_type"):
            value = getattr(flt, column)
            if value:
                where.append(f"c.{column} = ?")
                params.append(value)
        if flt.unread_only:
            where.append("c.read_at IS NULL")
        if flt.annotated_by:
            where.append(
                "EXISTS (SELECT 1 FROM annotations a WHERE a.contribution_id = c.id"
                " AND a.deleted = 0 AND a.author = ?)"
            )
            params.append(flt.annotated_by)
        if flt.theme_id:
            where.append(
                "EXISTS (SELECT 1 FROM annotations a JOIN annotation_themes t"
                " ON t.annotation_id = a.id WHERE a.contribution_id = c.id AND a.deleted = 0"
                " AND t.theme_id = ?)"
            )
            params.append(flt.theme_id)
        if flt.ids is not None:
            where.append(f"c.id IN ({','.join('?' * len(flt.ids)) or 'NULL'})")
            params.extend(flt.ids)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def count(self, flt: ContributionFilter | None = None) -> int:
        sql, params = self._filter_sql(flt or ContributionFilter())
        return int(self.scalar(f"SELECT COUNT(*) FROM contributions c{sql}", params))

    def all(
        self,
        flt: ContributionFilter | None = None,
        *,
        order_by: str = "symbol",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Contribution]:
        """A page of contributions (metadata only, never the bodies)."""
        sql, params = self._filter_sql(flt or ContributionFilter())
        column = SORTABLE_COLUMNS.get(order_by, "c.symbol")
        direction = "DESC" if descending else "ASC"
        page = ""
        if limit is not None:
            page = " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        rows = self.query(
            f"SELECT {_COLUMNS}, {_ANNOTATION_COUNT} AS annotation_count FROM contributions c"
            f"{sql} ORDER BY {column} IS NULL, {column} COLLATE NOCASE {direction}, c.id"
            f"{page}",
            params,
        )
        return [_row_to_contribution(r) for r in rows]

    def distinct_values(self, column: str) -> list[tuple[str, int]]:
        """Values of a facet column with their counts (for the navigator and filters)."""
        if column not in {"consultation", "language", "source_type", "source"}:
            raise InvalidInput(f"{column}: not a facet")
        return [
            (v, n) for v, n in self.conn.execute(
                f"SELECT {column}, COUNT(*) FROM contributions WHERE {column} IS NOT NULL"
                f" AND {column} != '' GROUP BY {column} ORDER BY {column} COLLATE NOCASE"
            )
        ]

    def update(self, ref: str, **fields: Any) -> Contribution:
        """Correct metadata (symbol, title, source, source_type, consultation, date, language)."""
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise InvalidInput(f"{', '.join(sorted(unknown))}: not an editable field")
        contribution = self.resolve(ref)
        values = dict(fields)
        if values.get("symbol"):
            base, language = split_symbol(values["symbol"])
            values["base_symbol"] = base
            if language and "language" not in fields:
                values["language"] = language
        values["updated_at"] = utc_now()
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE contributions SET {assignments} WHERE id = ?",
                [*values.values(), contribution.id],
            )
        return self.get(contribution.id)

    def set_read(self, cid: str, read: bool = True) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE contributions SET read_at = ? WHERE id = ?",
                (utc_now() if read else None, cid),
            )

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

    # -- reads for generated drafts (issue 15: a compilation reads 10,000 contributions) --

    def all_brief(self, flt: ContributionFilter | None = None) -> list[Contribution]:
        """Contributions as `all()` orders them (by symbol) with only what a draft names
        them by: id, symbol, base symbol, language, title, source, source type,
        consultation and file name (the rest is left at its default). Reading every
        column and counting annotations per row took four times as long."""
        sql, params = self._filter_sql(flt or ContributionFilter())
        # Positional (the dataclass's field order: id … consultation, date, file_name),
        # a third faster than keywords for 10,000 objects.
        return [Contribution(cid, symbol, base, language, title, source, source_type,
                             consultation, None, file_name)
                for cid, symbol, base, language, title, source, source_type, consultation,
                file_name in self.conn.execute(
                    "SELECT c.id, c.symbol, c.base_symbol, c.language, c.title, c.source,"
                    f" c.source_type, c.consultation, c.file_name FROM contributions c{sql}"
                    " ORDER BY c.symbol IS NULL, c.symbol COLLATE NOCASE ASC, c.id", params)]

    def body_openings(self, ids: Sequence[str], first: int, *, after: int = 0
                      ) -> dict[str, list[str]]:
        """For each contribution, the texts of its paragraphs among its `first` (past its
        `after` first ones), headings left out, in order: a few queries for thousands of
        contributions (body_texts is one per contribution)."""
        out: dict[str, list[str]] = {cid: [] for cid in ids}
        for cid, text in self.body_opening_rows(ids, first, after=after):
            out[cid].append(text)
        return out

    def body_opening_rows(self, ids: Sequence[str], first: int, *, after: int = 0
                          ) -> list[tuple[str, str]]:
        """`body_openings` as (contribution id, text) rows, in order (by id, then paragraph):
        what a caller going through them once reads without a list per contribution.

        The ids are sorted before they are cut into queries of 500: each query then reads
        one stretch of the paragraphs index, not 500 places all over it (a sixth faster
        for a consultation's 10,000)."""
        ids = sorted(ids)
        rows: list[tuple[str, str]] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows += self.conn.execute(
                "SELECT contribution_id, text FROM paragraphs WHERE contribution_id IN"
                f" ({','.join('?' * len(chunk))}) AND idx > ? AND idx <= ?"
                " AND style IS NOT 'heading' ORDER BY contribution_id, idx",
                [*chunk, after, first])
        return rows
