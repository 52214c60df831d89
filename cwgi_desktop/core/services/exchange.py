"""Exchange between laptops as use cases: bundles out and in (with merge), conflicts settled.

Before every exchange `_capture` records local edits made since the last one as new
versions in the store's ledger; after a merge `_materialize` rewrites the visible tables
from the winners (`merge.derive`), so the visible state is a function of the winners alone.
The merge rules are `core.exchange.merge` (pure functions); the rows are read and written
by `core.store.exchange`. Revisions (saved versions of drafts) are immutable and stay out
of the ledger: a bundle carries those taken since its `since`, and a merge adds the ones
not here, after the drafts they belong to, refusing one that would replace another.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cwgi_desktop.core.citations import parse_citations
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.exchange import privacy, timestamps
from cwgi_desktop.core.exchange.merge import Tables, Version, derive, union_history
from cwgi_desktop.core.exchange.merge_guards import (
    Local,
    Step,
    already_held,
    plan,
    touches_existing,
)
from cwgi_desktop.core.exchange.privacy import NotesInDraft
from cwgi_desktop.core.exchange.records import Conflict, ExportSummary, Keep, MergeResult
from cwgi_desktop.core.exchange.rows import (
    COLUMNS,
    KINDS,
    TABLES,
    Row,
    digest,
    from_store,
    store_values,
)
from cwgi_desktop.core.exchange.selection import (
    BundleFilter,
    kept_drafts,
    select_revisions,
    select_versions,
    without_drafts,
)
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.exchange import ExchangeRepository

if TYPE_CHECKING:
    from cwgi_desktop.core.exchange.bundle import BundleContents

Versions = dict[str, dict[str, Version]]
MADE_HERE = Local(local=True, shared=False)  # an edit on this laptop, not sent yet
RECEIVED = Local(local=False, shared=True)
# Drafts before their blocks, review notes and language versions; blocks before their
# translation links.
_WRITE_ORDER = ("theme", "draft", "block", "annotation", "review_note", "language_version",
                "version_block")
# Rows with no tombstone that `derive` may leave out once in place (the second language
# version of one original in one language): removed from the visible table.
_REMOVED_WHEN_NOT_DERIVED = ("language_version",)
_IDENTITY_FIELDS = ("id", "symbol", "base_symbol", "sha256", "title")
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


def _save(conn: sqlite3.Connection, kind: str, version: Version,
          origin: Local | None = None, ledger: _Ledger | None = None) -> None:
    origin = origin or MADE_HERE
    if ledger is not None:
        ledger.rows.append(ExchangeRepository.sync_row_values(
            kind, version.payload, version.digest, version.history, local=origin.local,
            shared=origin.shared, canonical=version.canonical))
        # The text is the ledger row's now: not kept with the version as well (a catch-up
        # carries the versions from batch to batch, long after the ledger rows are written).
        version.canonical = None
        return
    ExchangeRepository.save_sync_row(conn, kind, version.payload, version.digest, version.history,
                        local=origin.local, shared=origin.shared)


class _Ledger:
    """Ledger rows of a merge waiting to be written in one `executemany` (nothing reads
    the ledger back during a merge: what it says is in `versions` and `origins`)."""

    def __init__(self) -> None:
        self.rows: list[tuple[object, ...]] = []

    def flush(self, conn: sqlite3.Connection) -> None:
        # In key order (stable: a row saved twice keeps its last version): the ledger is
        # a WITHOUT ROWID table, and random ids written in order touch each page once.
        self.rows.sort(key=lambda values: (values[0], values[1]))
        ExchangeRepository.save_sync_rows(conn, self.rows)
        self.rows = []


def _origins(store: Store) -> dict[tuple[str, str], Local]:
    """Where each version in place came from (see merge_guards.Local)."""
    return {key: Local(local, shared)
            for key, (local, shared) in store.exchange.sync_origins().items()}


def _live(store: Store, kinds: Sequence[str] = KINDS
          ) -> tuple[Tables, dict[str, list[str]]]:
    """The visible rows as payloads (of `kinds`; drafts need their blocks), and each
    draft's block order."""
    tables: Tables = {kind: {} for kind in KINDS}
    for kind in kinds:
        for row in store.exchange.table_rows(TABLES[kind]):
            tables[kind][row["id"]] = from_store(kind, row)
    sequences: dict[str, list[str]] = {}
    for block in sorted(tables["block"].values(),
                        key=lambda b: (b["position"], b["created"], b["id"])):
        sequences.setdefault(block["draft_id"], []).append(block["id"])
    for did, draft in tables["draft"].items():
        draft["order"] = sequences.get(did, [])
    return tables, sequences


