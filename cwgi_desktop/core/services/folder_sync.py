"""Sync through a folder the working group already shares (OneDrive/SharePoint, Nextcloud,
Syncthing, a network share): the sync service is the distributed engine; there is no server.

Layout of the shared folder::

    <folder>/<store id>/laptop.json               who writes here (author), rewritten whole
    <folder>/<store id>/00000001.cwgibundle       this laptop's changes, numbered, append-only
    <folder>/<store id>/snapshot-00000040.cwgibundle   everything through number 40

Each laptop writes only inside its own subfolder, so the sync service never sees two
laptops write one file. It reads the other subfolders' numbered files in order and merges
each (the bundle merge: idempotent, last writer wins, conflicts kept). What it has applied
of each colleague is kept in the store (`meta`), in the same transaction as the merge, so a
crash never applies a file twice or skips one. A file still arriving (truncated, or its
members not matching its manifest) is refused by the bundle reader: it is skipped and read
again next time, and nothing of it is applied. A laptop that was away reads everything it
missed, or the writer's snapshot where the writer has compacted its old files away. A file
the merge refuses waits the same way, with its writer's later files: a draft's version or
review note whose draft comes from another colleague's file not arrived yet (or a forged
version, named in the status).

Each file carries the full text of a contribution its rows point at only the first time
this laptop sends it (the store's `meta` remembers which, for this folder; a snapshot
carries them all), so a colleague lacking one still gets it from the file that first
named it. A laptop catching up reads and merges the files one batch at a time, capturing
its own edits once per round.

Before a round that merges anything, the store gets a rotating safety backup.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwgi_desktop.core.atomic_files import write_text_atomically
from cwgi_desktop.core.errors import CwgiError, ImportRejected, InvalidInput
from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.exchange.records import SUFFIX
from cwgi_desktop.core.exchange.rows import BUNDLE_KINDS
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.services.exchange import MergeCarry, export_bundle, merge_bundles
from cwgi_desktop.core.store import Store

if TYPE_CHECKING:  # the bundle stack (zip, JSON checks) loads on the first sync round
    from cwgi_desktop.core.exchange.bundle import BundleContents

LAPTOP_FILE = "laptop.json"
META_PREFIX = "folder_sync."
# Compact a laptop's own files into one snapshot once it has written this many.
COMPACT_AFTER = 200
# Files merged in one transaction when catching up: at most this many, and at most this
# many bytes of them (the files of one batch are held in memory; each batch is one pass
# over the ledger). Files are read one batch at a time, never all at once.
BATCH = 200
BATCH_BYTES = 24 * 2**20
# \Z, not `$` (which allows a final newline, and a file name may end with one).
_CHANGES_RE = re.compile(r"(\d{8})" + re.escape(SUFFIX) + r"\Z")
_SNAPSHOT_RE = re.compile(r"snapshot-(\d{8})" + re.escape(SUFFIX) + r"\Z")


@dataclass
class PeerFiles:
    """What one colleague's subfolder holds."""

    store_id: str
    folder: Path
    changes: dict[int, Path] = field(default_factory=dict)
    snapshots: dict[int, Path] = field(default_factory=dict)
    author: str = ""
    last_written: str = ""

    @property
    def newest(self) -> int:
        return max([*self.changes, *self.snapshots], default=0)


@dataclass
class PeerStatus:
    store_id: str
    author: str
    applied: int
    available: int
    last_change: str  # when their newest applied file was written, ISO 8601 ("" if none)
    waiting: str = ""  # why a file is not applied yet (still arriving, refused)

    @property
    def in_sync(self) -> bool:
        return self.applied >= self.available and not self.waiting


@dataclass
class SyncRound:
    """What one round of sync did."""

    published: str | None = None  # the file written, if there was anything to share
    applied: list[str] = field(default_factory=list)  # files merged, in order
    waiting: dict[str, str] = field(default_factory=dict)  # file → why it waits
    added: int = 0
    updated: int = 0
    conflicts: int = 0
    backup: str | None = None
    # What came in from each colleague this round: store id → (added, updated, conflicts).
    per_peer: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.applied)


# -- state kept in the store ---------------------------------------------------------


def _meta(store: Store, key: str, default: Any) -> Any:
    raw = store.meta_value(META_PREFIX + key)
    return json.loads(raw) if raw else default


def _set_meta(store: Store, key: str, value: Any) -> None:
    store.set_meta_value(META_PREFIX + key, json.dumps(value))


