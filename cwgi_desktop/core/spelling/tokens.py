"""The words of a draft's text that a spell-checker should look at.

Left out, like Word does: citations (`[@C26/77-E ¶3]`), ITU document symbols
(`C26/77`, `CWG-Internet-22/4-E`), URLs, e-mail addresses, file paths, Markdown code
spans, link targets and footnote marks, numbers and any word holding a digit, and words in
capitals (acronyms: ICT, WSIS, ITU-T).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from cwgi_desktop.core.citations import find_citations
from cwgi_desktop.core.importers.patterns import SYMBOL_RE

# Letters, plus the combining marks that belong inside words (Latin accents typed
# decomposed, Arabic short vowels and tatweel): \w alone would cut "مُنظمة" in pieces.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_CHAR = rf"[\w{_MARKS}]"
WORD_RE = re.compile(rf"{_CHAR}+(?:['’\-‐]{_CHAR}+)*")

_SKIP_RES = (
    re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>()\[\]]+"),
    re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),  # e-mail addresses
    re.compile(r"`[^`]*`"),  # code spans
    re.compile(r"\]\([^)\s]*\)"),  # Markdown link targets
    re.compile(r"\[\^[^\]\s]*\]"),  # footnote marks
    re.compile(r"(?<![\w])(?:[A-Za-z]:)?[\w.\-]*[/\\][\w.\-/\\]+\.\w{1,5}\b"),  # paths
    re.compile(r"</?[A-Za-z][^<>]*>"),  # HTML tags
    re.compile(r"(?<![\w\-])ITU-[TRD](?![\w])"),
)


class Word(NamedTuple):
    """A word to check: its span in the text and the form to look up."""

    start: int
    end: int
    text: str


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are never checked (sorted, merged where they overlap)."""
    spans = [span for span, _group in find_citations(text)]
    spans += [m.span() for m in SYMBOL_RE.finditer(text)]
    for pattern in _SKIP_RES:
        spans += [m.span() for m in pattern.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_left(starts, end) - 1  # the last span starting before the word ends
    return i >= 0 and spans[i][1] > start


def is_checkable(word: str) -> bool:
    """Words with digits or underscores, single letters and words in capitals are not."""
    if any(c.isdigit() or c == "_" for c in word):
        return False
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    cased = [c for c in letters if c.isupper() or c.islower()]
    return not (cased and all(c.isupper() for c in cased))


def words_to_check(text: str) -> list[Word]:
    """The words of `text` to look up, with their spans ('’' looked up as "'")."""
    return list(_words(text))


@lru_cache(maxsize=512)
def _words(text: str) -> tuple[Word, ...]:
    # Cached: the highlighter asks again for the same line at every repaint.
    skip = skipped_spans(text)
    starts = [s for s, _e in skip]
    out = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        if not is_checkable(word) or (skip and _inside(m.start(), m.end(), skip, starts)):
            continue
        out.append(Word(m.start(), m.end(), word.replace("’", "'")))
    return tuple(out)


def word_at(text: str, position: int) -> Word | None:
    """The checkable word under a cursor position (at its start, inside, or at its end)."""
    for word in words_to_check(text):
        if word.start <= position <= word.end:
            return word
    return None