# The kinds with many rows (tens of thousands of annotations): their visible rows are read
# as plain tuples and compared with the values the ledger's payload would be stored as;
# only a row that differs becomes a payload. Drafts and blocks (whose order is derived
# from each other) are read whole by `_live`.
_STREAMED = ("theme", "annotation")


def _differing(store: Store, kind: str, expected: Mapping[str, Row]
               ) -> tuple[dict[str, Row], set[str]]:
    """The visible rows of `kind` that do not hold exactly `store_values(expected)`, as
    payloads (rows absent from `expected` included), and the ids of those that do."""
    columns = COLUMNS[kind]
    at = columns.index("id")
    differ: dict[str, Row] = {}
    same: set[str] = set()
    for values in store.exchange.table_values(TABLES[kind], columns):
        rid = values[at]
        row = expected.get(rid)
        if row is not None and store_values(kind, row) == values:
            same.add(rid)
        else:
            differ[rid] = from_store(kind, dict(zip(columns, values, strict=True)))
    return differ, same


def _winners(versions: Versions) -> dict[str, dict[str, Row]]:
    return {kind: {rid: v.payload for rid, v in rows.items()}
            for kind, rows in versions.items()}


def _capture(store: Store, conn: sqlite3.Connection) -> Versions:
    """Record every local edit made since the last exchange as a new version."""
    versions = _versions(store)
    derived, sequences = derive(_winners(versions))
    live, _ = _live(store, [kind for kind in KINDS if kind not in _STREAMED])
    for kind in _STREAMED:  # rows that hold what the ledger says are no edit
        live[kind], _ = _differing(store, kind, derived[kind])
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
    live, _ = _live(store, [kind for kind in KINDS if kind not in _STREAMED])
    same: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for kind in _STREAMED:
        live[kind], same[kind] = _differing(store, kind, derived[kind])
    for kind in _REMOVED_WHEN_NOT_DERIVED:  # never streamed: `live` holds all their rows
        for rid in sorted(set(live[kind]) - set(derived[kind])):
            store.exchange.delete_row(conn, TABLES[kind], rid)
            del live[kind][rid]
    for kind in _WRITE_ORDER:
        table, columns = TABLES[kind], COLUMNS[kind]
        inserts: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        themes: list[tuple[str, list[str]]] = []
        fresh: list[tuple[str, list[str]]] = []  # themes of rows inserted (no links yet)
        texts: list[tuple[str, str]] = []
        for rid, row in derived[kind].items():
            if rid in same[kind]:
                continue
            current = live[kind].get(rid)
            if current is not None:
                current = {k: v for k, v in current.items() if k != "order"}
                if current == row:
                    continue
            (inserts if current is None else updates).append(store_values(kind, row))
            if kind == "annotation":
                if current is None:
                    fresh.append((rid, row["themes"]))
                elif current["themes"] != row["themes"]:
                    themes.append((rid, row["themes"]))
            if kind == "block" and (current is None or current["text"] != row["text"]):
                texts.append((rid, row["text"]))
        # One statement per table and kind of write, not one per row.
        store.exchange.write_rows(conn, table, columns, inserts, insert=True)
        store.exchange.write_rows(conn, table, columns, updates, insert=False)
        store.exchange.set_themes_of_annotations(conn, themes)
        store.exchange.set_themes_of_annotations(conn, fresh, fresh=True)
        for rid, text in texts:
            store.blocks.index_citations(conn, rid, text)


# -- bundles -----------------------------------------------------------------------------

