"""The one place that talks SQL. `Store` gathers the store's parts into one object."""

from __future__ import annotations

from cwgi_desktop.core.store.annotations import AnnotationFilter, locate_quote
from cwgi_desktop.core.store.contributions import ContributionFilter
from cwgi_desktop.core.store.drafts import DraftsMixin
from cwgi_desktop.core.store.exchange import ExchangeMixin
from cwgi_desktop.core.store.language_versions import LanguageVersionsMixin
from cwgi_desktop.core.store.search import SearchMixin
from cwgi_desktop.core.store.vectors import VectorsMixin


class Store(ExchangeMixin, DraftsMixin, LanguageVersionsMixin, SearchMixin, VectorsMixin):
    """A CWGI store file: contributions, annotations, themes, drafts, revisions."""


__all__ = ["AnnotationFilter", "ContributionFilter", "Store", "locate_quote"]
