"""Use cases of search by meaning over one store: related passages, fused search.

`SemanticIndex` belongs to the thread of its store (like the store itself) and keeps the
store's vectors as one matrix in memory, reloaded when they change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import SearchHit
from cwgi_desktop.core.semantic.embedder import Embedder, default_embedder, from_blob
from cwgi_desktop.core.semantic.index import Neighbour, VectorMatrix
from cwgi_desktop.core.semantic.indexing import IndexReport, Progress, build_index
from cwgi_desktop.core.textnorm import snippet

# Reciprocal rank fusion's constant (Cormack et al. 2009): damps the weight of the very
# first ranks so that one list cannot drown the other.
RRF_K = 60
# Below this cosine a passage is not shown as related (USE puts unrelated sentences near
# 0.1 and translations above 0.6; measured on bench/data/parallel_statements.json).
MIN_RELATED = 0.3
# A short query against whole paragraphs scores lower (0.15-0.25 for the right passage on
# the demo corpus): search keeps more and lets the fused ranking decide.
MIN_SEARCH = 0.1
_CITATION = re.compile(r"\[@[^\]]*\]")


@dataclass(frozen=True)
class RelatedPassage:
    contribution_id: str
    symbol: str | None
    title: str | None
    language: str | None
    paragraph: int  # idx, the reading position
    number: str  # the paragraph number as shown and cited
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.contribution_id, "symbol": self.symbol, "title": self.title,
                "language": self.language, "paragraph": self.paragraph,
                "number": self.number, "text": self.text, "score": round(self.score, 4)}


class SemanticIndex:
    def __init__(self, store, embedder: Embedder | None = None) -> None:
        self.store = store
        self.embedder = embedder or default_embedder()
        self._matrix = VectorMatrix(self.embedder.dim)

    @property
    def model(self) -> str:
        return self.embedder.name

    # -- indexing ---------------------------------------------------------------------

    def build(self, *, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None,
              batch: int | None = None, limit: int | None = None) -> IndexReport:
        kwargs = {"batch": batch} if batch else {}
        return build_index(self.store, self.embedder, progress=progress,
                           cancelled=cancelled, limit=limit, **kwargs)

    def progress(self) -> tuple[int, int]:
        return self.store.vectors.progress(self.model)

    def matrix(self) -> VectorMatrix:
        self._matrix.refresh(self.store, self.model)
        return self._matrix

    # -- related passages -------------------------------------------------------------

    def vector_of_paragraph(self, cid: str, index: int) -> np.ndarray:
        blob = self.store.vectors.paragraph_vector(self.model, cid, index)
        if blob is not None:
            return from_blob(blob, self.embedder.dim)[0]
        text = self.store.contributions.paragraph_text(cid, index)
        if text is None:
            raise InvalidInput(f"{cid}: no paragraph {index}")
        return self.embedder.embed([text])[0]

    def related_to_paragraph(self, cid: str, index: int, *, limit: int = 10,
                             other_contributions: bool = True) -> list[RelatedPassage]:
        """Passages making the same point as paragraph `index` of `cid`, any language.
        Other versions of the same contribution (its translations) are kept: finding them
        is what the reader expects; only the contribution itself is left out."""
        query = self.vector_of_paragraph(cid, index)
        exclude = {cid} if other_contributions else set()
        return self._passages(self.matrix().nearest(
            query, limit, exclude={(cid, index)}, exclude_contributions=exclude,
            min_score=MIN_RELATED))

    def related_to_annotation(self, annotation_id: str, *,
                              limit: int = 10) -> list[RelatedPassage]:
        annotation = self.store.annotations.get(annotation_id)
        text = " ".join(t for t in (annotation.quote, annotation.note) if t)
        return self.related_to_text(text, limit=limit,
                                    exclude={(annotation.contribution_id,
                                              annotation.paragraph)})

    def related_to_block(self, block_id: str, *, limit: int = 10) -> list[RelatedPassage]:
        """For a finding (a draft block): its text without the citation markers."""
        return self.related_to_text(_CITATION.sub(" ", self.store.blocks.get(block_id).text),
                                    limit=limit)

    def related_to_text(self, text: str, *, limit: int = 10,
                        exclude: set[tuple[str, int]] | None = None) -> list[RelatedPassage]:
        if not text.strip():
            return []
        query = self.embedder.embed([text])[0]
        return self._passages(self.matrix().nearest(query, limit, exclude=exclude or set(),
                                                    min_score=MIN_RELATED))

    def _passages(self, neighbours: list[Neighbour]) -> list[RelatedPassage]:
        found = self.store.vectors.passages((n.contribution_id, n.paragraph) for n in neighbours)
        out = []
        for n in neighbours:
            info = found.get((n.contribution_id, n.paragraph))
            if info:
                out.append(RelatedPassage(n.contribution_id, info["symbol"], info["title"],
                                          info["language"], n.paragraph, info["number"],
                                          info["text"], n.score))
        return out

    # -- search by meaning ------------------------------------------------------------

    def search(self, query: str, *, limit: int = 20, per_contribution: int = 1,
               consultation: str | None = None, language: str | None = None,
               contribution_id: str | None = None) -> list[SearchHit]:
        """Full-text hits and nearest passages fused by reciprocal rank, in the hit shape
        of Store.search (score = the fused score)."""
        if not query.strip():
            return []
        filters = {"consultation": consultation, "language": language,
                   "contribution_id": contribution_id}
        text_hits = self.store.search.find(query, limit=limit,
                                      per_contribution=per_contribution, **filters)
        only = None
        if consultation or language:
            only = self.store.vectors.contribution_ids_where(consultation=consultation,
                                                     language=language)
        if contribution_id:
            only = {contribution_id} if only is None else only & {contribution_id}
        vector = self.embedder.embed([query])[0]
        near = self.matrix().nearest(vector, limit, only_contributions=only,
                                     min_score=MIN_SEARCH)
        return fuse(self.store, query, text_hits, near, limit=limit,
                    per_contribution=per_contribution)


def fuse(store, query: str, text_hits: list[SearchHit], near: list[Neighbour], *,
         limit: int, per_contribution: int) -> list[SearchHit]:
    """Reciprocal rank fusion of the two rankings, passage by passage."""
    scores: dict[tuple[str, int], float] = {}
    hits: dict[tuple[str, int], SearchHit] = {}
    for rank, hit in enumerate(text_hits):
        key = (hit.contribution_id, hit.paragraph)
        scores[key] = scores.get(key, 0.0) + 1.0 / (RRF_K + rank + 1)
        hits[key] = hit
    missing = []
    for rank, n in enumerate(near):
        key = (n.contribution_id, n.paragraph)
        scores[key] = scores.get(key, 0.0) + 1.0 / (RRF_K + rank + 1)
        if key not in hits:
            missing.append(key)
    for key, info in store.vectors.passages(missing).items():
        hits[key] = SearchHit(contribution_id=key[0], symbol=info["symbol"],
                              title=info["title"], paragraph=key[1],
                              snippet=snippet(info["text"], query), language=info["language"])
    ordered = sorted((k for k in scores if k in hits), key=lambda k: (-scores[k], k))
    out: list[SearchHit] = []
    per: dict[str, int] = {}
    for key in ordered:
        if per.get(key[0], 0) >= per_contribution:
            continue
        per[key[0]] = per.get(key[0], 0) + 1
        hit = hits[key]
        out.append(SearchHit(contribution_id=hit.contribution_id, symbol=hit.symbol,
                             title=hit.title, paragraph=hit.paragraph, snippet=hit.snippet,
                             score=round(scores[key], 6), language=hit.language))
        if len(out) == limit:
            break
    return out


def semantic_of(store) -> SemanticIndex:
    """The SemanticIndex of `store` (made once per store object, on the store's thread),
    so its matrix stays loaded between queries."""
    index = getattr(store, "_semantic_index", None)
    if index is None:
        index = SemanticIndex(store)
        store._semantic_index = index
    return index