def export_bundle(store: Store, out: Path | str, flt: BundleFilter | None = None, *,
                  texts_except: Collection[str] = ()) -> ExportSummary:
    """Write a bundle of the store's themes, annotations and drafts, with the drafts'
    review notes, language versions and revisions (see `BundleFilter`), and the identity
    of the contributions they point at (texts only if asked, and not those of
    `texts_except`: already sent)."""
    from cwgi_desktop.core.exchange.bundle import BundleContents, write_bundle

    flt = flt or BundleFilter()
    flt.since_time()  # a bad date is refused before anything is written
    with store.transaction() as conn:
        versions = _capture(store, conn)
    # Each contribution's consultation is read only when a consultation is filtered on.
    chosen = select_versions(versions, flt,
                             store.exchange.consultation_of() if flt.consultation else {})
    carrying = _others_notes(chosen, versions, flt)
    kept = kept_drafts(versions, flt)
    if carrying and not flt.others_notes:  # private notes of others stay here
        withheld = {d.draft_id for d in carrying}
        chosen = without_drafts(chosen, withheld, {
            bid: v.payload["draft_id"] for bid, v in versions["block"].items()})
        kept -= withheld
    contents = BundleContents(manifest={"store_id": store.store_id,
                                        "filter": flt.to_manifest()})
    for kind in KINDS:
        contents.rows[kind] = [(v.payload, v.history) for v in chosen[kind]]
    # Revisions are immutable: read from their table, not the ledger (see merge).
    contents.rows["revision"] = [
        (row, []) for row in select_revisions(
            [from_store("revision", r) for r in store.exchange.revision_rows(flt.since_time())],
            flt, kept)]
    ids = {v.payload["contribution_id"] for v in chosen["annotation"]}
    cited = {c.base_symbol.casefold() for v in chosen["block"]
             for c in parse_citations(v.payload["text"])}
    # The texts' metadata is read only when texts travel (identities alone otherwise).
    columns = _IDENTITY_FIELDS + (_TEXT_FIELDS if flt.with_texts else ())
    for values in store.exchange.contribution_rows(columns):
        cid, base_symbol = values[0], values[2]
        if cid in ids or (base_symbol or "").casefold() in cited:
            contents.contributions.append(dict(zip(_IDENTITY_FIELDS, values[:5], strict=True)))
            if flt.with_texts and cid not in texts_except:
                row = dict(zip(columns, values, strict=True))
                contents.texts[row["id"]] = {
                    "id": row["id"], "sha256": row["sha256"],
                    "metadata": {k: row[k] for k in _TEXT_FIELDS},
                    # Numbers travel: the receiver cannot re-derive Word's numbering.
                    "paragraphs": [
                        [p.text, p.style, p.number, p.kind,
                         p.anchor - 1 if p.anchor is not None else None]
                        for p in store.contributions.paragraphs(row["id"])]}
    write_bundle(out, contents)
    # The versions a bundle carried have left this laptop: a peer may now know them.
    store.exchange.mark_shared((kind, v.payload["id"], v.digest)
                               for kind in KINDS for v in chosen[kind])
    return ExportSummary(str(out), contents.counts(), flt.to_manifest(),
                         [d.to_dict() for d in carrying], flt.others_notes,
                         sorted(contents.texts))


def _others_notes(chosen: dict[str, list[Version]], versions: Versions,
                  flt: BundleFilter) -> list[NotesInDraft]:
    if not flt.author:
        return []  # every author's annotations travel anyway
    return privacy.drafts_with_others_notes(
        {v.payload["id"]: v.payload for v in chosen["draft"]},
        (v.payload for v in chosen["block"]),
        (v.payload for v in versions["annotation"].values()), flt.author)


def drafts_with_others_notes(store: Store, author: str) -> list[NotesInDraft]:
    """The drafts that carry notes of other authors than `author` (what a bundle for
    `author` would leave out), from the visible rows."""
    live, _ = _live(store)
    drafts = {did: d for did, d in live["draft"].items() if not d["deleted"]}
    return privacy.drafts_with_others_notes(drafts, live["block"].values(),
                                            live["annotation"].values(), author)


def import_bundle(store: Store, path: Path | str, *,
                  backup_dir: Path | None = None) -> MergeResult:
    """Merge a bundle into the store, all or nothing (see `core.exchange.merge`).

    The whole file is checked before anything is written (BundleRejected otherwise).
    A safety copy of the store is taken before a merge that would change or delete a
    row already here (in `backup_dir`, default the backups folder; a merge that only
    adds rows cannot lose anything); what a bundle may not do silently is held back as
    conflicts to confirm (see `core.exchange.merge_guards`).
    """
    from cwgi_desktop.core.exchange.bundle import read_bundle

    return merge_bundles(store, [(path, read_bundle(path))], backup_dir=backup_dir)[0]


class _SafetyCopy:
    """The one safety copy of a `merge_bundles` call, taken before its first change."""

    def __init__(self, store: Store, backup_dir: Path | None) -> None:
        self.store, self.backup_dir, self.path = store, backup_dir, ""

    def take(self) -> str:
        if not self.path:
            from cwgi_desktop.core.paths import default_backup_dir
            from cwgi_desktop.core.services.backups import take_safety_copy

            # The copy reads the last committed state (WAL): the store before the merge.
            self.path = str(take_safety_copy(self.store,
                                             self.backup_dir or default_backup_dir()))
        return self.path


