"""Importing files and folders into a store: walk, parse, store, report.

Each file is parsed completely before anything is written, and stored under a savepoint
of its own, so a bad file leaves nothing behind and a batch goes on past it. Files are
committed in batches (`BATCH_FILES` files or `BATCH_SECONDS`, whichever comes first):
each commit flushes the full-text index, and one per file was a third of an import.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cwgi_desktop.core.errors import CwgiError, ImportRejected
from cwgi_desktop.core.importers import SUPPORTED_EXTENSIONS, parse_file
from cwgi_desktop.core.importers.document import ParsedDocument
from cwgi_desktop.core.importers.stakeholders import stakeholder_group
from cwgi_desktop.core.models import Contribution, contribution_id_for
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.base import RolledBack

# Called with (files done, files in all, current path); returns False to cancel.
Progress = Callable[[int, int, Path], bool]
MAX_FILE_BYTES = 200 * 1024 * 1024
BATCH_FILES = 250
BATCH_SECONDS = 2.0


@dataclass
class ImportReport:
    imported: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    # Files of a folder that were not tried (unsupported type, link out of the folder).
    skipped: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "cancelled": self.cancelled,
        }


SKIPPED = "skipped: "  # prefix of an expand_paths reason for a file not tried at all


def shown_path(path: Path | str) -> str:
    """`path` as text that can be stored and printed: bytes of a file name that are not
    valid UTF-8 (an old archive, another system's encoding) become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """The files of `folder` in name order: (path, None) to import, or (path, "skipped:
    reason"). Links are followed only to files inside the folder: a link to a system
    file must not be imported."""
    root = folder.resolve()
    for child in sorted(folder.rglob("*")):
        if child.name.startswith(("~$", ".")):
            continue  # Word lock files and hidden files are not documents
        if not child.resolve().is_relative_to(root):
            yield child, SKIPPED + "a link to outside the folder"
            continue
        if child.is_dir() or not child.is_file():
            continue
        if child.suffix.lower() not in SUPPORTED_EXTENSIONS:
            yield child, SKIPPED + f"unsupported file type '{child.suffix.lower() or '(none)'}'"
            continue
        yield child, None


def expand_paths(paths: Iterable[Path | str]) -> Iterator[tuple[Path, str | None]]:
    """Files to import: (path, None), or (path, reason) for a path that cannot be read.

    Folders are walked recursively (in name order) and only supported files are taken from
    them, the others given as "skipped: ..."; a file named directly is always tried, so an
    unsupported one is reported.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
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
    done = 0
    while done < len(files) and not report.cancelled:
        if store.read_only:  # each file then says so (as a rejection), nothing is opened
            done = _import_batch(store, files, done, consultation, progress, report)
            continue
        before = len(report.imported)
        try:
            with store.transaction():
                done = _import_batch(store, files, done, consultation, progress, report)
        except RolledBack as exc:
            # The batch's files were not stored after all: they are rejected, not imported.
            report.rejected += [{"path": entry["path"], "reason": str(exc)}
                                for entry in report.imported[before:]]
            del report.imported[before:]
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), Path())
    return report


def _import_batch(store: Store, files: list[tuple[Path, str | None]], done: int,
                  consultation: str | None, progress: Progress | None,
                  report: ImportReport) -> int:
    """Import files from index `done` until the batch is full; returns the next index."""
    started = time.monotonic()
    end = min(len(files), done + BATCH_FILES)
    while done < end and time.monotonic() - started < BATCH_SECONDS:
        path, problem = files[done]
        if progress is not None and not progress(done, len(files), path):
            report.cancelled = True
            break
        done += 1
        shown = shown_path(path)
        if problem and problem.startswith(SKIPPED):
            report.skipped.append({"path": shown, "reason": problem[len(SKIPPED):]})
            continue
        if problem:
            report.rejected.append({"path": shown, "reason": problem})
            continue
        try:
            _import_one(store, path, consultation, report)
        except ImportRejected as exc:
            report.rejected.append({"path": shown, "reason": exc.reason})
        except CwgiError as exc:
            report.rejected.append({"path": shown, "reason": shown_path(str(exc))})
        except Exception as exc:  # one document must never stop a batch
            report.rejected.append(
                {"path": shown, "reason": f"could not be imported ({type(exc).__name__})"})
        if not store.read_only and not store.conn.in_transaction:
            break  # SQLite rolled the batch back (a full disk): end it here
    return done


def add_parsed(
    store: Store, parsed: ParsedDocument, *, sha256: str, file_name: str,
    consultation: str | None = None,
) -> tuple[Contribution, bool]:
    """Store a parsed document as a contribution; (the stored one, whether it is new)."""
    return store.add_contribution(sha256=sha256, paragraphs=_rows(parsed),
                                  metadata=_metadata(parsed, file_name, consultation))


def _rows(parsed: ParsedDocument) -> Iterator[tuple[Any, ...]]:
    return ((p.text, p.style, p.number, p.kind, p.anchor) for p in parsed.paragraphs)


def _metadata(parsed: ParsedDocument, file_name: str,
              consultation: str | None) -> dict[str, Any]:
    return {
        "symbol": parsed.symbol,
        "base_symbol": parsed.base_symbol,
        "language": parsed.language,
        "title": parsed.title,
        "source": parsed.source,
        "source_type": stakeholder_group(parsed.source),
        "date": parsed.date,
        "file_name": file_name,
        "format": parsed.format,
        "consultation": consultation,
        **{("doc_references" if k == "references" else k): v for k, v in parsed.cover.items()},
    }


def replace_bundle_text(store: Store, parsed: ParsedDocument, *, sha256: str,
                        file_name: str, consultation: str | None = None
                        ) -> tuple[Contribution, bool]:
    """Put the file's own text in place of the one a bundle shipped under its hash.

    Returns (contribution, differed): `differed` when the bundle's text was not the
    file's. Annotations stay attached; those whose quote is no longer at their place
    are marked to check. One transaction.
    """
    cid = contribution_id_for(sha256)
    old = store.contribution(cid)
    before = [(p.text, p.style) for p in store.paragraphs(cid)]
    kept = {k: v for k, v in _metadata(parsed, file_name, consultation).items() if v is not None}
    if old.consultation and not kept.get("consultation"):
        kept["consultation"] = old.consultation
    with store.transaction() as conn:
        store.delete_contribution(cid)  # its bundle_texts row goes with it
        contribution, _ = store.add_contribution(sha256=sha256, paragraphs=_rows(parsed),
                                                 metadata=kept)
        store.mark_misplaced_quotes(conn, cid)
    after = [(p.text, p.style) for p in store.paragraphs(cid)]
    return contribution, before != after


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
        report.duplicates.append({"path": shown_path(path), "id": existing})
        return
    parsed = parse_file(path, data=data, sha256=sha256)
    bundle_text: str | None = None
    if from_bundle:  # the file's text replaces what a bundle shipped under its hash
        contribution, differed = replace_bundle_text(store, parsed, sha256=sha256,
                                                     file_name=shown_path(path.name),
                                                     consultation=consultation)
        bundle_text = "replaced" if differed else "verified"
    else:
        contribution, created = add_parsed(store, parsed, sha256=sha256,
                                           file_name=shown_path(path.name),
                                           consultation=consultation)
        if not created:
            report.duplicates.append({"path": shown_path(path), "id": contribution.id})
            return
    report.imported.append({
        "id": contribution.id,
        "symbol": contribution.symbol,
        "language": contribution.language,
        "title": contribution.title,
        "source": contribution.source,
        "path": shown_path(path),
        **({"bundle_text": bundle_text} if bundle_text else {}),
    })

