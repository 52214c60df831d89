"""Printing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import platform
import statistics
import sys


def machine() -> str:
    import sqlite3

    return (f"{platform.machine()} {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}, Python {sys.version.split()[0]}, "
            f"SQLite {sqlite3.sqlite_version}")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def table(rows: list[tuple[str, str, str, str]]) -> str:
    header = ("benchmark", "figure", "baseline", "ratio / goal")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = "  ".join("{:<" + str(w) + "}" for w in widths)
    return "\n".join([line.format(*header), line.format(*("-" * w for w in widths))]
                     + [line.format(*r) for r in rows])


def median(values: list[float]) -> float:
    return statistics.median(values)
