"""Text folding for search: accent- and case-insensitive, with Chinese/Japanese split per character.

FTS5's `unicode61` tokenizer separates words on spaces, which Chinese does not use, and its
trigram tokenizer cannot match two-character words. So the indexed text is *folded* first:
diacritics removed (Latin, Cyrillic breve/diaeresis, Arabic harakat), case folded, and every
CJK character made a token of its own. A query is folded the same way and CJK runs become
phrase queries of consecutive characters, so 人工 finds 人工智能.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

SNIPPET_OPEN = "[["
SNIPPET_CLOSE = "]]"

# Combining marks removed by folding (NFKD separates them from their base letters).
_COMBINING_CLASS = (
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0640\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
# The CJK characters (each a word of its own), for `_is_cjk` and as a character class.
_CJK_RANGES = ((0x2E80, 0x2FDF), (0x3040, 0x30FF), (0x3100, 0x31FF), (0x3400, 0x4DBF),
               (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xAC00, 0xD7AF))
_CJK = "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES)
_WORD_TAIL = r"[^\W_]+(?:['’][^\W_]+)*"


# The patterns are compiled on first use: a character class of CJK ranges costs `re` a
# Python loop over each of its 45,000 characters, 2-7 ms a pattern, which `cwgi search`
# of a Latin query never needs.
@cache
def _combining() -> re.Pattern[str]:
    return re.compile(_COMBINING_CLASS)


@cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"([{_CJK}])")


@cache
def _cjk_run() -> re.Pattern[str]:
    return re.compile(f"[{_CJK}]+")


@cache
def _cjk_or_not() -> re.Pattern[str]:
    # Runs of CJK and of anything else: greedy runs are one tight loop each in `re`, three
    # times faster over a long text than searching for each CJK character.
    return re.compile(f"[^{_CJK}]+|[{_CJK}]+")


@cache
def _word() -> re.Pattern[str]:
    return re.compile(rf"[{_CJK}]+|{_WORD_TAIL}", re.UNICODE)


_ASCII_WORD = re.compile(_WORD_TAIL)  # _word() on ASCII text (which holds no CJK)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def _is_cjk_run(term: str) -> bool:
    """Whether `term` is CJK characters only (`_cjk_run().fullmatch`)."""
    return bool(term) and not term.isascii() and all(_is_cjk(c) for c in term)


def _fold_whole(text: str) -> str:
    return _combining().sub("", unicodedata.normalize("NFKD", text)).casefold()


def fold(text: str) -> str:
    """Fold text for indexing and querying (same length not guaranteed)."""
    if text.isascii():
        return text.lower()
    return _space_cjk(_fold_whole(text))


def _space_cjk(text: str) -> str:
    """Every CJK character between spaces (as `_cjk_char().sub(r" \1 ", text)`)."""
    runs = _cjk_or_not().findall(text)
    if len(runs) == 1 and not _is_cjk(runs[0][0]):
        return text
    return "".join(f" {'  '.join(run)} " if _is_cjk(run[0]) else run for run in runs)


# Each character's folding, computed once (a translate table filled as characters come).
_FOLDED_CHAR: dict[str, str] = {chr(i): chr(i).lower() for i in range(128)}
# The same, for str.translate (where a snippet maps folded offsets back to the text's).
_PLAIN_TABLE: dict[int, str] = {}


def fold_char(char: str) -> str:
    """Fold one character; may return '' for a lone combining mark."""
    folded = _FOLDED_CHAR.get(char)
    if folded is None:
        folded = _fold_whole(char)
        _FOLDED_CHAR[char] = folded
    return folded


def _one_for_one(text: str) -> bool:
    """Whether every character of `text` folds to exactly one character (then the folded
    text's offsets are the text's own). Fills the translate table with its characters."""
    single = True
    for char in set(text):
        folded = _PLAIN_TABLE.get(ord(char))
        if folded is None:
            folded = _PLAIN_TABLE[ord(char)] = fold_char(char)
        single = single and len(folded) == 1
    return single


def query_terms(query: str) -> list[str]:
    """Split a user query into folded terms; a CJK run is one term (matched as a phrase)."""
    if query.isascii():
        return _ASCII_WORD.findall(query.lower())
    return [m.group(0) for m in _word().finditer(_fold_whole(query))]


_QUOTED = re.compile(r'"([^"]*)"?')


def query_parts(query: str) -> list[tuple[list[str], bool]]:
    """The query as (terms, is_phrase) parts: a "quoted phrase" is one part, every other
    word a part of its own. An unclosed quote runs to the end of the query."""
    parts: list[tuple[list[str], bool]] = []
    last = 0
    for match in _QUOTED.finditer(query):
        parts += [([t], False) for t in query_terms(query[last:match.start()])]
        terms = query_terms(match.group(1))
        if len(terms) > 1:
            parts.append((terms, True))
        elif terms:
            parts.append((terms, False))
        last = match.end()
    parts += [([t], False) for t in query_terms(query[last:])]
    return parts


def _fts_term(term: str) -> str:
    return " ".join(term) if _is_cjk_run(term) else term


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression (implicit AND) for a user query; '' if it holds no term.

    Terms are quoted, so FTS5 operators typed by a user are taken as words; a "quoted
    phrase" is searched as a phrase.
    """
    parts = query_parts(query)
    out = []
    for i, (terms, phrase) in enumerate(parts):
        if phrase:
            out.append('"' + " ".join(_fts_term(t) for t in terms) + '"')
        elif _is_cjk_run(terms[0]):
            out.append('"' + " ".join(terms[0]) + '"')
        elif i == len(parts) - 1 and len(terms[0]) >= 3 and not query.rstrip().endswith('"'):
            # The last word may still be being typed: match it as a prefix.
            out.append('"' + terms[0] + '"*')
        else:
            out.append('"' + terms[0] + '"')
    return " ".join(out)


