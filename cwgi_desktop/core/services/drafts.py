"""Drafts as use cases: from a template, from Markdown, generated from a consultation."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from cwgi_desktop.core.drafting.markdown_io import markdown_to_draft
from cwgi_desktop.core.drafting.resolution import UnresolvedCitations, unresolved_keys
from cwgi_desktop.core.drafting.templates import template_blocks
from cwgi_desktop.core.models import Block, Draft
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.draft_blocks import check_draft_meta

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)

if TYPE_CHECKING:
    from typing import Any

    from cwgi_desktop.core.drafting.coverage import Coverage
    from cwgi_desktop.core.drafting.scaffold import Grouping


def create_draft(store: Store, kind: str, title: str = "", language: str = "en",
                 template: bool = True, **meta: Any) -> Draft:
    """A new draft of `kind`, starting from the kind's template (titles in `language`)."""
    check_draft_meta({"kind": kind, "title": title, "language": language, **meta})
    specs = template_blocks(kind, language) if template else []
    return store.drafts.add(kind, title, language,
                           blocks=[(s.kind, s.text, s.level) for s in specs], **meta)


def unresolved_citations(store: Store, draft_id: str) -> list[str]:
    """Citation keys of the draft that name no imported contribution, as written."""
    return unresolved_keys(
            (b.text for b in store.blocks.all(draft_id)), store.contributions.known_symbols())


def import_markdown(store: Store, text: str, *, allow_unresolved: bool = False,
                    defaults: dict[str, str] | None = None) -> Draft:
    """Create a draft from its Markdown form (see `core.drafting.markdown_io`); plain
    Markdown without front matter takes `defaults` (kind, language).

    Raises UnresolvedCitations naming the keys that resolve to no imported
    contribution, unless `allow_unresolved` (then see `unresolved_citations`).
    """
    draft, blocks = markdown_to_draft(text, defaults)
    missing = unresolved_keys((b.text for b in blocks), store.contributions.known_symbols())
    if missing and not allow_unresolved:
        raise UnresolvedCitations(missing)
    store.drafts.insert(draft, blocks)
    return store.drafts.get(draft.id)


def annex_contribution(store: Store, draft_id: str, contribution_ref: str,
                       after: str | None = None) -> Block:
    """Annex the full text of a contribution to a draft; returns the annex block."""
    from cwgi_desktop.core.drafting.compilation import annex_contribution as annex

    return annex(store, draft_id, contribution_ref, after=after)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector paused while a draft is generated: the rows, texts and tuples of
    a compilation or scaffold (a hundred thousand objects, holding no cycle) were gone
    through again and again as they grew, a tenth of a scaffold's time. It is turned back
    on (if it was on) once they are freed."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compile_consultation(store: Store, consultation: str, *, group_by: str = "source_type",
                         language: str = "en", title: str | None = None) -> Draft:
    """Generate the compilation draft of a consultation (see drafting.compilation)."""
    from cwgi_desktop.core.drafting.compilation import compile_consultation as compile_

    with _collector_paused():
        return compile_(store, consultation, group_by=group_by, language=language,
                        title=title)


def build_scaffold(store: Store, consultation: str, *, language: str = "en",
                   title: str | None = None, group: Grouping | None = None) -> Draft:
    """A new analytical summary built from a consultation's annotations, by theme; with
    `group`, each theme's points in groups of similar views."""
    from cwgi_desktop.core.drafting.scaffold import build_scaffold as build

    with _collector_paused():
        return build(store, consultation, language=language, title=title, group=group)


def coverage(store: Store, draft_id: str, consultation: str | None = None) -> Coverage:
    """What the draft cites and leaves out (see drafting.coverage)."""
    from cwgi_desktop.core.drafting.coverage import coverage as cover

    return cover(store, draft_id, consultation)
