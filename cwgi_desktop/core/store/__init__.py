"""The one place that talks SQL: a connection, its transactions and migrations, and one
repository per table family, reachable as attributes (`store.contributions.add(...)`,
`store.blocks.insert(...)`). Nothing here knows a use case (see `core.services`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cwgi_desktop.core.store.annotations import (
    AnnotationFilter,
    AnnotationRepository,
    ThemeRepository,
    locate_quote,
)
from cwgi_desktop.core.store.base import MigrationProgress, StoreBase
from cwgi_desktop.core.store.contributions import ContributionFilter, ContributionRepository
from cwgi_desktop.core.store.draft_blocks import BlockRepository, DraftRepository
from cwgi_desktop.core.store.drafts import RevisionRepository
from cwgi_desktop.core.store.exchange import ExchangeRepository, ReviewRepository
from cwgi_desktop.core.store.language_versions import LanguageVersionRepository
from cwgi_desktop.core.store.migrations import DataStep
from cwgi_desktop.core.store.search import SearchRepository
from cwgi_desktop.core.store.vectors import VectorRepository


class Store(StoreBase):
    """A CWGI store file: contributions, annotations, themes, drafts, revisions."""

    def __init__(self, path: Path | str, *, migrate: bool = True,
                 data_steps: Mapping[int, DataStep] | None = None,
                 progress: MigrationProgress | None = None) -> None:
        super().__init__(path, migrate=migrate, data_steps=data_steps, progress=progress)
        self.contributions = ContributionRepository(self)
        self.themes = ThemeRepository(self)
        self.annotations = AnnotationRepository(self, contributions=self.contributions,
                                                themes=self.themes)
        self.search = SearchRepository(self, contributions=self.contributions)
        self.drafts = DraftRepository(self)
        self.blocks = BlockRepository(self, drafts=self.drafts)
        self.revisions = RevisionRepository(self)
        self.exchange = ExchangeRepository(self)
        self.review = ReviewRepository(self)
        self.vectors = VectorRepository(self)
        self.language_versions = LanguageVersionRepository(self, drafts=self.drafts,
                                                           blocks=self.blocks)

    def __enter__(self) -> Store:
        return self


__all__ = ["AnnotationFilter", "ContributionFilter", "Store", "locate_quote"]
