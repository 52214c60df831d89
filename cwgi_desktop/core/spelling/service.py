"""The spell-checkers of every language, loaded lazily on one worker thread.

All Hunspell work (loading a dictionary, looking up unknown words, suggesting) runs on a
single background thread, so the caller's thread (the GUI) only reads caches. Callbacks run
on that worker thread: a GUI marshals them to its own thread (see ui/editor/spelling.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor

from cwgi_desktop.core.spelling.checker import SpellChecker
from cwgi_desktop.core.spelling.dictionaries import dictionary_files, terms_file
from cwgi_desktop.core.spelling.engine import DictionaryError, open_dictionary
from cwgi_desktop.core.spelling.terms import UserDictionary, read_word_list, words_of


def load_checker(language: str, user: UserDictionary) -> SpellChecker | None:
    """Load a language's checker now (slow); None for a language that is not checked."""
    files = dictionary_files(language)
    if files is None:
        return None
    engine = open_dictionary(*files)
    terms = words_of(read_word_list(terms_file(language)))
    return SpellChecker(language, engine, terms, user)


class SpellService:
    """Lazily loaded checkers, shared by every editor; work queued on one thread."""

    def __init__(self, user: UserDictionary | None = None) -> None:
        self.user = user or UserDictionary()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        self._checkers: dict[str, SpellChecker | None] = {}
        self._loading: dict[str, Future[SpellChecker | None]] = {}
        self._lock = threading.Lock()
        self.errors: dict[str, str] = {}

    def set_user(self, user: UserDictionary) -> None:
        """Another user's word list (a new data folder); words ignored so far are forgotten."""
        self.user = user
        for checker in self._checkers.values():
            if checker is not None:
                checker.user = user
                checker.ignored.clear()

    def checker(self, language: str) -> SpellChecker | None:
        """The loaded checker of a language, or None (not loaded yet, or not checked)."""
        return self._checkers.get(language)

    def load(self, language: str) -> Future[SpellChecker | None]:
        """Start loading a language's dictionary (once); the future gives its checker."""
        with self._lock:
            future = self._loading.get(language)
            if future is None:
                future = self._pool.submit(self._load, language)
                self._loading[language] = future
            return future

    def _load(self, language: str) -> SpellChecker | None:
        """Load on the worker thread (idempotent: jobs call it directly, never wait on it)."""
        if language in self._checkers:
            return self._checkers[language]
        try:
            checker = load_checker(language, self.user)
        except DictionaryError as exc:
            self.errors[language] = str(exc)
            checker = None
        self._checkers[language] = checker
        return checker

    def check_async(self, language: str, words: Iterable[str],
                    done: Callable[[str], None] | None = None) -> Future[list[str]]:
        """Look words up on the worker; `done(language)` is called there afterwards.

        The misspelt ones also get their suggestions computed, so a context menu opened on
        them shows at once.
        """
        todo = list(dict.fromkeys(words))

        def job() -> list[str]:
            checker = self._load(language)
            if checker is None:
                return []
            wrong = [w for w in todo if not checker.check(w)]
            if done is not None:
                done(language)
            for word in wrong[:20]:
                checker.suggest(word)
            return wrong

        return self._pool.submit(job)

    def suggest(self, language: str, word: str, timeout: float | None = 5.0) -> list[str]:
        """Suggestions for a word (waits for the worker; [] if it takes too long)."""
        checker = self.checker(language)
        if checker is not None:
            cached = checker.cached_suggestions(word)
            if cached is not None:
                return cached

        def job() -> list[str]:
            loaded = self._load(language)
            return loaded.suggest(word) if loaded is not None else []

        try:
            return self._pool.submit(job).result(timeout=timeout)
        except TimeoutError:
            return []

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until the work queued so far is done (tests, benchmarks)."""
        self._pool.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
