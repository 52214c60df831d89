"""The meeting lines of the first page, in the document's language.

Row 1 of the first-page table reads `Council 2026` over `Geneva, 28 April – 8 May 2026`
(`Conseil 2026` / `Genève, 28 avril – 8 mai 2026`, `2026年理事会` / `2026年4月28日至5月8日，
日内瓦`…). A draft stores the two lines as typed, usually in its own language; to print them
in another, they are read back with the label templates of each of the six languages
(`council_line`, `place_dates`, `dates_months`, `dates_days`, `places`, `months`) and
written again with those of the export language. A line that none of them reads is printed
as typed. A meeting typed on one line (`Council 2026, Geneva, 28 April – 8 May 2026`) is
split into the two. Without any meeting line, a Council contribution gets `Council <year>`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from cwgi_desktop.core.exporters.labels import Labels, load_labels
from cwgi_desktop.core.models import LANGUAGES, Draft

__all__ = ["meeting_lines"]

_FIELD = re.compile(r"\{(\w+)\}")
_DASHES = "-–—"


@dataclass(frozen=True)
class _Dates:
    d1: int
    m1: int  # 1-12
    d2: int
    m2: int
    year: int


def _pattern(template: str, fields: dict[str, str]) -> re.Pattern[str]:
    """A regex reading what `template` writes (blanks and dashes loosely)."""
    out, at = [], 0
    for match in _FIELD.finditer(template):
        out.append(_literal(template[at:match.start()]))
        out.append(f"(?P<{match.group(1)}>{fields[match.group(1)]})")
        at = match.end()
    out.append(_literal(template[at:]))
    return re.compile("^" + "".join(out) + "$", re.IGNORECASE)


def _literal(text: str) -> str:
    pieces = []
    for ch in text:
        if ch.isspace():
            pieces.append(r"\s*")
        elif ch in _DASHES:
            pieces.append(rf"\s*[{_DASHES}]\s*")
        else:
            pieces.append(re.escape(ch))
    return "".join(pieces)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _day(labels: Labels) -> str:
    first = re.escape(str(labels.get("first_day", "1")))
    return rf"{first}|\d{{1,2}}"


@lru_cache(maxsize=1)
def _all_labels() -> tuple[Labels, ...]:
    return tuple(load_labels(language) for language in LANGUAGES)


def _read_council(text: str) -> int | None:
    for labels in _all_labels():
        council = re.escape(labels.text("council"))
        match = _pattern(labels.text("council_line"), {"council": council,
                                                       "year": r"\d{4}"}).match(text.strip())
        if match:
            return int(match.group("year"))
    return None


def _month_number(labels: Labels, name: str) -> int:
    months = [m.casefold() for m in labels["months"]]
    return months.index(name.casefold()) + 1


def _day_number(labels: Labels, text: str) -> int:
    return 1 if text == str(labels.get("first_day", "1")) else int(text)


def _read_place_dates(text: str) -> tuple[str, str, _Dates] | None:
    """(place key or the place as typed, whether known, dates) of a place-and-date line."""
    for labels in _all_labels():
        months = _alternatives(list(labels["months"]))
        day = _day(labels)
        fields = {"d1": day, "d2": day, "m1": months, "m2": months, "month": months,
                  "year": r"\d{4}", "place": r".+?"}
        for key in ("dates_months", "dates_days"):
            dates = labels.text(key).replace("{", "\x00").replace("}", "\x01")
            template = labels.text("place_dates").replace("{dates}", dates)
            template = template.replace("\x00", "{").replace("\x01", "}")
            match = _pattern(template, fields).match(text.strip())
            if not match:
                continue
            found = match.groupdict()
            m1 = found.get("m1") or found["month"]
            m2 = found.get("m2") or found["month"]
            when = _Dates(_day_number(labels, found["d1"]), _month_number(labels, m1),
                          _day_number(labels, found["d2"]), _month_number(labels, m2),
                          int(found["year"]))
            place = found["place"].strip()
            return place, _place_key(place), when
    return None


def _place_key(place: str) -> str:
    for labels in _all_labels():
        for key, name in (labels.get("places") or {}).items():
            if str(name).casefold() == place.casefold():
                return key
    return ""


def _write_place_dates(labels: Labels, place: str, key: str, when: _Dates) -> str:
    months = labels["months"]

    def day(n: int) -> str:
        return str(labels.get("first_day", "1")) if n == 1 else str(n)

    if when.m1 == when.m2:
        dates = labels.text("dates_days", d1=day(when.d1), d2=day(when.d2),
                            month=months[when.m1 - 1], year=when.year)
    else:
        dates = labels.text("dates_months", d1=day(when.d1), m1=months[when.m1 - 1],
                            d2=day(when.d2), m2=months[when.m2 - 1], year=when.year)
    name = (labels.get("places") or {}).get(key, place) if key else place
    return labels.text("place_dates", place=name, dates=dates)


def _split_one_line(meeting: str) -> tuple[str, str]:
    """`Council 2026, Geneva, 28 April – 8 May 2026` → the two lines; else (meeting, "")."""
    for separator in (",", "،", "，"):
        head, sep, tail = meeting.partition(separator)
        if sep and _read_council(head) is not None and _read_place_dates(tail.strip()):
            return head.strip(), tail.strip()
    return meeting, ""


def meeting_lines(draft: Draft, labels: Labels,
                  warn: Callable[[str], None] = lambda _message: None) -> tuple[str, str]:
    """(meeting line, place-and-date line) of the first page, in `labels`' language."""
    meeting, detail = draft.meeting.strip(), draft.meeting_detail.strip()
    if meeting and not detail:
        meeting, detail = _split_one_line(meeting)
    if not meeting and draft.kind == "council_contribution" and draft.date[:4].isdigit():
        meeting = labels.text("council_line", council=labels.text("council"),
                              year=draft.date[:4])
    elif meeting:
        year = _read_council(meeting)
        if year is not None:
            meeting = labels.text("council_line", council=labels.text("council"), year=year)
        elif labels.language != draft.language:
            warn(f"meeting line {meeting!r} printed as written (not translated)")
    if detail:
        read = _read_place_dates(detail)
        if read is not None:
            detail = _write_place_dates(labels, *read)
        elif labels.language != draft.language:
            warn(f"place and dates {detail!r} printed as written (not translated)")
    return meeting, detail