class MergeCarry:
    """The ledger one `merge_bundles` ended with, handed to the next one on the same
    connection (a laptop catching up merges batch after batch): used instead of capturing
    again while no other connection has committed since (`PRAGMA data_version`): the
    visible tables then still show exactly what the last merge wrote, so there is no
    local edit to capture. Valid only while each merge it carried was committed."""

    def __init__(self) -> None:
        self.versions: Versions | None = None
        self.data_version: int | None = None


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def merge_bundles(store: Store, bundles: Sequence[tuple[Path | str, BundleContents]], *,
                  backup_dir: Path | None = None,
                  carry: MergeCarry | None = None) -> list[MergeResult]:
    """Merge bundles already read, in order, in one transaction: the ledger is captured
    and the visible tables rewritten once for all of them (a laptop catching up on many
    files of a shared folder), not once per bundle. The guards apply to each bundle; one
    safety copy is taken, before the first bundle that changes a row already here.
    `carry`: see MergeCarry."""
    safety = _SafetyCopy(store, backup_dir)
    revisions: dict[str, Row] = {}  # new here, written once their drafts are
    # The drafts and blocks arriving: all are in place when the merge ends.
    arriving = {kind: {row["id"] for _, contents in bundles for row, _ in contents.rows[kind]}
                for kind in ("draft", "block")}
    with store.transaction() as conn:
        if (carry is not None and carry.versions is not None
                and carry.data_version == _data_version(conn)):
            versions = carry.versions
        else:
            versions = _capture(store, conn)
        if carry is not None:
            carry.versions = None  # until this merge has ended well (it changes `versions`)
        # Read once and kept up to date by `_apply`: not re-read from the ledger for each
        # of the bundles (a laptop catching up merges hundreds against 100,000 rows).
        origins = _origins(store)
        ledger = _Ledger()
        results = [_merge_one(store, conn, versions, path, contents, safety, revisions,
                              arriving, origins, ledger)
                   for path, contents in bundles]
        ledger.flush(conn)
        _materialize(store, conn, versions)
        store.exchange.write_rows(conn, TABLES["revision"], COLUMNS["revision"],
                                  [store_values("revision", row) for row in revisions.values()],
                                  insert=True)
        if carry is not None:
            carry.versions, carry.data_version = versions, _data_version(conn)
    return results


def _merge_one(store: Store, conn: sqlite3.Connection, versions: Versions,
               path: Path | str, contents: BundleContents, safety: _SafetyCopy,
               revisions: dict[str, Row], arriving: dict[str, set[str]],
               origins: dict[tuple[str, str], Local] | None = None,
               ledger: _Ledger | None = None) -> MergeResult:
    manifest = contents.manifest
    result = MergeResult(peer=str(manifest.get("store_id", "")),
                         created=str(manifest.get("created", "")))
    source = Path(path).name
    if origins is None:
        origins = _origins(store)
    _check_owners_known(path, contents, versions, arriving)
    new_revisions = _new_revisions(store, path, contents, revisions)
    incoming = ((kind, Version(payload, history=history)) for kind in KINDS
                for payload, history in contents.rows[kind])
    steps = plan(incoming, versions, origins)
    if any(touches_existing(step) for step in steps):
        result.safety_copy = safety.take()
    open_conflicts = store.exchange.open_conflicts()
    for step in steps:
        _apply(store, conn, step, versions, origins, open_conflicts, result, source,
               ledger=ledger)
    revisions.update((row["id"], row) for row in new_revisions)
    result.added += len(new_revisions)
    result.unchanged += len(contents.rows["revision"]) - len(new_revisions)
    held = store.exchange.contributions_held(list(contents.texts))
    for cid, text in sorted(contents.texts.items()):
        # A text already here stays: from a file it is what the file says, and a
        # bundle's may not override it (issue 11, item 6); from a bundle, first wins.
        if cid in held:
            result.unchanged += 1
            continue
        store.contributions.add(
            sha256=text["sha256"], metadata=text["metadata"],
            paragraphs=[tuple(p) for p in text["paragraphs"]])
        store.exchange.record_bundle_text(conn, cid, result.peer, source)
        result.added += 1
    store.exchange.record_peer(conn, result.peer, result.created)
    return result


def _check_owners_known(path: Path | str, contents: BundleContents, versions: Versions,
                        arriving: dict[str, set[str]]) -> None:
    """Refuse (one line, nothing written) a review note, language version, translation
    link or revision whose draft (block) is neither here nor in the bundle (nor in those
    merged with it, `arriving`)."""
    from cwgi_desktop.core.exchange.bundle import BundleRejected

    # Looked up in both, not copied into one set: this runs once per bundle of a catch-up.
    for kind, fields, what in (
            ("review_note", ("draft_id",), "draft"),
            ("revision", ("draft_id",), "draft"),
            ("language_version", ("id", "original_id"), "draft"),
            ("version_block", ("id",), "block")):
        here, merged = versions[what], arriving[what]
        for row, _ in contents.rows[kind]:
            for name in fields:
                if row[name] not in here and row[name] not in merged:
                    raise BundleRejected(str(path), f"refused: {kind.replace('_', ' ')} "
                                         f"{row['id']}: its {what} {row[name]} is neither "
                                         "in this store nor in the bundle")


