"""Languages: French complete, the others prepared, Arabic right to left, English fallback.

The .qm catalogues are built from the .ts sources into a temporary folder (the way
`build/translations.py build` does), with the pseudo-translation beside them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app_helpers import (
    ROOT,
    Sessions,
    application_dialog_classes,
    built_translations,
    clipped_texts,
    dialog_factories,
    load_build_script,
    settings_with_author,
)
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cwgi_desktop.core.demo import install_demo
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui import languages
from cwgi_desktop.ui.editor.editor_labels import block_kind_names, draft_kind_names
from cwgi_desktop.ui.exchange_dialogs import field_names
from cwgi_desktop.ui.languages import has_translation, install_translations
from cwgi_desktop.ui.settings import Settings

TS_FOLDER = ROOT / "cwgi_desktop" / "resources" / "translations"
SHIPPED = ("en", "fr", "ar", "pseudo")


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def translations(qm_folder: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
                 ) -> Iterator[Path]:
    monkeypatch.setenv("CWGI_TRANSLATIONS_DIR", str(qm_folder))
    yield qm_folder
    install_translations(qapp, "en")


@pytest.fixture
def sessions(qtbot: Any) -> Iterator[Sessions]:
    opened = Sessions(qtbot)
    yield opened
    opened.close_all()


@pytest.fixture
def demo_store(store_path: Path) -> Path:
    store = Store(store_path)
    try:
        install_demo(store)
    finally:
        store.close()
    return store_path


def _file_menu(window: Any) -> str:
    return window.menuBar().actions()[0].text()


def test_every_shipped_language_has_a_ts_and_french_is_complete() -> None:
    script = load_build_script()
    status = script.status()
    assert set(status) == {"fr", "es", "ru", "zh", "ar"}
    for language in status:
        root = ET.parse(TS_FOLDER / f"cwgi_desktop_{language}.ts").getroot()
        assert root.get("language") == language
    for language, (finished, total) in status.items():
        assert total > 400 and finished == total, (
            f"{language} is incomplete ({finished}/{total}): run build/translations.py "
            "update, then `unfinished`/`apply` for the new strings")


def test_every_english_plural_has_its_singular_and_plural() -> None:
    """Without them Qt shows the source, "1 source(s)": the English catalogue holds only
    the plural messages, and each needs both forms."""
    script = load_build_script()
    root = ET.parse(TS_FOLDER / "cwgi_desktop_en.ts").getroot()
    plurals = [m for m in root.iter("message") if m.get("numerus") == "yes"]
    assert len(plurals) > 10
    missing = [m.findtext("source") for m in plurals if not script.is_finished(m)]
    assert missing == [], "run build/translations.py unfinished en, then apply en"


def test_translations_drafted_without_a_native_speaker_say_so() -> None:
    """Arabic, Chinese, Russian and Spanish were drafted without a native speaker: every
    message carries the review note, so a reviewer finds them in Qt Linguist."""
    script = load_build_script()
    for language in ("es", "ru", "zh", "ar"):
        root = ET.parse(TS_FOLDER / f"cwgi_desktop_{language}.ts").getroot()
        unreviewed = [m for m in root.iter("message")
                      if m.findtext("translatorcomment") != script.REVIEW_NOTE]
        assert unreviewed == [], (language, unreviewed[0].findtext("source"))


def test_the_french_catalogue_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """A string added in the code without `translations.py update` fails here."""
    script = load_build_script()
    probe = tmp_path / "probe.ts"
    lupdate = script.find_tool("lupdate")
    script.run([*lupdate, *map(str, script.sources()), "-ts", str(probe), "-locations",
                "none", "-silent"])

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.iter("context") for m in c.iter("message")}

    missing = messages(probe) - messages(TS_FOLDER / "cwgi_desktop_fr.ts")
    assert not missing, f"not in the .ts (run build/translations.py update): {sorted(missing)[:10]}"


def test_without_a_catalogue_the_interface_stays_in_english(
        make_window: Any, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWGI_TRANSLATIONS_DIR", str(tmp_path / "none"))
    try:
        assert install_translations(qapp, "fr") == "fr"
        assert not has_translation("fr")
        window = make_window()
        assert _file_menu(window) == "&File"
    finally:
        install_translations(qapp, "en")


def test_the_default_language_is_the_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(languages.QLocale, "system", staticmethod(lambda: QLocale("fr_CH")))
    assert languages.effective_language("") == "fr"
    monkeypatch.setattr(languages.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert languages.effective_language("") == "en"
    assert languages.effective_language("ar") == "ar"


def test_choosing_french_reopens_the_window_in_french(
        translations: Path, sessions: Sessions, qtbot: Any, seeded: dict,
        store_path: Path) -> None:
    settings = settings_with_author()
    settings.demo_offered = True
    session = sessions.start(store_path, settings)
    window = session.window
    assert _file_menu(window) == "&File"
    dialog = window.main_actions.open_preferences()
    qtbot.waitExposed(dialog)
    assert "French" not in dialog.interface_language.itemText(
        dialog.interface_language.findData("fr"))
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("fr"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    french = sessions.wait_window(session, previous=window)
    assert _file_menu(french) == "&Fichier"
    assert french.workspaces.tabText(0) == "Contributions"
    assert french.search_dock.windowTitle() == "Recherche"
    assert french.model.total == 5  # the same store, reopened
    assert Settings().language == "fr"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_lays_the_window_out_right_to_left(
        translations: Path, sessions: Sessions, qtbot: Any, seeded: dict,
        store_path: Path) -> None:
    settings = settings_with_author()
    settings.demo_offered = True
    settings.language = "ar"
    install_translations(QApplication.instance(), settings.language)
    session = sessions.start(store_path, settings)
    window = session.window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.navigator_dock.x() > window.annotations_dock.x()  # docks mirrored
    assert window.table.isRightToLeft()


@pytest.mark.parametrize("language", SHIPPED)
def test_every_dialog_opens_in(language: str, translations: Path, qapp: Any, qtbot: Any,
                               make_window: Any, demo_store: Path) -> None:
    install_translations(qapp, language)
    window = make_window(demo_store)
    factories = dialog_factories(window, qtbot)
    missing = set(application_dialog_classes()) - set(factories)
    assert not missing, f"dialogs the test does not open (add them to app_helpers): {missing}"
    problems: list[str] = []
    for name, make in factories.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.adjustSize()
        assert dialog.isVisible(), name
        if language == "ar" and not dialog.isRightToLeft():
            problems.append(f"{name} is not right to left")
        if language == "pseudo":
            if not dialog.windowTitle().startswith("["):
                problems.append(f"{name}: title not translatable: {dialog.windowTitle()!r}")
            problems += [f"{name}: {text}" for text in clipped_texts(dialog)]
        if language == "fr" and dialog.windowTitle() == "Preferences":
            problems.append("PreferencesDialog shown in English")
        # Let the dialog's database jobs and background tasks finish before it goes.
        qtbot.waitUntil(lambda: window.db.pending == 0, timeout=10_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        dialog.close()
    assert not problems, "\n".join(problems)


def test_pseudo_translation_leaves_no_main_window_text_clipped(
        translations: Path, qapp: Any, make_window: Any, demo_store: Path) -> None:
    install_translations(qapp, "pseudo")
    window = make_window(demo_store)
    assert _file_menu(window).startswith("[")
    assert not clipped_texts(window.reader.header), clipped_texts(window.reader.header)


def test_every_menu_entry_goes_through_the_translator(
        translations: Path, qapp: Any, make_window: Any) -> None:
    """In the pseudo-translation, an entry still in plain English was never marked with tr."""
    install_translations(qapp, "pseudo")
    window = make_window()
    window.main_actions.recent_menu.aboutToShow.emit()
    plain = []
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        if menu is window.main_actions.recent_menu:
            continue  # file names
        for action in menu.actions():
            if action.menu() is not None:
                pending.append(action.menu())
            elif not action.isSeparator() and not action.text().startswith("["):
                plain.append(action.text())
    assert not plain, plain


def test_the_drafting_workspace_speaks_french_and_stretches_in_pseudo(
        translations: Path, qapp: Any, make_window: Any, demo_store: Path) -> None:
    """The editor's actions, kind names and exchange labels come from the catalogue."""
    install_translations(qapp, "fr")
    window = make_window(demo_store)
    ws = window.drafts
    window.workspaces.setCurrentWidget(ws)
    assert ws.actions_["review"].text() == "Commentaires de relecture…"
    assert ws.actions_["new_draft"].text() == "Nouveau projet…"
    assert ws.actions_["export"].text() == "Exporter…"
    assert ws.kind_combo.itemText(ws.kind_combo.findData("finding")) == "Constatation"
    assert draft_kind_names()["guidelines"] == "Lignes directrices"
    assert field_names()["order"] == "Ordre des blocs"
    assert ws.side.accessibleName() == "Sources citées et couverture"
    window.close()

    install_translations(qapp, "pseudo")
    window = make_window(demo_store)
    ws = window.drafts
    window.workspaces.setCurrentWidget(ws)
    plain = [a.text() for a in ws.actions() if a.text() and not a.text().startswith("[")]
    assert not plain, plain
    assert all(name.startswith("[") for name in block_kind_names().values())
    assert not clipped_texts(ws), clipped_texts(ws)


def test_a_language_outside_the_six_is_shown_as_other(qapp: Any) -> None:
    """The importer labels such a document "other" (issue 13): shown as a word, not a code."""
    from cwgi_desktop.ui.labels import language_name

    assert language_name("other") == "Other language"
