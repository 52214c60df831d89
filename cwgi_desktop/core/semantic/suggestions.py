"""Theme suggestions: for a paragraph nobody annotated, the themes of the nearest
annotated passages, weighted by how close they are."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from cwgi_desktop.core.semantic.service import MIN_RELATED, SemanticIndex

NEIGHBOURS = 8  # annotated passages consulted
MIN_WEIGHT = 0.4  # the summed cosine a theme needs to be offered


@dataclass(frozen=True)
class ThemeSuggestion:
    theme_id: str
    name: str
    weight: float  # summed cosine of the annotated passages that carry the theme
    evidence: list[tuple[str, int]] = field(default_factory=list)  # (contribution id, idx)

    def to_dict(self) -> dict[str, Any]:
        return {"theme_id": self.theme_id, "name": self.name,
                "weight": round(self.weight, 4),
                "evidence": [{"id": c, "paragraph": p} for c, p in self.evidence]}


def suggest_themes(index: SemanticIndex, cid: str, paragraph: int, *,
                   limit: int = 3) -> list[ThemeSuggestion]:
    """[] when the paragraph is annotated already, or nothing annotated is close enough."""
    store = index.store
    annotated = store.vectors.annotated_passages()
    if (cid, paragraph) in annotated:
        return []
    themed = {key for key, themes in annotated.items() if themes}
    if not themed:
        return []
    matrix = index.matrix()
    rows = [i for i in range(len(matrix))
            if (str(matrix.contribution_ids[i]), int(matrix.indexes[i])) in themed]
    if not rows:
        return []
    query = index.vector_of_paragraph(cid, paragraph)
    scores = matrix.matrix[rows] @ query
    order = np.argsort(-scores, kind="stable")[:NEIGHBOURS]
    weights: dict[str, float] = {}
    evidence: dict[str, list[tuple[str, int]]] = {}
    for i in order:
        score = float(scores[i])
        if score < MIN_RELATED:
            break
        key = (str(matrix.contribution_ids[rows[i]]), int(matrix.indexes[rows[i]]))
        for theme_id in annotated[key]:
            weights[theme_id] = weights.get(theme_id, 0.0) + score
            evidence.setdefault(theme_id, []).append(key)
    dismissed = store.vectors.dismissed_suggestions(cid, paragraph)
    names = {t.id: t.name for t in store.themes.all()}
    ranked = sorted((t for t in weights if t not in dismissed and t in names
                     and weights[t] >= MIN_WEIGHT), key=lambda t: (-weights[t], names[t]))
    return [ThemeSuggestion(t, names[t], weights[t], evidence[t]) for t in ranked[:limit]]


def accept_suggestion(store, cid: str, paragraph: int, theme_id: str, *, author: str):
    """Annotate the whole paragraph with the theme (one undoable annotation)."""
    text = store.contributions.paragraph_text(cid, paragraph) or ""
    return store.annotations.add(cid, author=author, paragraph=paragraph, start=0,
                                end=len(text), themes=[theme_id])


def dismiss_suggestion(store, cid: str, paragraph: int, theme_id: str) -> None:
    store.vectors.dismiss_suggestion(cid, paragraph, theme_id)
