"""File → Share annotations… / Import shared work… from the real window's menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.exchange_dialogs import ImportSharedWorkDialog, ShareDialog


def file_menu_action(window: Any, name: str) -> Any:
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menuFile")
    actions = {a.objectName(): a for a in menu.actions()}
    assert name in actions, sorted(actions)
    return actions[name]


def test_share_then_import_from_the_file_menu(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "colleague.sqlite3"
    with Store(other) as store:
        store.contributions.add(sha256="x", paragraphs=[("Affordability first.", "body")],
                               metadata={"symbol": "C26/70-E"})
        store.annotations.add("C26/70-E", author="Bob", quote="Affordability",
                             themes=["Access"])
        exchange_service.export_bundle(store, tmp_path / "bob.cwgibundle")
    window = make_window()

    file_menu_action(window, "actionShareAnnotations").trigger()
    shared = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, ShareDialog) and w.isVisible()]
    assert shared
    shared[0].close()

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "bob.cwgibundle"), "")))
    file_menu_action(window, "actionImportShared").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ImportSharedWorkDialog))
    qtbot.waitUntil(lambda: dialog.merge_result is not None, timeout=10_000)
    assert dialog.merge_result.to_dict()["added"] == 2
    # Bob's annotation waits for its contribution; his theme is in the codebook now.
    assert window.db.call(lambda s: [t.name for t in s.themes.all()]) == ["Access"]
    dialog.close()
