"""Write `cwgi_desktop/core/importers/cldr_months.py`: the month names dates are read with.

Loading them from Babel's CLDR data costs every process that reads a date 35 ms (each of
an import's parsing processes among them), for 125 names that only change with CLDR; so
they ship as a table, made here from Babel. `tests/core/test_cldr_months.py` fails when the
table no longer matches the installed Babel: run this again then.

    python build/cldr_months.py
"""

from __future__ import annotations

import pprint
from pathlib import Path

from babel import Locale, __version__

# Wide and abbreviated names, in the form used inside a date ("12 мая") and standing alone,
# for the six languages, plus the Levantine names (Syrian Arabic in CLDR) that Arabic
# documents also use.
LOCALES = ("en", "fr", "es", "ru", "ar", "ar_SY", "zh")
TARGET = Path(__file__).resolve().parent.parent / "cwgi_desktop/core/importers/cldr_months.py"


def month_names() -> dict[str, int]:
    """Month name (lower case, without a final dot) -> 1..12, first locale first."""
    months: dict[str, int] = {}
    for code in LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    name = name.lower().rstrip(".")
                    if len(name) >= 3 and not name.isdigit() and not name.endswith("月"):
                        months.setdefault(name, number)
    return months


def english_names() -> list[str]:
    """The English month names as a date in English writes them before the day."""
    months = Locale.parse("en").months["format"]
    return sorted({name.lower() for width in ("wide", "abbreviated")
                   for name in months[width].values()})


def module_text() -> str:
    return (
        f'"""Month names from the Unicode CLDR (Babel {__version__}), made by '
        'build/cldr_months.py: do not edit."""\n\n'
        f"MONTHS: dict[str, int] = {pprint.pformat(month_names(), width=92, sort_dicts=False)}\n\n"
        f"ENGLISH: tuple[str, ...] = {pprint.pformat(tuple(english_names()), width=92)}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(module_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
