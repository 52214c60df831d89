"""Exchange between laptops as use cases: bundles out and in (with merge), conflicts settled.

Before every exchange `_capture` records local edits made since the last one as new
versions in the store's ledger; after a merge `_materialize` rewrites the visible tables
from the winners (`merge.derive`), so the visible state is a function of the winners alone.
The merge rules are `core.exchange.merge` (pure functions); the rows are read and written
by `core.store.exchange`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cwgi_desktop.core.citations import parse_citations
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exchange import timestamps
from cwgi_desktop.core.exchange.merge import Tables, Version, derive, merge_version, union_history
from cwgi_desktop.core.exchange.records import Conflict, ExportSummary, Keep, MergeResult
from cwgi_desktop.core.exchange.rows import (
    COLUMNS,
    KINDS,
    TABLES,
    Row,
    digest,
    from_store,
    to_store,
)
from cwgi_desktop.core.exchange.selection import BundleFilter, select_versions
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.exchange import ExchangeRepository

if TYPE_CHECKING:
    from cwgi_desktop.core.exchange.bundle import BundleContents

Versions = dict[str, dict[str, Version]]
_WRITE_ORDER = ("theme", "draft", "block", "annotation")  # drafts before their blocks
_TEXT_FIELDS = ("symbol", "title", "source", "source_type", "consultation", "date",
                "file_name", "format", "language", "meeting", "original_language", "purpose",
                "action_required", "doc_references")


def _later(timestamp: str) -> str:
    """One microsecond after `timestamp` (a local edit that did not move `updated`); never
    overflows (see core.exchange.timestamps)."""
    return timestamps.later(timestamp)


# -- the ledger of exchanged versions ----------------------------------------------------

def _versions(store: Store) -> Versions:
    out: Versions = {kind: {} for kind in KINDS}
    for kind, rid, version_digest, payload, history in store.exchange.sync_rows():
        out[kind][rid] = Version(payload, version_digest, history)
    return out


def _save(conn: sqlite3.Connection, kind: str, version: Version) -> None:
    ExchangeRepository.save_sync_row(conn, kind, version.payload, version.digest, version.history)


def _live(store: Store) -> tuple[Tables, dict[str, list[str]]]:
    """The visible rows as payloads, and each draft's block order."""
    tables: Tables = {kind: {} for kind in KINDS}
    for kind in KINDS:
        for row in store.exchange.table_rows(TABLES[kind]):
            tables[kind][row["id"]] = from_store(kind, row)
    sequences: dict[str, list[str]] = {}
    for block in sorted(tables["block"].values(),
                        key=lambda b: (b["position"], b["created"], b["id"])):
        sequences.setdefault(block["draft_id"], []).append(block["id"])
    for did, draft in tables["draft"].items():
        draft["order"] = sequences.get(did, [])
    return tables, sequences


def _winners(versions: Versions) -> dict[str, dict[str, Row]]:
    return {kind: {rid: v.payload for rid, v in rows.items()}
            for kind, rows in versions.items()}


def _capture(store: Store, conn: sqlite3.Connection) -> Versions:
    """Record every local edit made since the last exchange as a new version."""
    versions = _versions(store)
    derived, sequences = derive(_winners(versions))
    live, _ = _live(store)
    for kind in KINDS:
        for rid, row in live[kind].items():
            expected = derived[kind].get(rid)
            if expected is not None:
                if kind == "draft":
                    expected = {**expected, "order": sequences.get(rid, [])}
                elif kind == "block":
                    expected = {**expected, "position": row["position"]}
                if expected == row:
                    continue
            old = versions[kind].get(rid)
            payload = dict(row)
            if old is not None and payload["updated"] <= old.payload["updated"]:
                payload["updated"] = _later(old.payload["updated"])
                store.exchange.set_updated(conn, TABLES[kind], rid, payload["updated"])
            history = union_history(old.history, [old.digest]) if old else []
            versions[kind][rid] = Version(payload, history=history)
            _save(conn, kind, versions[kind][rid])
    _restamp_future(store, conn, versions)
    return versions


