"""A disk that fills up: files opened for writing under one folder accept `room` bytes,
then every write raises ENOSPC, as a full disk does (imported as a plain module)."""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path
from typing import Any

import pytest


class _FullFile:
    def __init__(self, raw: Any, budget: list[int]) -> None:
        self._raw, self._budget = raw, budget

    def write(self, data: Any) -> int:
        size = len(data)
        if size > self._budget[0]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._budget[0] -= size
        return self._raw.write(data)

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._raw.close()

    def __iter__(self) -> Any:
        return iter(self._raw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


def fill_disk(monkeypatch: pytest.MonkeyPatch, folder: Path, room: int = 64) -> None:
    """From now on, writing under `folder` fails with ENOSPC after `room` bytes in all."""
    real_open = io.open
    budget = [room]
    root = str(folder.resolve())

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        writing = any(c in mode for c in "wax+")
        if writing and isinstance(file, (str, os.PathLike)) and \
                str(Path(os.fspath(file)).resolve()).startswith(root):
            return _FullFile(handle, budget)
        return handle

    monkeypatch.setattr(io, "open", full_open)
    monkeypatch.setattr(builtins, "open", full_open)


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Names in `folder` other than `keep` (temporary files left behind)."""
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)
