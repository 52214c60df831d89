"""A theme's points grouped into similar views in the scaffold (hash embedder: passages
sharing words are similar)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cwgi_desktop.core.drafting.scaffold import build_scaffold
from cwgi_desktop.core.semantic import HashEmbedder, SemanticIndex
from cwgi_desktop.core.semantic.clusters import cluster, group_by_meaning
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

PARAS = {
    "C26/1-E": "Affordable broadband access should reach every rural village soon.",
    "C26/2-E": "Every rural village needs affordable broadband access soon, we say.",
    "C26/3-E": "Spectrum auctions must be transparent and fair to new operators.",
}


def test_clusters_join_close_rows_and_keep_far_ones_apart() -> None:
    vectors = np.array([[1, 0], [0.96, 0.28], [0, 1]], dtype=np.float32)
    assert cluster(vectors, 0.9) == [[0, 1], [2]]
    assert cluster(vectors, 0.99) == [[0], [1], [2]]
    assert cluster(vectors, -1.0) == [[0, 1, 2]]


def test_the_scaffold_groups_a_themes_points_into_similar_views(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    for symbol, text in PARAS.items():
        store.contributions.add(sha256=symbol, paragraphs=[(text, "body")],
                               metadata={"symbol": symbol, "consultation": "Access"})
        store.annotations.add(symbol, author="A", quote=text, themes=["Access"])
    draft = build_scaffold(store, "Access",
                           group=group_by_meaning(SemanticIndex(store, HashEmbedder())))
    texts = [(b.kind, b.text) for b in store.blocks.all(draft.id)]
    start = texts.index(("heading", "Points made"))
    body = texts[start + 1:start + 7]
    assert body[0] == ("heading", "Similar views (2 passages)")
    assert {t for _, t in body[1:3]} == {f"> {PARAS[s]} [@{s[:-2]}, para 1]"
                                        for s in ("C26/1-E", "C26/2-E")}
    assert body[3] == ("heading", "A view of its own")
    assert body[4] == ("paragraph", f"> {PARAS['C26/3-E']} [@C26/3, para 1]")
    assert body[5] == ("heading", "Where views converge")
    # Without grouping: as before.
    plain = draft_service.build_scaffold(store, "Access", title="plain")
    assert "Similar views (2 passages)" not in [b.text for b in store.blocks.all(plain.id)]
    store.close()
