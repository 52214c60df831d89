"""Importing files and folders into a store: walk, parse, store, report.

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
    """Import files and folders; never raises for a bad file (it is listed as rejected)."""
    report = ImportReport()
    files = list(expand_paths(paths))
    for done, (path, problem) in enumerate(files):
        if progress is not None and not progress(done, len(files), path):
            report.cancelled = True
            break
        if problem:
            report.rejected.append({"path": str(path), "reason": problem})
            continue
        try:
            _import_one(store, path, consultation, report)
        except ImportRejected as exc:
            report.rejected.append({"path": str(path), "reason": exc.reason})
        except CwgiError as exc:
            report.rejected.append({"path": str(path), "reason": str(exc)})
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), Path())
    return report


def _import_one(store: Store, path: Path, consultation: str | None,
                report: ImportReport) -> None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(path, f"file too large ({size // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc
    sha256 = hashlib.sha256(data).hexdigest()
    existing = store.scalar("SELECT id FROM contributions WHERE sha256 = ?", (sha256,))
    from_bundle = bool(existing) and store.text_from_bundle(existing)
    if existing and not from_bundle:
        report.duplicates.append({"path": str(path), "id": existing})
        return
    parsed = parse_file(path, data=data)
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
    rows = ((p.text, p.style, p.number, p.kind, p.anchor) for p in parsed.paragraphs)
    bundle_text: str | None = None
    if from_bundle:  # the file's text replaces what a bundle shipped under its hash
        contribution, differed = store.replace_bundle_text(sha256=sha256, paragraphs=rows,
                                                           metadata=metadata)
        bundle_text = "replaced" if differed else "verified"
    else:
        contribution, created = store.add_contribution(sha256=sha256, paragraphs=rows,
                                                       metadata=metadata)
        if not created:
            report.duplicates.append({"path": str(path), "id": contribution.id})
            return
    report.imported.append({
        "id": contribution.id,
        "symbol": contribution.symbol,
        "language": contribution.language,
        "title": contribution.title,
        "source": contribution.source,
        "path": str(path),
        **({"bundle_text": bundle_text} if bundle_text else {}),
    })

