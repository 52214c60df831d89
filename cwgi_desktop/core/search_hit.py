"""A search hit: the one record `cwgi search` needs, kept apart from `core.models`.

A plain class with slots rather than a dataclass: `dataclasses` brings `inspect` (5 ms)
and `core.models` builds ten dataclasses (5 ms), a tenth of the whole `cwgi search`
process. `core.models.SearchHit` is this class.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (not typing's: `cwgi search` does not import typing, 2 ms)
if TYPE_CHECKING:
    from typing import Any

_FIELDS = ("contribution_id", "symbol", "title", "paragraph", "snippet", "score", "language")


class SearchHit:
    """One hit: a contribution's paragraph, with a snippet (terms between [[ ]], see
    `core.textnorm.SNIPPET_OPEN`). Compares, prints and converts like a dataclass."""

    __slots__ = _FIELDS

    def __init__(self, contribution_id: str, symbol: str | None, title: str | None,
                 paragraph: int, snippet: str, score: float = 0.0,
                 language: str | None = None) -> None:
        self.contribution_id = contribution_id
        self.symbol = symbol
        self.title = title
        self.paragraph = paragraph
        self.snippet = snippet
        self.score = score
        self.language = language

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"SearchHit({fields})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.contribution_id,
            "symbol": self.symbol,
            "title": self.title,
            "snippet": self.snippet,
            "paragraph": self.paragraph,
            "language": self.language,
            "score": self.score,
        }
