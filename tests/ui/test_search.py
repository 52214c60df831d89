"""Search as you type: debounced, hits with bold terms, a hit opens at its paragraph."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import focused

from cwgi_desktop.ui.labels import snippet_html
from cwgi_desktop.ui.search_panel import HtmlRole


def test_typing_a_search_lists_hits_and_enter_opens_the_first_at_its_paragraph(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.search_panel.field
    assert focused() is field

    with qtbot.waitSignal(window.search_panel.searched, timeout=5000) as searched:
        qtbot.keyClicks(field, "affordab")
    assert searched.args == ["affordab", 1]  # one search for the whole word: debounced
    model = window.search_panel.model
    hit = model.hits[0]
    assert hit.contribution_id == seeded["en"].id and hit.paragraph == 3
    assert "<b>Affordability</b>" in model.data(model.index(0), HtmlRole)

    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    reader = window.reader
    assert reader.contribution.id == seeded["en"].id
    assert reader.text.hit_texts() == ["Affordability"]
    assert reader.text.current_paragraph() == 3
    assert focused() is reader.text
    qtbot.waitUntil(lambda: window.db.pending == 0)
    assert window.db.call(lambda s: s.contributions.get(seeded["en"].id).read_at) is not None


def test_keyboard_down_then_enter_opens_the_chosen_hit(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    panel = window.search_panel
    panel.focus_field()
    with qtbot.waitSignal(panel.searched, timeout=5000):
        qtbot.keyClicks(panel.field, "spam")
    assert {h.contribution_id for h in panel.model.hits} == {seeded["isoc"].id}
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert focused() is panel.hits
    qtbot.keyClick(panel.hits, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    assert window.reader.contribution.id == seeded["isoc"].id
    assert all(t.casefold() == "spam" for t in window.reader.text.hit_texts())
    assert len(window.reader.text.hit_texts()) == 2


def test_search_is_accent_insensitive_and_finds_chinese(
        qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    panel = window.search_panel
    for query, expected in (("accessibilite", "fr"), ("多语种", "zh")):
        with qtbot.waitSignal(panel.searched, timeout=5000):
            panel.field.setText(query)
        assert [h.contribution_id for h in panel.model.hits] == [seeded[expected].id]
    panel._choose(panel.model.index(0))
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    assert window.reader.text.hit_texts() == ["多语种"]


def test_no_hits_is_said(qtbot: Any, make_window: Any, seeded: dict) -> None:
    window = make_window()
    panel = window.search_panel
    with qtbot.waitSignal(panel.searched, timeout=5000):
        panel.field.setText("zzzxxq")
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "No hits"


def test_snippet_markup_is_escaped() -> None:
    assert snippet_html("a <b> [[hit]] & c") == "a &lt;b&gt; <b>hit</b> &amp; c"
