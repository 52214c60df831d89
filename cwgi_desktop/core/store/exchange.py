"""Exchange between laptops, the store's side: the rows bundles and reviews read and write.

`sync_state` holds, per travelling row, the version that won the last merge (payload,
digest, history of the digests it supersedes); `conflicts` keeps both sides of rows edited
on two laptops; `sync_peers` the stores imported from; `review_notes` and
`suggested_changes` what came back from Word. The use cases (capture, merge, materialize,
bundles, review import) are `core.services.exchange` and `core.services.review`; this
mixin only reads and writes rows.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from cwgi_desktop.core import fastjson
from cwgi_desktop.core.errors import Ambiguous, InvalidInput, NotFound
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.store.base import Repository
from cwgi_desktop.core.store.records import Conflict, ReviewNote, SuggestedChange

# (kind, id, digest, payload, history) of one stored winner
SyncRow = tuple[str, str, str, dict[str, Any], list[str]]

_SAVE_SYNC_ROW = (
    "INSERT INTO sync_state (kind, id, updated, digest, payload, history, local,"
    " shared) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (kind, id) DO UPDATE SET"
    " updated = excluded.updated, digest = excluded.digest,"
    " payload = excluded.payload, history = excluded.history,"
    " local = excluded.local, shared = excluded.shared")


class ExchangeRepository(Repository):
    """The exchange ledger (sync_state), visible rows written from winners, conflicts, peers."""

    def sync_rows(self) -> list[SyncRow]:
        """Every stored winner of the last exchanges."""
        # The payloads read as their UTF-8 bytes, which orjson parses as they are (as
        # text, each was decoded, then encoded again inside orjson: 2 copies a row).
        loads = fastjson.loads_utf8
        return [(kind, rid, version_digest, loads(payload),
                 [] if history == "[]" else fastjson.loads(history))
                for kind, rid, version_digest, payload, history in self.conn.execute(
                    "SELECT kind, id, digest, CAST(payload AS BLOB), history FROM sync_state")]

    @staticmethod
    def save_sync_row(conn: sqlite3.Connection, kind: str, payload: dict[str, Any],
                      version_digest: str, history: list[str], *, local: bool = True,
                      shared: bool = False) -> None:
        """Store (or replace) the winner of one travelling row; `local`: made on this
        laptop, `shared`: sent out in a bundle since (see core.exchange.merge_guards)."""
        conn.execute(_SAVE_SYNC_ROW, ExchangeRepository.sync_row_values(
            kind, payload, version_digest, history, local=local, shared=shared))

    @staticmethod
    def sync_row_values(kind: str, payload: dict[str, Any], version_digest: str,
                        history: list[str], *, local: bool = True,
                        shared: bool = False, canonical: str | None = None
                        ) -> tuple[Any, ...]:
        """The values `save_sync_row` writes (for `save_sync_rows`); `canonical`: the
        payload's canonical JSON text when already at hand (`fastjson.canonical_text`)."""
        return (kind, payload["id"], payload["updated"], version_digest,
                fastjson.canonical_text(payload) if canonical is None else canonical,
                fastjson.dumps_sorted(history).decode("utf-8") if history else "[]",
                int(local), int(shared))

    @staticmethod
    def save_sync_rows(conn: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> None:
        """`save_sync_row` for many rows (`sync_row_values`), in order, in one statement."""
        if rows:
            conn.executemany(_SAVE_SYNC_ROW, rows)

    def sync_origins(self) -> dict[tuple[str, str], tuple[bool, bool]]:
        """(kind, id) → (made here, sent out since) of every stored winner."""
        return {(kind, rid): (bool(local), bool(shared)) for kind, rid, local, shared
                in self.conn.execute("SELECT kind, id, local, shared FROM sync_state")}

    def mark_shared(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """These (kind, id, digest) versions left this laptop in a bundle."""
        with self.transaction() as conn:
            # Only those not marked yet are written (usually few: a bundle repeats what
            # earlier bundles carried).
            unshared = set(conn.execute(
                "SELECT kind, id, digest FROM sync_state WHERE shared = 0"))
            conn.executemany(
                "UPDATE sync_state SET shared = 1 WHERE kind = ? AND id = ? AND digest = ?",
                [row for row in rows if tuple(row) in unshared])

    def table_rows(self, table: str) -> list[sqlite3.Row]:
        """Every row of a travelling table (themes, annotations, drafts, blocks)."""
        return self.query(f"SELECT * FROM {table}")

    def table_values(self, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """The `columns` of every row of a travelling table, as plain tuples, streamed
        (compared with what the ledger says, without a dict per row)."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        return iter(self.conn.execute(f"SELECT {quoted} FROM {table}"))

    @staticmethod
    def write_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                   rows: Sequence[Sequence[Any]], *, insert: bool) -> None:
        """Insert rows, or update the rows of the same ids, of one table (values in
        `columns` order)."""
        if not rows:
            return
        quoted = [f'"{c}"' for c in columns]
        if insert:
            conn.executemany(f"INSERT INTO {table} ({', '.join(quoted)}) VALUES"
                             f" ({', '.join('?' * len(columns))})", rows)
        else:
            at = list(columns).index("id")
            conn.executemany(f"UPDATE {table} SET {' = ?, '.join(quoted)} = ? WHERE id = ?",
                             [(*values, values[at]) for values in rows])

    @staticmethod
    def set_themes_of_annotations(conn: sqlite3.Connection,
                                  links: Sequence[tuple[str, Sequence[str]]], *,
                                  fresh: bool = False) -> None:
        """Set the themes of many annotations ((annotation id, theme ids) pairs) at once; `fresh`:
        annotations just inserted, which have no links to replace (foreign keys)."""
        if not links:
            return
        if not fresh:
            conn.executemany("DELETE FROM annotation_themes WHERE annotation_id = ?",
                             [(aid,) for aid, _ in links])
        conn.executemany("INSERT INTO annotation_themes (annotation_id, theme_id)"
                         " VALUES (?, ?)", [(aid, t) for aid, themes in links for t in themes])

    @staticmethod
    def delete_row(conn: sqlite3.Connection, table: str, row_id: str) -> None:
        """Remove a row with no tombstone (see services.exchange._materialize)."""
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def revision_rows(self, since: str | None = None, *,
                      ids: Sequence[str] | None = None) -> list[sqlite3.Row]:
        """Saved versions of drafts (snapshots included): taken at or after `since`, or
        those of `ids`; all by default."""
        if ids is not None:
            found: list[sqlite3.Row] = []
            for start in range(0, len(ids), 500):
                chunk = list(ids[start:start + 500])
                found += self.query(f"SELECT * FROM revisions WHERE id IN"
                                    f" ({', '.join('?' * len(chunk))})", chunk)
            return found
        if since is not None:
            return self.query("SELECT * FROM revisions WHERE created >= ?", (since,))
        return self.query("SELECT * FROM revisions")

    @staticmethod
    def set_updated(conn: sqlite3.Connection, table: str, row_id: str, updated: str) -> None:
        conn.execute(f"UPDATE {table} SET updated = ? WHERE id = ?", (updated, row_id))

    def contribution_rows(self, columns: Sequence[str]) -> list[tuple[Any, ...]]:
        """The `columns` of every contribution, by id, as plain tuples (what a bundle
        names, and the texts' metadata when it carries them)."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        return self.conn.execute(f"SELECT {quoted} FROM contributions ORDER BY id").fetchall()

    def consultation_of(self) -> dict[str, str | None]:
        """Contribution id → its consultation."""
        return dict(self.conn.execute("SELECT id, consultation FROM contributions"))

    def contributions_held(self, contribution_ids: Sequence[str]) -> set[str]:
        """Those of `contribution_ids` the store holds (one query per 500)."""
        held: set[str] = set()
        for start in range(0, len(contribution_ids), 500):
            chunk = contribution_ids[start:start + 500]
            held.update(r[0] for r in self.conn.execute(
                f"SELECT id FROM contributions WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk))
        return held

    # -- texts only a bundle vouches for ------------------------------------------------

    @staticmethod
    def record_bundle_text(conn: sqlite3.Connection, contribution_id: str, peer: str,
                           source: str) -> None:
        """The contribution's text came from bundle `source`, not from its file."""
        conn.execute("INSERT OR REPLACE INTO bundle_texts (contribution_id, peer, source,"
                     " imported) VALUES (?,?,?,?)", (contribution_id, peer, source, utc_now()))

    @staticmethod
    def record_peer(conn: sqlite3.Connection, peer: str, bundle_created: str) -> None:
        """One more import from store `peer`."""
        now = utc_now()
        conn.execute(
            "INSERT INTO sync_peers (store_id, first_import, last_import,"
            " last_bundle_created, imports) VALUES (?,?,?,?,1) ON CONFLICT (store_id) DO"
            " UPDATE SET last_import = excluded.last_import, imports = imports + 1,"
            " last_bundle_created = excluded.last_bundle_created",
            (peer, now, now, bundle_created))

    def open_conflicts(self) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
        """(kind, row id) → [(conflict id, mine digest, theirs digest)] of open conflicts."""
        out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for cid, kind, rid, mine, theirs in self.conn.execute(
                "SELECT id, kind, row_id, mine_digest, theirs_digest FROM conflicts"
                " WHERE resolved IS NULL"):
            out.setdefault((kind, rid), []).append((cid, mine, theirs))
        return out

    @staticmethod
    def close_conflict(conn: sqlite3.Connection, conflict_id: str, resolution: str) -> None:
        """Mark an open conflict resolved (`mine`, `theirs` or `superseded`)."""
        conn.execute("UPDATE conflicts SET resolved = ?, resolution = ?"
                     " WHERE id = ? AND resolved IS NULL", (utc_now(), resolution, conflict_id))

    @staticmethod
    def record_conflict(conn: sqlite3.Connection, kind: str, mine: tuple[dict[str, Any], str],
                        theirs: tuple[dict[str, Any], str], winner: str, peer: str,
                        source: str, reason: str = "edited") -> str:
        """Keep both (payload, digest) versions of a row edited on both sides (or held
        back: `reason`, see core.exchange.merge_guards)."""
        cid = str(uuid.uuid4())
        conn.execute(
            "INSERT OR IGNORE INTO conflicts (id, kind, row_id, peer, source, mine, theirs,"
            " mine_digest, theirs_digest, winner, detected, reason)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (cid, kind, mine[0]["id"], peer, source, json.dumps(mine[0], ensure_ascii=False),
             json.dumps(theirs[0], ensure_ascii=False), mine[1], theirs[1], winner,
             utc_now(), reason))
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

    def status(self) -> dict[str, Any]:
        """Peers imported from and the number of open conflicts (for status displays)."""
        peers = [dict(r) for r in self.query("SELECT * FROM sync_peers ORDER BY last_import")]
        return {"store_id": self._base.store_id, "peers": peers,
                "open_conflicts": int(self.scalar(
                    "SELECT COUNT(*) FROM conflicts WHERE resolved IS NULL"))}



class ReviewRepository(Repository):
    """Word review notes and suggested changes."""

    def live_block_owners(self) -> list[tuple[str, str]]:
        """(block id, draft id) of every block not deleted, of every draft."""
        return [tuple(r) for r in self.conn.execute(
            "SELECT id, draft_id FROM blocks WHERE deleted = 0")]

    def block_owners(self, draft_ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """(block id, draft id) of every block of `draft_ids` (None: of every draft)."""
        if draft_ids is None:
            draft_ids = [r[0] for r in self.conn.execute("SELECT id FROM drafts")]
        return [tuple(r) for r in self.conn.execute(
            f"SELECT id, draft_id FROM blocks WHERE draft_id IN "
            f"({', '.join('?' * len(draft_ids))})", list(draft_ids))]

    @staticmethod
    def insert_row(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> bool:
        """Insert a review note or suggested change unless already there; True if new."""
        cursor = conn.execute(
            f"INSERT OR IGNORE INTO {table} ({', '.join(values)}) VALUES "
            f"({', '.join('?' * len(values))})", list(values.values()))
        return bool(cursor.rowcount)

    def notes(self, draft_id: str) -> list[ReviewNote]:
        """The draft's review notes, in document order of their blocks, then by date."""
        return [ReviewNote(**dict(r)) for r in self.query(
            "SELECT n.* FROM review_notes n LEFT JOIN blocks b ON b.id = n.block_id"
            " WHERE n.draft_id = ? ORDER BY b.position IS NULL, b.position, n.date, n.id",
            (draft_id,))]

    def changes(self, draft_id: str) -> list[SuggestedChange]:
        """The draft's suggested changes, in document order, then by date."""
        return [SuggestedChange(**dict(r)) for r in self.query(
            "SELECT c.* FROM suggested_changes c LEFT JOIN blocks b ON b.id = c.block_id"
            " WHERE c.draft_id = ? ORDER BY b.position, c.date, c.id", (draft_id,))]

    def set_note_status(self, note_id: str, status: str) -> None:
        """Mark a review note `done` (dealt with) or `open` again."""
        if status not in ("open", "done"):
            raise InvalidInput(f"{status}: a note is open or done")
        with self.transaction() as conn:
            if not conn.execute("UPDATE review_notes SET status = ?, updated = ? WHERE id = ?",
                                (status, utc_now(), note_id)).rowcount:
                raise NotFound(f"{note_id}: no such review note")

    @staticmethod
    def set_change_status(conn: sqlite3.Connection, change_id: str, status: str) -> None:
        """Record a suggested change as `accepted` or `rejected` now."""
        conn.execute("UPDATE suggested_changes SET status = ?, decided = ? WHERE id = ?",
                     (status, utc_now(), change_id))

    def change(self, ref: str) -> SuggestedChange:
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