def applied_counts(store: Store) -> dict[str, int]:
    """Colleague store id → the number of their newest file merged here."""
    return {str(k): int(v) for k, v in _meta(store, "applied", {}).items()}


def shared_folder(store: Store) -> Path | None:
    """The folder this store shares through, if the user chose one."""
    value = _meta(store, "folder", None)
    return Path(value) if value else None


def set_shared_folder(store: Store, folder: Path | str | None) -> None:
    """Share through `folder` from now on (None: stop sharing; files stay where they are)."""
    if folder is not None and not Path(folder).is_dir():
        raise InvalidInput(f"{folder}: not a folder")
    _set_meta(store, "folder", str(Path(folder).resolve()) if folder is not None else None)


def _own_folder(store: Store, folder: Path) -> Path:
    store_id = store.store_id
    if not store_id:
        raise InvalidInput("this store has no id to share under")
    return folder / store_id


# -- reading the folder --------------------------------------------------------------


def _is_store_id(name: str) -> bool:
    try:
        return str(uuid.UUID(name)) == name.lower()
    except ValueError:
        return False


def scan(folder: Path, own_id: str) -> list[PeerFiles]:
    """The colleagues' subfolders and their numbered files (unknown names are ignored:
    a sync service's temporary and conflict copies, our own `.part` files)."""
    peers = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    for sub in entries:
        if not sub.is_dir() or sub.is_symlink() or not _is_store_id(sub.name) \
                or sub.name == own_id:
            continue
        peer = PeerFiles(store_id=sub.name, folder=sub)
        for path in sub.iterdir():
            if (m := _CHANGES_RE.match(path.name)) and path.is_file():
                peer.changes[int(m.group(1))] = path
            elif (m := _SNAPSHOT_RE.match(path.name)) and path.is_file():
                peer.snapshots[int(m.group(1))] = path
        peer.author, peer.last_written = _laptop_info(sub)
        peers.append(peer)
    return peers


def _laptop_info(sub: Path) -> tuple[str, str]:
    try:
        info = json.loads((sub / LAPTOP_FILE).read_text(encoding="utf-8"))
        return str(info.get("author", "")), str(info.get("updated", ""))
    except (OSError, ValueError, AttributeError):
        return "", ""


def _plan(peer: PeerFiles, applied: int) -> list[tuple[int, Path]]:
    """The files to merge, in order: the newest snapshot first where the numbered files
    after `applied` are gone (compacted), then the numbered files that follow, up to the
    first gap (a file not arrived yet)."""
    plan: list[tuple[int, Path]] = []
    at = applied
    if at + 1 not in peer.changes:
        usable = [n for n in peer.snapshots if n > at]
        if usable:
            at = max(usable)
            plan.append((at, peer.snapshots[at]))
    while at + 1 in peer.changes:
        at += 1
        plan.append((at, peer.changes[at]))
    return plan


# -- one round -----------------------------------------------------------------------


def publish(store: Store, folder: Path | str, author: str = "") -> str | None:
    """Write what changed here since the last publish as this laptop's next numbered file;
    None when nothing changed."""
    own = _own_folder(store, Path(folder))
    own.mkdir(parents=True, exist_ok=True)
    started = utc_now()
    since = _meta(store, "published_at", None)
    number = max(int(_meta(store, "published", 0)), _newest_own(own)) + 1
    target = own / f"{number:08d}{SUFFIX}"
    temporary = own / f".{number:08d}{SUFFIX}.part"
    # Each contribution's text travels once from this laptop (in the first file whose rows
    # point at it; a snapshot carries them all): colleagues read every file in order.
    sent = _texts_sent(store, own)
    summary = export_bundle(store, temporary, BundleFilter(since=since, with_texts=True),
                            texts_except=sent)
    counts = summary.counts
    if not any(counts.get(kind, 0) for kind in BUNDLE_KINDS):
        temporary.unlink(missing_ok=True)
        _set_meta(store, "published_at", started)
        return None
    os.replace(temporary, target)
    with store.transaction():
        _set_meta(store, "published", number)
        _set_meta(store, "published_at", started)
        if summary.texts:
            _set_meta(store, "texts_sent", {"folder": str(own),
                                            "ids": sorted(sent.union(summary.texts))})
    _write_laptop_info(own, store, author)
    if number % COMPACT_AFTER == 0:
        compact(store, Path(folder))
    return str(target)


