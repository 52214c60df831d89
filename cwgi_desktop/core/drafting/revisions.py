"""Snapshots of a draft and their comparison, block by block and word by word.

A snapshot is plain JSON: the draft's metadata and its live blocks in order (id, kind,
level, text), plus a content hash so that an automatic snapshot can tell nothing changed.
`diff_snapshots` aligns two snapshots by block id and marks each block added, removed,
moved, changed or unchanged; a changed block carries a word-level diff (difflib) split into
a left (old) and right (new) side for side-by-side display.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from cwgi_desktop.core.models import DRAFT_CONTENT_FIELDS, Block, Draft

SNAPSHOT_FORMAT = 1
CONTENT_FIELDS = DRAFT_CONTENT_FIELDS
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|\s+|[^\w\s]", re.UNICODE)


def _block_entry(block: Block) -> dict[str, Any]:
    return {"id": block.id, "kind": block.kind, "level": block.level, "text": block.text}


def content_hash(draft: Draft, blocks: Sequence[Block]) -> str:
    """A hash of what a reader sees: metadata and live blocks in order."""
    payload = {
        "draft": {name: getattr(draft, name) for name in CONTENT_FIELDS},
        "blocks": [_block_entry(b) for b in _live(blocks)],
    }
    encoded = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def _live(blocks: Sequence[Block]) -> list[Block]:
    return sorted((b for b in blocks if not b.deleted), key=lambda b: b.position)


def make_snapshot(draft: Draft, blocks: Sequence[Block]) -> dict[str, Any]:
    """The JSON-ready snapshot of a draft."""
    return {
        "format": SNAPSHOT_FORMAT,
        "hash": content_hash(draft, blocks),
        "draft": {name: getattr(draft, name) for name in CONTENT_FIELDS},
        "blocks": [_block_entry(b) for b in _live(blocks)],
    }


def snapshot_blocks(snapshot: dict[str, Any], draft_id: str) -> list[Block]:
    """The blocks a snapshot holds, as Block objects of `draft_id` (positions 0…n-1)."""
    return [
        Block(id=entry["id"], draft_id=draft_id, kind=entry["kind"], text=entry["text"],
              level=int(entry["level"]), position=i)
        for i, entry in enumerate(snapshot.get("blocks", []))
    ]


def snapshot_metadata(snapshot: dict[str, Any]) -> dict[str, Any]:
    """The draft metadata a snapshot holds (only the content fields)."""
    return {k: v for k, v in snapshot.get("draft", {}).items() if k in CONTENT_FIELDS}


@dataclass
class WordChange:
    """A run of tokens: `op` is equal, delete (left side only) or insert (right side only)."""

    op: str
    text: str


@dataclass
class BlockDiff:
    """One row of a side-by-side comparison."""

    status: str  # unchanged | changed | moved | added | removed
    block_id: str
    old_kind: str | None = None
    new_kind: str | None = None
    old_level: int | None = None
    new_level: int | None = None
    old_text: str | None = None
    new_text: str | None = None
    left: list[WordChange] = field(default_factory=list)
    right: list[WordChange] = field(default_factory=list)

    @property
    def text_changed(self) -> bool:
        return self.old_text is not None and self.new_text is not None and (
            self.old_text != self.new_text
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def tokens(text: str) -> list[str]:
    """Words, runs of spaces and punctuation marks; each CJK character is a word."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[list[WordChange], list[WordChange]]:
    """(left, right): the old text with deletions marked, the new one with insertions."""
    a, b = tokens(old), tokens(new)
    left: list[WordChange] = []
    right: list[WordChange] = []

    def add(side: list[WordChange], op: str, text: str) -> None:
        if not text:
            return
        if side and side[-1].op == op:
            side[-1].text += text
        else:
            side.append(WordChange(op, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(left, "equal", "".join(a[i1:i2]))
            add(right, "equal", "".join(b[j1:j2]))
        else:
            add(left, "delete", "".join(a[i1:i2]))
            add(right, "insert", "".join(b[j1:j2]))
    return left, right


def _pair(status: str, old: dict[str, Any], new: dict[str, Any]) -> BlockDiff:
    diff = BlockDiff(
        status=status, block_id=new["id"], old_kind=old["kind"], new_kind=new["kind"],
        old_level=old["level"], new_level=new["level"], old_text=old["text"],
        new_text=new["text"],
    )
    if diff.text_changed:
        diff.left, diff.right = word_diff(old["text"], new["text"])
    else:
        diff.left = [WordChange("equal", old["text"])] if old["text"] else []
        diff.right = [WordChange("equal", new["text"])] if new["text"] else []
    if status == "unchanged" and (
        diff.text_changed or old["kind"] != new["kind"] or old["level"] != new["level"]
    ):
        diff.status = "changed"
    return diff


def diff_block_lists(
    old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]], *, include_unchanged: bool = True
) -> list[BlockDiff]:
    """Align two block lists (snapshot entries) by id, in the new order.

    A removed block appears where it stood in the old list; a block present in both but
    out of order is `moved` (and its text diffed all the same).
    """
    old_ids = [b["id"] for b in old]
    new_ids = [b["id"] for b in new]
    old_by_id = {b["id"]: b for b in old}
    new_set = set(new_ids)
    rows: list[BlockDiff] = []
    matcher = difflib.SequenceMatcher(None, old_ids, new_ids, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows += [_pair("unchanged", old[i], new[j]) for i, j in zip(
                range(i1, i2), range(j1, j2), strict=True
            )]
            continue
        for entry in old[i1:i2]:
            if entry["id"] not in new_set:
                rows.append(BlockDiff(
                    status="removed", block_id=entry["id"], old_kind=entry["kind"],
                    old_level=entry["level"], old_text=entry["text"],
                    left=[WordChange("delete", entry["text"])] if entry["text"] else [],
                ))
        for entry in new[j1:j2]:
            if entry["id"] in old_by_id:
                rows.append(_pair("moved", old_by_id[entry["id"]], entry))
            else:
                rows.append(BlockDiff(
                    status="added", block_id=entry["id"], new_kind=entry["kind"],
                    new_level=entry["level"], new_text=entry["text"],
                    right=[WordChange("insert", entry["text"])] if entry["text"] else [],
                ))
    if not include_unchanged:
        rows = [r for r in rows if r.status != "unchanged"]
    return rows


def diff_snapshots(
    old: dict[str, Any], new: dict[str, Any], *, include_unchanged: bool = True
) -> list[BlockDiff]:
    """Block diffs from snapshot `old` to snapshot `new`."""
    return diff_block_lists(old.get("blocks", []), new.get("blocks", []),
                            include_unchanged=include_unchanged)


def metadata_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Metadata fields that differ between two snapshots: name → (old, new)."""
    a, b = snapshot_metadata(old), snapshot_metadata(new)
    return {k: (a.get(k), b.get(k)) for k in CONTENT_FIELDS if a.get(k) != b.get(k)}


def revision_state(snapshot: dict[str, Any], draft: Draft) -> tuple[Draft, list[Block]]:
    """The draft as a snapshot holds it: its metadata over `draft`, and its blocks."""
    from dataclasses import replace

    return replace(draft, **snapshot_metadata(snapshot)), snapshot_blocks(snapshot, draft.id)
