"""Index a store slowly, acknowledging each committed batch, until killed.

Run as `python index_worker.py STORE`; prints `ack <done>` after each batch is committed
(flushed), so the parent knows how many vectors the store promised before the kill.
"""

from __future__ import annotations

import sys
import time

import numpy as np

from cwgi_desktop.core.semantic import HashEmbedder, SemanticIndex
from cwgi_desktop.core.store import Store


class SlowEmbedder(HashEmbedder):
    """The hash embedder at the pace of a real model, so a kill lands mid-index."""

    def embed(self, texts: list[str]) -> np.ndarray:
        time.sleep(0.03)
        return super().embed(texts)


def main() -> None:
    store = Store(sys.argv[1])
    SemanticIndex(store, SlowEmbedder()).build(
        batch=4, progress=lambda done, total: print(f"ack {done}", flush=True))
    print("finished", flush=True)


if __name__ == "__main__":
    main()
