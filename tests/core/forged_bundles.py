"""Helpers to forge bundles: a real export, one member rewritten, the manifest fixed up
(tampering the checksums cannot catch: the receiver's own checks must)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from exchange_fixtures import members_of, rewrite_member

from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store

MEMBER = {"theme": "themes.json", "annotation": "annotations.json",
          "draft": "drafts.json", "block": "drafts.json"}


def entries(data: Any, kind: str) -> list[dict[str, Any]]:
    if kind in ("draft", "block"):
        return data["drafts" if kind == "draft" else "blocks"]
    return data


def forge(bundle: Path, kind: str, change: Callable[[list[dict[str, Any]]], None]) -> Path:
    """Rewrite the entries (`{"row", "history"}`) of one kind in place with `change`."""
    member = MEMBER[kind]
    data = json.loads(members_of(bundle)[member])
    change(entries(data, kind))
    rewrite_member(bundle, member, json.dumps(data, ensure_ascii=True).encode(),
                   fix_manifest=True)
    return bundle


def forge_drafts(bundle: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """Rewrite drafts.json (`{"drafts": [...], "blocks": [...]}`) in place with `change`."""
    data = json.loads(members_of(bundle)["drafts.json"])
    change(data)
    rewrite_member(bundle, "drafts.json", json.dumps(data).encode(), fix_manifest=True)
    return bundle


def set_field(bundle: Path, kind: str, name: str, value: Any) -> Path:
    """Every row of `kind` gets `value` in field `name` (raw JSON: any type)."""
    def change(items: list[dict[str, Any]]) -> None:
        for item in items:
            item["row"][name] = value
    return forge(bundle, kind, change)


def exported(store: Store, path: Path, **kwargs: Any) -> Path:
    from cwgi_desktop.core.exchange import BundleFilter

    exchange_service.export_bundle(store, path, BundleFilter(**kwargs) if kwargs else None)
    return path
