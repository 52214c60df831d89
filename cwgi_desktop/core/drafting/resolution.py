"""Citations against the imported documents: which keys resolve, and to which version.

A key resolves when an imported contribution has it as symbol or base symbol, whatever
the language version (`C26/77-F` and `C26/77` both resolve to any version of `C26/77`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from cwgi_desktop.core.citations import base_symbol_of, parse_citations
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import Contribution


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
