"""The one set of limits a bundle must keep, shared by export and import.

Import refuses a bundle beyond these (a hostile file must not exhaust memory or time);
export checks the same numbers, with the same functions, before it writes, so that this
application never writes a bundle it would itself refuse (a contribution of more than
100,000 paragraphs, a member over the size limit, a text compressing like a zip bomb).
Change a limit here and both sides move together.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from cwgi_desktop.core import zip_limits
from cwgi_desktop.core.errors import CwgiError

MB = zip_limits.MB
MAX_BUNDLE_BYTES = zip_limits.MAX_FILE_BYTES
MAX_MEMBER_BYTES = zip_limits.MAX_PART_BYTES
MAX_MANIFEST_BYTES = 1 * MB
MAX_TOTAL_BYTES = zip_limits.MAX_TOTAL_UNCOMPRESSED
MAX_ENTRIES = 10_000
MAX_RATIO = zip_limits.MAX_RATIO
RATIO_FLOOR_BYTES = zip_limits.RATIO_FLOOR_BYTES
MAX_PARAGRAPHS = 100_000


class ExportRefused(CwgiError):
    """A bundle was not written because its receiver would refuse it; nothing was left."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = str(path), reason
        super().__init__(f"{self.path}: not written: {reason} (import would refuse the "
                         "bundle; nothing was written)")


def bundle_size_problem(size: int) -> str | None:
    if size > MAX_BUNDLE_BYTES:
        return (f"the file is too large ({size // MB} MB; the limit is "
                f"{MAX_BUNDLE_BYTES // MB} MB)")
    return None


def entries_problem(count: int) -> str | None:
    if count > MAX_ENTRIES:
        return f"the archive has too many members ({count}; the limit is {MAX_ENTRIES})"
    return None


def member_problem(member: str, size: int, compressed: int | None = None,
                   limit: int | None = None) -> str | None:
    """Why one member is refused: too large once expanded, or compressed like a bomb."""
    limit = MAX_MEMBER_BYTES if limit is None else limit
    if size > limit:
        return f"'{member}' would expand to {size // MB} MB (the limit is {limit // MB} MB)"
    if compressed is not None and size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(
            compressed, 1):
        return f"'{member}' is compressed more than {MAX_RATIO}:1 (zip bomb?)"
    return None


def total_problem(total: int) -> str | None:
    if total > MAX_TOTAL_BYTES:
        return (f"the bundle would expand to {total // MB} MB (the limit is "
                f"{MAX_TOTAL_BYTES // MB} MB)")
    return None


def archive_problem(infos: Iterable[zipfile.ZipInfo]) -> str | None:
    """The size checks import makes on a bundle's members, before inflating anything."""
    listed = list(infos)
    problem = entries_problem(len(listed))
    for info in listed:
        if problem is not None:
            break
        limit = MAX_MANIFEST_BYTES if info.filename == "manifest.json" else None
        problem = member_problem(info.filename, info.file_size, info.compress_size, limit)
    return problem or total_problem(sum(info.file_size for info in listed))


def paragraphs_problem(count: int) -> str | None:
    if count > MAX_PARAGRAPHS:
        return f"more than {MAX_PARAGRAPHS:,} paragraphs ({count:,})"
    return None