def _restamp_future(store: Store, conn: sqlite3.Connection, versions: Versions) -> None:
    """A version stamped beyond the horizon (a forged or wrong clock, taken in before
    bundles were checked) would win every merge: supersede it with the same content
    stamped now, so that it stops winning and peers accept the change."""
    stamp = timestamps.canonical(timestamps.now())
    for kind in KINDS:
        for rid, old in list(versions[kind].items()):
            if not timestamps.is_ahead(old.payload["updated"]):
                continue
            payload = {**old.payload, "updated": stamp}
            versions[kind][rid] = Version(payload, history=union_history(
                old.history, [old.digest]))
            _save(conn, kind, versions[kind][rid])
            store.exchange.set_updated(conn, TABLES[kind], rid, stamp)


def _materialize(store: Store, conn: sqlite3.Connection, versions: Versions) -> None:
    """Make the visible tables show `derive(winners)`, writing only what differs."""
    derived, _ = derive(_winners(versions))
    live, _ = _live(store)
    for kind in _WRITE_ORDER:
        table, columns = TABLES[kind], COLUMNS[kind]
        for rid, row in derived[kind].items():
            current = live[kind].get(rid)
            if current is not None:
                current = {k: v for k, v in current.items() if k != "order"}
                if current == row:
                    continue
            values = to_store(kind, row)
            store.exchange.write_row(conn, table, {c: values[c] for c in columns},
                            insert=current is None)
            if kind == "annotation" and (current is None or current["themes"] != row["themes"]):
                store.exchange.set_annotation_themes(conn, rid, row["themes"])
            if kind == "block" and (current is None or current["text"] != row["text"]):
                store.blocks.index_citations(conn, rid, row["text"])


# -- bundles -----------------------------------------------------------------------------

def export_bundle(store: Store, out: Path | str,
                  flt: BundleFilter | None = None) -> ExportSummary:
    """Write a bundle of the store's themes, annotations and drafts (see `BundleFilter`)
    with the identity of the contributions they point at (texts only if asked)."""
    from cwgi_desktop.core.exchange.bundle import BundleContents, write_bundle

    flt = flt or BundleFilter()
    flt.since_time()  # a bad date is refused before anything is written
    with store.transaction() as conn:
        versions = _capture(store, conn)
    chosen = select_versions(versions, flt, store.exchange.consultation_of())
    contents = BundleContents(manifest={"store_id": store.store_id,
                                        "filter": flt.to_manifest()})
    for kind in KINDS:
        contents.rows[kind] = [(v.payload, v.history) for v in chosen[kind]]
    ids = {v.payload["contribution_id"] for v in chosen["annotation"]}
    cited = {c.base_symbol.casefold() for v in chosen["block"]
             for c in parse_citations(v.payload["text"])}
    for row in store.exchange.contribution_rows():
        if row["id"] in ids or (row["base_symbol"] or "").casefold() in cited:
            contents.contributions.append(
                {k: row[k] for k in ("id", "symbol", "base_symbol", "sha256", "title")})
            if flt.with_texts:
                contents.texts[row["id"]] = {
                    "id": row["id"], "sha256": row["sha256"],
                    "metadata": {k: row[k] for k in _TEXT_FIELDS},
                    # Numbers travel: the receiver cannot re-derive Word's numbering.
                    "paragraphs": [
                        [p.text, p.style, p.number, p.kind,
                         p.anchor - 1 if p.anchor is not None else None]
                        for p in store.contributions.paragraphs(row["id"])]}
    write_bundle(out, contents)
    return ExportSummary(str(out), contents.counts(), flt.to_manifest())


def import_bundle(store: Store, path: Path | str) -> MergeResult:
    """Merge a bundle into the store, all or nothing (see `core.exchange.merge`).

    The whole file is checked before anything is written (BundleRejected otherwise).
    """
    from cwgi_desktop.core.exchange.bundle import read_bundle

    return merge_bundles(store, [(path, read_bundle(path))])[0]


