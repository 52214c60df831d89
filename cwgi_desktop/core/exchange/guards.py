"""Checks a bundle must pass before it may change anything (pure functions, no SQL).

- `lone_surrogate`: JSON may escape half of a UTF-16 pair (`"\\ud800"`); Python decodes it
  into a string that cannot be written anywhere (UnicodeEncodeError in SQLite, in Word);
- `draft_named`: the draft whose blocks a reviewed .docx's bookmarks name most, to
  compare with the draft the user chose for it;
- the merge guards (mass deletion, owner changes, forged histories) are in `merge_guards`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(data: bytes, value: Any) -> bool:
    """Whether decoded JSON `value` (from `data`) holds a lone surrogate anywhere.

    Cheap in the usual case: only JSON that escapes a surrogate at all is walked (a valid
    pair, `"\\ud83d\\ude00"`, decodes to one character and passes)."""
    if not _ESCAPED_SURROGATE.search(data):
        return False
    return _holds_surrogate(value)


def _holds_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def draft_named(bookmarks: Iterable[str], owners: Mapping[str, str]) -> str | None:
    """The draft most of a document's block bookmarks belong to (`owners`: bookmark →
    draft id, over every draft); None when none is known or two drafts tie."""
    counts = Counter(owners[m] for m in bookmarks if m in owners).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]
