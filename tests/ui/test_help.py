"""Help: About with versions and licences, the user guide, the keyboard shortcuts window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from ui_helpers import find_dialog

from cwgi_desktop import __version__
from cwgi_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog, UserGuideDialog


def test_about_names_the_version_and_every_library_with_its_licence(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.main_actions.actions["about"].trigger()
    dialog = find_dialog(qtbot, window, AboutDialog)
    assert __version__ in dialog.windowTitle() + dialog.findChild(object, "aboutTitle").text()
    rows = {name: (version, licence) for name, version, licence in dialog.rows()}
    for name in ("Qt", "PySide6 (Qt for Python)", "python-docx", "sqlite-utils", "lxml",
                 "pypdfium2 (PDFium)", "markdown-it-py", "platformdirs", "charset-normalizer",
                 "py3langid", "numpy", "Universal Sentence Encoder (multilingual)",
                 "Hunspell (chunspell)", "orjson", "SQLite", "Python"):
        version, licence = rows[name]
        assert version and version[0].isdigit(), name
        assert licence, name
    assert "LGPL" in rows["Qt"][1]
    assert rows["sqlite-utils"][1] == "Apache-2.0"


def test_the_user_guide_tells_the_journey(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = find_dialog(qtbot, window, UserGuideDialog)
    text = dialog.browser.toPlainText()
    positions = [text.index(step) for step in
                 ("Import", "Read", "Annotate", "Draft", "Cite", "Export", "Share")]
    assert positions == sorted(positions)
    assert "offline" in text


def test_the_shortcuts_window_lists_every_shortcut_and_filters(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = find_dialog(qtbot, window, ShortcutsDialog)
    entries = dialog.entries()
    listed = {(name, keys) for _group, name, keys in entries}
    expected = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            expected.add((action.text().replace("&", "").rstrip("…").strip(), ", ".join(keys)))
    assert expected <= listed, expected - listed
    by_name = {name: keys for name, keys in listed}
    for name in ("Import files", "Find in all contributions", "Highlight", "Open store",
                 "Preferences", "User guide", "Keyboard shortcuts"):
        assert name in by_name, name
    assert by_name["Import files"] == QKeySequence("Ctrl+I").toString(
        QKeySequence.SequenceFormat.NativeText)
    groups = {group for group, _name, _keys in entries}
    assert {"File", "Edit", "Annotate", "View", "Help", "Annotations"} <= groups

    qtbot.keyClicks(dialog.filter, "zoom")
    shown = [dialog.tree.topLevelItem(i).child(j).text(0)
             for i in range(dialog.tree.topLevelItemCount())
             for j in range(dialog.tree.topLevelItem(i).childCount())
             if not dialog.tree.topLevelItem(i).child(j).isHidden()
             and not dialog.tree.topLevelItem(i).isHidden()]
    assert shown and all("Zoom" in name for name in shown)


def test_shortcuts_are_not_given_twice(make_window: Any) -> None:
    window = make_window()
    owners: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
            continue
        for key in action.shortcuts():
            name = key.toString()
            if name in owners and owners[name] != action.objectName():
                clashes.append((name, owners[name], action.objectName()))
            owners[name] = action.objectName()
    assert not clashes
