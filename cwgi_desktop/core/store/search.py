"""Full-text search over paragraphs (FTS5 over folded text; see core.textnorm)."""

from __future__ import annotations

import sqlite3

from cwgi_desktop.core.models import SearchHit
from cwgi_desktop.core.store.annotations import AnnotationsMixin
from cwgi_desktop.core.textnorm import fts_query, match_spans, snippet


class SearchMixin(AnnotationsMixin):
    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        per_contribution: int = 1,
        consultation: str | None = None,
        language: str | None = None,
        contribution_id: str | None = None,
    ) -> list[SearchHit]:
        """Ranked hits (best first), at most `per_contribution` paragraphs per contribution.

        Accent- and case-insensitive; Chinese matches inside words; the last word of the
        query matches as a prefix (search as you type).
        """
        expression = fts_query(query)
        if not expression:
            return []
        where, params = ["paragraphs_fts MATCH ?"], [expression]
        for column, value in (("consultation", consultation), ("language", language),
                              ("id", contribution_id)):
            if value:
                where.append(f"c.{column} = ?")
                params.append(value)
        # Over-fetch so that keeping the best paragraphs per contribution still fills `limit`.
        params.append(limit * max(per_contribution, 1) * 4)
        try:
            rows = self.conn.execute(
                "SELECT p.contribution_id, p.idx, p.text, c.symbol, c.title, c.language, f.rank"
                " FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid"
                " JOIN contributions c ON c.id = p.contribution_id"
                f" WHERE {' AND '.join(where)} ORDER BY f.rank LIMIT ?",
                params,
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        hits: list[SearchHit] = []
        seen: dict[str, int] = {}
        for cid, idx, text, symbol, title, language_, rank in rows:
            if seen.get(cid, 0) >= per_contribution:
                continue
            seen[cid] = seen.get(cid, 0) + 1
            hits.append(SearchHit(
                contribution_id=cid, symbol=symbol, title=title, paragraph=idx,
                snippet=snippet(text, query), score=-float(rank), language=language_,
            ))
            if len(hits) >= limit:
                break
        return hits

    def hit_spans(self, cid: str, paragraph: int, query: str) -> list[tuple[int, int]]:
        """Where the query's terms sit in one paragraph (for highlighting in the reader)."""
        text = self.paragraph_text(cid, paragraph)
        return match_spans(text, query) if text else []