def _texts_sent(store: Store, own: Path) -> set[str]:
    """The contributions whose text this laptop's files in `own` already carry (none when
    the folder is another one, or holds none of our files: all are sent again)."""
    value = _meta(store, "texts_sent", {})
    if not isinstance(value, dict) or value.get("folder") != str(own) or not _newest_own(own):
        return set()
    return {str(cid) for cid in value.get("ids", [])}


def _newest_own(own: Path) -> int:
    """The highest number already in our folder: a file written just before a crash, its
    number not yet recorded, is never overwritten (a colleague may have merged it)."""
    numbers = [int(m.group(1)) for p in own.iterdir()
               if (m := _CHANGES_RE.match(p.name) or _SNAPSHOT_RE.match(p.name))]
    return max(numbers, default=0)


def _write_laptop_info(own: Path, store: Store, author: str) -> None:
    info = {"store_id": store.store_id, "author": author, "updated": utc_now(),
            "published": int(_meta(store, "published", 0))}
    write_text_atomically(own / LAPTOP_FILE, json.dumps(info, ensure_ascii=False))


def compact(store: Store, folder: Path | str) -> str:
    """Replace this laptop's numbered files by one snapshot of everything through the
    newest number (colleagues who had not read them apply the snapshot instead)."""
    own = _own_folder(store, Path(folder))
    number = int(_meta(store, "published", 0))
    target = own / f"snapshot-{number:08d}{SUFFIX}"
    temporary = own / f".snapshot-{number:08d}{SUFFIX}.part"
    export_bundle(store, temporary, BundleFilter(with_texts=True))
    os.replace(temporary, target)
    for path in own.iterdir():
        m = _CHANGES_RE.match(path.name) or _SNAPSHOT_RE.match(path.name)
        if m and int(m.group(1)) <= number and path != target:
            path.unlink(missing_ok=True)
    return str(target)


def _readable(plans: list[tuple[PeerFiles, list[tuple[int, Path]]]],
              result: SyncRound, stopped: set[str] | None = None
              ) -> Iterator[tuple[str, int, Path, BundleContents]]:
    """Each colleague's planned files that read whole, in order, up to the first that does
    not (still arriving, or damaged: nothing of it is applied; it is read again later).
    Read as they are merged, not all first; none more of a colleague once in `stopped`
    (a file of theirs the merge refused: the later ones wait behind it)."""
    from cwgi_desktop.core.exchange.bundle import read_bundle

    for peer, plan in plans:
        for number, path in plan:
            if stopped and peer.store_id in stopped:
                break
            try:
                contents = read_bundle(path)
            except CwgiError as exc:
                result.waiting[str(path)] = str(exc).splitlines()[0]
                break
            yield peer.store_id, number, path, contents


def _batches(ready: Iterator[tuple[str, int, Path, BundleContents]]
             ) -> Iterator[list[tuple[str, int, Path, BundleContents]]]:
    """`ready` in batches of at most `BATCH` files and `BATCH_BYTES` bytes (at least one)."""
    batch: list[tuple[str, int, Path, BundleContents]] = []
    size = 0
    for item in ready:
        batch.append(item)
        with contextlib.suppress(OSError):
            size += item[2].stat().st_size
        if len(batch) >= BATCH or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def pull(store: Store, folder: Path | str, *, backup_dir: Path | None = None) -> SyncRound:
    """Merge the colleagues' files not merged yet, each colleague's in order. Files are
    merged in batches, each batch one transaction with the counts of what was applied."""
    folder = Path(folder)
    result = SyncRound()
    applied = applied_counts(store)
    plans = [(peer, _plan(peer, applied.get(peer.store_id, 0)))
             for peer in scan(folder, store.store_id)]
    carry = MergeCarry()  # one capture for the round, not one per batch
    stopped: set[str] = set()  # colleagues with a file refused by the merge this round
    for read in _batches(_readable(plans, result, stopped)):
        batch = [item for item in read if item[0] not in stopped]
        del read
        if not batch:
            continue
        if backup_dir is not None and result.backup is None:  # before the first merge
            from cwgi_desktop.core.services.backups import take_backup

            result.backup = str(take_backup(store, backup_dir, "sync"))
        try:
            _merge_batch(store, batch, applied, result, backup_dir, carry)
        except ImportRejected:
            # A file the merge refuses (a version or review note of a draft that has not
            # arrived yet, a forged version): it waits, with its colleague's later files;
            # the others are merged one by one.
            for item in batch:
                if item[0] in stopped:
                    continue
                try:
                    _merge_batch(store, [item], applied, result, backup_dir, carry)
                except ImportRejected as exc:
                    result.waiting[str(item[2])] = str(exc).splitlines()[0]
                    stopped.add(item[0])
        del batch  # the next batch is read only now
    return result


