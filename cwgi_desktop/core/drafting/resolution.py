"""Citations against the store: which keys resolve, and what an export needs to print them.

A key resolves when an imported contribution has it as symbol or base symbol, whatever
the language version (`C26/77-F` and `C26/77` both resolve to any version of `C26/77`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from cwgi_desktop.core.drafting.citations import (
    base_symbol_of,
    locator_numbers,
    parse_citations,
)
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import Block, Contribution, Draft

if TYPE_CHECKING:
    from cwgi_desktop.core.exporters.base import ExportContext
    from cwgi_desktop.core.store import Store


class UnresolvedCitations(InvalidInput):
    """Citations name documents that are not imported; `keys` lists them as written."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = list(keys)
        noun = "citation" if len(self.keys) == 1 else "citations"
        super().__init__(
            f"{', '.join('@' + k for k in self.keys)}: unknown {noun} "
            "(no imported contribution has that symbol)"
        )


def resolve_key(key: str, known: Mapping[str, str]) -> str | None:
    """The stored base symbol a key names, given `known` (casefolded symbol → base)."""
    return known.get(key.casefold()) or known.get(base_symbol_of(key).casefold())


def unresolved_keys(texts: Iterable[str], known: Mapping[str, str]) -> list[str]:
    """Citation keys in `texts` that resolve to nothing, as written, first-seen order."""
    missing: dict[str, None] = {}
    for text in texts:
        for citation in parse_citations(text):
            if resolve_key(citation.key, known) is None:
                missing.setdefault(citation.key, None)
    return list(missing)


def preferred_version(versions: Sequence[Contribution], language: str) -> Contribution | None:
    """The language version to quote: the draft's language, else English, else the first."""
    for wanted in (language, "en"):
        for contribution in versions:
            if contribution.language == wanted:
                return contribution
    return versions[0] if versions else None


def build_export_context(store: Store, draft: Draft, blocks: Sequence[Block],
                         *, language: str | None = None,
                         allow_unresolved: bool = False) -> ExportContext:
    """The ExportContext of a draft: every cited document and every cited passage.

    Raises ExportError naming the keys that resolve to no imported contribution, unless
    `allow_unresolved` (a draft copy: they are exported marked as unresolved).
    """
    from cwgi_desktop.core.exporters.base import ExportContext, ExportError

    live = [b for b in blocks if not b.deleted]
    known = store.known_symbols()
    missing = unresolved_keys((b.text for b in live), known)
    if missing and not allow_unresolved:
        noun = "citation" if len(missing) == 1 else "citations"
        raise ExportError(f"{', '.join(missing)}: unresolved {noun} "
                          "(no imported contribution has that symbol)", missing)
    context = ExportContext(unresolved=list(missing), allow_unresolved=allow_unresolved)
    for block in live:
        for citation in parse_citations(block.text):
            base = resolve_key(citation.key, known) or citation.base_symbol
            if base not in context.contributions:
                chosen = preferred_version(store.versions_of(base), language or draft.language)
                if chosen is None:
                    continue
                context.contributions[base] = chosen
                context.numbers.update(
                    ((chosen.id, p.index), p.number) for p in store.paragraphs(chosen.id))
            # `para 2.3` means the paragraph the document numbers 2.3 (see README).
            for number in locator_numbers(citation.locator):
                text = store.text_for_number(context.contributions[base].id, number)
                if text is not None:
                    context.passages[(base, number)] = text
                    if number.isdigit():
                        context.passages[(base, int(number))] = text
    return context
