"""Search by meaning in the window: background indexing after import (progress, cancel),
the related-passages dock (language, symbol, paragraph; Enter opens; drag cites), the
search box's "by meaning" option, and theme suggestions accepted or dismissed with a key.

The hash embedder stands in for the model (tests/conftest.py sets CWGI_EMBEDDER=hash):
texts sharing words are "related".
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from ui_helpers import add_contribution, focused, wait_idle

from cwgi_desktop.core.semantic import HashEmbedder, SemanticIndex, embedder
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import AnnotationFilter, Store

ACCESS = "Affordable broadband access should reach every rural village and community."
ACCESS_2 = "Every rural village needs affordable broadband access soon, said the community."
ACCESS_3 = "Rural village community broadband access must become affordable everywhere."
RECIPE = "The recipe calls for two eggs, a cup of flour and a pinch of salt."


@pytest.fixture
def related_store(store_path: Path) -> dict[str, str]:
    store = Store(store_path)
    try:
        ids = {
            "en": add_contribution(store, "C26/5-E", RECIPE, ACCESS, language="en").id,
            "fr": add_contribution(store, "C26/6-F", ACCESS_2, language="fr").id,
            "ru": add_contribution(store, "C26/7-R", RECIPE + " Again.", ACCESS_3,
                                   language="ru").id,
        }
        SemanticIndex(store, HashEmbedder()).build()
    finally:
        store.close()
    return ids


def put_cursor_in(window: Any, paragraph: int) -> None:
    window.reader.text.go_to(paragraph)
    cursor = window.reader.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Right)  # a move: the panel follows it
    window.reader.text.setTextCursor(cursor)


def open_related(qtbot: Any, window: Any, cid: str, paragraph: int) -> Any:
    window.semantic.dock.show()
    window.open_contribution(cid)
    qtbot.waitUntil(lambda: window.reader.contribution is not None
                    and window.reader.contribution.id == cid)
    put_cursor_in(window, paragraph)
    panel = window.semantic.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    return panel


def test_the_panel_lists_related_passages_with_symbol_language_and_number(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    panel = open_related(qtbot, window, related_store["en"], 2)
    assert panel.status.text() == "Passages making the point of ¶2"
    passages = panel.model.passages
    assert {p.symbol for p in passages} == {"C26/6-F", "C26/7-R"}
    assert all(p.contribution_id != related_store["en"] for p in passages)
    shown = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DisplayRole)
    first = passages[0]
    assert first.symbol in shown and f"¶{first.number}" in shown
    assert ("Français" if first.language == "fr" else "Русский") in shown

    # Enter on a passage opens it in the reader, at its paragraph.
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reader.contribution.id == first.contribution_id)
    assert window.reader.text.current_paragraph() == first.paragraph
    assert focused() is window.reader.text


def test_dragging_a_passage_carries_its_citation_into_a_draft(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    panel = open_related(qtbot, window, related_store["en"], 2)
    rows = {p.symbol: i for i, p in enumerate(panel.model.passages)}
    mime = panel.model.mimeData([panel.model.index(rows["C26/6-F"])])
    assert mime.text() == "[@C26/6, para 1]"
    assert panel.model.flags(panel.model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    editor = window.drafts.editor
    assert editor.canInsertFromMimeData(mime)


def test_an_annotation_or_a_finding_shows_its_related_passages(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    window.semantic.dock.show()
    annotation = window.db.call(lambda s: s.annotations.add(
        related_store["fr"], author="A", quote="rural village"))
    window.annotations_panel.scope.setCurrentIndex(1)  # all contributions
    lst = window.annotations_panel.list
    qtbot.waitUntil(lambda: lst.model().rowCount() == 1)
    lst.setCurrentIndex(lst.model().index(0, 0))
    panel = window.semantic.panel
    qtbot.waitUntil(lambda: panel.status.text()
                    == "Passages making the point of the annotation")
    assert {p.symbol for p in panel.model.passages} >= {"C26/5-E", "C26/7-R"}
    assert annotation.contribution_id == related_store["fr"]

    panel.model.set_passages([])
    block = window.db.call(lambda s: s.blocks.insert(
        draft_service.create_draft(s, "key_findings", "F", template=False).id, kind="finding",
        text="Rural broadband access must be affordable [@C26/9, para 1]."))
    window.semantic._block_chosen(_Index(block), _Index(None))
    qtbot.waitUntil(lambda: panel.status.text() == "Passages making the point of the finding")
    assert len(panel.model.passages) == 3


class _Index:
    """What the outline's selection model hands over (a block under BlockRole)."""

    def __init__(self, block: Any) -> None:
        self.block = block

    def isValid(self) -> bool:
        return self.block is not None

    def data(self, _role: int) -> Any:
        return self.block


