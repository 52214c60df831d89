"""Helpers shared by the exchange tests (imported as a plain module, like importer_fixtures)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.store import Store

TABLES = ("themes", "annotations", "annotation_themes", "drafts", "blocks", "block_citations",
          "review_notes", "revisions", "language_versions", "version_blocks")


def add_contribution(store: Store, symbol: str, *paragraphs: str,
                     consultation: str = "Open consultation 2026") -> Contribution:
    """Store a contribution whose file hash depends only on its symbol and text, so that
    the same call on two stores gives the same contribution id (as the same file would)."""
    digest = hashlib.sha256("|".join((symbol, *paragraphs)).encode()).hexdigest()
    contribution, _ = store.contributions.add(
        sha256=digest, paragraphs=[(p, "body") for p in paragraphs],
        metadata={"symbol": symbol, "title": f"Contribution {symbol}", "source": "X",
                  "source_type": "Member State", "consultation": consultation},
    )
    return contribution


def seed(store: Store) -> dict[str, Contribution]:
    """Two contributions every laptop of the tests has (same files, same ids)."""
    return {
        "77": add_contribution(store, "C26/77-E", "Affordability remains the main barrier.",
                               "Open access lowers wholesale prices."),
        "52": add_contribution(store, "C26/52-E", "Accessibility must be designed in.",
                               "Spam is still a concern.", consultation="CWG-Internet 22"),
    }


@pytest.fixture(name="store")
def seeded_store(tmp_path: Path) -> Iterator[Store]:
    """A store holding `seed`'s contributions (import it as `seeded_store`; it is `store`)."""
    store = Store(tmp_path / "s.sqlite3")
    seed(store)
    yield store
    store.close()


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """A canonical dump of what merges change: every row of the travelling tables."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in TABLES:
        rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
        out[table] = sorted(tuple("" if v is None else v for v in r) for r in rows)
    return out


def rewrite_member(bundle: Path, member: str, data: bytes, *, fix_manifest: bool) -> None:
    """Replace one member of a bundle; with `fix_manifest` also its checksum and size."""
    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    members[member] = data
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        manifest["members"][member] = {"sha256": hashlib.sha256(data).hexdigest(),
                                       "size": len(data)}
        members["manifest.json"] = json.dumps(manifest).encode()
    write_zip(bundle, members)


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    """A zip holding exactly `members` (names written as given, even hostile ones)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def members_of(bundle: Path) -> dict[str, bytes]:
    """Every member of a bundle by name."""
    with zipfile.ZipFile(bundle) as zf:
        return {i.filename: zf.read(i.filename) for i in zf.infolist()}
