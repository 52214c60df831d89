"""The fixed texts of the ITU export in the six languages: a data table, not code constants.

Defaults live in `cwgi_desktop/resources/labels.json` (loaded with importlib.resources, so
they work in a frozen build). A user may override any entry from settings, either per
language (`{"fr": {"purpose": "But"}}`) or for the language being exported
(`{"purpose": "But"}`). A key missing in a language falls back to English.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import LANGUAGES

__all__ = [
    "FALLBACK_LANGUAGE",
    "Labels",
    "label_table",
    "load_labels",
]

FALLBACK_LANGUAGE = "en"


@lru_cache(maxsize=1)
def _default_table() -> dict[str, dict[str, Any]]:
    ref = resources.files("cwgi_desktop") / "resources" / "labels.json"
    data = json.loads(ref.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def label_table() -> dict[str, dict[str, Any]]:
    """A copy of the default label table: language code → key → value (for a settings UI)."""
    return copy.deepcopy(_default_table())


def _deep_merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _is_per_language(overrides: Mapping[str, Any]) -> bool:
    return bool(overrides) and all(
        key in LANGUAGES and isinstance(value, Mapping) for key, value in overrides.items()
    )


class Labels(Mapping[str, Any]):
    """The labels of one language, with English as fallback for missing keys."""

    def __init__(self, language: str, data: Mapping[str, Any], fallback: Mapping[str, Any]):
        self.language = language
        self._data = _deep_merge(dict(fallback), data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def text(self, key: str, **fields: Any) -> str:
        """The label `key`, with `{field}` placeholders filled from `fields`."""
        value = self._data[key]
        if not isinstance(value, str):
            raise InvalidInput(f"label {key!r} is not a text")
        return value.format(**fields) if fields else value

    @property
    def is_rtl(self) -> bool:
        """Whether the language is written right to left (Arabic)."""
        return self._data.get("direction") == "rtl"

    @property
    def language_tag(self) -> str:
        """The BCP 47 tag Word uses for spelling and hyphenation (`fr-FR`)."""
        return str(self._data.get("language_tag") or self.language)

    def font(self, kind: str) -> str | None:
        """The default font for a script class: `cs` (complex script) or `east_asia`."""
        fonts = self._data.get("fonts") or {}
        value = fonts.get(kind)
        return str(value) if value else None

    def language_name(self, code: str) -> str:
        """The name of language `code` as written in this language's `Original:` line."""
        names = self._data.get("language_names") or {}
        return str(names.get(code, code))

    def original_line(self, original_language: str) -> str:
        """`Original: English` in this language, for a document first written in another."""
        return self.text("original_line", language=self.language_name(original_language))

    def format_date(self, iso: str) -> str:
        """An ISO date (`2026-05-12`) written the way this language writes dates.

        `12 May 2026`, `12 mai 2026`, `12 de mayo de 2026`, `12 مايو 2026` (Western digits),
        `2026年5月12日`, `12 мая 2026 года`. Raises InvalidInput for a value that is not a date.
        """
        try:
            day = date.fromisoformat(iso.strip()[:10])
        except ValueError as exc:
            raise InvalidInput(f"not an ISO date: {iso!r}") from exc
        months = self._data["months"]
        day_text = str(self._data.get("first_day", "1")) if day.day == 1 else str(day.day)
        return self.text("date_format", day=day_text, month=months[day.month - 1], year=day.year)


def _split_overrides(
    language: str, overrides: Mapping[str, Any] | None
) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    """(overrides for `language`, overrides for the English fallback)."""
    if not overrides:
        return {}, {}
    if _is_per_language(overrides):
        return overrides.get(language, {}), overrides.get(FALLBACK_LANGUAGE, {})
    return overrides, {}


def load_labels(language: str, overrides: Mapping[str, Any] | None = None) -> Labels:
    """The labels of `language` (ar, zh, en, fr, ru, es) merged with user `overrides`.

    `overrides` is either keyed by language (`{"fr": {"purpose": "But"}}`) or a flat mapping
    applied to `language`. Nested values (`language_names`, `fonts`) merge key by key.
    Raises InvalidInput for a language outside the table.
    """
    table = _default_table()
    if language not in table:
        raise InvalidInput(f"no labels for language {language!r}")
    own, for_fallback = _split_overrides(language, overrides)
    fallback = _deep_merge(table[FALLBACK_LANGUAGE], for_fallback)
    data = _deep_merge(table[language], own)
    if language == FALLBACK_LANGUAGE:
        data = _deep_merge(fallback, own)
    return Labels(language, data, fallback)
