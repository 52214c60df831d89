"""The one place that talks SQL: a connection, its transactions and migrations, and one
repository per table family, reachable as attributes (`store.contributions.add(...)`,
`store.blocks.insert(...)`). Nothing here knows a use case (see `core.services`).

Each repository's module is imported, and the repository made, on first use of its
attribute: `cwgi search` opens the store and loads the search and contributions SQL only,
not the drafting, exchange, annotation or vector modules (about 25 ms of a 90 ms process).
"""

from __future__ import annotations

from functools import cached_property

from cwgi_desktop.core.store.base import StoreBase

TYPE_CHECKING = False  # (not typing's: `cwgi search` does not import typing, 2 ms)
if TYPE_CHECKING:
    from typing import Any

    from cwgi_desktop.core.store.annotations import (
        AnnotationFilter,
        AnnotationRepository,
        ThemeRepository,
        locate_quote,
    )
    from cwgi_desktop.core.store.contributions import ContributionFilter, ContributionRepository
    from cwgi_desktop.core.store.draft_blocks import BlockRepository, DraftRepository
    from cwgi_desktop.core.store.drafts import RevisionRepository
    from cwgi_desktop.core.store.exchange import ExchangeRepository, ReviewRepository
    from cwgi_desktop.core.store.language_versions import LanguageVersionRepository
    from cwgi_desktop.core.store.search import SearchRepository
    from cwgi_desktop.core.store.vectors import VectorRepository


class Store(StoreBase):
    """A CWGI store file: contributions, annotations, themes, drafts, revisions."""

    def __enter__(self) -> Store:
        return self

    # -- repositories, made on first use (a repository keeps no state of its own) ------

    @cached_property
    def contributions(self) -> ContributionRepository:
        from cwgi_desktop.core.store.contributions import ContributionRepository

        return ContributionRepository(self)

    @cached_property
    def themes(self) -> ThemeRepository:
        from cwgi_desktop.core.store.annotations import ThemeRepository

        return ThemeRepository(self)

    @cached_property
    def annotations(self) -> AnnotationRepository:
        from cwgi_desktop.core.store.annotations import AnnotationRepository

        return AnnotationRepository(self, contributions=self.contributions, themes=self.themes)

    @cached_property
    def search(self) -> SearchRepository:
        from cwgi_desktop.core.store.search import SearchRepository

        return SearchRepository(self, contributions=lambda: self.contributions)

    @cached_property
    def drafts(self) -> DraftRepository:
        from cwgi_desktop.core.store.draft_blocks import DraftRepository

        return DraftRepository(self)

    @cached_property
    def blocks(self) -> BlockRepository:
        from cwgi_desktop.core.store.draft_blocks import BlockRepository

        return BlockRepository(self, drafts=self.drafts)

    @cached_property
    def revisions(self) -> RevisionRepository:
        from cwgi_desktop.core.store.drafts import RevisionRepository

        return RevisionRepository(self)

    @cached_property
    def exchange(self) -> ExchangeRepository:
        from cwgi_desktop.core.store.exchange import ExchangeRepository

        return ExchangeRepository(self)

    @cached_property
    def review(self) -> ReviewRepository:
        from cwgi_desktop.core.store.exchange import ReviewRepository

        return ReviewRepository(self)

    @cached_property
    def vectors(self) -> VectorRepository:
        from cwgi_desktop.core.store.vectors import VectorRepository

        return VectorRepository(self)

    @cached_property
    def language_versions(self) -> LanguageVersionRepository:
        from cwgi_desktop.core.store.language_versions import LanguageVersionRepository

        return LanguageVersionRepository(self, drafts=self.drafts, blocks=self.blocks)


_LAZY = {
    "AnnotationFilter": "annotations",
    "locate_quote": "annotations",
    "ContributionFilter": "contributions",
}


def __getattr__(name: str) -> Any:
    """`from cwgi_desktop.core.store import ContributionFilter` loads that module then."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = ["AnnotationFilter", "ContributionFilter", "Store", "locate_quote"]
