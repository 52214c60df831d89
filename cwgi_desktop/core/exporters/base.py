"""What every exporter shares: the context citations resolve against, results and errors."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cwgi_desktop.core.citations import base_symbol_of, parse_citations
from cwgi_desktop.core.errors import CwgiError
from cwgi_desktop.core.models import Annotation, Block, Contribution, Draft

__all__ = [
    "ExportContext",
    "ExportError",
    "ExportResult",
    "Exporter",
    "check_citations",
    "unresolved_keys",
]


class ExportError(CwgiError):
    """A draft cannot be exported as it stands (e.g. citations that resolve to nothing)."""

    def __init__(self, message: str, keys: Sequence[str] = ()) -> None:
        self.keys = list(keys)
        super().__init__(message)


@dataclass
class ExportContext:
    """What an export needs besides the draft: the documents its citations point at.

    - `contributions`: by base symbol (`C26/77`), the documents citations resolve to;
    - `passages`: (base symbol, paragraph index) → paragraph text, for the Sources annex;
    - `annotations`: annotations that may become Word comments (option, off by default);
      each is attached to the blocks citing its contribution (and paragraph, if cited);
    - `block_annotations`: annotations attached explicitly to a block, by block id;
    - `numbers`: (contribution id, paragraph index) → the number the document shows there;
    - `allow_unresolved` (a draft copy): unresolved citations, listed in `unresolved`, are
      printed marked `[unresolved: @key]` instead of stopping the export.
    """

    contributions: dict[str, Contribution] = field(default_factory=dict)
    passages: dict[tuple[str, int | str], str] = field(default_factory=dict)
    annotations: list[Annotation] = field(default_factory=list)
    block_annotations: dict[str, list[Annotation]] = field(default_factory=dict)
    numbers: dict[tuple[str, int], str] = field(default_factory=dict)
    # A draft copy: citations that resolve to nothing are written, marked, not refused.
    unresolved: list[str] = field(default_factory=list)
    allow_unresolved: bool = False

    def shown_number(self, contribution_id: str, index: int) -> str:
        """What `para` means for a paragraph: its shown number, else its position."""
        return self.numbers.get((contribution_id, index)) or str(index)

    def resolve(self, key: str) -> Contribution | None:
        """The contribution a citation key names, or None.

        Tries the key as written, then its base symbol, then both case-insensitively.
        """
        for candidate in (key, base_symbol_of(key)):
            if candidate in self.contributions:
                return self.contributions[candidate]
        wanted = {key.casefold(), base_symbol_of(key).casefold()}
        for symbol, contribution in self.contributions.items():
            if symbol.casefold() in wanted:
                return contribution
        return None

    def resolved_symbol(self, key: str) -> str:
        """The base symbol to print for a citation key (the stored one when resolved)."""
        contribution = self.resolve(key)
        if contribution is not None:
            return contribution.base_symbol or base_symbol_of(contribution.symbol or key)
        return base_symbol_of(key)

    def contribution_by_id(self, contribution_id: str) -> Contribution | None:
        """The contribution with this id among the context's contributions, or None."""
        for contribution in self.contributions.values():
            if contribution.id == contribution_id:
                return contribution
        return None


@dataclass
class ExportResult:
    """What an export produced."""

    path: Path
    format: str
    language: str
    blocks: int = 0
    citations: int = 0
    cited: list[str] = field(default_factory=list)  # base symbols, first-citation order
    footnotes: int = 0
    comments: int = 0
    warnings: list[str] = field(default_factory=list)


def unresolved_keys(texts: Iterable[str], context: ExportContext) -> list[str]:
    """The citation keys in `texts` that resolve to no contribution, in first-seen order."""
    missing: dict[str, None] = {}
    for text in texts:
        for citation in parse_citations(text):
            if context.resolve(citation.key) is None:
                missing.setdefault(citation.key, None)
    return list(missing)


def check_citations(texts: Iterable[str], context: ExportContext) -> None:
    """Raise ExportError naming every citation key in `texts` that resolves to nothing."""
    missing = unresolved_keys(texts, context)
    if missing:
        noun = "citation" if len(missing) == 1 else "citations"
        raise ExportError(f"Unresolved {noun}: {', '.join(missing)}", missing)


class Exporter(ABC):
    """One output format. Subclasses write a draft to a file and report what they did."""

    format_name: str = ""
    extension: str = ""

    @abstractmethod
    def export(
        self,
        draft: Draft,
        blocks: Sequence[Block],
        out_path: Path | str,
        context: ExportContext,
        options: Any = None,
    ) -> ExportResult:
        """Write `draft` made of `blocks` to `out_path`."""
