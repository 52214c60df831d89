"""File importers: .docx, .pdf, .txt and .md files to paragraphs plus ITU metadata.

`parse_file` / `parse_bytes` never crash on hostile or broken input: every failure is an
`ImportRejected(path, reason)` with a one-line reason fit to show a user.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from ..errors import ImportRejected
from .document import (
    ParsedDocument,
    ParsedParagraph,
    RawDocument,
    finish_numbers,
    without_surrogates,
)
from .metadata import extract_metadata
from .safety import MAX_FILE_BYTES, OLE_MAGIC, ZIP_MAGIC, check_size, ole_reason

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "ImportRejected",
    "ParsedDocument",
    "ParsedParagraph",
    "parse_bytes",
    "parse_file",
]

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset({".docx", ".pdf", ".txt", ".md", ".markdown"})

_FORMATS: dict[str, str] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
}


def _parser(fmt: str) -> Callable[[bytes, str], RawDocument]:
    # Imported on demand so that importing this package stays cheap (PDFium loads a native library).
    if fmt == "docx":
        from .docx import parse_docx

        return parse_docx
    if fmt == "pdf":
        from .pdf import parse_pdf

        return parse_pdf
    if fmt == "md":
        from .markdown import parse_markdown

        return parse_markdown
    from .text import parse_text

    return parse_text


def _format_for(extension: str, data: bytes, name: str) -> str:
    """The format to parse `data` as, or ImportRejected for unsupported/legacy files."""
    if extension == ".doc":
        if data.startswith(ZIP_MAGIC):
            return "docx"  # a .docx saved under the old extension
        raise ImportRejected(name, ole_reason(data, ".doc"))
    fmt = _FORMATS.get(extension)
    if fmt is None:
        shown = extension or "(none)"
        raise ImportRejected(name, f"unsupported file type '{shown}'")
    if fmt == "docx" and data.startswith(OLE_MAGIC):
        raise ImportRejected(name, ole_reason(data, extension))
    return fmt


def _parse(data: bytes, file_name: str, shown: str, sha256: str | None = None
           ) -> ParsedDocument:
    extension = Path(file_name).suffix.lower()
    if extension not in _FORMATS and extension != ".doc":
        raise ImportRejected(shown, f"unsupported file type '{extension or '(none)'}'")
    check_size(shown, len(data))
    fmt = _format_for(extension, data, shown)
    try:
        raw = _parser(fmt)(data, shown)
    except ImportRejected:
        raise
    except RecursionError as exc:
        raise ImportRejected(shown, "refused: the file is nested too deeply") from exc
    except MemoryError as exc:
        raise ImportRejected(shown, "refused: not enough memory to read the file") from exc
    except Exception as exc:  # a parser bug must not take the application down
        raise ImportRejected(shown, f"could not read the file ({type(exc).__name__})") from exc
    if not raw.paragraphs:
        raise ImportRejected(shown, "no text found")
    for paragraph in raw.paragraphs:
        paragraph.text = without_surrogates(paragraph.text)
    raw.hints = {k: without_surrogates(v) for k, v in raw.hints.items()}
    meta = extract_metadata(raw.paragraphs, Path(file_name).name, raw.hints)
    body = split_cover(raw.paragraphs, meta.body_start)
    return ParsedDocument(
        paragraphs=body,
        format=fmt,
        file_name=Path(file_name).name,
        sha256=sha256 or hashlib.sha256(data).hexdigest(),
        symbol=meta.symbol,
        base_symbol=meta.base_symbol,
        language=meta.language,
        title=meta.title,
        source=meta.source,
        date=meta.date,
        cover=meta.cover,
    )


def split_cover(paragraphs: list[ParsedParagraph], body_start: int) -> list[ParsedParagraph]:
    """The paragraphs after the cover page, notes re-anchored, every number final.

    A cover holding all body text (nothing after it) is kept as body rather than lost.
    """
    if not any(p.kind == "body" for p in paragraphs[body_start:]):
        body_start = 0
    body = [p for i, p in enumerate(paragraphs) if i >= body_start or p.kind != "body"]
    for p in body:
        if p.anchor is not None:
            p.anchor = max(p.anchor - body_start, 0)
    finish_numbers(body)
    return body


def parse_bytes(data: bytes, file_name: str) -> ParsedDocument:
    """Parse file contents; the format follows `file_name`'s extension."""
    return _parse(data, file_name, file_name)


def parse_file(path: Path, *, data: bytes | None = None, sha256: str | None = None
               ) -> ParsedDocument:
    """Parse the file at `path` (or `data`, its bytes already read by the caller, with
    their `sha256` if the caller has it: it is not computed twice)."""
    path = Path(path)
    extension = path.suffix.lower()
    if extension not in _FORMATS and extension != ".doc":
        raise ImportRejected(path, f"unsupported file type '{extension or '(none)'}'")
    if data is None:
        sha256 = None  # a hash the caller has goes with the caller's bytes only
        try:
            size = path.stat().st_size
            check_size(str(path), size)
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise ImportRejected(path, f"cannot read the file ({reason})") from exc
    return _parse(data, path.name, str(path), sha256)
