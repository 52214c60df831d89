"""Importing files and folders into a store: walk, parse, store, report.

Each file is read and parsed completely before anything is written (`prepare_file`, which
touches no store and runs on any thread), then stored under a savepoint of its own
(`store_file`), so a bad file leaves nothing behind and a batch goes on past it. Files are
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
from cwgi_desktop.core.store.contributions import index_of

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
    workers: int = 0,
) -> ImportReport:
    """Import files and folders on the calling thread (the CLI), committing in batches;
    never raises for a bad file (it is listed as rejected). With `workers` (the CLI, see
    `import_pool`), files are parsed in that many processes meanwhile. The window runs
    the same two halves apart: `prepare_file` in a thread pool, `store_file` on the
    database worker."""
    from cwgi_desktop.core.services.import_pool import Preparer

    report = ImportReport()
    files = list(expand_paths(paths))

    def here(index: int) -> PreparedFile:
        path, problem = files[index]
        # A file already imported is not parsed again: the hash is checked first.
        return prepare_file(path, consultation, problem=problem, known=known_file(store))

    prepare = Preparer(files, consultation, work=prepare_indexed, here=here,
                       known=store.contributions.file_hashes,
                       workers=0 if store.read_only else workers)
    done = 0
    try:
        while done < len(files) and not report.cancelled:
            if store.read_only:  # each file then says so (as a rejection), nothing is opened
                done = _import_batch(store, files, done, prepare, progress, report)
                continue
            try:
                with store.transaction():
                    done = _import_batch(store, files, done, prepare, progress, report)
            except _BatchLost as lost:
                done = lost.done  # the next batch runs in a new transaction
    finally:
        prepare.close()
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), Path())
    return report


def _import_batch(store: Store, files: list[tuple[Path, str | None]], done: int,
                  prepare: Callable[[int], PreparedFile], progress: Progress | None,
                  report: ImportReport) -> int:
    """Import files from index `done` until the batch is full; returns the next index.

    The batch's full-text rows are written at its end (`writes_deferred`): should that
    fail (a full disk), none of the batch's files is stored and each says why."""
    started = time.monotonic()
    end = min(len(files), done + BATCH_FILES)
    first_imported = len(report.imported)
    indexing = False
    try:
        with store.writes_deferred():
            while done < end and time.monotonic() - started < BATCH_SECONDS:
                path = files[done][0]
                if progress is not None and not progress(done, len(files), path):
                    report.cancelled = True
                    break
                store_file(store, prepare(done), report)
                done += 1
                if not store.read_only and not store.conn.in_transaction:
                    _lose_batch(report, first_imported, report.rejected[-1]["reason"])
                    raise _BatchLost(done)
            indexing = True
    except CwgiError as exc:
        if not indexing:
            raise
        _lose_batch(report, first_imported, shown_path(str(exc)))
        raise _BatchLost(done) from exc
    return done


class _BatchLost(Exception):
    """SQLite rolled back the batch's whole transaction (a full disk does): the files it
    had imported are not stored; import goes on from file `done` in a new transaction."""

    def __init__(self, done: int) -> None:
        super().__init__(done)
        self.done = done


def _lose_batch(report: ImportReport, first: int, reason: str) -> None:
    """The batch's imports since `first` were rolled back: they are rejected, for `reason`."""
    for entry in report.imported[first:]:
        report.rejected.append({"path": entry["path"], "reason": reason})
    del report.imported[first:]


@dataclass
class PreparedFile:
    """One file read and parsed, ready to be stored (or the reason it cannot be)."""

    path: Path
    sha256: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[tuple[str, str, str, str, int | None]] = field(default_factory=list)
    problem: str | None = None  # why the file is rejected (or "skipped: …": not tried)
    duplicate_of: str | None = None  # the contribution already imported from these bytes
    index: tuple[str, int] | None = None  # its full-text row and word count, if computed


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


def add_parsed(
    store: Store, parsed: ParsedDocument, *, sha256: str, file_name: str,
    consultation: str | None = None,
) -> tuple[Contribution, bool]:
    """Store a parsed document as a contribution; (the stored one, whether it is new)."""
    return store.contributions.add(
        sha256=sha256,
        paragraphs=((p.text, p.style, p.number, p.kind, p.anchor) for p in parsed.paragraphs),
        metadata=_metadata(parsed, file_name, consultation),
    )