def _new_revisions(store: Store, path: Path | str, contents: BundleContents,
                   pending: dict[str, Row]) -> list[Row]:
    """The bundle's revisions neither here nor `pending` (new from an earlier bundle of
    the same merge). A revision is immutable: one claiming the id of a revision here with
    other content is refused (one line), never taken in."""
    from cwgi_desktop.core.exchange.bundle import BundleRejected

    incoming = [row for row, _ in contents.rows["revision"]]
    here = {r["id"]: from_store("revision", r)
            for r in store.exchange.revision_rows(ids=[row["id"] for row in incoming])}
    here.update(pending)
    new = []
    for row in incoming:
        mine = here.get(row["id"])
        if mine is None:
            new.append(row)
        elif mine != row:
            raise BundleRejected(str(path), f"refused: revision {row['id']} claims the id of "
                                 "a saved version here but says something else (altered?)")
    return new


def _apply(store: Store, conn: sqlite3.Connection, step: Step, versions: Versions,
           origins: dict[tuple[str, str], Local],
           open_conflicts: dict[tuple[str, str], list[tuple[str, str, str]]],
           result: MergeResult, source: str, *, ledger: _Ledger | None = None) -> None:
    """Store what merging one incoming version decided (or hold it back)."""
    kind, theirs, outcome = step.kind, step.theirs, step.outcome
    rid = theirs.payload["id"]
    if step.reason is not None and step.mine is not None:  # held back: mine stays
        if already_held(step, open_conflicts.get((kind, rid), [])):
            result.unchanged += 1
            return
        result.conflicts += 1
        result.held_back += 1
        result.conflict_ids.append(store.exchange.record_conflict(
            conn, kind, (step.mine.payload, step.mine.digest),
            (theirs.payload, theirs.digest), "mine", result.peer, source, step.reason))
        return
    name = "conflicts" if outcome.status == "conflict" else outcome.status
    setattr(result, name, getattr(result, name) + 1)
    arrived = outcome.stored is not None and outcome.stored.digest == theirs.digest
    if outcome.stored is not None:
        versions[kind][rid] = outcome.stored
        origin = RECEIVED if arrived else origins.get((kind, rid), MADE_HERE)
        _save(conn, kind, outcome.stored, origin, ledger)
        origins[(kind, rid)] = origin  # what the ledger now says
    if outcome.conflict is not None:
        mine, _, winner = outcome.conflict
        result.conflict_ids.append(store.exchange.record_conflict(
            conn, kind, (mine.payload, mine.digest), (theirs.payload, theirs.digest),
            winner, result.peer, source))
    if arrived and (kind, rid) in open_conflicts:
        _supersede(store, conn, open_conflicts[(kind, rid)], theirs)


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
    return resolve_conflicts(store, [ref], keep)[0]


def resolve_conflicts(store: Store, refs: list[str], keep: Keep) -> list[Conflict]:
    """Settle several conflicts the same way in one transaction (e.g. every change a
    bundle had held back: confirmed, or rejected, at once)."""
    if keep not in ("mine", "theirs"):
        raise InvalidInput(f"{keep}: keep mine or theirs")
    found = [store.exchange.conflict(ref) for ref in refs]
    for conflict in found:
        if conflict.resolved:
            raise InvalidInput(f"{conflict.id}: the conflict is already resolved")
    with store.transaction() as conn:
        versions = _capture(store, conn)
        for conflict in found:
            _settle(store, conn, versions, conflict, keep)
        _materialize(store, conn, versions)
    return [store.exchange.conflict(conflict.id) for conflict in found]


def _settle(store: Store, conn: sqlite3.Connection, versions: Versions, found: Conflict,
            keep: Keep) -> None:
    chosen: Row = dict(found.mine if keep == "mine" else found.theirs)
    current = versions[found.kind][found.row_id]
    if "position" in chosen:  # a block keeps its place; a draft takes its order
        chosen["position"] = current.payload["position"]
    chosen["updated"] = max(utc_now(), _later(current.payload["updated"]))
    pair = [digest(found.mine), digest(found.theirs)]
    version = Version(chosen, history=union_history(
        current.history, [current.digest, *pair]))
    versions[found.kind][found.row_id] = version
    _save(conn, found.kind, version)
    store.exchange.close_conflict(conn, found.id, keep)
