"""Importing files and folders into a store: walk, read and parse, store, report.

Each file is parsed completely before anything is written, and stored in one transaction,
so a bad file leaves nothing behind and a batch goes on past it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cwgi_desktop.core.errors import CwgiError, ImportRejected
from cwgi_desktop.core.importers import SUPPORTED_EXTENSIONS, parse_file
from cwgi_desktop.core.importers.stakeholders import stakeholder_group
from cwgi_desktop.core.store import Store

# Called with (files done, files in all, current path); returns False to cancel.
Progress = Callable[[int, int, Path], bool]
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass
class ImportReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "cancelled": self.cancelled,
        }


def expand_paths(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str | None]]:
    """Files to import: (path, None), or (path, reason) for a path that cannot be read.

    Folders are walked recursively (in name order) and only supported files are taken from
    them; a file named directly is always tried, so an unsupported one is reported.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_EXTENSIONS \
                        and not child.name.startswith(("~$", ".")):
                    yield child, None
        elif path.is_file():
            yield path, None
        else:
            yield path, "no such file or folder"


def import_paths(
    store: Store,
    paths: Iterable[Path | str],
    *,
    consultation: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import files and folders one after the other, on the calling thread (the CLI);
    never raises for a bad file (it is listed as rejected). The window runs the same two
    halves apart: `prepare_file` in a thread pool, `store_file` on the database worker."""
    report = ImportReport()
    files = list(expand_paths(paths))
    for done, (path, problem) in enumerate(files):
        if progress is not None and not progress(done, len(files), path):
            report.cancelled = True
            break
        # A file already imported is not parsed again: the hash is checked first.
        store_file(store, prepare_file(path, consultation, problem=problem,
                                       known=store.contributions.id_for_sha256), report)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), Path())
    return report


@dataclass
class PreparedFile:
    """One file read and parsed, ready to be stored (or the reason it cannot be)."""

    path: Path
    sha256: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[tuple[str, str, str, str, int | None]] = field(default_factory=list)
    problem: str | None = None  # why the file is rejected
    duplicate_of: str | None = None  # the contribution already imported from these bytes


def prepare_file(path: Path, consultation: str | None, *, problem: str | None = None,
                 known: Callable[[str], str | None] | None = None) -> PreparedFile:
    """Read, hash and parse one file, touching no store (safe on any thread).

    `known(sha256)` may name the contribution already imported from the same bytes: the
    file is then not parsed."""
    if problem:
        return PreparedFile(path, problem=problem)
    try:
        data = _read(path)
        sha256 = hashlib.sha256(data).hexdigest()
        existing = known(sha256) if known is not None else None
        if existing:
            return PreparedFile(path, sha256, duplicate_of=existing)
        parsed = parse_file(path, data=data)
    except ImportRejected as exc:
        return PreparedFile(path, problem=exc.reason)
    except CwgiError as exc:
        return PreparedFile(path, problem=str(exc))
    metadata = {
        "symbol": parsed.symbol,
        "base_symbol": parsed.base_symbol,
        "language": parsed.language,
        "title": parsed.title,
        "source": parsed.source,
        "source_type": stakeholder_group(parsed.source),
        "date": parsed.date,
        "file_name": path.name,
        "format": parsed.format,
        "consultation": consultation,
        **{("doc_references" if k == "references" else k): v for k, v in parsed.cover.items()},
    }
    return PreparedFile(path, sha256, metadata, [
        (p.text, p.style, p.number, p.kind, p.anchor) for p in parsed.paragraphs])


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(path, f"file too large ({size // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc


def store_file(store: Store, prepared: PreparedFile, report: ImportReport) -> None:
    """Write one prepared file (one short transaction) and record the outcome in `report`."""
    path = str(prepared.path)
    if prepared.problem is not None:
        report.rejected.append({"path": path, "reason": prepared.problem})
        return
    existing = prepared.duplicate_of or store.contributions.id_for_sha256(prepared.sha256)
    if existing:
        report.duplicates.append({"path": path, "id": existing})
        return
    try:
        contribution, created = store.contributions.add(
            sha256=prepared.sha256, paragraphs=prepared.paragraphs, metadata=prepared.metadata)
    except ImportRejected as exc:
        report.rejected.append({"path": path, "reason": exc.reason})
        return
    except CwgiError as exc:
        report.rejected.append({"path": path, "reason": str(exc)})
        return
    if not created:
        report.duplicates.append({"path": path, "id": contribution.id})
        return
    report.imported.append({
        "id": contribution.id,
        "symbol": contribution.symbol,
        "language": contribution.language,
        "title": contribution.title,
        "source": contribution.source,
        "path": path,
    })
