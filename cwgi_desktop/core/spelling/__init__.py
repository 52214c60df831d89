"""Offline spell-checking of drafts: Hunspell dictionaries shipped in the package, ITU terms,
the user's own words. No Qt here: the editor's highlighter is in ui/editor/spelling.py."""

from __future__ import annotations

from cwgi_desktop.core.spelling.checker import SpellChecker
from cwgi_desktop.core.spelling.dictionaries import DICTIONARIES, checked_languages
from cwgi_desktop.core.spelling.service import SpellService, load_checker
from cwgi_desktop.core.spelling.terms import UserDictionary
from cwgi_desktop.core.spelling.tokens import Word, word_at, words_to_check

__all__ = ["DICTIONARIES", "SpellChecker", "SpellService", "UserDictionary", "Word",
           "checked_languages", "load_checker", "word_at", "words_to_check"]
