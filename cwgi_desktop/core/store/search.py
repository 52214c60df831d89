"""Full-text search (FTS5 over folded text; see core.textnorm).

Contributions are ranked by the index (bm25, one row per contribution); then the best
paragraph of each hit (the one holding most of the query's terms, first wins) is found
and a snippet cut from it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

from cwgi_desktop.core.search_hit import SearchHit
from cwgi_desktop.core.store.base import Repository, StoreBase
from cwgi_desktop.core.textnorm import fold_plain, fts_query, match_spans, snippet, term_patterns

TYPE_CHECKING = False  # (not typing's: `cwgi search` does not import typing, 2 ms)
if TYPE_CHECKING:  # (its module is loaded by the store when first used, not for a search)
    from cwgi_desktop.core.store.contributions import ContributionRepository


def _best_paragraphs(rows: Iterable[tuple[int, str]], patterns: list[re.Pattern[str]],
                     wanted: int) -> list[tuple[int, str]]:
    """The `wanted` paragraphs holding most terms, in reading order among equals."""
    scored: list[tuple[int, int, str]] = []
    for idx, text in rows:
        folded = fold_plain(text)
        score = sum(1 for p in patterns if p.search(folded))
        if score:
            scored.append((score, idx, text))
            if wanted == 1 and score == len(patterns):
                break  # cannot do better than every term
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(idx, text) for _, idx, text in scored[:wanted]]


class SearchRepository(Repository):
    """Full-text search over the contributions."""

    def __init__(self, base: StoreBase, *,
                 contributions: Callable[[], ContributionRepository]) -> None:
        super().__init__(base)
        self._contributions = contributions

    def find(
        self,
        query: str,
        *,
        limit: int = 20,
        per_contribution: int = 1,
        consultation: str | None = None,
        language: str | None = None,
        contribution_id: str | None = None,
    ) -> list[SearchHit]:
        """Ranked hits (best first), up to `per_contribution` paragraphs per contribution.

        Accent- and case-insensitive; Chinese matches inside words; the last word of the
        query matches as a prefix (search as you type). All words must occur in the
        contribution.
        """
        expression = fts_query(query)
        if not expression:
            return []
        where, params = ["contributions_fts MATCH ?"], [expression]
        for column, value in (("consultation", consultation), ("language", language),
                              ("id", contribution_id)):
            if value:
                where.append(f"c.{column} = ?")
                params.append(value)
        try:
            ranked = self.conn.execute(
                "SELECT c.id, c.symbol, c.title, c.language, f.rank"
                " FROM contributions_fts f JOIN contributions c ON c.fts_rowid = f.rowid"
                f" WHERE {' AND '.join(where)} ORDER BY f.rank LIMIT ?",
                [*params, limit],
            ).fetchall()
        except sqlite3.OperationalError:  # e.g. a query FTS5 cannot parse
            return []
        patterns = term_patterns(query)
        # Every hit's paragraphs in one query (not one per hit).
        paragraphs: dict[str, list[tuple[int, str]]] = {row[0]: [] for row in ranked}
        if paragraphs:
            for cid, idx, text in self.conn.execute(
                    "SELECT contribution_id, idx, text FROM paragraphs WHERE contribution_id"
                    f" IN ({','.join('?' * len(paragraphs))}) ORDER BY contribution_id, idx",
                    list(paragraphs)):
                paragraphs[cid].append((idx, text))
        hits: list[SearchHit] = []
        for cid, symbol, title, language_, rank in ranked:
            for idx, text in _best_paragraphs(paragraphs[cid], patterns, per_contribution):
                hits.append(SearchHit(
                    contribution_id=cid, symbol=symbol, title=title, paragraph=idx,
                    snippet=snippet(text, query), score=-float(rank), language=language_,
                ))
        return hits

    def hit_spans(self, cid: str, paragraph: int, query: str) -> list[tuple[int, int]]:
        """Where the query's terms sit in one paragraph (for highlighting in the reader)."""
        text = self._contributions().paragraph_text(cid, paragraph)
        return match_spans(text, query) if text else []
