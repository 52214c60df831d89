"""The export dialog: Word (re-read with python-docx), Markdown, refusal of unresolved
citations, and the first page rendered by LibreOffice when it is installed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from editor_fixtures import seed_realistic_draft
from editor_helpers import wait_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.export_dialog import ExportDialog, soffice_path
from cwgi_desktop.ui.settings import Settings

TITLE = "Meaningful connectivity: key findings"


def open_dialog(qtbot: Any, open_workspace: Any, corpus: dict, *, resolved: bool = True
                ) -> tuple[Any, ExportDialog]:
    store = Store(corpus["path"])
    draft_id = seed_realistic_draft(store)
    if resolved:  # drop the deliberately unresolved citation
        block = next(b for b in store.blocks.all(draft_id) if "C26/99" in b.text)
        store.blocks.update_text(block.id, "Shutdowns undo progress on inclusion.")
    store.close()
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    ws.actions_["export"].trigger()
    return ws, wait_dialog(qtbot, ws, ExportDialog)


def test_export_writes_word_and_markdown(qtbot: Any, open_workspace: Any, corpus: dict,
                                         tmp_path: Path) -> None:
    _ws, dialog = open_dialog(qtbot, open_workspace, corpus)
    out = tmp_path / "out" / "findings.docx"
    dialog.path.setText(str(out))
    dialog.sources.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [out] and out.is_file()
    assert dialog.progress.value() == 100
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert any(TITLE.casefold() == t.strip().casefold() for t in texts)
    assert any("Affordability, not coverage" in t for t in texts)
    assert any("C26/77" in t for t in texts)

    dialog.markdown.click()
    assert dialog.path.text().endswith(".md") and not dialog.sources.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    markdown = out.with_suffix(".md").read_text(encoding="utf-8")
    assert markdown.startswith("---") and TITLE in markdown
    assert "[@C26/77, para 3; @C26/61, para 2]" in markdown
    dialog.reject()


def test_export_refuses_unresolved_citations_and_names_them(
        qtbot: Any, open_workspace: Any, corpus: dict, tmp_path: Path) -> None:
    _ws, dialog = open_dialog(qtbot, open_workspace, corpus, resolved=False)
    out = tmp_path / "refused.docx"
    dialog.path.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "@C26/99" in dialog.status.text())
    assert not out.exists() and dialog.export_button.isEnabled()
    # A draft copy anyway: the unresolved citation is in the file, marked.
    assert dialog.anyway_button.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    texts = _all_text(docx.Document(str(out)))
    assert any("[unresolved: @C26/99" in t for t in texts)
    assert any(t.startswith("DRAFT COPY") and "@C26/99" in t for t in texts)
    assert not dialog.anyway_button.isVisible()
    dialog.reject()


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice is not installed")
def test_the_first_page_is_rendered_off_the_gui_thread(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    _ws, dialog = open_dialog(qtbot, open_workspace, corpus)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # The GUI keeps running while LibreOffice works: the progress moves past "collecting".
    qtbot.waitUntil(lambda: dialog.progress.value() >= 10, timeout=10_000)
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=170_000)
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull(), dialog.status.text()
    assert pixmap.height() > pixmap.width()  # a portrait A4 page
    dialog.reject()


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice is not installed")
def test_the_preview_starts_by_itself_in_the_background_and_never_holds_up_export(
        qtbot: Any, open_workspace: Any, corpus: dict, tmp_path: Path) -> None:
    _ws, dialog = open_dialog(qtbot, open_workspace, corpus)
    # Nobody clicked Preview: LibreOffice is already at work, and the dialog says so.
    qtbot.waitUntil(lambda: "background" in dialog.status.text(), timeout=20_000)
    assert dialog.preview.pixmap().isNull()
    out = tmp_path / "now.docx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file()
    assert dialog.status.text().startswith("Exported to")
    dialog.reject()


def _all_text(document: Any) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def test_export_follows_the_preferences(qtbot: Any, open_workspace: Any, corpus: dict,
                                       tmp_path: Path) -> None:
    """Label texts, font and logo come from Preferences; the language is the draft's."""
    settings = Settings()
    settings.label_overrides = {"fr": {"purpose": "But"}}
    settings.export_font = "Liberation Serif"
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6db5"))
    assert image.save(str(logo))
    settings.logo_path = str(logo)
    with Store(corpus["path"]) as store:
        draft = draft_service.create_draft(
                store, "key_findings", "Connectivité", "fr", template=False,
                                   purpose="Pour information")
        store.blocks.insert(draft.id, "finding", "Le prix limite l'usage [@C26/61, para 2].", 1)
    ws = open_workspace(corpus["path"])
    ws.open_draft(draft.id)
    qtbot.waitUntil(lambda: ws.session.draft_id == draft.id and ws.model.rowCount() == 1)
    ws.actions_["export"].trigger()
    dialog = wait_dialog(qtbot, ws, ExportDialog)
    assert dialog.language.currentData() == "fr"  # no export language set: the draft's
    assert dialog.font_box.currentText() == "Liberation Serif"
    assert dialog.logo.isVisibleTo(dialog) and dialog.logo.isChecked()
    options = dialog.options()
    assert options.label_overrides == {"fr": {"purpose": "But"}}
    assert options.logo_path == str(logo)
    assert (options.author, options.company) == ("", "")
    out = tmp_path / "fr.docx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.reject()

    document = docx.Document(str(out))
    texts = _all_text(document)
    lines = [line.strip() for t in texts for line in t.splitlines()]
    assert "But" in lines and "Pour information" in lines, lines  # the purpose box
    assert "Objet" not in lines  # the standard French label is overridden
    assert "Liberation Serif" in document.styles.element.xml
    assert document.inline_shapes, "the logo is on the cover"
    assert document.core_properties.author == ""


