"""Exchange between laptops, the store's side: bundles in and out, conflicts, Word review.

The merge rules are in `core.exchange.merge` (pure functions); this mixin only reads and
writes rows. `sync_state` holds, per travelling row, the version that won the last merge
(with the digests it supersedes). Before every exchange `_capture` records local edits made
since as new versions there; after a merge `_materialize` rewrites the visible tables from
the winners (`merge.derive`), so the visible state is a function of the winners alone.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from cwgi_desktop.core.drafting.citations import parse_citations
from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound
from cwgi_desktop.core.exchange import timestamps
from cwgi_desktop.core.exchange.merge import Tables, Version, derive, union_history
from cwgi_desktop.core.exchange.merge_guards import (
    Local,
    Step,
    already_held,
    plan,
    touches_existing,
)
from cwgi_desktop.core.exchange.privacy import NotesInDraft, drafts_with_others_notes
from cwgi_desktop.core.exchange.records import (
    Conflict,
    ExportSummary,
    Keep,
    MergeResult,
    ReviewImport,
    ReviewNote,
    SuggestedChange,
)
from cwgi_desktop.core.exchange.rows import (
    COLUMNS,
    KINDS,
    TABLES,
    Row,
    digest,
    from_store,
    to_store,
)
from cwgi_desktop.core.exchange.selection import BundleFilter, select_versions, without_drafts
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.store.drafts import DraftsMixin

Versions = dict[str, dict[str, Version]]
MADE_HERE = Local(local=True, shared=False)  # an edit on this laptop, not sent yet
RECEIVED = Local(local=False, shared=True)
_WRITE_ORDER = ("theme", "draft", "block", "annotation")  # drafts before their blocks
_TEXT_FIELDS = ("symbol", "title", "source", "source_type", "consultation", "date",
                "file_name", "format", "language", "meeting", "original_language", "purpose",
                "action_required", "doc_references")


def _later(timestamp: str) -> str:
    """One microsecond after `timestamp` (a local edit that did not move `updated`); never
    overflows (see core.exchange.timestamps)."""
    return timestamps.later(timestamp)


class ExchangeMixin(DraftsMixin):
    """Bundles (export, import with merge), conflicts, and Word review notes."""

    @property
    def store_id(self) -> str:
        """This store's id (made at creation; bundles carry it as their origin)."""
        return str(self.scalar("SELECT value FROM meta WHERE key = 'store_id'") or "")

    # -- the ledger of exchanged versions --------------------------------------------------

    def _versions(self) -> Versions:
        out: Versions = {kind: {} for kind in KINDS}
        for kind, rid, version_digest, payload, history in self.conn.execute(
                "SELECT kind, id, digest, payload, history FROM sync_state"):
            out[kind][rid] = Version(json.loads(payload), version_digest, json.loads(history))
        return out

    @staticmethod
    def _save(conn: sqlite3.Connection, kind: str, version: Version,
              origin: Local | None = None) -> None:
        origin = origin or MADE_HERE
        conn.execute(
            "INSERT INTO sync_state (kind, id, updated, digest, payload, history, local,"
            " shared) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (kind, id) DO UPDATE SET"
            " updated = excluded.updated, digest = excluded.digest,"
            " payload = excluded.payload, history = excluded.history,"
            " local = excluded.local, shared = excluded.shared",
            (kind, version.payload["id"], version.payload["updated"], version.digest,
             json.dumps(version.payload, ensure_ascii=False, sort_keys=True),
             json.dumps(version.history), int(origin.local), int(origin.shared)))

    def _origins(self) -> dict[tuple[str, str], Local]:
        """Where each version in place came from (see merge_guards.Local)."""
        return {(kind, rid): Local(bool(local), bool(shared)) for kind, rid, local, shared
                in self.conn.execute("SELECT kind, id, local, shared FROM sync_state")}

    def _live(self) -> tuple[Tables, dict[str, list[str]]]:
        """The visible rows as payloads, and each draft's block order."""
        tables: Tables = {kind: {} for kind in KINDS}
        for kind in KINDS:
            for row in self.query(f"SELECT * FROM {TABLES[kind]}"):
                tables[kind][row["id"]] = from_store(kind, row)
        sequences: dict[str, list[str]] = {}
        for block in sorted(tables["block"].values(),
                            key=lambda b: (b["position"], b["created"], b["id"])):
            sequences.setdefault(block["draft_id"], []).append(block["id"])
        for did, draft in tables["draft"].items():
            draft["order"] = sequences.get(did, [])
        return tables, sequences

    @staticmethod
    def _winners(versions: Versions) -> dict[str, dict[str, Row]]:
        return {kind: {rid: v.payload for rid, v in rows.items()}
                for kind, rows in versions.items()}

    def _capture(self, conn: sqlite3.Connection) -> Versions:
        """Record every local edit made since the last exchange as a new version."""
        versions = self._versions()
        derived, sequences = derive(self._winners(versions))
        live, _ = self._live()
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
                    conn.execute(f"UPDATE {TABLES[kind]} SET updated = ? WHERE id = ?",
                                 (payload["updated"], rid))
                history = union_history(old.history, [old.digest]) if old else []
                versions[kind][rid] = Version(payload, history=history)
                self._save(conn, kind, versions[kind][rid])
        self._restamp_future(conn, versions)
        return versions

    def _restamp_future(self, conn: sqlite3.Connection, versions: Versions) -> None:
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
                self._save(conn, kind, versions[kind][rid])
                conn.execute(f"UPDATE {TABLES[kind]} SET updated = ? WHERE id = ?",
                             (stamp, rid))

    def _materialize(self, conn: sqlite3.Connection, versions: Versions) -> None:
        """Make the visible tables show `derive(winners)`, writing only what differs."""
        derived, _ = derive(self._winners(versions))
        live, _ = self._live()
        for kind in _WRITE_ORDER:
            table, columns = TABLES[kind], COLUMNS[kind]
            quoted = [f'"{c}"' for c in columns]
            for rid, row in derived[kind].items():
                current = live[kind].get(rid)
                if current is not None:
                    current = {k: v for k, v in current.items() if k != "order"}
                    if current == row:
                        continue
                values = to_store(kind, row)
                if current is None:
                    conn.execute(f"INSERT INTO {table} ({', '.join(quoted)}) VALUES"
                                 f" ({', '.join('?' * len(columns))})",
                                 [values[c] for c in columns])
                else:
                    conn.execute(f"UPDATE {table} SET {' = ?, '.join(quoted)} = ? WHERE id = ?",
                                 [*(values[c] for c in columns), rid])
                if kind == "annotation" and (current is None
                                             or current["themes"] != row["themes"]):
                    conn.execute("DELETE FROM annotation_themes WHERE annotation_id = ?", (rid,))
                    conn.executemany("INSERT INTO annotation_themes (annotation_id, theme_id)"
                                     " VALUES (?, ?)", [(rid, t) for t in row["themes"]])
                if kind == "block" and (current is None or current["text"] != row["text"]):
                    self._index_citations(conn, rid, row["text"])

    # -- bundles -------------------------------------------------------------------------

    def export_bundle(self, out: Path | str, flt: BundleFilter | None = None) -> ExportSummary:
        """Write a bundle of this store's themes, annotations and drafts (see `BundleFilter`)
        with the identity of the contributions they point at (texts only if asked)."""
        from cwgi_desktop.core.exchange.bundle import BundleContents, write_bundle

        flt = flt or BundleFilter()
        flt.since_time()  # a bad date is refused before anything is written
        with self.transaction() as conn:
            versions = self._capture(conn)
        consultation_of = dict(self.conn.execute("SELECT id, consultation FROM contributions"))
        chosen = select_versions(versions, flt, consultation_of)
        carrying = self._others_notes(chosen, versions, flt)
        if carrying and not flt.others_notes:  # private notes of others stay here
            chosen = without_drafts(chosen, {d.draft_id for d in carrying})
        contents = BundleContents(manifest={"store_id": self.store_id,
                                            "filter": flt.to_manifest()})
        for kind in KINDS:
            contents.rows[kind] = [(v.payload, v.history) for v in chosen[kind]]
        ids = {v.payload["contribution_id"] for v in chosen["annotation"]}
        cited = {c.base_symbol.casefold() for v in chosen["block"]
                 for c in parse_citations(v.payload["text"])}
        for row in self.query("SELECT * FROM contributions ORDER BY id"):
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
                            for p in self.paragraphs(row["id"])]}
        write_bundle(out, contents)
        self._mark_shared(chosen)
        return ExportSummary(str(out), contents.counts(), flt.to_manifest(),
                             [d.to_dict() for d in carrying], flt.others_notes)

    @staticmethod
    def _others_notes(chosen: dict[str, list[Version]], versions: Versions,
                      flt: BundleFilter) -> list[NotesInDraft]:
        if not flt.author:
            return []  # every author's annotations travel anyway
        return drafts_with_others_notes(
            {v.payload["id"]: v.payload for v in chosen["draft"]},
            (v.payload for v in chosen["block"]),
            (v.payload for v in versions["annotation"].values()), flt.author)

    def drafts_with_others_notes(self, author: str) -> list[NotesInDraft]:
        """The drafts that carry notes of other authors than `author` (what a bundle for
        `author` would leave out), from the visible rows."""
        live, _ = self._live()
        drafts = {did: d for did, d in live["draft"].items() if not d["deleted"]}
        return drafts_with_others_notes(drafts, live["block"].values(),
                                        live["annotation"].values(), author)

    def _mark_shared(self, chosen: dict[str, list[Version]]) -> None:
        """The versions a bundle carried have left this laptop: a peer may now know them."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE sync_state SET shared = 1 WHERE kind = ? AND id = ? AND digest = ?",
                [(kind, v.payload["id"], v.digest) for kind in KINDS for v in chosen[kind]])

    def import_bundle(self, path: Path | str, *, backup_dir: Path | None = None) -> MergeResult:
        """Merge a bundle into this store, all or nothing (see `core.exchange.merge`).

        The whole file is checked before anything is written (BundleRejected otherwise).
        A safety copy of the store is taken before a merge that would change or delete a
        row already here (in `backup_dir`, default the backups folder; a merge that only
        adds rows cannot lose anything); what a bundle may not do silently is held back as
        conflicts to confirm (see `core.exchange.merge_guards`).
        """
        from cwgi_desktop.core.exchange.bundle import read_bundle

        contents = read_bundle(path)
        manifest = contents.manifest
        result = MergeResult(peer=str(manifest.get("store_id", "")),
                             created=str(manifest.get("created", "")))
        with self.transaction() as conn:
            versions = self._capture(conn)
            origins = self._origins()
            incoming = ((kind, Version(payload, history=history)) for kind in KINDS
                        for payload, history in contents.rows[kind])
            steps = plan(incoming, versions, origins)
            if any(touches_existing(step) for step in steps):
                # The copy reads the last committed state (WAL): the store before the merge.
                result.safety_copy = str(self._safety_copy(backup_dir))
            open_conflicts = self._open_conflicts()
            for step in steps:
                self._apply(conn, step, versions, origins, open_conflicts, result,
                            Path(path).name)
            for cid, text in sorted(contents.texts.items()):
                # A text already here stays: from a file it is what the file says, and a
                # bundle's may not override it (issue 11, item 6); from a bundle, first wins.
                if self.scalar("SELECT 1 FROM contributions WHERE id = ?", (cid,)):
                    result.unchanged += 1
                    continue
                self.add_contribution(
                    sha256=text["sha256"], metadata=text["metadata"],
                    paragraphs=[tuple(p) for p in text["paragraphs"]])
                conn.execute("INSERT OR REPLACE INTO bundle_texts (contribution_id, peer,"
                             " source, imported) VALUES (?,?,?,?)",
                             (cid, result.peer, Path(path).name, utc_now()))
                result.added += 1
            self._materialize(conn, versions)
            now = utc_now()
            conn.execute(
                "INSERT INTO sync_peers (store_id, first_import, last_import,"
                " last_bundle_created, imports) VALUES (?,?,?,?,1) ON CONFLICT (store_id) DO"
                " UPDATE SET last_import = excluded.last_import, imports = imports + 1,"
                " last_bundle_created = excluded.last_bundle_created",
                (result.peer, now, now, result.created))
        return result

    def _safety_copy(self, backup_dir: Path | None) -> Path:
        from cwgi_desktop.core.backups import take_safety_copy
        from cwgi_desktop.core.paths import default_backup_dir

        return take_safety_copy(self, backup_dir or default_backup_dir())

    def _apply(self, conn: sqlite3.Connection, step: Step, versions: Versions,
               origins: dict[tuple[str, str], Local],
               open_conflicts: dict[tuple[str, str], list[tuple[str, str, str]]],
               result: MergeResult, source: str) -> None:
        """Store what merging one incoming version decided (or hold it back)."""
        kind, theirs, outcome = step.kind, step.theirs, step.outcome
        rid = theirs.payload["id"]
        if step.reason is not None and step.mine is not None:  # held back: mine stays
            if already_held(step, open_conflicts.get((kind, rid), [])):
                result.unchanged += 1
                return
            result.conflicts += 1
            result.held_back += 1
            result.conflict_ids.append(self._record_conflict(
                conn, kind, step.mine, theirs, "mine", result.peer, source, step.reason))
            return
        name = "conflicts" if outcome.status == "conflict" else outcome.status
        setattr(result, name, getattr(result, name) + 1)
        arrived = outcome.stored is not None and outcome.stored.digest == theirs.digest
        if outcome.stored is not None:
            versions[kind][rid] = outcome.stored
            self._save(conn, kind, outcome.stored,
                       RECEIVED if arrived else origins.get((kind, rid)))
        if outcome.conflict is not None:
            mine, _, winner = outcome.conflict
            result.conflict_ids.append(self._record_conflict(
                conn, kind, mine, theirs, winner, result.peer, source))
        if arrived:
            self._supersede(conn, open_conflicts.get((kind, rid), []), theirs)

    # -- texts only a bundle vouches for ----------------------------------------------

    def text_from_bundle(self, contribution_id: str) -> bool:
        """Whether a contribution's text came from a bundle, not from its file (the file,
        imported later, replaces it: a bundle may carry any text under a file's hash)."""
        return bool(self.scalar("SELECT 1 FROM bundle_texts WHERE contribution_id = ?",
                                (contribution_id,)))

    def replace_bundle_text(self, *, sha256: str, paragraphs: Any,
                            metadata: dict[str, Any]) -> tuple[Any, bool]:
        """Put the file's own text in place of the one a bundle shipped under its hash.

        Returns (contribution, differed): `differed` when the bundle's text was not the
        file's. Annotations stay attached; those whose quote is no longer at their place
        are marked to check. One transaction.
        """
        from cwgi_desktop.core.models import contribution_id_for

        cid = contribution_id_for(sha256)
        old = self.contribution(cid)
        before = [(p.text, p.style) for p in self.paragraphs(cid)]
        kept = {k: v for k, v in metadata.items() if v is not None}
        if old.consultation and not kept.get("consultation"):
            kept["consultation"] = old.consultation
        with self.transaction() as conn:
            self.delete_contribution(cid)  # its bundle_texts row goes with it
            contribution, _ = self.add_contribution(sha256=sha256, paragraphs=paragraphs,
                                                    metadata=kept)
            texts = {p.index: p.text for p in self.paragraphs(cid)}
            for aid, paragraph, start, end, quote in conn.execute(
                    "SELECT id, paragraph, start, \"end\", quote FROM annotations"
                    " WHERE contribution_id = ?", (cid,)).fetchall():
                if texts.get(paragraph, "")[start:end] != quote:
                    conn.execute("UPDATE annotations SET needs_check = 1 WHERE id = ?", (aid,))
        after = [(p.text, p.style) for p in self.paragraphs(cid)]
        return contribution, before != after

    # -- conflicts ---------------------------------------------------------------------

    def _open_conflicts(self) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
        out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for cid, kind, rid, mine, theirs in self.conn.execute(
                "SELECT id, kind, row_id, mine_digest, theirs_digest FROM conflicts"
                " WHERE resolved IS NULL"):
            out.setdefault((kind, rid), []).append((cid, mine, theirs))
        return out

    @staticmethod
    def _supersede(conn: sqlite3.Connection, pending: list[tuple[str, str, str]],
                   newer: Version) -> None:
        """Close conflicts that an incoming version already settles (it supersedes both)."""
        for cid, mine, theirs in pending:
            if newer.digest not in (mine, theirs) and newer.knows(mine) and newer.knows(theirs):
                conn.execute("UPDATE conflicts SET resolved = ?, resolution = 'superseded'"
                             " WHERE id = ? AND resolved IS NULL", (utc_now(), cid))

    @staticmethod
    def _record_conflict(conn: sqlite3.Connection, kind: str, mine: Version, theirs: Version,
                         winner: str, peer: str, source: str, reason: str = "edited") -> str:
        cid = str(uuid.uuid4())
        conn.execute(
            "INSERT OR IGNORE INTO conflicts (id, kind, row_id, peer, source, mine, theirs,"
            " mine_digest, theirs_digest, winner, detected, reason)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (cid, kind, mine.payload["id"], peer, source,
             json.dumps(mine.payload, ensure_ascii=False), json.dumps(theirs.payload,
                                                                      ensure_ascii=False),
             mine.digest, theirs.digest, winner, utc_now(), reason))
        return cid

    @staticmethod
    def _conflict(row: sqlite3.Row) -> Conflict:
        return Conflict(id=row["id"], kind=row["kind"], row_id=row["row_id"],
                        mine=json.loads(row["mine"]), theirs=json.loads(row["theirs"]),
                        winner=row["winner"], peer=row["peer"], source=row["source"],
                        detected=row["detected"], resolved=row["resolved"],
                        resolution=row["resolution"], reason=row["reason"])

    def conflicts(self, *, include_resolved: bool = False) -> list[Conflict]:
        """Conflicts kept by imports, oldest first (open ones only unless asked)."""
        where = "" if include_resolved else " WHERE resolved IS NULL"
        return [self._conflict(r) for r in self.query(
            f"SELECT * FROM conflicts{where} ORDER BY detected, id")]

    def conflict(self, ref: str) -> Conflict:
        """A conflict by id or unique id prefix (4+ characters)."""
        rows = self.query("SELECT * FROM conflicts WHERE id = ?", (ref,))
        if not rows and len(ref) >= 4:
            rows = self.query("SELECT * FROM conflicts WHERE id LIKE ?",
                              (ref.replace("%", "").replace("_", "") + "%",))
        if len(rows) > 1:
            raise Ambiguous(f"{ref}: several conflicts match; give more of the id")
        if not rows:
            raise NotFound(f"{ref}: no such conflict")
        return self._conflict(rows[0])

    def resolve_conflict(self, ref: str, keep: Keep) -> Conflict:
        """Settle a conflict by keeping `mine` or `theirs`, as a new edit made now (so that
        it wins everywhere and closes the same conflict on other laptops)."""
        return self.resolve_conflicts([ref], keep)[0]

    def resolve_conflicts(self, refs: list[str], keep: Keep) -> list[Conflict]:
        """Settle several conflicts the same way in one transaction (e.g. every change a
        bundle had held back: confirmed, or rejected, at once)."""
        if keep not in ("mine", "theirs"):
            raise InvalidInput(f"{keep}: keep mine or theirs")
        found = [self.conflict(ref) for ref in refs]
        for conflict in found:
            if conflict.resolved:
                raise InvalidInput(f"{conflict.id}: the conflict is already resolved")
        with self.transaction() as conn:
            versions = self._capture(conn)
            for conflict in found:
                self._settle(conn, versions, conflict, keep)
            self._materialize(conn, versions)
        return [self.conflict(conflict.id) for conflict in found]

    def _settle(self, conn: sqlite3.Connection, versions: Versions, found: Conflict,
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
        self._save(conn, found.kind, version)
        conn.execute("UPDATE conflicts SET resolved = ?, resolution = ? WHERE id = ?",
                     (utc_now(), keep, found.id))

    def exchange_status(self) -> dict[str, Any]:
        """Peers imported from and the number of open conflicts (for status displays)."""
        peers = [dict(r) for r in self.query("SELECT * FROM sync_peers ORDER BY last_import")]
        return {"store_id": self.store_id, "peers": peers,
                "open_conflicts": int(self.scalar(
                    "SELECT COUNT(*) FROM conflicts WHERE resolved IS NULL"))}

    # -- a circulated draft comes back from Word -------------------------------------------

    def import_review(self, path: Path | str, draft_ref: str | None = None, *,
                      other_draft_ok: bool = False) -> ReviewImport:
        """Read a .docx exported from a draft and reviewed in Word: each comment becomes a
        review note on its block, each tracked change a suggested change. Importing the
        same file again adds nothing.

        With `draft_ref`, a document whose bookmarks mostly name blocks of another draft
        raises DraftMismatch (nothing imported) unless `other_draft_ok`: then it applies
        to the chosen draft, and what falls outside its blocks becomes whole-draft notes.
        """
        from cwgi_desktop.core.exchange.review_import import (
            choose_draft,
            read_review_docx,
            review_records,
        )
        from cwgi_desktop.core.exporters.ooxml import bookmark_name

        document = read_review_docx(path)
        name = str(path)
        if draft_ref:
            draft_ids = [self.find_draft(draft_ref).id]
            if not other_draft_ok:
                self._check_review_draft(path, document.bookmarks, draft_ids[0])
        else:
            draft_ids = [r[0] for r in self.conn.execute("SELECT id FROM drafts")]
        owners: dict[str, str] = {}
        blocks: dict[str, str] = {}
        for bid, did in self.conn.execute(
                f"SELECT id, draft_id FROM blocks WHERE draft_id IN "
                f"({', '.join('?' * len(draft_ids))})", draft_ids):
            owners[bookmark_name(bid)] = did
            blocks[bookmark_name(bid)] = bid
        # Confirmed for the chosen draft: it applies there even if none of its blocks is in it.
        draft_id = draft_ids[0] if draft_ref and other_draft_ok else choose_draft(
            document, owners, name)
        mine = {m: b for m, b in blocks.items() if owners[m] == draft_id}
        notes, changes = review_records(document, draft_id, mine, Path(path).name, utc_now())
        result = ReviewImport(draft_id=draft_id)
        with self.transaction() as conn:
            for record, table in [*((n, "review_notes") for n in notes),
                                  *((c, "suggested_changes") for c in changes)]:
                values = record.to_dict()
                values.pop("kind", None)
                cursor = conn.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(values)}) VALUES "
                    f"({', '.join('?' * len(values))})", list(values.values()))
                if not cursor.rowcount:
                    result.unchanged += 1
                elif table == "suggested_changes":
                    result.changes += 1
                else:
                    result.notes += 1
                    result.outside_blocks += record.block_id is None
        return result

    def _check_review_draft(self, path: Path | str, bookmarks: Any, chosen: str) -> None:
        """Raise DraftMismatch when the document's bookmarks name another draft."""
        from cwgi_desktop.core.errors import DraftMismatch
        from cwgi_desktop.core.exchange.guards import draft_named
        from cwgi_desktop.core.exporters.ooxml import bookmark_name

        owners = {bookmark_name(bid): did for bid, did in self.conn.execute(
            "SELECT id, draft_id FROM blocks WHERE deleted = 0")}
        named = draft_named(bookmarks, owners)
        if named is not None and named != chosen:
            raise DraftMismatch(path, (chosen, self.draft(chosen).title),
                                (named, self.draft(named).title))

    def review_notes(self, draft_id: str) -> list[ReviewNote]:
        """The draft's review notes, in document order of their blocks, then by date."""
        return [ReviewNote(**dict(r)) for r in self.query(
            "SELECT n.* FROM review_notes n LEFT JOIN blocks b ON b.id = n.block_id"
            " WHERE n.draft_id = ? ORDER BY b.position IS NULL, b.position, n.date, n.id",
            (draft_id,))]

    def suggested_changes(self, draft_id: str) -> list[SuggestedChange]:
        """The draft's suggested changes, in document order, then by date."""
        return [SuggestedChange(**dict(r)) for r in self.query(
            "SELECT c.* FROM suggested_changes c LEFT JOIN blocks b ON b.id = c.block_id"
            " WHERE c.draft_id = ? ORDER BY b.position, c.date, c.id", (draft_id,))]

    def set_review_note_status(self, note_id: str, status: str) -> None:
        """Mark a review note `done` (dealt with) or `open` again."""
        if status not in ("open", "done"):
            raise InvalidInput(f"{status}: a note is open or done")
        with self.transaction() as conn:
            if not conn.execute("UPDATE review_notes SET status = ? WHERE id = ?",
                                (status, note_id)).rowcount:
                raise NotFound(f"{note_id}: no such review note")

    def decide_change(self, change_id: str, accept: bool) -> SuggestedChange:
        """Accept (apply to the block's text) or reject a suggested change.

        Raises InvalidInput, leaving the change open, when its place in the block can no
        longer be found (the block was edited since); then edit the block by hand.
        """
        from cwgi_desktop.core.exchange.review_import import ChangeNotPlaceable, apply_change

        change = self.suggested_change(change_id)
        change_id = change.id
        if change.status != "open":
            raise InvalidInput(f"{change_id}: already {change.status}")
        with self.transaction() as conn:
            if accept:
                block = self._live_block(change.block_id)
                try:
                    text = apply_change(block.text, change.old_text, change.new_text,
                                        change.before, change.after)
                except ChangeNotPlaceable as exc:
                    raise InvalidInput(f"{change_id[:8]}: {exc}; edit the block by hand") from exc
                self.update_block_text(block.id, text)
            conn.execute("UPDATE suggested_changes SET status = ?, decided = ? WHERE id = ?",
                         ("accepted" if accept else "rejected", utc_now(), change_id))
        return self.suggested_change(change_id)

    def suggested_change(self, ref: str) -> SuggestedChange:
        """A suggested change by id or unique id prefix (4+ characters)."""
        rows = self.query("SELECT * FROM suggested_changes WHERE id = ?", (ref,))
        if not rows and len(ref) >= 4:
            rows = self.query("SELECT * FROM suggested_changes WHERE id LIKE ?",
                              (ref.replace("%", "").replace("_", "") + "%",))
        if len(rows) > 1:
            raise Ambiguous(f"{ref}: several suggested changes match; give more of the id")
        if not rows:
            raise NotFound(f"{ref}: no such suggested change")
        return SuggestedChange(**dict(rows[0]))
