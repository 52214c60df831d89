"""Importing by drag and drop (and the menu): progress off the GUI thread, then a summary."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QPushButton
from ui_helpers import find_dialog, wait_idle

from cwgi_desktop.core.services import importing
from cwgi_desktop.ui.consultation_ui import ConsultationDialog
from cwgi_desktop.ui.import_job import ImportSummaryDialog


def make_folder(root: Path) -> Path:
    folder = root / "meeting-22"
    (folder / "late").mkdir(parents=True)
    (folder / "c77.txt").write_text(
        "C26/77-E\n\nMeaningful connectivity\n\nAffordability remains the main barrier.\n",
        encoding="utf-8")
    (folder / "isoc.md").write_text(
        "# Spam and misuse\n\nSpam remains a concern for users everywhere.\n", encoding="utf-8")
    (folder / "late" / "c77-again.txt").write_bytes((folder / "c77.txt").read_bytes())
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is no zip archive" * 20)
    return folder


def answer_consultation(qtbot: Any, window: Any, name: str | None = None) -> None:
    """The window asks which consultation the files belong to: type `name` (or keep what
    the files say) and press OK."""
    dialog = find_dialog(qtbot, window, ConsultationDialog)
    if name is not None:
        dialog.choice.lineEdit().selectAll()
        qtbot.keyClicks(dialog.choice.lineEdit(), name)
    else:
        dialog.choice.setCurrentIndex(0)
    qtbot.keyClick(dialog.choice, Qt.Key.Key_Return)


def drop(window: Any, paths: list[Path], qtbot: Any = None,
         consultation: str | None = None) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(window.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window refuses the drag"
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()
    if qtbot is not None:
        answer_consultation(qtbot, window, consultation)


def test_dropping_a_folder_imports_it_and_shows_a_summary(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    assert window.model.total == 0
    drop(window, [make_folder(tmp_path)], qtbot)

    summary: ImportSummaryDialog = find_dialog(qtbot, window, ImportSummaryDialog)
    sections = summary.section_texts()
    imported = next(v for k, v in sections.items() if k.startswith("Imported"))
    duplicates = next(v for k, v in sections.items() if k.startswith("Duplicates"))
    rejected = next(v for k, v in sections.items() if k.startswith("Rejected"))
    assert sorted(name for name, _ in imported) == ["c77.txt", "isoc.md"]
    assert any("C26/77-E" in detail for _, detail in imported)
    assert [name for name, _ in duplicates] == ["late/c77-again.txt"]
    assert [name for name, _ in rejected] == ["broken.docx"]
    assert "docx" in rejected[0][1]
    assert "Imported: 2" in summary.counts.text() and "Rejected: 1" in summary.counts.text()

    qtbot.waitUntil(lambda: window.model.total == 2)
    assert "2 contributions" in window.count_label.text()
    assert not any(w.isVisible() for w in window.findChildren(QProgressDialog))
    summary.close()


def test_the_summary_lists_the_files_of_a_folder_that_were_skipped(
        qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    folder = make_folder(tmp_path)
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    drop(window, [folder], qtbot)
    summary: ImportSummaryDialog = find_dialog(qtbot, window, ImportSummaryDialog)
    sections = summary.section_texts()
    assert sections["Skipped (1)"] == [("budget.xlsx", "unsupported file type '.xlsx'")]
    summary.close()


def test_dragging_something_else_is_refused(make_window: Any) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_import_parses_in_a_pool_and_writes_on_the_worker(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """Parsing holds neither the GUI thread nor the database worker: files are parsed on
    pool threads and only written on the worker, one short job per file."""
    folder = make_folder(tmp_path)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(folder / "c77.txt")], ""))
    parsed_on: list[int] = []
    stored_on: list[int] = []
    real_prepare, real_store = importing.prepare_file, importing.store_file

    def prepare(*args: Any, **kw: Any) -> Any:
        parsed_on.append(threading.get_ident())
        return real_prepare(*args, **kw)

    def store(*args: Any, **kw: Any) -> Any:
        stored_on.append(threading.get_ident())
        return real_store(*args, **kw)

    monkeypatch.setattr(importing, "prepare_file", prepare)
    monkeypatch.setattr(importing, "store_file", store)
    window.actions_["import"].trigger()
    answer_consultation(qtbot, window)
    summary = find_dialog(qtbot, window, ImportSummaryDialog)
    worker_thread = window.db.call(lambda _s: threading.get_ident())
    assert parsed_on and stored_on
    assert threading.get_ident() not in parsed_on and worker_thread not in parsed_on
    assert stored_on == [worker_thread]
    assert "Imported: 1" in summary.counts.text()
    assert window.settings.import_folder == str(folder)
    summary.close()


def test_the_worker_answers_while_a_file_is_being_parsed(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """A slow file no longer holds the only database thread: a read submitted meanwhile
    is answered before the parse ends."""
    folder = make_folder(tmp_path)
    window = make_window()
    gate = threading.Event()
    real_prepare = importing.prepare_file

    def slow(path: Path, *args: Any, **kw: Any) -> Any:
        if path.name == "c77.txt":
            gate.wait(10)
        return real_prepare(path, *args, **kw)

    monkeypatch.setattr(importing, "prepare_file", slow)
    job = window.import_paths([folder])
    assert job is not None
    answered: list[int] = []
    window.db.submit(lambda s: s.contributions.count(), answered.append, owner=None)
    qtbot.waitUntil(lambda: bool(answered))
    assert not gate.is_set()  # answered while c77.txt was still being parsed
    gate.set()
    summary = find_dialog(qtbot, window, ImportSummaryDialog)
    assert not summary.report.cancelled
    summary.close()


def test_cancelling_stops_the_import_after_the_current_file(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    folder = make_folder(tmp_path)
    window = make_window()
    gate = threading.Event()
    real_prepare = importing.prepare_file

    def slow(path: Path, *args: Any, **kw: Any) -> Any:
        if path.name == "c77.txt":
            gate.wait(10)  # hold the second file until the test has pressed Cancel
        return real_prepare(path, *args, **kw)

    monkeypatch.setattr(importing, "prepare_file", slow)
    job = window.import_paths([folder])
    assert job is not None
    qtbot.waitUntil(lambda: job.progress.value() >= 1 or "1 of" in job.progress.labelText()
                    or "(2 of" in job.progress.labelText())
    cancel = job.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert job.cancel_requested.is_set()
    gate.set()
    summary = find_dialog(qtbot, window, ImportSummaryDialog)
    assert summary.report.cancelled
    report = summary.report
    # Files are taken in name order: broken.docx was done, c77.txt and the rest were not.
    assert [Path(r["path"]).name for r in report.rejected] == ["broken.docx"]
    assert report.imported == [] and report.duplicates == []
    assert summary.windowTitle() == "Import cancelled"
    wait_idle(qtbot, window)
    assert window.model.total == 0
    summary.close()


def test_the_menu_has_import_actions_with_shortcuts(make_window: Any) -> None:
    window = make_window()
    assert window.actions_["import"].shortcut().toString() == "Ctrl+I"
    assert window.findChild(type(window.actions_["import"]), "actionImportFolder") is not None


def test_import_asks_the_consultation_and_offers_the_recent_ones(
        qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    folder = make_folder(tmp_path)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(folder / "c77.txt")], ""))
    window.actions_["import"].trigger()
    answer_consultation(qtbot, window, "CWG-Internet 23")
    summary = find_dialog(qtbot, window, ImportSummaryDialog)
    summary.close()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.contribution_at(0).consultation == "CWG-Internet 23"
    # The next import offers it first.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(folder / "isoc.md")], ""))
    window.actions_["import"].trigger()
    dialog = find_dialog(qtbot, window, ConsultationDialog)
    assert dialog.choice.currentText() == "CWG-Internet 23"
    qtbot.keyClick(dialog.choice, Qt.Key.Key_Return)
    find_dialog(qtbot, window, ImportSummaryDialog).close()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.model.total == 2)
    assert {window.model.contribution_at(r).consultation for r in range(2)} == {
        "CWG-Internet 23"}