def fold_plain(text: str) -> str:
    """Fold like `fold`, without spacing CJK characters (for matching in Python)."""
    if text.isascii():
        return text.lower()
    return _fold_whole(text)


def term_patterns(query: str) -> list[re.Pattern[str]]:
    """One regex per query term, matching in `fold_plain` text as the index does.

    Words match whole words, except the last, which matches as a prefix (as in fts_query);
    CJK terms match anywhere.
    """
    parts = query_parts(query)
    patterns = []
    for i, (terms, phrase) in enumerate(parts):
        if phrase:  # the words in sequence, anything but letters between
            body = r"[\W_]*".join(_term_regex(t) for t in terms)
            patterns.append(re.compile(body))
            continue
        term = terms[0]
        if _is_cjk_run(term):
            patterns.append(re.compile(re.escape(term)))
            continue
        prefix = i == len(parts) - 1 and len(term) >= 3 and not query.rstrip().endswith('"')
        tail = "" if prefix else r"(?![^\W_])"
        patterns.append(re.compile(r"(?<![^\W_])" + re.escape(term) + tail))
    return patterns


def _term_regex(term: str) -> str:
    if _is_cjk_run(term):
        return re.escape(term)
    return r"(?<![^\W_])" + re.escape(term) + r"(?![^\W_])"


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold text char by char, remembering for each folded char the original offset."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    if _one_for_one(text):  # then one C-speed translate, not a Python loop per character
        return text.translate(_PLAIN_TABLE), list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        for f in fold_char(char):
            out.append(f)
            offsets.append(i)
    return "".join(out), offsets


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Character spans in the original text where a query term occurs (accent-insensitive).

    Latin/Cyrillic/Arabic terms match at word starts; CJK terms match anywhere.
    """
    terms = query_terms(query)
    if not terms or not text:
        return []
    folded, offsets = _folded_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if _is_cjk_run(term):
            pattern = re.escape(term)
        else:
            pattern = r"(?<![^\W_])" + re.escape(term) + r"[^\W_]*"
        for m in re.finditer(pattern, folded):
            start = offsets[m.start()]
            end = offsets[m.end() - 1] + 1
            spans.append((start, end))
    return _merge(sorted(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, query: str, width: int = 160) -> str:
    """A window of `text` around the first hit, hits wrapped in SNIPPET_OPEN/CLOSE markers."""
    spans = match_spans(text, query)
    if not spans:
        return text[:width] + ("…" if len(text) > width else "")
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space > start - 20 else start
    end = min(len(text), start + width)
    pieces: list[str] = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        pieces += [text[cursor:s], SNIPPET_OPEN, text[s:e], SNIPPET_CLOSE]
        cursor = e
    pieces.append(text[cursor:end])
    if end < len(text):
        pieces.append("…")
    return "".join(pieces)


def word_count(text: str) -> int:
    """Words separated by spaces, counting each CJK character as one word."""
    if text.isascii():
        return len(text.split())
    plain = [run for run in _cjk_or_not().findall(text) if not _is_cjk(run[0])]
    cjk = len(text) - sum(map(len, plain))
    return cjk + sum(len(part.split()) for part in plain)
