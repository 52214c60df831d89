"""The canonical form's quick path in `timestamps.parse` and `check_incoming` gives what
the general path gives (`parse_any_form`, `check_incoming_any_form`: the code before the
quick path): the same instant, the same canonical text, the same refusal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from cwgi_desktop.core.exchange import timestamps
from cwgi_desktop.core.exchange.timestamps import TimestampError

reference_parse = timestamps.parse_any_form
reference_check = timestamps.check_incoming_any_form


def _outcome(function, *args) -> tuple[str, object]:
    try:
        return ("ok", function(*args))
    except TimestampError as exc:
        return ("refused", str(exc))


AT = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)
instants = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59),
                        timezones=st.just(timezone.utc))


@st.composite
def stamps(draw: st.DrawFn) -> str:
    text = timestamps.canonical(draw(instants))
    for _ in range(draw(st.integers(0, 2))):  # a digit or a sign changed here and there
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + draw(st.sampled_from("0123456789+-:.TZ ٣")) + text[at + 1:]
    return text


near = st.datetimes(min_value=datetime(2026, 12, 3), max_value=datetime(2026, 12, 5),
                    timezones=st.just(timezone.utc)).map(timestamps.canonical)


@settings(max_examples=600, deadline=None)
@given(st.one_of(stamps(), near, st.text(max_size=40)))
def test_parse_and_check_incoming_are_the_general_path(value: str) -> None:
    assert _outcome(timestamps.parse, value) == _outcome(reference_parse, value)
    assert _outcome(timestamps.check_incoming, value, AT) == _outcome(reference_check, value, AT)


def test_the_boundary_of_the_horizon_is_the_same() -> None:
    edge = AT + timestamps.MAX_AHEAD
    for moment in (edge, edge + timedelta(microseconds=1), edge - timedelta(microseconds=1)):
        value = timestamps.canonical(moment)
        assert _outcome(timestamps.check_incoming, value, AT) == _outcome(
            reference_check, value, AT)
