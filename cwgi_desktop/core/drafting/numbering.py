"""Derived numbering of a draft's blocks, the ITU way. Numbers are computed, never stored.

- Headings are numbered by outline level: `1`, `1.1`, `1.1.1`. A heading resets the counters
  below it; a level skipped (a level-3 heading straight under a level-1 one) counts as 0
  (`1.0.1`), as pandoc does.
- Findings, guidelines and recommendations are numbered `1)`, `2)` … with one sequence per
  kind running through the whole draft (annexes included).
- Annexes are numbered `1`, `2` … (rendered `ANNEX 1`); heading and paragraph numbering
  restarts inside each annex.
- When paragraphs are numbered (ITU reports number every paragraph: `1.1<TAB>text`), a
  paragraph gets the number of its heading plus a counter. Paragraphs and sub-headings share
  that counter, so numbers never clash: heading `1`, paragraphs `1.1`, `1.2`, sub-heading
  `1.3`, its paragraph `1.3.1`. Paragraphs before any heading are numbered `1`, `2` … and
  the first heading then continues the same sequence.
"""

from __future__ import annotations

from collections.abc import Iterable

from cwgi_desktop.core.models import Block

__all__ = [
    "NUMBERED_ITEM_KINDS",
    "PARAGRAPH_NUMBERING_BY_KIND",
    "number_blocks",
    "numbered_paragraphs_default",
    "ordered_blocks",
]

NUMBERED_ITEM_KINDS: tuple[str, ...] = ("finding", "guideline", "recommendation")

# Which draft kinds number their plain paragraphs by default (a setting can override it).
PARAGRAPH_NUMBERING_BY_KIND: dict[str, bool] = {
    "analytical_summary": False,
    "key_findings": False,
    "guidelines": False,
    "council_contribution": True,
    "compilation": False,
}


def numbered_paragraphs_default(kind: str) -> bool:
    """Whether a draft of `kind` numbers its plain paragraphs unless told otherwise."""
    return PARAGRAPH_NUMBERING_BY_KIND.get(kind, False)


def ordered_blocks(blocks: Iterable[Block]) -> list[Block]:
    """The live (not deleted) blocks in document order: by position, ties in given order."""
    live = [(b.position, i, b) for i, b in enumerate(blocks) if not b.deleted]
    live.sort(key=lambda item: (item[0], item[1]))
    return [b for _pos, _i, b in live]


def _dotted(counters: list[int]) -> str:
    return ".".join(str(n) for n in counters)


def number_blocks(blocks: Iterable[Block], numbered_paragraphs: bool = False) -> dict[str, str]:
    """The number of each numbered block, by block id.

    Headings get `1`, `1.1` …; findings, guidelines and recommendations `1)` …; annexes `1` …;
    plain paragraphs `1.1` … only when `numbered_paragraphs` is true. Blocks without a number
    (plain paragraphs otherwise, deleted blocks) are absent from the result. Deterministic:
    the same blocks always give the same numbers.
    """
    numbers: dict[str, str] = {}
    counters: list[int] = []  # counters[i] = current number at outline depth i + 1
    heading_depth = 0  # level of the last heading in the current part (0: none yet)
    item_counts: dict[str, int] = {}
    annex_count = 0

    for block in ordered_blocks(blocks):
        kind = block.kind
        if kind == "heading":
            level = max(1, int(block.level or 1))
            counters = counters[:level]
            counters.extend([0] * (level - len(counters)))
            counters[level - 1] += 1
            heading_depth = level
            numbers[block.id] = _dotted(counters)
        elif kind in NUMBERED_ITEM_KINDS:
            item_counts[kind] = item_counts.get(kind, 0) + 1
            numbers[block.id] = f"{item_counts[kind]})"
        elif kind == "annex":
            annex_count += 1
            counters = []
            heading_depth = 0
            numbers[block.id] = str(annex_count)
        elif kind == "paragraph" and numbered_paragraphs:
            counters = counters[: heading_depth + 1]
            counters.extend([0] * (heading_depth + 1 - len(counters)))
            counters[heading_depth] += 1
            numbers[block.id] = _dotted(counters)
    return numbers
