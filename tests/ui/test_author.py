"""The author's name: asked on the first run, kept in settings, carried by annotations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import find_dialog, reactivate, select_in_reader

from cwgi_desktop.core.store import AnnotationFilter
from cwgi_desktop.ui.author_dialog import AuthorDialog
from cwgi_desktop.ui.settings import Settings, settings_path


def test_the_author_is_asked_once_and_kept(
        qtbot: Any, make_window: Any, seeded: dict, store_path: Path) -> None:
    fresh = Settings()
    assert fresh.author == ""
    window = make_window(store_path, fresh)
    dialog = find_dialog(qtbot, window, AuthorDialog)
    assert dialog.name.text() == "Test Author"  # suggested from CWGI_AUTHOR
    dialog.name.clear()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a name is needed
    qtbot.keyClicks(dialog.name, "Amina Diallo (Senegal)")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Settings().author == "Amina Diallo (Senegal)"
    assert "Amina Diallo" in settings_path().read_text(encoding="utf-8")

    reactivate(qtbot, window)
    cid = seeded["en"].id
    window.open_contribution(cid)
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    select_in_reader(window, 2, "Switzerland")
    qtbot.keyClick(window.reader.text, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.db.call(
        lambda s: s.annotations.all(AnnotationFilter(contribution_id=cid)))) == 1)
    annotation = window.db.call(lambda s: s.annotations.all(AnnotationFilter(contribution_id=cid)))
    assert annotation[0].author == "Amina Diallo (Senegal)"
    window.close()

    again = make_window(store_path, Settings())
    qtbot.wait(50)
    assert not [d for d in again.findChildren(AuthorDialog) if d.isVisible()]
    assert again.settings.author == "Amina Diallo (Senegal)"


def test_annotating_before_the_name_is_known_asks_for_it_then_goes_on(
        qtbot: Any, make_window: Any, seeded: dict, store_path: Path) -> None:
    window = make_window(store_path, Settings())
    first = find_dialog(qtbot, window, AuthorDialog)
    first.reject()  # "later"
    reactivate(qtbot, window)
    cid = seeded["en"].id
    window.open_contribution(cid)
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    select_in_reader(window, 2, "Switzerland")
    window.annotator.highlight_action.trigger()
    dialog = find_dialog(qtbot, window, AuthorDialog)
    dialog.name.setText("Li Wei")
    dialog.accept()
    qtbot.waitUntil(lambda: [a.author for a in window.db.call(
        lambda s: s.annotations.all(AnnotationFilter(contribution_id=cid)))] == ["Li Wei"])


def test_the_cli_signs_with_the_author_chosen_in_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        ) -> None:
    """One author setting: the name given at first run (or in Preferences) is the CLI's."""
    import json

    from ui_helpers import add_contribution

    from cwgi_desktop.cli import main
    from cwgi_desktop.core.store import Store
    from cwgi_desktop.core.user_config import settings_file
    from cwgi_desktop.ui.settings import Settings

    monkeypatch.delenv("CWGI_AUTHOR", raising=False)
    settings = Settings()
    settings.author = "Amélie Dupont, ITU"  # a comma: QSettings quotes it in the file
    assert Path(settings.qsettings.fileName()) == settings_file()
    db = tmp_path / "cli.sqlite3"
    store = Store(db)
    try:
        add_contribution(store, "C26/77-E", "Affordability remains the main barrier.")
    finally:
        store.close()
    assert main(["--db", str(db), "annotate", "C26/77-E", "--quote", "Affordability",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["author"] == "Amélie Dupont, ITU"

