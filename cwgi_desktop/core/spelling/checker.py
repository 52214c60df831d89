"""One language's spell-checker: Hunspell, the ITU terms, the user's words, and a cache.

The cache lets the editor ask "is this word known to be right or wrong?" without calling
Hunspell (`status`), so highlighting never waits: unknown words are looked up by the
spelling service's worker (`check`), and the editor is repainted when they are.
"""

from __future__ import annotations

import re
import threading

from cwgi_desktop.core.spelling.engine import Engine
from cwgi_desktop.core.spelling.terms import UserDictionary, knows
from cwgi_desktop.core.spelling.tokens import Word, is_checkable, words_to_check

MAX_CACHED_WORDS = 50_000
# Arabic writes "and", "by", "for", "as" joined to the next word: وال… بال… لل…
_ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
MAX_SUGGESTIONS = 7
_PARTS = re.compile(r"[\-‐]")


class SpellChecker:
    """Checks words of one language; `engine` calls belong on one thread at a time."""

    def __init__(self, language: str, engine: Engine, terms: set[str],
                 user: UserDictionary) -> None:
        self.language = language
        self.engine = engine
        self.terms = terms
        self.user = user
        self.ignored: set[str] = set()
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, list[str]] = {}
        self._lock = threading.Lock()  # one engine call at a time

    # -- without Hunspell (GUI thread) --------------------------------------------------

    def _accepted(self, word: str) -> bool:
        if word in self.ignored or word in self.user or knows(self.terms, word):
            return True
        return self.language == "ar" and self._arabic_term_with_proclitics(word)

    def _arabic_term_with_proclitics(self, word: str) -> bool:
        rest = word
        for _ in range(2):  # و + ب + السيبرانية
            if not rest.startswith(_ARABIC_PROCLITICS) or len(rest) <= 3:
                return False
            rest = rest[1:]
            # "للإنترنت": the proclitic ل eats the alif of ال.
            if knows(self.terms, rest) or (rest.startswith("ل") and
                                           knows(self.terms, "ا" + rest)):
                return True
        return False

    def status(self, word: str) -> bool | None:
        """True (right), False (misspelt) or None (not looked up yet); never slow."""
        if self._accepted(word):
            return True
        return self._known.get(word)

    def cached_suggestions(self, word: str) -> list[str] | None:
        return self._suggestions.get(word)

    def ignore(self, word: str) -> None:
        """Accept a word for the rest of this session (in every draft of the language)."""
        self.ignored.add(word.replace("’", "'"))

    def add_to_dictionary(self, word: str) -> None:
        """Accept a word from now on, in every language (written to the user's file)."""
        self.user.add(word.replace("’", "'"))

    # -- with Hunspell (worker thread, or tests) ----------------------------------------

    def _engine_spell(self, word: str) -> bool:
        with self._lock:
            if self.engine.spell(word):
                return True
            # "Multi-stakeholder", "CWG-Internet": right when every part is.
            parts = [p for p in _PARTS.split(word) if p]
            if len(parts) > 1:
                return all(self._accepted(p) or not is_checkable(p) or self.engine.spell(p)
                           for p in parts)
            return False

    def check(self, word: str) -> bool:
        """Whether `word` is spelt right (looked up once, then cached)."""
        known = self.status(word)
        if known is not None:
            return known
        right = self._engine_spell(word)
        if len(self._known) >= MAX_CACHED_WORDS:
            self._known.clear()
        self._known[word] = right
        return right

    def misspelt(self, text: str) -> list[Word]:
        """The misspelt words of a text, with their spans."""
        return [w for w in words_to_check(text) if not self.check(w.text)]

    def suggest(self, word: str) -> list[str]:
        """Hunspell's suggestions for a word, best first (cached)."""
        cached = self._suggestions.get(word)
        if cached is None:
            with self._lock:
                found = self.engine.suggest(word)
            cached = list(dict.fromkeys(s for s in found if s != word))[:MAX_SUGGESTIONS]
            self._suggestions[word] = cached
        return cached
