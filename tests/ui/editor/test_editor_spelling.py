"""Spell-checking in the real block editor: the mark, the menu, a fix, the user's words."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from editor_helpers import fresh, select_row, wait_jobs
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.spelling.terms import user_dictionary_path
from cwgi_desktop.ui.editor.spell_highlighter import SPELLING_RED, spelling_bridge
from cwgi_desktop.ui.preferences_dialog import PreferencesDialog
from cwgi_desktop.ui.settings import Settings

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def draft_in(path: Path, language: str, text: str = "") -> str:
    def make(store: Any) -> str:
        draft = draft_service.create_draft(
                store, "analytical_summary", "Spelling", language, template=False)
        store.blocks.insert(draft.id, "paragraph", text, 1)
        return draft.id
    return fresh(path, make)


def wavy_words(editor: Any) -> list[str]:
    """The words carrying the red wave in the editor's layout, as the user sees them."""
    found: list[str] = []
    block = editor.document().firstBlock()
    while block.isValid():
        marked = sorted(i for r in block.layout().formats()
                        if r.format.underlineStyle() == WAVE
                        and r.format.underlineColor().name() == SPELLING_RED
                        for i in range(r.start, r.start + r.length))
        word = ""
        for n, i in enumerate(marked):  # contiguous marked characters make one word
            if n and i != marked[n - 1] + 1:
                found.append(word)
                word = ""
            word += block.text()[i]
        if word:
            found.append(word)
        block = block.next()
    return found


def point_at(editor: Any, position: int) -> QPoint:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return editor.cursorRect(cursor).center()


def open_draft(qtbot: Any, open_workspace: Any, corpus: dict, language: str,
               text: str = "") -> Any:
    draft_in(corpus["path"], language, text)
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    select_row(qtbot, ws, 0)
    return ws


def test_a_typed_typo_gets_the_red_wave_and_a_suggestion_fixes_it(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "en")
    editor = ws.editor
    assert editor.spelling.language == "en"
    editor.setFocus()
    qtbot.keyClicks(editor, "The goverment supports multistakeholder work, see [@C26/77-E].")
    qtbot.waitUntil(lambda: wavy_words(editor) == ["goverment"], timeout=15000)

    start = editor.toPlainText().index("goverment")
    menu = editor.build_context_menu(point_at(editor, start + 3))
    assert isinstance(menu, QMenu)
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "government"
    assert "Ignore" in labels and "Add to my dictionary" in labels
    assert any("Copy" in t for t in labels)  # the standard actions stay below
    next(a for a in menu.actions() if a.text() == "government").trigger()
    menu.close()
    assert editor.toPlainText().startswith("The government supports")
    qtbot.waitUntil(lambda: wavy_words(editor) == [], timeout=15000)
    wait_jobs(qtbot, ws)
    qtbot.waitUntil(lambda: ws.model.blocks[0].text.startswith("The government"),
                    timeout=5000)


def test_the_word_being_typed_is_judged_once_it_is_left(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "en")
    editor = ws.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Our goverment")
    qtbot.wait(300)  # the answer for "goverment" would be back by now: it is not asked
    assert wavy_words(editor) == []
    qtbot.keyClicks(editor, " ")
    qtbot.waitUntil(lambda: wavy_words(editor) == ["goverment"], timeout=15000)
    qtbot.keyClicks(editor, "sais")
    editor.moveCursor(editor.textCursor().MoveOperation.Start)  # left by the arrow keys
    qtbot.waitUntil(lambda: wavy_words(editor) == ["goverment", "sais"], timeout=15000)


def test_only_the_wrong_part_of_a_hyphenated_word_is_marked(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "en",
                    "Support capacity-bulding and multi-stakeholder co-operation.")
    qtbot.waitUntil(lambda: wavy_words(ws.editor) == ["bulding"], timeout=15000)
    menu = ws.editor.build_context_menu(
        point_at(ws.editor, ws.editor.toPlainText().index("bulding") + 2))
    assert "capacity-building" in [a.text() for a in menu.actions()][:3]
    menu.close()


def test_no_menu_entries_for_a_right_word_or_a_citation(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "en",
                    "Cybersecurity matters [@CWG-Internet-22/4-E].")
    editor = ws.editor
    for at in (3, editor.toPlainText().index("Internet") + 2):
        menu = editor.build_context_menu(point_at(editor, at))
        assert "Ignore" not in [a.text() for a in menu.actions()]
        menu.close()
    assert wavy_words(editor) == []


def test_add_to_my_dictionary_persists_and_clears_the_mark(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "fr",
                    "La délégation de Xqzwlandie salue la consultation.")
    editor = ws.editor
    qtbot.waitUntil(lambda: wavy_words(editor) == ["Xqzwlandie"], timeout=15000)
    menu = editor.build_context_menu(point_at(editor, editor.toPlainText().index("Xqzw") + 2))
    next(a for a in menu.actions() if a.text() == "Add to my dictionary").trigger()
    menu.close()
    qtbot.waitUntil(lambda: wavy_words(editor) == [], timeout=5000)
    assert user_dictionary_path().read_text(encoding="utf-8") == "Xqzwlandie\n"
    assert user_dictionary_path().is_relative_to(Path(os.environ["CWGI_DATA_DIR"]))


def test_ignore_clears_the_mark_for_the_session(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "es",
                    "El desarollo de la conectividad.")
    editor = ws.editor
    qtbot.waitUntil(lambda: wavy_words(editor) == ["desarollo"], timeout=15000)
    menu = editor.build_context_menu(point_at(editor, 5))
    assert "desarrollo" in [a.text() for a in menu.actions()][:3]
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    menu.close()
    qtbot.waitUntil(lambda: wavy_words(editor) == [], timeout=5000)
    assert not user_dictionary_path().exists()


@pytest.mark.parametrize(("language", "text", "typo"), [
    ("ru", "Кибербезопасность и безопастность сетей.", "безопастность"),
    ("ar", "الأمن السيبراني ودور الحكومت.", "الحكومت"),
])
def test_russian_and_arabic_drafts_are_checked_in_their_language(
        qtbot: Any, open_workspace: Any, corpus: dict, language: str, text: str,
        typo: str) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, language, text)
    qtbot.waitUntil(lambda: wavy_words(ws.editor) == [typo], timeout=30000)


def test_chinese_drafts_and_the_preference_turn_checking_off(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    ws = open_draft(qtbot, open_workspace, corpus, "zh", "中国支持 goverment 多语种化")
    qtbot.wait(200)
    assert wavy_words(ws.editor) == []
    ws.editor.spelling.set_language("en")
    qtbot.waitUntil(lambda: wavy_words(ws.editor) == ["goverment"], timeout=15000)
    ws.editor.spelling.set_enabled(False)
    assert wavy_words(ws.editor) == []


def test_the_preference_is_saved(qtbot: Any) -> None:
    settings = Settings()
    assert settings.spell_check is True
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.spell_check.isChecked()
    dialog.spell_check.setChecked(False)
    dialog.accept()
    assert "spelling" in dialog.changed
    assert Settings().spell_check is False


def test_the_bridge_follows_the_data_folder() -> None:
    bridge = spelling_bridge()
    assert bridge.service.user.path == user_dictionary_path()
