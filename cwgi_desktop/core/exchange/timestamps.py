"""Timestamps that travel: checked on the way in, and arithmetic that cannot overflow.

A row's `updated` decides last-writer-wins, so a forged clock could make a row win every
merge forever (a bundle stamped `9999-12-31T23:59:59.999999` did, and adding a microsecond
to it then raised OverflowError in every later export, import and resolution). The rules:

- on the way in, a timestamp must be a real instant (no year-1 or year-9999 value that an
  offset pushes outside the calendar) and not later than `MAX_AHEAD` past this laptop's
  clock: a bundle carrying one is refused with one line naming it;
- a stamp already stored beyond that horizon (taken in by an older version) is re-stamped
  by the next exchange (`is_ahead`), so it stops winning;
- `later` never raises: it saturates at the last representable instant.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

MAX_AHEAD = timedelta(days=1)
"""How far past this laptop's clock a travelling timestamp may be (clocks drift, time zones
are set wrong by hours; more than a day ahead is a wrong or forged clock)."""

_LAST = datetime.max.replace(tzinfo=timezone.utc)


# The canonical form (`canonical`: UTC, microseconds), in which every stamp is written:
# read by `fromisoformat` alone (it checks the calendar: month 13, February 30), without
# the general path's steps, which change nothing for it. Hours, minutes and seconds are
# bounded here, so that a value `fromisoformat` might normalize (24:00, a leap second)
# takes the general path; for every value matched and accepted, `canonical` gives the
# value back unchanged (tests/core/test_exchange_timestamps_fast.py holds both to it).
_CANONICAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                        r"\.[0-9]{6}\+00:00").fullmatch
_FROM_ISO = datetime.fromisoformat


class TimestampError(ValueError):
    """A timestamp is malformed, outside the calendar, or too far in the future."""


def parse(value: object) -> datetime:
    """An ISO 8601 date-time as an aware UTC datetime (naive means UTC).

    Raises TimestampError for anything else, including instants an offset pushes outside
    years 1..9999 (which datetime reports as OverflowError).
    """
    if type(value) is str and _CANONICAL(value) is not None:
        try:
            return _FROM_ISO(value)  # offset +00:00: UTC already
        except ValueError:
            pass  # not in the calendar: refused below, as any other
    return parse_any_form(value)


def parse_any_form(value: object) -> datetime:
    """`parse` without its quick path for the canonical form (which gives the same)."""
    if not isinstance(value, str) or len(value) > 40:
        raise TimestampError(f"{value!r}: not a timestamp")
    try:
        moment = datetime.fromisoformat(value.strip())
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc)
    except (ValueError, OverflowError) as exc:
        raise TimestampError(f"{value!r}: not a timestamp") from exc


def canonical(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def now() -> datetime:
    return datetime.now(timezone.utc)


def horizon(at: datetime | None = None) -> datetime:
    """The latest instant a travelling timestamp may carry."""
    base = at or now()
    return base + MAX_AHEAD if base < _LAST - MAX_AHEAD else _LAST


def check_incoming(value: object, at: datetime | None = None) -> str:
    """A bundle's timestamp in canonical form; TimestampError if it cannot be trusted."""
    if type(value) is str and _CANONICAL(value) is not None:
        try:
            moment = _FROM_ISO(value)
        except ValueError:
            pass  # not in the calendar: refused below, as any other
        else:
            if moment <= horizon(at):
                return value  # canonical already (formatting it again costs a microsecond)
    return check_incoming_any_form(value, at)


def check_incoming_any_form(value: object, at: datetime | None = None) -> str:
    """`check_incoming` without its quick path for the canonical form (which gives the
    same)."""
    moment = parse_any_form(value)
    if moment > horizon(at):
        raise TimestampError(f"{canonical(moment)} is in the future (a clock set wrong?)")
    return canonical(moment)


def is_ahead(value: str, at: datetime | None = None) -> bool:
    """Whether a stored timestamp lies beyond the horizon (or cannot be read at all)."""
    try:
        return parse(value) > horizon(at)
    except TimestampError:
        return True


def later(value: str) -> str:
    """One microsecond after `value`, saturating at the last instant (never raises for a
    value `parse` accepts; an unreadable value gives the current time)."""
    try:
        moment = parse(value)
    except TimestampError:
        return canonical(now())
    if moment >= _LAST:
        return canonical(_LAST)
    return canonical(moment + timedelta(microseconds=1))
