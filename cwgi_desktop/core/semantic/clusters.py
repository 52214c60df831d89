"""Groups of similar views: a theme's annotated passages clustered by meaning, for the
scaffold's "where views converge, where they diverge"."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from cwgi_desktop.core.models import Annotation
from cwgi_desktop.core.semantic.service import SemanticIndex

# Average cosine two groups need to merge. USE puts paraphrases and translations above
# 0.6 and passages on the same topic making other points near 0.3-0.45.
SIMILAR = 0.5


def cluster(vectors: np.ndarray, threshold: float = SIMILAR) -> list[list[int]]:
    """Average-linkage agglomerative clustering of unit rows: groups of row numbers,
    largest first, each in row order (a theme holds tens of points: O(n³) is nothing)."""
    groups = [[i] for i in range(len(vectors))]
    similarity = vectors @ vectors.T
    while len(groups) > 1:
        best, pair = threshold, None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                score = float(similarity[np.ix_(groups[a], groups[b])].mean())
                if score >= best:
                    best, pair = score, (a, b)
        if pair is None:
            break
        a, b = pair
        groups[a] = sorted(groups[a] + groups.pop(b))
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def group_by_meaning(index: SemanticIndex, threshold: float = SIMILAR
                     ) -> Callable[[list[Annotation]], list[list[Annotation]]]:
    """The scaffold's grouping: each point is read as its quote and note."""
    def group(points: list[Annotation]) -> list[list[Annotation]]:
        texts = [" ".join(t for t in (a.quote, a.note) if t) for a in points]
        vectors = index.embedder.embed(texts)
        return [[points[i] for i in members] for members in cluster(vectors, threshold)]

    return group
