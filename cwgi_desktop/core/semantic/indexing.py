"""Build the paragraph index: incremental, resumable, cancellable.

Each batch is embedded outside any transaction, then written in one short transaction of
its own: a kill mid-way loses at most the batch being embedded, and the next run starts
from what is missing (VectorRepository.pending), so nothing is redone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cwgi_desktop.core.semantic.embedder import Embedder, to_blob

BATCH = 32

# (done, total): paragraphs indexed so far and eligible in the store.
Progress = Callable[[int, int], None]


@dataclass
class IndexReport:
    indexed: int  # paragraphs embedded by this run
    done: int  # paragraphs with a vector now
    total: int  # paragraphs eligible
    cancelled: bool = False

    def to_dict(self) -> dict[str, object]:
        return {"indexed": self.indexed, "done": self.done, "total": self.total,
                "cancelled": self.cancelled}


def build_index(store, embedder: Embedder, *, batch: int = BATCH,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None,
                limit: int | None = None) -> IndexReport:
    """Embed every eligible paragraph that has no vector yet (at most `limit` of them)."""
    done, total = store.vectors.progress(embedder.name)
    indexed = 0
    if progress:
        progress(done, total)
    while limit is None or indexed < limit:
        if cancelled and cancelled():
            return IndexReport(indexed, done, total, cancelled=True)
        size = batch if limit is None else min(batch, limit - indexed)
        pending = store.vectors.pending(embedder.name, size)
        if not pending:
            break
        vectors = embedder.embed([p.text for p in pending])
        written = store.vectors.write(
            embedder.name,
            [(p.paragraph_id, p.contribution_id, to_blob(v))
             for p, v in zip(pending, vectors, strict=True)])
        indexed += written
        # Counted again (milliseconds): contributions imported or deleted meanwhile change
        # the total, and the running build takes the new ones in.
        done, total = store.vectors.progress(embedder.name)
        if progress:
            progress(done, total)
    done, total = store.vectors.progress(embedder.name)
    return IndexReport(indexed, done, total)
