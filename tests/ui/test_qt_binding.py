"""The Qt binding in use must not leak or drop references on ordinary calls.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every call of a method
returning void, and the interpreter aborted after some thousands of calls. This test
fails on such a binding before users meet the crash.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setMinimumWidth(10)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None references went {before} → {after}"
