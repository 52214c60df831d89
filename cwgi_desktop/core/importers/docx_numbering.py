"""Word automatic numbering as Word renders it: `word/numbering.xml` plus paragraph numPr.

A paragraph is numbered by its own `w:numPr` (numId + ilvl) or by its style's (following
basedOn). `w:num` points at an `w:abstractNum` holding nine levels (start, numFmt, lvlText
such as `%1.%2`, lvlRestart); counters belong to the abstract list, so two `w:num` of one
abstract list continue each other unless a `w:lvlOverride/w:startOverride` restarts it.
Using a level restarts the levels below it (unless their lvlRestart says otherwise).
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ..errors import ImportRejected
from .docx_styles import WordNames
from .safety import MAX_SIDE_PART_BYTES, REASON_DTD, parse_xml, read_member

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)
_NO_NUMBER_FORMATS = frozenset({"bullet", "none"})


def roman(value: int) -> str:
    out = ""
    for size, letters in _ROMAN:
        while value >= size:
            out += letters
            value -= size
    return out


def letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa.. (the letter repeated)."""
    if value < 1:
        return str(value)
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def format_number(value: int, fmt: str) -> str:
    """One level's counter in its numFmt; formats Word has and we do not map give decimals."""
    if fmt == "lowerLetter":
        return letters(value)
    if fmt == "upperLetter":
        return letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in _NO_NUMBER_FORMATS:
        return ""
    return str(value)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False  # isLgl: show all levels as decimals


@dataclass
class NumberingDefinitions:
    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl: start
    level_overrides: dict[str, dict[int, Level]] = field(default_factory=dict)


def _int(el: etree._Element | None, w: WordNames, default: int | None = None) -> int | None:
    if el is None:
        return default
    try:
        return int(el.get(w.val, ""))
    except ValueError:
        return default


def _level(el: etree._Element, w: WordNames) -> Level:
    q = w.ns
    fmt_el = el.find(f"{{{q}}}numFmt")
    text_el = el.find(f"{{{q}}}lvlText")
    restart = _int(el.find(f"{{{q}}}lvlRestart"), w)
    return Level(
        start=_int(el.find(f"{{{q}}}start"), w, 1) or 0,
        fmt=fmt_el.get(w.val, "decimal") if fmt_el is not None else "decimal",
        text=text_el.get(w.val, "") if text_el is not None else "",
        restart=restart,
        legal=el.find(f"{{{q}}}isLgl") is not None,
    )


def _levels(parent: etree._Element, w: WordNames) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in parent.iter(f"{{{w.ns}}}lvl"):
        ilvl = _int_attr(lvl, f"{{{w.ns}}}ilvl")
        if ilvl is not None and 0 <= ilvl < 9:
            out[ilvl] = _level(lvl, w)
    return out


def _int_attr(el: etree._Element, name: str) -> int | None:
    try:
        return int(el.get(name, ""))
    except ValueError:
        return None


def read_numbering(
    archive: zipfile.ZipFile, part: str, name: str, w: WordNames
) -> NumberingDefinitions:
    """The numbering definitions next to `part`; empty when there are none or they are broken."""
    numbering_part = posixpath.join(posixpath.dirname(part), "numbering.xml")
    defs = NumberingDefinitions()
    if numbering_part not in archive.namelist():
        return defs
    try:
        root = parse_xml(
            read_member(archive, numbering_part, name, MAX_SIDE_PART_BYTES), name,
            "numbering part",
        )
    except ImportRejected as exc:
        if exc.reason == REASON_DTD:
            raise
        return defs  # broken numbering costs us the numbers, not the document
    q = w.ns
    for abstract in root.iter(f"{{{q}}}abstractNum"):
        aid = abstract.get(f"{{{q}}}abstractNumId", "")
        defs.abstract[aid] = _levels(abstract, w)
    for num in root.iter(f"{{{q}}}num"):
        nid = num.get(f"{{{q}}}numId", "")
        ref = num.find(f"{{{q}}}abstractNumId")
        if ref is None:
            continue
        defs.nums[nid] = ref.get(w.val, "")
        for override in num.iter(f"{{{q}}}lvlOverride"):
            ilvl = _int_attr(override, f"{{{q}}}ilvl")
            if ilvl is None:
                continue
            start = _int(override.find(f"{{{q}}}startOverride"), w)
            if start is not None:
                defs.overrides.setdefault(nid, {})[ilvl] = start
            lvl = override.find(f"{{{q}}}lvl")
            if lvl is not None:
                defs.level_overrides.setdefault(nid, {})[ilvl] = _level(lvl, w)
    return defs


class NumberingCounter:
    """Counts numbered paragraphs in document order and renders their numbers."""

    def __init__(self, defs: NumberingDefinitions) -> None:
        self.defs = defs
        self.counters: dict[str, dict[int, int]] = {}  # abstractNumId -> ilvl -> value
        self.started: set[str] = set()  # numIds seen (their startOverride applied once)

    def _level_def(self, nid: str, aid: str, ilvl: int) -> Level | None:
        override = self.defs.level_overrides.get(nid, {}).get(ilvl)
        return override or self.defs.abstract.get(aid, {}).get(ilvl)

    def next(self, nid: str, ilvl: int) -> str:
        """The rendered number (lvlText filled in) of the next paragraph of list `nid`."""
        aid = self.defs.nums.get(nid)
        if aid is None or not 0 <= ilvl < 9:
            return ""
        level = self._level_def(nid, aid, ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(aid, {})
        if nid not in self.started:
            self.started.add(nid)
            for o_lvl, start in self.defs.overrides.get(nid, {}).items():
                counters[o_lvl] = start - 1
                for deeper in [k for k in counters if k > o_lvl]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            deeper_def = self._level_def(nid, aid, deeper)
            if deeper_def is None or deeper_def.restart != 0:
                del counters[deeper]
        return self._render(nid, aid, ilvl, level)

    def _render(self, nid: str, aid: str, ilvl: int, level: Level) -> str:
        if level.fmt in _NO_NUMBER_FORMATS:
            return ""
        counters = self.counters[aid]
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token not in text:
                continue
            k_def = self._level_def(nid, aid, k) or Level()
            value = counters.get(k, k_def.start)
            fmt = "decimal" if level.legal and k < ilvl else k_def.fmt
            text = text.replace(token, format_number(value, fmt))
        return text
