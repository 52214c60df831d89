"""Writing a file so that a crash, a full disk or an error never leaves half of it.

Every writer here follows one pattern: write a temporary file with a unique name in the
target's own folder (so the final rename stays on one file system and two processes never
share a name), fsync it, rename it over the target (atomic), fsync the folder (so the
rename itself survives a power cut). On any error the temporary file is removed; a full
disk becomes one line naming the file and saying "no space left".
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from cwgi_desktop.core.errors import CwgiError


class NoSpaceLeft(CwgiError):
    """The disk filled up while writing a file; nothing was left behind."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        super().__init__(f"{self.path}: no space left on the device; nothing was written")


def is_no_space(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def unique_temp_path(target: Path, tag: str = "part") -> Path:
    """A new, empty file beside `target` whose name no other process can get."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=f".{tag}")
    os.close(fd)
    return Path(name)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


@contextlib.contextmanager
def no_space_as_error(path: Path | str) -> Iterator[None]:
    """Turn a full disk (ENOSPC, EDQUOT; also SQLite's "database or disk is full") into
    NoSpaceLeft naming `path`."""
    import sqlite3

    try:
        yield
    except OSError as exc:
        if is_no_space(exc):
            raise NoSpaceLeft(path) from exc
        raise
    except sqlite3.OperationalError as exc:
        if "disk is full" in str(exc):  # SQLITE_FULL
            raise NoSpaceLeft(path) from exc
        raise


def write_atomically(target: Path | str, write: Callable[[Path], object], *,
                     tag: str = "part") -> Path:
    """Call `write(temp_path)` to fill a unique temporary file beside `target`, then put it
    in place atomically. On any error nothing is left behind and `target` is unchanged."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with no_space_as_error(target):
        tmp = unique_temp_path(target, tag)
        side = [Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")]
        try:
            write(tmp)
            fsync_file(tmp)
            os.replace(tmp, target)
        except BaseException:
            remove_quietly(tmp, *side)
            raise
        remove_quietly(*side)
    fsync_dir(target.parent)
    return target


def write_bytes_atomically(target: Path | str, data: bytes) -> Path:
    return write_atomically(target, lambda tmp: tmp.write_bytes(data))


def write_text_atomically(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    return write_atomically(target, lambda tmp: tmp.write_text(text, encoding=encoding))