def replace_bundle_text(store: Store, prepared: PreparedFile) -> tuple[Contribution, bool]:
    """Put the file's own text in place of the one a bundle shipped under its hash.

    Returns (contribution, differed): `differed` when the bundle's text was not the
    file's. Annotations stay attached; those whose quote is no longer at their place
    are marked to check. One transaction (a savepoint inside a batch).
    """
    cid = contribution_id_for(prepared.sha256)
    old = store.contributions.get(cid)
    before = [(p.text, p.style) for p in store.contributions.paragraphs(cid)]
    kept = {k: v for k, v in prepared.metadata.items() if v is not None}
    if old.consultation and not kept.get("consultation"):
        kept["consultation"] = old.consultation
    with store.transaction() as conn:
        store.contributions.delete(cid)  # its bundle_texts row goes with it
        contribution, _ = store.contributions.add(
            sha256=prepared.sha256, paragraphs=prepared.paragraphs, metadata=kept)
        store.contributions.mark_misplaced_quotes(conn, cid)
    after = [(p.text, p.style) for p in store.contributions.paragraphs(cid)]
    return contribution, before != after


def known_file(store: Store) -> Callable[[str], str | None]:
    """`prepare_file`'s `known`: the contribution imported from these bytes, unless its
    text came from a bundle (the file must then be parsed: its text replaces the bundle's)."""
    def known(sha256: str) -> str | None:
        existing = store.contributions.id_for_sha256(sha256)
        if existing and store.contributions.text_from_bundle(existing):
            return None
        return existing
    return known


def prepare_file(path: Path, consultation: str | None, *, problem: str | None = None,
                 known: Callable[[str], str | None] | None = None) -> PreparedFile:
    """Read, hash and parse one file, touching no store (safe on any thread).

    `known(sha256)` may name the contribution already imported from the same bytes: the
    file is then not parsed. Never raises for a bad file: one document never stops a batch."""
    if problem:
        return PreparedFile(path, problem=problem)
    try:
        data = _read(path)
        sha256 = hashlib.sha256(data).hexdigest()
        existing = known(sha256) if known is not None else None
        if existing:
            return PreparedFile(path, sha256, duplicate_of=existing)
        parsed = parse_file(path, data=data, sha256=sha256)
    except ImportRejected as exc:
        return PreparedFile(path, problem=exc.reason)
    except CwgiError as exc:
        return PreparedFile(path, problem=shown_path(str(exc)))
    except Exception as exc:  # a parser's own bug: the file is rejected, the batch goes on
        return PreparedFile(path, problem=f"could not be imported ({type(exc).__name__})")
    return PreparedFile(path, sha256, _metadata(parsed, shown_path(path.name), consultation), [
        (p.text, p.style, p.number, p.kind, p.anchor) for p in parsed.paragraphs])


def prepare_indexed(path: Path, consultation: str | None, *,
                    known: Callable[[str], str | None] | None = None) -> PreparedFile:
    """`prepare_file`, and the full-text row the store will write for it (the work an
    import's parsing processes take off the process that stores)."""
    prepared = prepare_file(path, consultation, known=known)
    if prepared.problem is None and prepared.duplicate_of is None:
        try:
            prepared.index = index_of(prepared.paragraphs)
        except Exception:  # then the store computes it, and says what fails
            prepared.index = None
    return prepared


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(path, f"file too large ({size // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc


def store_file(store: Store, prepared: PreparedFile, report: ImportReport) -> None:
    """Write one prepared file (a transaction of its own, or a savepoint inside a batch)
    and record the outcome in `report`. A file whose contribution's text came from a
    bundle replaces that text (reported as imported, `bundle_text`: replaced or verified)."""
    path = shown_path(prepared.path)
    if prepared.problem is not None:
        if prepared.problem.startswith(SKIPPED):
            report.skipped.append({"path": path, "reason": prepared.problem[len(SKIPPED):]})
        else:
            report.rejected.append({"path": path, "reason": prepared.problem})
        return
    existing = prepared.duplicate_of or store.contributions.id_for_sha256(prepared.sha256)
    from_bundle = (bool(existing) and prepared.duplicate_of is None
                   and store.contributions.text_from_bundle(existing or ""))
    if existing and not from_bundle:
        report.duplicates.append({"path": path, "id": existing})
        return
    bundle_text: str | None = None
    try:
        if from_bundle:  # the file's text replaces what a bundle shipped under its hash
            contribution, differed = replace_bundle_text(store, prepared)
            bundle_text = "replaced" if differed else "verified"
        else:
            contribution, created = store.contributions.add(
                sha256=prepared.sha256, paragraphs=prepared.paragraphs,
                metadata=prepared.metadata, index=prepared.index)
            if not created:
                report.duplicates.append({"path": path, "id": contribution.id})
                return
    except ImportRejected as exc:
        report.rejected.append({"path": path, "reason": exc.reason})
        return
    except CwgiError as exc:
        report.rejected.append({"path": path, "reason": shown_path(str(exc))})
        return
    report.imported.append({
        "id": contribution.id,
        "symbol": contribution.symbol,
        "language": contribution.language,
        "title": contribution.title,
        "source": contribution.source,
        "path": path,
        **({"bundle_text": bundle_text} if bundle_text else {}),
    })
