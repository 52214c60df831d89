"""Contributions as CSL-JSON, so that Zotero (and pandoc's citeproc) users can cite them.

One item per contribution: the ITU symbol is both the citation key and the report number,
the submitter is the (institutional) author, ITU the publisher. Zotero imports the file
with File ▸ Import; pandoc reads it with `--bibliography`, and `[@C26/77]` in a Markdown
draft then resolves to the same document in both tools.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from cwgi_desktop.core.atomic_files import write_text_atomically
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.store import ContributionFilter, Store

PUBLISHER = "International Telecommunication Union"
PUBLISHER_PLACE = "Geneva"
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _date_parts(date: str | None) -> list[int] | None:
    match = _ISO_DATE.match(date or "")
    if not match:
        return None
    return [int(part) for part in match.groups() if part]


def csl_item(contribution: Contribution) -> dict[str, Any]:
    """The CSL-JSON item of one contribution (fields it lacks are left out)."""
    key = contribution.symbol or contribution.base_symbol or contribution.id
    item: dict[str, Any] = {
        "id": key,
        "type": "report",
        "title": contribution.title or contribution.file_name or key,
        "publisher": PUBLISHER,
        "publisher-place": PUBLISHER_PLACE,
    }
    if contribution.symbol:
        item["number"] = contribution.symbol
    if contribution.source:
        item["author"] = [{"literal": contribution.source}]
    if parts := _date_parts(contribution.date):
        item["issued"] = {"date-parts": [parts]}
    if contribution.language:
        item["language"] = contribution.language
    genre = contribution.meeting or contribution.consultation
    if genre:
        item["genre"] = genre
    if contribution.source_type:
        item["note"] = contribution.source_type
    return item


def export_csl_json(store: Store, path: Path | str, *, consultation: str | None = None) -> int:
    """Write the contributions (of one consultation, if given) as CSL-JSON; returns how
    many items were written."""
    contributions = store.contributions.all(ContributionFilter(consultation=consultation))
    if not contributions:
        raise InvalidInput("no contribution to export")
    items = [csl_item(c) for c in contributions]
    write_text_atomically(path, json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    return len(items)
