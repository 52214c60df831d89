"""Annotation lists as the window shows them: annotations with their documents' symbols."""

from __future__ import annotations

from dataclasses import dataclass, field

from cwgi_desktop.core.errors import NotFound
from cwgi_desktop.core.models import Annotation, Theme
from cwgi_desktop.core.store import AnnotationFilter, Store


@dataclass
class AnnotationRows:
    annotations: list[Annotation] = field(default_factory=list)
    symbols: dict[str, str] = field(default_factory=dict)  # contribution id -> symbol
    themes: dict[str, Theme] = field(default_factory=dict)


def load_annotation_rows(store: Store, flt: AnnotationFilter) -> AnnotationRows:
    """Annotations matching `flt`, with their contributions' symbols and the themes."""
    annotations = store.annotations(flt)
    symbols: dict[str, str] = {}
    for cid in dict.fromkeys(a.contribution_id for a in annotations):
        try:
            contribution = store.contribution(cid)
        except NotFound:  # annotations waiting for their contribution's re-import
            symbols[cid] = "?"
            continue
        symbols[cid] = contribution.symbol or contribution.file_name or cid[:8]
    return AnnotationRows(annotations, symbols, {t.id: t for t in store.themes()})