def test_search_by_meaning_finds_what_the_full_text_misses(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    search = window.search_panel
    with qtbot.waitSignal(search.searched, timeout=5000):
        qtbot.keyClicks(search.field, "broadband village soon")
    assert [h.symbol for h in search.model.hits] == ["C26/6-F"]
    with qtbot.waitSignal(search.searched, timeout=5000):
        search.by_meaning.click()
    symbols = [h.symbol for h in search.model.hits]
    assert symbols[0] == "C26/6-F" and set(symbols) == {"C26/5-E", "C26/6-F", "C26/7-R"}


def test_theme_suggestions_are_accepted_with_enter_and_dismissed_with_delete(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    window.db.call(lambda s: s.annotations.add(related_store["fr"], author="A",
                                              quote="rural village", themes=["Access"]))
    panel = open_related(qtbot, window, related_store["en"], 2)
    qtbot.waitUntil(lambda: panel.suggestions.count() == 1)
    assert panel.suggestions.isVisible() and panel.suggestions.item(0).text() == "Access"
    panel.suggestions.setFocus()
    qtbot.keyClick(panel.suggestions, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.db.call(lambda s: len(s.annotations.all(AnnotationFilter(
        contribution_id=related_store["en"])))) == 1)
    annotation = window.db.call(lambda s: s.annotations.all(AnnotationFilter(
        contribution_id=related_store["en"]))[0])
    assert annotation.paragraph == 2 and annotation.quote == ACCESS
    qtbot.waitUntil(lambda: panel.suggestions.count() == 0)  # annotated now
    assert window.statusBar().currentMessage() == "Theme Access added to the paragraph"
    window.undo_stack.undo()  # one undoable step, like any annotation
    qtbot.waitUntil(lambda: window.db.call(lambda s: len(s.annotations.all(AnnotationFilter(
        contribution_id=related_store["en"])))) == 0)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: window.db.call(lambda s: len(s.annotations.all(AnnotationFilter(
        contribution_id=related_store["en"])))) == 1)

    panel = open_related(qtbot, window, related_store["ru"], 2)
    qtbot.waitUntil(lambda: panel.suggestions.count() == 1)
    panel.suggestions.setFocus()
    qtbot.keyClick(panel.suggestions, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.suggestions.count() == 0)
    dismissed = window.db.call(lambda s: s.vectors.dismissed_suggestions(related_store["ru"], 2))
    assert len(dismissed) == 1
    assert window.db.call(lambda s: len(s.annotations.all(AnnotationFilter(
        contribution_id=related_store["ru"])))) == 0


class GatedEmbedder(HashEmbedder):
    """Embeds one batch each time the test opens the gate: progress can be watched."""

    name = HashEmbedder.name

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Semaphore(0)

    def embed(self, texts: list[str]) -> np.ndarray:
        if len(texts) > 1:  # a batch of the indexer; a query goes through
            self.gate.acquire(timeout=10)
        return super().embed(texts)


def test_importing_indexes_in_the_background_with_progress_and_a_stop_button(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = GatedEmbedder()
    monkeypatch.setitem(embedder._defaults, "hash", gated)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for n in range(3):
        (folder / f"c{n}.txt").write_text(
            f"Document C26/{n + 10}-E\n\n" + "\n\n".join(
                f"Paragraph {i} about rural broadband access in contribution {n}."
                for i in range(40)), encoding="utf-8")
    window = make_window()
    indexer = window.semantic.indexer
    job = window.import_paths([folder])
    qtbot.waitUntil(lambda: job.report is not None, timeout=10_000)
    job.summary.close()
    gated.gate.release()  # the first batch
    qtbot.waitUntil(lambda: indexer.bar.isVisible() and indexer.bar.value() >= 32,
                    timeout=10_000)
    assert indexer.bar.maximum() == 120 and indexer.label.isVisible()
    qtbot.mouseClick(indexer.cancel_button, Qt.MouseButton.LeftButton)
    gated.gate.release()  # the batch under way finishes, then the run stops
    qtbot.waitUntil(lambda: indexer.report is not None, timeout=10_000)
    assert indexer.report.cancelled and 32 <= indexer.report.done < 120
    assert not indexer.bar.isVisible() and not indexer.cancel_button.isVisible()

    for _ in range(10):
        gated.gate.release()
    indexer.start()  # resumes (as the next import or the next start would)
    qtbot.waitUntil(lambda: indexer.report is not None and not indexer.report.cancelled,
                    timeout=10_000)
    assert indexer.report.done == 120
    wait_idle(qtbot, window)


def test_a_closed_dock_asks_nothing_and_opening_it_relates_the_current_paragraph(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    assert not window.semantic.dock.isVisible()  # closed until asked for (View menu)
    window.open_contribution(related_store["en"])
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    put_cursor_in(window, 2)
    qtbot.wait(2 * 300)
    wait_idle(qtbot, window)
    panel = window.semantic.panel
    assert panel.source is None and panel.model.rowCount() == 0
    window.semantic.dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    assert panel.source == (related_store["en"], 2)


def test_indexing_that_ends_while_the_window_closes_asks_nothing_more(
        qtbot: Any, make_window: Any, related_store: dict[str, str]) -> None:
    window = make_window()
    panel = window.semantic.panel
    panel.source = (related_store["en"], 2)
    window.close()
    panel.refresh()  # what the indexer's `finished` does; the worker has stopped
    window.semantic._dock_shown(True)
    assert panel.model.rowCount() == 0
