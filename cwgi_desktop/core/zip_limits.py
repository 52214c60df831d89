"""The zip limits and the bounded member reader shared by the importers and by bundles.

Apart from `core.importers` (whose package loads the document parsers, and whose `safety`
loads lxml): a bundle, a zip of JSON, needs only these, and a `cwgi bundle` process should
not pay for parsers it never runs. `core.importers.safety` re-exports every name here.
Every refusal is an `ImportRejected` carrying a short, one-line reason.
"""

from __future__ import annotations

import zipfile

from cwgi_desktop.core.errors import ImportRejected

MB = 1024 * 1024

MAX_FILE_BYTES = 200 * MB
"""Largest file accepted at all (checked before reading when a path is given)."""
MAX_PART_BYTES = 100 * MB
"""Largest declared uncompressed size of the one zip member we parse (word/document.xml);
lxml needs about ten times a part's size in memory, so this bounds an import's memory."""
MAX_TOTAL_UNCOMPRESSED = 500 * MB
"""Largest sum of declared uncompressed sizes over all members of an archive."""
MAX_RATIO = 200
"""Largest compression ratio allowed for a member whose uncompressed size exceeds
`RATIO_FLOOR_BYTES`."""
RATIO_FLOOR_BYTES = 10 * MB

ZIP_MAGIC = b"PK"

REASON_BAD_DOCX = "not a valid .docx (damaged or truncated archive)"
REASON_ENCRYPTED_OFFICE = "encrypted Office file (password-protected)"


def check_declared(info: zipfile.ZipInfo, name: str, limit: int) -> None:
    """Refuse a member whose declared uncompressed size exceeds `limit`."""
    if info.file_size > limit:
        raise ImportRejected(
            name,
            f"refused: '{info.filename}' would expand to {info.file_size / MB:.0f} MB "
            f"(limit {limit // MB} MB)",
        )


def read_member(archive: zipfile.ZipFile, member: str, name: str, limit: int) -> bytes:
    """Read one archive member, refusing it if its declared or actual size exceeds `limit`.

    The read is bounded: it never inflates more than the declared size plus one chunk, so
    a member that lies about its size cannot expand without limit.
    """
    try:
        info = archive.getinfo(member)
    except KeyError as exc:
        raise ImportRejected(name, "no document part") from exc
    if info.flag_bits & 0x1:
        raise ImportRejected(name, REASON_ENCRYPTED_OFFICE)
    declared = info.file_size
    check_declared(info, name, limit)
    chunks: list[bytes] = []
    got = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(min(1 * MB, declared - got + 1))
                if not chunk:
                    break
                got += len(chunk)
                if got > declared:
                    raise ImportRejected(
                        name, f"refused: '{member}' expands beyond its declared size (zip bomb?)"
                    )
                chunks.append(chunk)
    except ImportRejected:
        raise
    except Exception as exc:  # BadZipFile (bad CRC), zlib.error, unsupported method, ...
        raise ImportRejected(name, REASON_BAD_DOCX) from exc
    return b"".join(chunks)
