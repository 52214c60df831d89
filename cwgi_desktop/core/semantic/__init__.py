"""Search by meaning: the same point found across contributions and languages.

`SemanticIndex(store)` is the entry point (indexing, related passages, fused search);
`suggestions` offers themes for unannotated paragraphs. No Qt here.
"""

from __future__ import annotations

from cwgi_desktop.core.semantic.embedder import (
    Embedder,
    HashEmbedder,
    UseEmbedder,
    default_embedder,
)
from cwgi_desktop.core.semantic.indexing import IndexReport
from cwgi_desktop.core.semantic.service import RelatedPassage, SemanticIndex, semantic_of

__all__ = ["Embedder", "HashEmbedder", "IndexReport", "RelatedPassage", "SemanticIndex",
           "UseEmbedder", "default_embedder", "semantic_of"]
