"""Word lists the dictionaries do not know: the shipped ITU terms and the user's own words.

Both are plain UTF-8 files, one entry a line. An entry of several words ("Member State",
"CWG-Internet") adds each of its words; a word is accepted in any of its casings that the
entry allows (as written, or lower-case in the text when the entry is lower-case).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

from cwgi_desktop.core.atomic_files import write_text_atomically
from cwgi_desktop.core.paths import user_data_dir

USER_DICTIONARY_FILE = "user-dictionary.txt"
_SPLIT = re.compile(r"[\s\-‐/]+")


def read_word_list(path: Path) -> list[str]:
    """The entries of a word list (blank lines and '#' comments left out; none if absent)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return []
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def words_of(entries: list[str]) -> set[str]:
    """Every word of the entries, and each whole hyphenated entry, as written."""
    words: set[str] = set()
    for entry in entries:
        words.add(entry.replace("’", "'"))
        for part in _SPLIT.split(entry):
            if part:
                words.add(part.replace("’", "'"))
    return words


def knows(words: set[str], word: str) -> bool:
    """Whether `word` is in `words` as written, or lower-cased / capitalised like an entry."""
    if word in words:
        return True
    lower = word.lower()
    # "Cybersecurity" at the start of a sentence, "INTERNET" in a heading.
    return lower in words or (word[:1].isupper() and lower.capitalize() in words)


def user_dictionary_path() -> Path:
    """The user's own word list, in the application's data folder."""
    return user_data_dir() / "spelling" / USER_DICTIONARY_FILE


class UserDictionary:
    """The words the user added ("Add to my dictionary"), kept in one file for all languages."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_dictionary_path()
        self._lock = threading.Lock()
        self.entries: list[str] = read_word_list(self.path)
        self.words = words_of(self.entries)

    def __contains__(self, word: str) -> bool:
        return knows(self.words, word.replace("’", "'"))

    def add(self, word: str) -> None:
        """Add a word and write the file at once (atomically: never half-written)."""
        word = " ".join(word.split())
        if not word or word in self.entries:
            return
        with self._lock:
            self.entries.append(word)
            self.words |= words_of([word])
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(self.path, "".join(f"{w}\n" for w in self.entries))

    def remove(self, word: str) -> None:
        with self._lock:
            if word not in self.entries:
                return
            self.entries.remove(word)
            self.words = words_of(self.entries)
            write_text_atomically(self.path, "".join(f"{w}\n" for w in self.entries))
