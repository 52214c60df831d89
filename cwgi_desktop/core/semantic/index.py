"""The vectors of a store as one matrix in memory, and exact nearest-neighbour search.

Stored as float16 (1 KB a paragraph); held as float32 here because numpy multiplies
float16 without BLAS, several times slower (measured in bench/bench_semantic.py). The
matrix is reloaded only when the store's vectors changed (VectorRepository.signature).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cwgi_desktop.core.semantic.embedder import from_blob, one_blas_thread


@dataclass(frozen=True)
class Neighbour:
    contribution_id: str
    paragraph: int  # idx, the reading position
    score: float  # cosine similarity


class VectorMatrix:
    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.signature: tuple[int, int] | None = None
        self._quick: tuple[int, int] | None = None
        self.matrix = np.zeros((0, dim), dtype=np.float32)
        self.contribution_ids: np.ndarray = np.zeros(0, dtype=object)
        self.indexes = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.indexes)

    def refresh(self, store, model: str) -> None:
        # data_version moves when another connection commits, total_changes when this one
        # writes: with neither moved nothing can have changed, and counting the vectors
        # (milliseconds at 50,000) is skipped.
        quick = (store.scalar("PRAGMA data_version"), store.conn.total_changes)
        if quick == self._quick:
            return
        signature = store.vectors.signature(model)
        self._quick = quick
        if signature == self.signature:
            return
        stored = store.vectors.stored(model)
        self.matrix = from_blob(stored.blob, self.dim) if stored.blob else \
            np.zeros((0, self.dim), dtype=np.float32)
        self.contribution_ids = np.array(stored.contribution_ids, dtype=object)
        self.indexes = np.array(stored.indexes, dtype=np.int64)
        self.signature = signature

    def nearest(self, query: np.ndarray, k: int, *,
                exclude: set[tuple[str, int]] | frozenset = frozenset(),
                exclude_contributions: set[str] | frozenset = frozenset(),
                only_contributions: set[str] | None = None,
                min_score: float = -1.0) -> list[Neighbour]:
        """The k rows closest to `query` (unit vector), best first."""
        if not len(self) or k <= 0:
            return []
        with one_blas_thread():
            scores = self.matrix @ np.asarray(query, dtype=np.float32).reshape(-1)
        if only_contributions is not None or exclude_contributions:
            keep = np.fromiter(
                ((only_contributions is None or c in only_contributions)
                 and c not in exclude_contributions for c in self.contribution_ids),
                dtype=bool, count=len(self))
            scores = np.where(keep, scores, -np.inf)
        # Take a few more than k so that excluded passages can be skipped without a rerun.
        wanted = min(len(self), k + len(exclude))
        top = np.argpartition(-scores, wanted - 1)[:wanted]
        top = top[np.argsort(-scores[top], kind="stable")]
        out: list[Neighbour] = []
        for row in top:
            score = float(scores[row])
            if score == -np.inf or score < min_score:
                break
            key = (str(self.contribution_ids[row]), int(self.indexes[row]))
            if key in exclude:
                continue
            out.append(Neighbour(key[0], key[1], score))
            if len(out) == k:
                break
        return out