def merge_bundles(store: Store,
                  bundles: Sequence[tuple[Path | str, BundleContents]]) -> list[MergeResult]:
    """Merge bundles already read, in order, in one transaction: the ledger is captured
    and the visible tables rewritten once for all of them (a laptop catching up on many
    files of a shared folder), not once per bundle."""
    with store.transaction() as conn:
        versions = _capture(store, conn)
        results = [_merge_one(store, conn, versions, path, contents)
                   for path, contents in bundles]
        _materialize(store, conn, versions)
    return results


def _merge_one(store: Store, conn: sqlite3.Connection, versions: Versions,
               path: Path | str, contents: BundleContents) -> MergeResult:
    manifest = contents.manifest
    result = MergeResult(peer=str(manifest.get("store_id", "")),
                         created=str(manifest.get("created", "")))
    open_conflicts = store.exchange.open_conflicts()
    for kind in KINDS:
        for payload, history in contents.rows[kind]:
            theirs = Version(payload, history=history)
            outcome = merge_version(kind, versions[kind].get(payload["id"]), theirs)
            name = "conflicts" if outcome.status == "conflict" else outcome.status
            setattr(result, name, getattr(result, name) + 1)
            if outcome.stored is not None:
                versions[kind][payload["id"]] = outcome.stored
                _save(conn, kind, outcome.stored)
            if outcome.conflict is not None:
                mine, _, winner = outcome.conflict
                result.conflict_ids.append(store.exchange.record_conflict(
                    conn, kind, (mine.payload, mine.digest),
                    (theirs.payload, theirs.digest), winner, result.peer,
                    Path(path).name))
            if outcome.stored is not None and outcome.stored.digest == theirs.digest:
                _supersede(store, conn, open_conflicts.get((kind, payload["id"]), []),
                           theirs)
    for cid, text in sorted(contents.texts.items()):
        if store.exchange.has_contribution(cid):
            result.unchanged += 1
            continue
        store.contributions.add(
            sha256=text["sha256"], metadata=text["metadata"],
            paragraphs=[tuple(p) for p in text["paragraphs"]])
        result.added += 1
    store.exchange.record_peer(conn, result.peer, result.created)
    return result


def _supersede(store: Store, conn: sqlite3.Connection,
               pending: list[tuple[str, str, str]], newer: Version) -> None:
    """Close conflicts that an incoming version already settles (it supersedes both)."""
    for cid, mine, theirs in pending:
        if newer.digest not in (mine, theirs) and newer.knows(mine) and newer.knows(theirs):
            store.exchange.close_conflict(conn, cid, "superseded")


# -- conflicts ---------------------------------------------------------------------------

def resolve_conflict(store: Store, ref: str, keep: Keep) -> Conflict:
    """Settle a conflict by keeping `mine` or `theirs`, as a new edit made now (so that
    it wins everywhere and closes the same conflict on other laptops)."""
    if keep not in ("mine", "theirs"):
        raise InvalidInput(f"{keep}: keep mine or theirs")
    found = store.exchange.conflict(ref)
    if found.resolved:
        raise InvalidInput(f"{found.id}: the conflict is already resolved")
    chosen: Row = dict(found.mine if keep == "mine" else found.theirs)
    with store.transaction() as conn:
        versions = _capture(store, conn)
        current = versions[found.kind][found.row_id]
        if "position" in chosen:  # a block keeps its place; a draft takes its order
            chosen["position"] = current.payload["position"]
        chosen["updated"] = max(utc_now(), _later(current.payload["updated"]))
        pair = [digest(found.mine), digest(found.theirs)]
        version = Version(chosen, history=union_history(
            current.history, [current.digest, *pair]))
        versions[found.kind][found.row_id] = version
        _save(conn, found.kind, version)
        _materialize(store, conn, versions)
        store.exchange.close_conflict(conn, found.id, keep)
    return store.exchange.conflict(found.id)
