"""File ▸ Other tools: REFI-QDA and CSL-JSON from the real window's menu."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.qda_dialogs import ToolJobDialog


def other_tools_action(window: Any, name: str) -> Any:
    menu = window.findChild(QMenu, "menuOtherTools")
    assert menu is not None
    actions = {a.objectName(): a for a in menu.actions()}
    assert name in actions, sorted(actions)
    return actions[name]


def finished_dialog(qtbot: Any) -> ToolJobDialog:
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ToolJobDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=10_000)
    return dialog


def run_entry(qtbot: Any, monkeypatch: pytest.MonkeyPatch, window: Any, name: str,
              path: Path) -> ToolJobDialog:
    """Trigger a menu entry whose file dialog answers `path`; its finished result dialog."""
    answer = staticmethod(lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    other_tools_action(window, name).trigger()
    return finished_dialog(qtbot)


def seed(window: Any) -> None:
    def job(store: Store) -> None:
        store.contributions.add(sha256="x", paragraphs=[("Affordability first.", "body")],
                               metadata={"symbol": "C26/70-E", "title": "Access"})
        store.annotations.add("C26/70-E", author="Bob", quote="Affordability",
                             themes=["Access"], note="Core")
    window.db.call(job)


def test_export_then_import_a_qda_project_from_the_menu(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    seed(window)
    target = tmp_path / "out.qdpx"
    dialog = run_entry(qtbot, monkeypatch, window, "actionExportQdpx", target)
    assert dialog.finished_ok, dialog.summary.text()
    assert "1 coded selection" in dialog.summary.text()
    with zipfile.ZipFile(target) as archive:
        assert "project.qde" in archive.namelist()
    dialog.close()

    # Into a colleague's empty store, through the same menu of their window.
    other = make_window(tmp_path / "colleague.sqlite3")
    dialog = run_entry(qtbot, monkeypatch, other, "actionImportQdpx", target)
    assert dialog.finished_ok, dialog.summary.text()
    assert "1 annotation added" in dialog.summary.text()
    notes = other.db.call(lambda s: [(a.author, a.note) for a in s.annotations.all()])
    assert notes == [("Bob", "Core")]
    dialog.close()


def test_a_bad_file_says_why_and_changes_nothing(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook", encoding="utf-8")
    dialog = run_entry(qtbot, monkeypatch, window, "actionImportQdc", bad)
    assert dialog.finished_ok is False
    assert str(bad) in dialog.summary.text() and "not well-formed" in dialog.summary.text()
    assert window.db.call(lambda s: s.themes.all()) == []
    dialog.close()


def test_csl_json_export_from_the_menu(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    seed(window)
    target = tmp_path / "refs.json"
    dialog = run_entry(qtbot, monkeypatch, window, "actionExportCsl", target)
    assert dialog.finished_ok, dialog.summary.text()
    assert [item["id"] for item in json.loads(target.read_text(encoding="utf-8"))] == \
        ["C26/70-E"]
    dialog.close()


def test_a_count_is_worded_with_the_languages_plural(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Wrote …: 1 theme", never "1 theme(s)": the count is worded by Qt's plural forms."""
    window = make_window()
    seed(window)
    target = tmp_path / "themes.qdc"
    dialog = run_entry(qtbot, monkeypatch, window, "actionExportQdc", target)
    assert dialog.summary.text() == f"Wrote {target}: 1 theme"
    dialog.close()


def test_a_qda_project_is_reported_in_the_interfaces_language(
        qtbot: Any, qapp: Any, make_window: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The export's and the import's lines are worded in the window, not English from the
    core: in French, "1 sélection codée", and the import's counts in French too."""
    from cwgi_desktop.ui.languages import install_translations

    install_translations(qapp, "fr")
    try:
        window = make_window()
        seed(window)
        target = tmp_path / "out.qdpx"
        dialog = run_entry(qtbot, monkeypatch, window, "actionExportQdpx", target)
        assert dialog.summary.text() == (f"{target} enregistré : 1 source, 1 sélection codée, "
                                         "1 code, 1 note")
        dialog.close()
        other = make_window(tmp_path / "colleague.sqlite3")
        dialog = run_entry(qtbot, monkeypatch, other, "actionImportQdpx", target)
        assert dialog.summary.text() == ("1 thème ajouté (0 déjà présents); 1 contribution "
                                         "ajoutée (0 déjà présentes); 1 annotation ajoutée "
                                         "(0 déjà présentes)")
        dialog.close()
    finally:
        install_translations(qapp, "en")
