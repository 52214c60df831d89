"""The first run: the store is created in the data folder, the author is asked, the demo
consultation is offered and imported on the worker; the offer is made once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import Sessions, settings_with_author
from PySide6.QtCore import Qt
from ui_helpers import find_dialog, wait_idle

from cwgi_desktop.core.demo import DEMO_CONSULTATION, demo_files, install_demo
from cwgi_desktop.core.paths import default_db_path, user_data_dir
from cwgi_desktop.core.store import AnnotationFilter, Store
from cwgi_desktop.ui.author_dialog import AuthorDialog
from cwgi_desktop.ui.first_run import DemoOfferDialog
from cwgi_desktop.ui.session import default_store_for
from cwgi_desktop.ui.settings import Settings


@pytest.fixture
def sessions(qtbot: Any) -> Iterator[Sessions]:
    opened = Sessions(qtbot)
    yield opened
    opened.close_all()


def test_the_demo_has_six_languages_and_installs_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "demo.sqlite3")
    try:
        first = install_demo(store)
        assert (first.imported, first.annotations, first.problems) == (6, 8, [])
        languages = {c.language for c in store.contributions.all()}
        assert languages == {"en", "fr", "es", "ar", "zh", "ru"}
        assert all(c.symbol and c.symbol.startswith("CWG-Internet-DEMO-1/")
                   and c.source and c.title and c.date for c in store.contributions.all())
        assert {c.consultation for c in store.contributions.all()} == {DEMO_CONSULTATION}
        again = install_demo(store)
        assert (again.imported, again.duplicates, again.annotations) == (0, 6, 0)
        assert len(store.annotations.all()) == 8
    finally:
        store.close()
    assert len(demo_files()) == 6


def test_first_run_creates_the_store_asks_the_author_and_imports_the_demo(
        qtbot: Any, sessions: Sessions) -> None:
    settings = Settings()
    path = default_store_for(settings, default_db_path())
    assert path == user_data_dir() / "cwgi.sqlite3" and not path.exists()

    session = sessions.start(path, settings, wait=False)
    window = session.window
    qtbot.waitExposed(window)
    assert path.exists()  # the database worker created the store

    author = find_dialog(qtbot, window, AuthorDialog)
    author.name.clear()
    qtbot.keyClicks(author.name, "Amina Diallo (Senegal)")
    qtbot.keyClick(author.name, Qt.Key.Key_Return)

    offer = find_dialog(qtbot, window, DemoOfferDialog)
    assert offer.load_button.hasFocus()
    qtbot.mouseClick(offer.load_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.total == 6, timeout=10_000)
    wait_idle(qtbot, window)
    annotations = window.db.call(lambda s: s.annotations.all(AnnotationFilter()))
    assert len(annotations) == 8
    assert "Demo consultation loaded" in window.statusBar().currentMessage()
    assert Settings().author == "Amina Diallo (Senegal)"
    assert Settings().demo_offered
    assert Settings().recent_stores == [str(path.resolve())]
    qtbot.waitUntil(lambda: window.navigator.model_.rowCount() > 0)


def test_declining_the_demo_is_remembered(qtbot: Any, sessions: Sessions,
                                          store_path: Path) -> None:
    settings = settings_with_author()
    session = sessions.start(store_path, settings)
    window = session.window
    offer = find_dialog(qtbot, window, DemoOfferDialog)
    qtbot.mouseClick(offer.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Settings().demo_offered)
    assert window.model.total == 0
    window.close()

    again = sessions.start(store_path, Settings())
    qtbot.wait(100)
    assert not [d for d in again.window.findChildren(DemoOfferDialog) if d.isVisible()]


def test_a_store_with_contributions_is_not_offered_the_demo(
        qtbot: Any, sessions: Sessions, seeded: dict, store_path: Path) -> None:
    session = sessions.start(store_path, settings_with_author())
    wait_idle(qtbot, session.window)
    qtbot.wait(100)
    assert not [d for d in session.window.findChildren(DemoOfferDialog) if d.isVisible()]
    assert not Settings().demo_offered  # a later empty store still gets the offer


def test_help_loads_the_demo_again_without_duplicates(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.main_actions.actions["demo"].trigger()
    qtbot.waitUntil(lambda: window.model.total == 6, timeout=10_000)
    wait_idle(qtbot, window)
    window.main_actions.actions["demo"].trigger()
    qtbot.waitUntil(lambda: "already" in window.statusBar().currentMessage(), timeout=10_000)
    assert window.db.call(lambda s: s.contributions.count()) == 6
