"""The month names dates are read with ship as a table (`importers.cldr_months`, made by
build/cldr_months.py from Babel's CLDR data): it must say what Babel says, and reading a
date must not load Babel (35 ms in every parsing process of an import)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

from cwgi_desktop.core.importers import cldr_months
from cwgi_desktop.core.importers.patterns import month_numbers

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("cldr_months_build",
                                                  ROOT / "build" / "cldr_months.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_month_table_is_what_babel_gives() -> None:
    generator = _generator()
    assert generator.month_names() == cldr_months.MONTHS
    assert tuple(generator.english_names()) == cldr_months.ENGLISH
    shipped = ROOT / "cwgi_desktop/core/importers/cldr_months.py"
    assert generator.module_text() == shipped.read_text(encoding="utf-8")


def test_month_names_of_the_six_languages_and_the_usual_variants() -> None:
    months = month_numbers()
    assert (months["février"], months["fevrier"], months["мая"], months["أيار"],
            months["septiembre"], months["setiembre"], months["sept"]) == (2, 2, 5, 5, 9, 9, 9)


def test_reading_a_date_does_not_load_babel() -> None:
    code = ("import sys\n"
            "from cwgi_desktop.core.importers.metadata import parse_date_line\n"
            "assert parse_date_line('12 mai 2026') == '2026-05-12'\n"
            "assert parse_date_line('September 3, 2026') == '2026-09-03'\n"
            "print('babel' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"