def _merge_batch(store: Store, batch: list[tuple[str, int, Path, BundleContents]],
                 applied: dict[str, int], result: SyncRound, backup_dir: Path | None,
                 carry: MergeCarry | None = None) -> None:
    """Merge files in one transaction with the counts of what was applied (all or none)."""
    try:
        with store.transaction():
            merged = merge_bundles(store, [(path, contents) for _, _, path, contents in batch],
                                   backup_dir=backup_dir, carry=carry)
            done = dict(applied)
            for (peer_id, number, _, _), outcome in zip(batch, merged, strict=True):
                done[peer_id] = number
                _set_meta(store, f"last_change.{peer_id}", outcome.created or utc_now())
            _set_meta(store, "applied", done)
    except BaseException:
        if carry is not None:
            carry.versions = None  # what it carried was rolled back: capture again
        raise
    applied.update(done)
    for (peer_id, _, path, _), outcome in zip(batch, merged, strict=True):
        result.applied.append(str(path))
        result.added += outcome.added
        result.updated += outcome.updated
        result.conflicts += outcome.conflicts
        before = result.per_peer.get(peer_id, (0, 0, 0))
        result.per_peer[peer_id] = (before[0] + outcome.added,
                                    before[1] + outcome.updated,
                                    before[2] + outcome.conflicts)


def sync(store: Store, folder: Path | str, *, author: str = "",
         backup_dir: Path | None = None) -> SyncRound:
    """One round: publish this laptop's changes, then merge the colleagues'."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: the shared folder is not there (not mounted or synced?)")
    published = publish(store, folder, author)
    result = pull(store, folder, backup_dir=backup_dir)
    result.published = published
    if result.changed:
        _set_meta(store, "last_round_change", utc_now())
    _set_meta(store, "last_round", utc_now())
    return result


def status(store: Store, folder: Path | str) -> list[PeerStatus]:
    """Each colleague seen in the folder: what is there, what is merged here."""
    applied = applied_counts(store)
    out = []
    for peer in scan(Path(folder), store.store_id):
        done = applied.get(peer.store_id, 0)
        waiting = ""
        plan = _plan(peer, done)
        if not plan and peer.newest > done:
            waiting = "a file has not arrived yet"
        out.append(PeerStatus(
            store_id=peer.store_id, author=peer.author, applied=done,
            available=peer.newest, waiting=waiting,
            last_change=str(_meta(store, f"last_change.{peer.store_id}", ""))))
    return out


def last_round(store: Store) -> tuple[str, str]:
    """(when the last round ran, when one last brought changes), ISO 8601 or ""."""
    return str(_meta(store, "last_round", "")), str(_meta(store, "last_round_change", ""))


def summary_line(peers: list[PeerStatus], last_change: str, now: datetime | None = None) -> str:
    """"in sync with 7 colleagues, last change 2 minutes ago" (English; the window
    builds its own translated line from the same figures)."""
    synced = sum(1 for p in peers if p.in_sync)
    behind = len(peers) - synced
    text = f"in sync with {synced} colleague{'s' if synced != 1 else ''}"
    if behind:
        text += f", {behind} behind"
    if last_change:
        text += f", last change {ago(last_change, now)}"
    return text


def age(stamp: str, now: datetime | None = None) -> tuple[int, str] | None:
    """How long ago `stamp` was, as (count, "day" | "hour" | "minute"); (0, "") for less
    than a minute; None for a stamp that is not a time. The window and `ago` word it."""
    try:
        then = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=timezone.utc)
    seconds = max(0, int(((now or datetime.now(timezone.utc)) - then).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            return seconds // size, unit
    return 0, ""


def ago(stamp: str, now: datetime | None = None) -> str:
    """A stamp as "just now", "5 minutes ago", "3 hours ago", "2 days ago" (English)."""
    elapsed = age(stamp, now)
    if elapsed is None:
        return stamp
    count, unit = elapsed
    if not unit:
        return "just now"
    return f"{count} {unit}{'s' if count != 1 else ''} ago"
