"""The codebook dialog: the Resolution 1305 starter, add, rename, recolour, merge, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox
from ui_helpers import find_dialog

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.codebook_dialog import CodebookDialog, load_codebook, starter_codebook

RES_1305_ISSUES = 11


def themes_by_name(window: Any) -> dict[str, Any]:
    return {t.name: t for t in window.db.call(lambda s: s.themes.all())}


def open_codebook(qtbot: Any, window: Any) -> CodebookDialog:
    window.actions_["codebook"].trigger()
    return find_dialog(qtbot, window, CodebookDialog)


def item_named(dialog: CodebookDialog, name: str) -> Any:
    found = [i for i in _items(dialog) if i.text(0) == name]
    assert found, f"{name} not in the codebook tree"
    return found[0]


def _items(dialog: CodebookDialog) -> list[Any]:
    out, pending = [], [dialog.tree.topLevelItem(i)
                        for i in range(dialog.tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        out.append(item)
        pending += [item.child(i) for i in range(item.childCount())]
    return out


def test_the_starter_codebook_holds_the_eleven_issues_of_resolution_1305() -> None:
    codebook = starter_codebook()
    leaves = [c for group in codebook["themes"] for c in group["children"]]
    assert len(leaves) == RES_1305_ISSUES
    text = " ".join(c["description"] for c in leaves).casefold()
    for issue in ("multilingualization", "connectivity", "domain names", "robustness",
                  "terrorist", "spam", "affordability", "capacity building",
                  "developmental", "privacy", "children"):
        assert issue in text
    assert all(QColor(c["colour"]).isValid() for c in leaves)


def test_loading_the_starter_twice_adds_nothing_the_second_time(tmp_path: Any) -> None:
    store = Store(tmp_path / "s.sqlite3")
    try:
        assert load_codebook(store, starter_codebook()) == (14, 0)
        assert load_codebook(store, starter_codebook()) == (0, 14)
        children = [t for t in store.themes.all() if t.parent_id]
        assert len(children) == RES_1305_ISSUES
    finally:
        store.close()


def test_the_dialog_loads_edits_merges_and_deletes_themes(
        qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    dialog = open_codebook(qtbot, window)
    qtbot.mouseClick(dialog.buttons["starter"], _left())
    qtbot.waitUntil(lambda: len(_items(dialog)) == 14)
    spam = item_named(dialog, "Use and misuse of the Internet, such as spam")
    assert spam.parent().text(0) == "Security and trust"

    # Add a theme under "Security and trust".
    dialog.tree.setCurrentItem(item_named(dialog, "Security and trust"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Phishing", True))
    qtbot.mouseClick(dialog.buttons["child"], _left())
    qtbot.waitUntil(lambda: len(_items(dialog)) == 15)
    assert item_named(dialog, "Phishing").parent().text(0) == "Security and trust"

    # Rename and recolour.
    dialog.tree.setCurrentItem(item_named(dialog, "Phishing"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Phishing and fraud", True))
    qtbot.mouseClick(dialog.buttons["rename"], _left())
    qtbot.waitUntil(lambda: any(i.text(0) == "Phishing and fraud" for i in _items(dialog)))
    dialog.tree.setCurrentItem(item_named(dialog, "Phishing and fraud"))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    qtbot.mouseClick(dialog.buttons["colour"], _left())
    qtbot.waitUntil(lambda: themes_by_name(window)["Phishing and fraud"].colour == "#123456")

    # Merge it into the spam theme: its annotations move there.
    en = window.db.call(lambda s: s.contributions.add(
        sha256="a" * 64, paragraphs=[("Phishing mails cost millions.", "body")],
        metadata={"symbol": "C26/9-E"})[0])
    window.db.call(lambda s: s.annotations.add(en.id, author="Test Author", quote="Phishing",
                                              themes=["Phishing and fraud"]))
    dialog.tree.setCurrentItem(item_named(dialog, "Phishing and fraud"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (
        "Use and misuse of the Internet, such as spam", True))
    qtbot.mouseClick(dialog.buttons["merge"], _left())
    qtbot.waitUntil(lambda: "Phishing and fraud" not in themes_by_name(window))
    spam_id = themes_by_name(window)["Use and misuse of the Internet, such as spam"].id
    annotation = window.db.call(lambda s: s.annotations.all())[0]
    assert annotation.themes == [spam_id]
    qtbot.waitUntil(lambda: item_named(dialog, "Use and misuse of the Internet, such as spam")
                    .text(1) == "1")

    # Delete asks first.
    dialog.tree.setCurrentItem(item_named(dialog, "Developmental aspects of the Internet"))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.buttons["delete"], _left())
    qtbot.wait(100)
    assert "Developmental aspects of the Internet" in themes_by_name(window)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.buttons["delete"], _left())
    qtbot.waitUntil(lambda: "Developmental aspects of the Internet" not in
                    themes_by_name(window))
    # The navigator follows the codebook.
    qtbot.waitUntil(lambda: window.navigator.model_.findItems("Themes")[0].rowCount() == 3)
    dialog.close()


def test_a_name_already_taken_is_refused_with_a_message(
        qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    window = make_window()
    window.db.call(lambda s: s.themes.add("Privacy"))
    dialog = open_codebook(qtbot, window)
    qtbot.waitUntil(lambda: len(_items(dialog)) == 1)
    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("privacy", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    qtbot.mouseClick(dialog.buttons["add"], _left())
    qtbot.waitUntil(lambda: bool(warnings))
    assert "exists" in warnings[0]
    dialog.close()


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
