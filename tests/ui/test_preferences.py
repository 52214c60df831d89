"""Preferences: every setting is changed with the keyboard or the mouse, saved on OK, kept
on Cancel, and read back by a new Settings (the INI file)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from ui_helpers import wait_active

from cwgi_desktop.core.exporters.labels import load_labels
from cwgi_desktop.ui.preferences_dialog import PreferencesDialog
from cwgi_desktop.ui.settings import Settings, export_label_overrides, settings_path
from cwgi_desktop.ui.theme import (
    apply_colour_scheme,
    contrast,
    highlight_colours,
    is_dark,
)


def _open(window: Any, qtbot: Any) -> PreferencesDialog:
    dialog = window.main_actions.open_preferences()
    qtbot.waitExposed(dialog)
    wait_active(qtbot, dialog)
    return dialog


def _ok(dialog: PreferencesDialog, qtbot: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_preferences_are_saved_and_read_back(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n")
    folder = tmp_path / "my-backups"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(logo), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    restarts: list[bool] = []
    window.restart_requested.connect(lambda: restarts.append(True))

    dialog = _open(window, qtbot)
    assert dialog.author.hasFocus()
    dialog.author.selectAll()
    qtbot.keyClicks(dialog.author, "Li Wei (China)")
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("fr"))
    dialog.tabs.setCurrentIndex(1)
    dialog.export_language.setCurrentIndex(dialog.export_language.findData("es"))
    dialog.export_font.setCurrentText("Times New Roman")
    qtbot.mouseClick(dialog.logo_browse, Qt.MouseButton.LeftButton)
    assert dialog.logo.text() == str(logo)
    dialog.tabs.setCurrentIndex(2)
    dialog.labels.language.setCurrentIndex(dialog.labels.language.findData("fr"))
    dialog.labels.set_text("purpose", "But")
    dialog.labels.set_text("language_names.ar", "langue arabe")
    dialog.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.backup_browse, Qt.MouseButton.LeftButton)
    dialog.backup_keep.selectAll()
    qtbot.keyClicks(dialog.backup_keep, "25")
    dialog.backup_frequency.setCurrentIndex(dialog.backup_frequency.findData("daily"))
    _ok(dialog, qtbot)

    assert dialog.changed == {"author", "language", "export", "labels", "backups"}
    assert restarts == [True]  # the window reopens in the new language
    saved = Settings()
    assert saved.author == "Li Wei (China)"
    assert window.filter_bar.author == "Li Wei (China)"
    assert saved.language == "fr"
    assert (saved.export_language, saved.export_font, saved.logo_path) == \
        ("es", "Times New Roman", str(logo))
    assert (saved.backup_dir(), saved.backup_keep, saved.backup_frequency) == \
        (folder, 25, "daily")
    overrides = export_label_overrides(saved)
    assert overrides == {"fr": {"purpose": "But", "language_names": {"ar": "langue arabe"}}}
    french = load_labels("fr", overrides)
    assert french.text("purpose") == "But"
    assert french.language_name("ar") == "langue arabe"
    assert french.language_name("en") == "anglais"  # the rest as shipped
    assert "Li Wei" in settings_path().read_text(encoding="utf-8")


def test_cancel_keeps_the_settings_and_reset_clears_overrides(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.settings.label_overrides = {"en": {"purpose": "Aim"}}
    dialog = _open(window, qtbot)
    dialog.author.setText("Someone Else")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Settings().author == "Test Author"

    dialog = _open(window, qtbot)
    assert dialog.labels.current_language() == "en"
    row = next(r for r in range(dialog.labels.table.rowCount())
               if dialog.labels.table.item(r, 0).text() == "purpose")
    assert dialog.labels.table.item(row, 2).text() == "Aim"
    qtbot.mouseClick(dialog.labels.reset_button, Qt.MouseButton.LeftButton)
    _ok(dialog, qtbot)
    assert export_label_overrides(Settings()) == {}
    assert dialog.changed == {"labels"}


def test_an_empty_author_is_not_saved(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    dialog = _open(window, qtbot)
    dialog.author.clear()
    _ok(dialog, qtbot)
    assert Settings().author == "Test Author"
    assert "author" not in dialog.changed


def test_a_damaged_overrides_value_reads_as_none() -> None:
    settings = Settings()
    settings.qsettings.setValue("export/label_overrides", "{not json")
    assert export_label_overrides(settings) == {}
    settings.qsettings.setValue("export/label_overrides", "[1, 2]")
    assert export_label_overrides(settings) == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlights_read_well_in_light_and_dark(scheme: str, qapp: Any) -> None:
    from cwgi_desktop.ui.annotation_controller import PALETTE

    try:
        dark = apply_colour_scheme(qapp, scheme)
        assert dark == (scheme == "dark") == is_dark()
        base = QApplication.palette().base().color()
        for _name, colour in PALETTE:
            background, text = highlight_colours(colour)
            shown = background if background.alpha() == 255 else _over(background, base)
            assert contrast(text, shown) >= 4.5, (scheme, colour)
    finally:
        apply_colour_scheme(qapp, "system")


def _over(top: Any, bottom: Any) -> Any:
    from cwgi_desktop.ui.theme import blend

    return blend(top, bottom)


def test_choosing_dark_recolours_the_open_contribution(
        qtbot: Any, qapp: Any, make_window: Any, seeded: dict,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QTextCursor

    from cwgi_desktop.ui import theme

    monkeypatch.setattr(theme, "_watcher", None)
    watcher = theme.ThemeWatcher(qapp, "system")
    window = make_window()
    cid = seeded["en"].id
    window.db.call(lambda s: s.annotations.add(cid, author="Test Author",
                                              quote="Affordability", colour="#6fa8dc"))
    window.open_contribution(cid)
    qtbot.waitUntil(lambda: bool(window.reader.content and window.reader.content.annotations))

    def span_format() -> Any:
        block = window.reader.text.block_of(3)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + 2)
        return cursor.charFormat()

    try:
        dialog = _open(window, qtbot)
        dialog.colour_scheme.setCurrentIndex(dialog.colour_scheme.findData("dark"))
        _ok(dialog, qtbot)
        assert Settings().colour_scheme == "dark"
        qtbot.waitUntil(is_dark)
        # Widgets take the new application palette when events are processed.
        qtbot.waitUntil(lambda: is_dark(window.reader.text.palette()))
        qtbot.waitUntil(lambda: span_format().background().color().alpha() == 255)
        fmt = span_format()
        assert fmt.background().color().alpha() == 255  # opaque tint, dark text on it
        assert fmt.foreground().color().lightness() < 64
        assert fmt.underlineStyle() != fmt.UnderlineStyle.NoUnderline
    finally:
        watcher.set_preference("system")
        watcher.deleteLater()
    assert not is_dark()