def test_the_draft_language_is_offered_and_another_one_warns(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    """A draft has a language: the dialog offers it; choosing another says that only the
    fixed texts change, and renames the file."""
    settings = Settings()
    settings.author = "Jane Doe (Kenya)"
    ws, dialog = open_dialog(qtbot, open_workspace, corpus)
    assert ws.draft.language == "en" and dialog.language.currentData() == "en"
    assert not dialog.language_warning.isVisibleTo(dialog)
    assert dialog.font_box.currentText() == "Calibri" and not dialog.logo.isVisibleTo(dialog)
    assert dialog.options().logo_path is None and dialog.options().label_overrides == {}
    assert dialog.options().comment_author == "Jane Doe (Kenya)"
    assert dialog.options().author == ""
    stem = Path(dialog.path.text()).stem
    assert stem.endswith("-E"), stem
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language_warning.isVisibleTo(dialog)
    assert "only the fixed texts" in dialog.language_warning.text()
    assert Path(dialog.path.text()).stem == stem[:-2] + "-F"
    assert dialog.options().language == "fr"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_warning.isVisibleTo(dialog)
    assert Path(dialog.path.text()).stem == stem
    dialog.reject()


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice is not installed")
def test_the_preview_follows_the_chosen_language(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    _ws, dialog = open_dialog(qtbot, open_workspace, corpus)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.preview.pixmap().isNull(),
                    timeout=170_000)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.preview.pixmap().isNull()  # the English page is not left on show
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.preview.pixmap().isNull(),
                    timeout=170_000)
    assert dialog.tasks[-1].preview and dialog.tasks[-1].options.language == "ar"
    dialog.reject()


def test_the_export_language_of_the_preferences_wins_with_a_warning(
        qtbot: Any, open_workspace: Any, corpus: dict) -> None:
    settings = Settings()
    settings.export_language = "es"
    ws, dialog = open_dialog(qtbot, open_workspace, corpus)
    assert ws.draft.language == "en" and dialog.language.currentData() == "es"
    assert dialog.language_warning.isVisibleTo(dialog)
    assert Path(dialog.path.text()).stem.endswith("-S")
    dialog.reject()
