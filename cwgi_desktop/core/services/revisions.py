"""Versions of a draft: take, take automatically, restore, compare (snapshots in drafting)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from cwgi_desktop.core.drafting import revisions as rev
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import Draft, Revision, new_id
from cwgi_desktop.core.store import Store


def snapshot(store: Store, draft_id: str) -> dict[str, Any]:
    """The current state of a draft as a revision snapshot (not stored)."""
    return rev.make_snapshot(store.drafts.get(draft_id), store.blocks.all(draft_id))


def take_revision(store: Store, draft_id: str, name: str, *,
                  automatic: bool = False, author: str = "") -> Revision:
    """Store a named version of the draft as it stands, taken by `author`."""
    if not name.strip():
        raise InvalidInput("a version needs a name")
    return store.revisions.insert(Revision(
        id=new_id(), draft_id=draft_id, name=name.strip(), automatic=automatic,
        snapshot=snapshot(store, draft_id), author=author.strip()))


def auto_snapshot(store: Store, draft_id: str, min_interval_s: float = 600, *,
                  now: datetime | None = None, author: str = "") -> Revision | None:
    """An automatic version, unless nothing changed since the last version or the last
    one is younger than `min_interval_s`. Returns the new version or None."""
    last = store.revisions.latest(draft_id)
    if last:
        created, last_snapshot = last
        if last_snapshot.get("hash") == snapshot(store, draft_id)["hash"]:
            return None
        age = (now or datetime.now(timezone.utc)) - datetime.fromisoformat(created)
        if age.total_seconds() < min_interval_s:
            return None
    return take_revision(store, draft_id, "automatic", automatic=True, author=author)


def restore_revision(store: Store, revision_id: str, *, author: str = "") -> Draft:
    """Bring a draft back to a version, first saving its current state as a version
    (unless that state is already the latest version)."""
    target = store.revisions.get(revision_id)
    draft_id = target.draft_id
    with store.transaction():
        latest = store.revisions.all(draft_id)[0]
        if latest.snapshot.get("hash") != snapshot(store, draft_id)["hash"]:
            take_revision(store, draft_id, f"before restoring “{target.name}”", automatic=True,
                          author=author)
        store.drafts.update(draft_id, **rev.snapshot_metadata(target.snapshot))
        store.blocks.replace_all(draft_id, rev.snapshot_blocks(target.snapshot, draft_id))
    return store.drafts.get(draft_id)


def compare(store: Store, rev_a: str, rev_b: str | None = None, *,
            include_unchanged: bool = True) -> list[rev.BlockDiff]:
    """Block diffs from version `rev_a` to version `rev_b` (None: the current state)."""
    old = store.revisions.get(rev_a)
    new = store.revisions.get(rev_b).snapshot if rev_b else snapshot(store, old.draft_id)
    return rev.diff_snapshots(old.snapshot, new, include_unchanged=include_unchanged)
