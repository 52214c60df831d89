"""The navigator counts what the store holds; it and the filter bar narrow the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import wait_idle

from cwgi_desktop.ui.navigator import KindRole, ValueRole


def entry(window: Any, kind: str, value: object) -> Any:
    model = window.navigator.model_
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        if index.data(KindRole) == kind and index.data(ValueRole) == value:
            return index
        pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    raise AssertionError(f"no navigator entry {kind}={value}")


def test_the_navigator_counts_and_filters(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.navigator.model_.rowCount() == 6)
    assert entry(window, "all", None).data().endswith("(5)")
    consultation = entry(window, "consultation", "CWG-Internet 22")
    assert consultation.data().endswith("(2)")
    arabic = entry(window, "language", "ar")
    assert "العربية" in arabic.data() and arabic.data().endswith("(1)")

    window.navigator.setCurrentIndex(consultation)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.total == 2)
    assert window.filter_bar.consultation.currentData() == "CWG-Internet 22"
    assert "2 contributions" in window.count_label.text()

    window.navigator.setCurrentIndex(entry(window, "source_type", "Member State"))
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.total == 1)  # both filters hold

    window.navigator.setCurrentIndex(entry(window, "all", None))
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.total == 5)
    assert window.filter_bar.consultation.currentIndex() == 0


def test_my_annotations_and_authors(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    en, fr = seeded["en"].id, seeded["fr"].id
    window.db.call(lambda s: s.annotations.add(en, author="Test Author", quote="Introduction"))
    window.db.call(lambda s: s.annotations.add(fr, author="Delegate B", quote="Introduction"))
    window.reload_facets()
    window.model.reload()
    wait_idle(qtbot, window)
    window.filter_bar.mine.setChecked(True)
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.contribution_at(0).id == en

    qtbot.waitUntil(lambda: entry(window, "author", "Delegate B").data().endswith("(1)"))
    window.navigator.setCurrentIndex(entry(window, "author", "Delegate B"))
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    panel = window.annotations_panel
    assert panel.author.currentData() == "Delegate B"
    assert panel.scope.currentData() == "all"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert "C26/77-F" in panel.model.data(panel.model.index(0))


def test_filters_by_language_and_theme(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    theme = window.db.call(lambda s: s.themes.add("Multilingualism"))
    window.db.call(lambda s: s.annotations.add(seeded["zh"].id, author="X", quote="国际化域名",
                                              themes=[theme.id]))
    window.reload_facets()
    wait_idle(qtbot, window)
    window.filter_bar.choose("language", "fr")
    qtbot.waitUntil(lambda: window.model.total == 1)
    window.filter_bar.clear()
    qtbot.waitUntil(lambda: window.model.total == 5)
    theme_entry = entry(window, "theme", theme.id)
    assert theme_entry.data().endswith("(1)")
    window.navigator.setCurrentIndex(theme_entry)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.contribution_at(0).id == seeded["zh"].id
