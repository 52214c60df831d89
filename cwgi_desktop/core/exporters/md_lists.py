"""`1)` lists in block text, read as the ordered lists the Markdown converter knows.

Council contributions number their proposals `1)`, `2)` (pandoc and CommonMark read that as
an ordered list; Python-Markdown, under the converter, only knows `1.` and wants a blank
line before a list). The converter prints every ordered item as `1)` anyway, so rewriting
the markers is all it takes. Code fences are left alone.
"""

from __future__ import annotations

import re

__all__ = ["parenthesis_lists"]

_PAREN_ITEM = re.compile(r"^([ \t]{0,3})(\d{1,9})\)([ \t]+)")
_DOT_ITEM = re.compile(r"^[ \t]{0,3}\d{1,9}\.[ \t]+")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


def parenthesis_lists(text: str) -> str:
    """`text` with `1) item` lines written `1. item`, a blank line opening each list."""
    if ")" not in text:
        return text
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        if fence is not None:
            out.append(line)
            if line.strip().startswith(fence):
                fence = None
            continue
        if match := _FENCE.match(line):
            fence = match.group(1)
            out.append(line)
            continue
        if match := _PAREN_ITEM.match(line):
            previous = out[-1] if out else ""
            if previous.strip() and not _DOT_ITEM.match(previous):
                out.append("")
            line = f"{match.group(1)}{match.group(2)}.{match.group(3)}{line[match.end():]}"
        out.append(line)
    return "\n".join(out)
