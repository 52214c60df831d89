"""GUI test set-up: fail on Qt warnings, settings with an author, windows that clean up.

Every window made by `make_window` is closed in teardown, which stops its database worker
thread; no test shares a window with another.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import built_translations
from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType, qInstallMessageHandler
from ui_helpers import add_contribution, wait_idle

from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.languages import install_translations
from cwgi_desktop.ui.main_window import MainWindow
from cwgi_desktop.ui.settings import Settings

# Messages of the offscreen platform itself, not of our code.
IGNORED_QT_MESSAGES = (
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    re.compile(r"This plugin does not support raise\(\)"),
    re.compile(r"This plugin does not support grabbing the keyboard"),
)
_FAILING = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The catalogues built from the .ts sources, English installed as the application
    does: its catalogue holds the singular of each plural ("1 contribution")."""
    folder = built_translations(tmp_path_factory.mktemp("translations"))
    previous = os.environ.get("CWGI_TRANSLATIONS_DIR")
    os.environ["CWGI_TRANSLATIONS_DIR"] = str(folder)
    install_translations(qapp, "en")
    yield
    if previous is None:
        os.environ.pop("CWGI_TRANSLATIONS_DIR", None)
    else:
        os.environ["CWGI_TRANSLATIONS_DIR"] = previous


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[list[str]]:
    """Like qutebrowser: any Qt warning during a test (or its teardown) fails it."""
    messages: list[str] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if kind in _FAILING and not any(p.search(message) for p in IGNORED_QT_MESSAGES):
            where = f" ({context.file}:{context.line})" if context and context.file else ""
            messages.append(f"{kind.name}: {message}{where}")

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)
    if messages:
        pytest.fail("Qt warnings:\n" + "\n".join(messages), pytrace=False)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """Delete this test's closed windows and collect its garbage here, on the GUI thread.

    Left to chance, Python's cycle collector may run on a database worker thread of a later
    test and destroy a Qt object there, which crashes the process.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settings_with_author(name: str = "Test Author") -> Settings:
    """Settings in the test's config folder, with the author already known."""
    s = Settings()
    s.author = name
    return s


@pytest.fixture
def settings() -> Settings:
    return settings_with_author()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


@pytest.fixture
def make_window(qtbot: Any, store_path: Path) -> Iterator[Callable[..., MainWindow]]:
    """Open a MainWindow (shown, first page loaded); all are closed in teardown.

    Without settings given, the window gets settings where the author is already known.
    """
    windows: list[MainWindow] = []

    def make(path: Path | None = None, s: Settings | None = None, *,
             wait: bool = True) -> MainWindow:
        window = MainWindow(path or store_path, s or settings_with_author())
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        if wait:
            wait_idle(qtbot, window)
        return window

    yield make
    for window in windows:
        window.close()
        assert not window.db.running
        window.deleteLater()  # deleted on this thread (see _collect_on_the_gui_thread)


@pytest.fixture
def seeded(store_path: Path) -> dict[str, Contribution]:
    """A small multilingual store: English, French and Arabic versions, a Chinese paper."""
    store = Store(store_path)
    try:
        out = {
            "en": add_contribution(
                store, "C26/77-E", "Introduction",
                "Switzerland welcomes the consultation on meaningful connectivity.",
                "Affordability remains the main barrier to Internet access in least "
                "developed countries.",
                "Open-access policies for submarine cables lower wholesale prices.",
                title="Meaningful connectivity", source="Switzerland",
                source_type="Member State", consultation="Open consultation 2026",
                date="2026-01-15"),
            "fr": add_contribution(
                store, "C26/77-F", "Introduction",
                "La Suisse se félicite de la consultation sur la connectivité significative.",
                "L'accessibilité financière reste le principal obstacle.",
                title="Connectivité significative", source="Suisse",
                source_type="Member State", consultation="Open consultation 2026",
                date="2026-01-15"),
            "ar": add_contribution(
                store, "C26/77-A", "مقدمة",
                "ترحب سويسرا بالمشاورة المفتوحة بشأن التوصيلية المجدية.",
                "تظل القدرة على تحمل التكاليف العائق الرئيسي.",
                title="التوصيلية المجدية", source="سويسرا", source_type="Member State",
                consultation="Open consultation 2026", date="2026-01-15"),
            "zh": add_contribution(
                store, "CWG-Internet-22/5-C", "引言",
                "中国支持互联网多语种化，国际化域名是弥合数字鸿沟的重要手段。",
                title="互联网多语种化", source="中国", source_type="Member State",
                consultation="CWG-Internet 22", date="2025-09-10"),
            "isoc": add_contribution(
                store, "CWG-Internet-22/4-E", "Spam remains a concern for users.",
                "Multistakeholder cooperation against spam is essential.",
                title="Spam and misuse", source="Internet Society",
                source_type="Sector Member", consultation="CWG-Internet 22",
                date="2025-09-10"),
        }
    finally:
        store.close()
    return out
