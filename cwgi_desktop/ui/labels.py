"""Small display helpers shared by the views: language names, hit snippets as HTML."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale

from cwgi_desktop.core.models import RTL_LANGUAGES, Theme
from cwgi_desktop.core.textnorm import SNIPPET_CLOSE, SNIPPET_OPEN

OTHER_LANGUAGE = "other"  # cwgi_desktop.core.importers.language.OTHER

# The six ITU languages by their own names, as ITU documents write them.
ITU_LANGUAGE_NAMES: dict[str, str] = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


def language_name(code: str | None) -> str:
    """The language's own name (`Français`, `العربية`, `中文`), or the code if unknown."""
    if not code:
        return ""
    if code in ITU_LANGUAGE_NAMES:
        return ITU_LANGUAGE_NAMES[code]
    if code == OTHER_LANGUAGE:  # the importer's label for a language outside the six
        return QCoreApplication.translate("Languages", "Other language")
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return name or code


def isolate(text: str) -> str:
    """Wrap text in Unicode first-strong isolates, so `العربية (3)` keeps its count after it."""
    return f"\u2068{text}\u2069"


def is_rtl(language: str | None, sample: str = "") -> bool:
    """Whether text in this language (or this sample text) reads right to left."""
    if language:
        return language in RTL_LANGUAGES
    return any("\u0590" <= ch <= "\u08ff" for ch in sample[:200])


def snippet_html(snippet: str) -> str:
    """A search snippet with its [[hit]] markers turned into bold, everything else escaped."""
    out: list[str] = []
    rest = snippet
    while True:
        start = rest.find(SNIPPET_OPEN)
        end = rest.find(SNIPPET_CLOSE, start + len(SNIPPET_OPEN)) if start >= 0 else -1
        if start < 0 or end < 0:
            out.append(html.escape(rest))
            return "".join(out)
        out.append(html.escape(rest[:start]))
        out.append("<b>" + html.escape(rest[start + len(SNIPPET_OPEN):end]) + "</b>")
        rest = rest[end + len(SNIPPET_CLOSE):]


def snippet_plain(snippet: str) -> str:
    return snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")


def themes_in_order(themes: list[Theme]) -> list[tuple[Theme, int]]:
    """Themes in codebook order, parents before their children, with their depth."""
    children: dict[str | None, list[Theme]] = {}
    ids = {t.id for t in themes}
    for theme in themes:
        parent = theme.parent_id if theme.parent_id in ids else None
        children.setdefault(parent, []).append(theme)
    ordered: list[tuple[Theme, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for theme in children.get(parent, []):
            ordered.append((theme, depth))
            if depth < 32:  # a cycle in parent links must not hang the GUI
                walk(theme.id, depth + 1)

    walk(None, 0)
    return ordered


def count_text(n: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with %1 replaced by n (both already translated)."""
    return one if n == 1 else many.replace("%1", QLocale().toString(n))


def stakeholder_group_names() -> dict[str, str]:
    """The ITU stakeholder groups (stored in English) in the interface language."""
    from PySide6.QtCore import QCoreApplication

    return {
        "Member State": QCoreApplication.translate("Labels", "Member State"),
        "Sector Member": QCoreApplication.translate("Labels", "Sector Member"),
        "Academia": QCoreApplication.translate("Labels", "Academia"),
        "Civil society": QCoreApplication.translate("Labels", "Civil society"),
        "Secretariat": QCoreApplication.translate("Labels", "Secretariat"),
    }


def stakeholder_group_name(value: str | None) -> str:
    """A stored group shown in the interface language; any other value as it is."""
    if not value:
        return ""
    return stakeholder_group_names().get(value, value)
