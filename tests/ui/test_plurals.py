"""Plural forms through Qt (`self.tr("%n drafts", "", n)`), English's singular included,
and Qt's own dialogs in the interface language (qtbase_*.qm)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from app_helpers import ROOT, load_build_script
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import add_contribution, wait_idle

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.languages import install_translations

TS = ROOT / "cwgi_desktop" / "resources" / "translations"


def test_every_plural_has_its_english_singular() -> None:
    script = load_build_script()
    root = ET.parse(TS / "cwgi_desktop_en.ts").getroot()
    messages = list(root.iter("message"))
    assert messages, "no plural message: cwgi_desktop_en.ts is empty"
    unfinished = [m.findtext("source") for m in messages if not script.is_finished(m)]
    assert unfinished == []
    # Every plural of the code is in it (a plural missing there reads "1 contributions").
    french = ET.parse(TS / "cwgi_desktop_fr.ts").getroot()
    plural_fr = {m.findtext("source") for m in french.iter("message")
                 if m.get("numerus") == "yes"}
    assert plural_fr == {m.findtext("source") for m in messages}


@pytest.mark.parametrize(("language", "one", "none"), [
    ("en", "1 contribution", "0 contributions"),
    ("fr", "1 contribution", "0 contribution"),  # French: 0 takes the singular
])
def test_the_count_in_the_status_bar_has_the_language_s_plural(
        qtbot: Any, make_window: Any, store_path: Path, qapp: Any, language: str,
        one: str, none: str) -> None:
    install_translations(qapp, language)
    try:
        window = make_window()
        assert window.count_label.text() == none
        store = Store(store_path)
        try:
            add_contribution(store, "C26/77-E", "Text.", title="One")
        finally:
            store.close()
        window.model.reload()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: window.count_label.text() == one)
    finally:
        install_translations(qapp, "en")


def test_qt_s_own_buttons_are_in_french(qapp: Any) -> None:
    install_translations(qapp, "fr")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Annuler", "Enregistrer"}
    finally:
        install_translations(qapp, "en")


def test_stakeholder_groups_are_shown_in_french(
        qtbot: Any, make_window: Any, seeded: dict, qapp: Any) -> None:
    install_translations(qapp, "fr")
    try:
        window = make_window()
        qtbot.waitUntil(lambda: window.facets.source_types != [])
        model = window.navigator.model_
        texts = [model.item(r).child(c).text().strip("\u2068\u2069 ")
                 for r in range(model.rowCount()) for c in range(model.item(r).rowCount())]
        texts = [t.replace("\u2068", "").replace("\u2069", "") for t in texts]
        assert any(t.startswith("État Membre") for t in texts), texts
        assert not any(t.startswith("Member State") for t in texts)
        fb = window.filter_bar.source_type
        assert any(fb.itemText(i).lstrip("\u2068").startswith("État Membre")
                   for i in range(fb.count()))
        assert fb.findData("Member State") >= 0  # the filter still matches the stored value
    finally:
        install_translations(qapp, "en")


def test_import_rejection_reasons_are_translated_at_the_edge(
        qtbot: Any, make_window: Any, tmp_path: Path, qapp: Any) -> None:
    """The core says "empty file"; the French window shows "fichier vide"."""
    from ui_helpers import find_dialog

    from cwgi_desktop.ui.core_messages import translate_message
    from cwgi_desktop.ui.import_job import ImportSummaryDialog

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    install_translations(qapp, "fr")
    try:
        assert translate_message("too many pages (612; the limit is 500)") == \
            "trop de pages (612 ; la limite est 500)"
        assert translate_message("something new") == "something new"
        window = make_window()
        window.import_paths([tmp_path / "empty.txt", tmp_path / "notes.xyz"])
        summary = find_dialog(qtbot, window, ImportSummaryDialog)
        reasons = set()
        for i in range(summary.tree.topLevelItemCount()):
            head = summary.tree.topLevelItem(i)
            reasons |= {head.child(j).text(1) for j in range(head.childCount())}
        assert "fichier vide" in reasons
        assert any(r.startswith("type de fichier non pris en charge") for r in reasons), reasons
        summary.close()
    finally:
        install_translations(qapp, "en")
