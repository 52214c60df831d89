"""The exchange dialogs, driven for real: share, import, conflicts, and Word review.

File dialogs are replaced (monkeypatch); every store call goes through the real database
worker, and the tests wait on its results instead of sleeping.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from ui_helpers import wait_active

from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.ooxml import bookmark_name
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services.export import build_export_context
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor import DraftWorkspace
from cwgi_desktop.ui.exchange_dialogs import (
    ConflictsDialog,
    ImportSharedWorkDialog,
    ShareDialog,
    import_shared_work,
    share_annotations,
    show_conflicts,
    show_review,
)
from cwgi_desktop.ui.review_dialog import ReviewDialog

TEXTS = ("Affordability remains the main barrier.", "Open access lowers wholesale prices.")


def seed(path: Path, author: str, quote: str, note: str = "") -> str:
    with Store(path) as store:
        store.contributions.add(
            sha256=hashlib.sha256("|".join(TEXTS).encode()).hexdigest(),
            paragraphs=[(t, "body") for t in TEXTS],
            metadata={"symbol": "C26/77-E", "title": "Connectivity",
                      "consultation": "Open consultation 2026"})
        return store.annotations.add("C26/77", author=author, quote=quote, note=note,
                                    themes=["Affordability"]).id


@pytest.fixture
def worker(qtbot: Any, store_path: Path) -> Iterator[DbWorker]:
    seed(store_path, "Test Author", "main barrier", "Mine")
    db = DbWorker(store_path)
    yield db
    db.stop()
    assert not db.running


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def idle(qtbot: Any, db: DbWorker) -> None:
    qtbot.waitUntil(lambda: db.pending == 0, timeout=10_000)


def click(qtbot: Any, dialog: QWidget, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    button.click()


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[tuple]:
    calls: list[tuple] = []

    def fake(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append(args)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return calls


def open_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(path) if path else "", ""))


def test_share_dialog_writes_a_bundle_with_the_chosen_options(
        qtbot: Any, worker: DbWorker, parent: QWidget, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = share_annotations(parent, worker, author="Test Author")
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    idle(qtbot, worker)
    assert dialog.author.currentData() == "Test Author"
    assert dialog.consultation.findData("Open consultation 2026") >= 0
    for control in (dialog.author, dialog.since, dialog.consultation, dialog.texts,
                    dialog.drafts, dialog.save_button):
        assert control.objectName() and control.accessibleName()
    dialog.since_on.setChecked(True)
    dialog.texts.setChecked(True)
    dialog.consultation.setCurrentIndex(dialog.consultation.findData("Open consultation 2026"))

    out = tmp_path / "mine.cwgibundle"
    save_as(monkeypatch, out)
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        click(qtbot, dialog, "shareSave")
    assert signal.args[0].counts["annotation"] == 1
    assert "mine.cwgibundle" in dialog.status.text()
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["filter"]["author"] == "Test Author"
    assert manifest["filter"]["consultation"] == "Open consultation 2026"
    assert manifest["filter"]["with_texts"] and manifest["filter"]["since"]
    assert manifest["counts"]["texts"] == 1


def test_share_dialog_does_nothing_when_the_file_dialog_is_cancelled(
        qtbot: Any, worker: DbWorker, parent: QWidget, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = share_annotations(parent, worker)
    calls = save_as(monkeypatch, None)
    click(qtbot, dialog, "shareSave")
    assert calls and worker.pending <= 1
    idle(qtbot, worker)
    assert dialog.status.text() == "" and list(tmp_path.glob("*.cwgibundle")) == []


def test_import_shared_work_shows_what_it_did(
        qtbot: Any, worker: DbWorker, parent: QWidget, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "bob.sqlite3"
    seed(other, "Bob", "Open access")
    with Store(other) as store:
        exchange_service.export_bundle(store, tmp_path / "bob.cwgibundle")
    open_file(monkeypatch, tmp_path / "bob.cwgibundle")
    with qtbot.waitSignal(worker.changed, timeout=10_000) as changed:
        dialog = import_shared_work(parent, worker)
    assert isinstance(dialog, ImportSharedWorkDialog)
    assert "conflicts" in changed.args[0] and "annotations" in changed.args[0]
    assert dialog.merge_result.to_dict() == {"added": 2, "updated": 0, "unchanged": 0,
                                       "conflicts": 0}  # Bob's note and his theme
    assert dialog.summary.text() == "Added: 2 · Updated: 0 · Unchanged: 0 · Conflicts: 0"
    assert worker.call(lambda s: [t.name for t in s.themes.all()]) == ["Affordability"]
    assert not dialog.show_conflicts.isVisible()
    authors = worker.call(lambda s: sorted(a.author for a in s.annotations.all()))
    assert authors == ["Bob", "Test Author"]
    open_file(monkeypatch, None)
    assert import_shared_work(parent, worker) is None


def test_a_bad_bundle_is_refused_in_one_line_and_changes_nothing(
        qtbot: Any, worker: DbWorker, parent: QWidget, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.cwgibundle"
    bad.write_bytes(b"PK\x03\x04 truncated")
    open_file(monkeypatch, bad)
    dialog = import_shared_work(parent, worker)
    idle(qtbot, worker)
    assert dialog.summary.text() == (f"Nothing was imported: {bad}: not a CWGI bundle "
                                     "(damaged or truncated archive)")
    assert worker.call(lambda s: len(s.annotations.all())) == 1


@pytest.fixture
def conflicted(worker: DbWorker, tmp_path: Path) -> str:
    """A conflict on the window's store: the same note edited here and on Bob's laptop."""
    bob = tmp_path / "bob.sqlite3"
    worker.call(lambda s: exchange_service.export_bundle(s, tmp_path / "base.cwgibundle"))
    with Store(bob) as store:
        exchange_service.import_bundle(store, tmp_path / "base.cwgibundle")
        note = store.annotations.all()[0]
        store.annotations.update(note.id, note="Bob's reading")
        exchange_service.export_bundle(store, tmp_path / "bob.cwgibundle")
    worker.call(lambda s: s.annotations.update(note.id, note="My reading"))
    assert worker.call(lambda s: exchange_service.import_bundle(
            s, tmp_path / "bob.cwgibundle")).conflicts == 1
    return note.id


def test_the_import_summary_leads_to_the_conflicts(
        qtbot: Any, worker: DbWorker, parent: QWidget, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "bob.sqlite3") as bob:
        seed(tmp_path / "bob.sqlite3", "Bob", "Open access")
        worker.call(lambda s: exchange_service.export_bundle(s, tmp_path / "mine.cwgibundle"))
        exchange_service.import_bundle(bob, tmp_path / "mine.cwgibundle")
        note = next(a for a in bob.annotations.all() if a.author == "Test Author")
        bob.annotations.update(note.id, note="Bob's reading")
        exchange_service.export_bundle(bob, tmp_path / "bob.cwgibundle")
    worker.call(lambda s: s.annotations.update(note.id, note="My reading"))
    open_file(monkeypatch, tmp_path / "bob.cwgibundle")
    dialog = import_shared_work(parent, worker)
    idle(qtbot, worker)
    assert dialog.merge_result.conflicts == 1 and dialog.show_conflicts.isVisible()
    click(qtbot, dialog, "importSharedConflicts")
    conflicts = parent.findChild(ConflictsDialog)
    assert conflicts is not None and conflicts.isVisible()
    idle(qtbot, worker)
    assert conflicts.list.count() == 1


def test_conflicts_dialog_shows_both_versions_and_keeps_one(
        qtbot: Any, worker: DbWorker, parent: QWidget, conflicted: str) -> None:
    dialog = show_conflicts(parent, worker)
    idle(qtbot, worker)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == "Annotation: main barrier"
    assert "My reading" in dialog.mine.toPlainText()
    assert "Bob's reading" in dialog.theirs.toPlainText()
    assert dialog.mine_title.text() == "Mine (in place now)"
    for control in (dialog.list, dialog.mine, dialog.theirs, dialog.keep_mine,
                    dialog.keep_theirs):
        assert control.objectName() and control.accessibleName()
    with qtbot.waitSignal(worker.changed, timeout=10_000):
        click(qtbot, dialog, "conflictKeepTheirs")
    idle(qtbot, worker)
    assert dialog.list.count() == 0 and dialog.empty.isVisible()
    assert not dialog.keep_mine.isEnabled()
    assert worker.call(lambda s: s.annotations.get(conflicted).note) == "Bob's reading"
    assert worker.call(lambda s: s.exchange.conflicts()) == []


def test_a_review_note_in_conflict_is_named_as_one(
        qtbot: Any, worker: DbWorker, parent: QWidget) -> None:
    note = {"id": "n1", "draft_id": "d1", "block_id": None, "author": "Reviewer",
            "initials": "", "date": "", "text": "Cite the source.", "quoted": "",
            "source": "KF.docx", "imported": "2026-02-03T10:00:00.000000+00:00",
            "status": "open", "updated": "2026-02-03T10:00:00.000000+00:00"}

    def conflict(store: Store) -> None:
        with store.transaction() as conn:
            store.exchange.record_conflict(conn, "review_note", (note, "a" * 32),
                                           ({**note, "status": "done"}, "b" * 32),
                                           "mine", "peer", "b.cwgibundle")

    worker.call(conflict)
    dialog = show_conflicts(parent, worker)
    idle(qtbot, worker)
    assert dialog.list.item(0).text() == "Review note: Cite the source."


DRAFT_MD = """---
kind: key_findings
title: Key findings
language: en
---

# Key findings

1. Open access reduces wholesale costs [@C26/77, para 2].
"""


@pytest.fixture
def reviewed(worker: DbWorker, tmp_path: Path) -> tuple[str, Path]:
    """A draft exported to Word, then commented and changed by a reviewer."""
    def export(store: Store) -> tuple[str, str]:
        draft = draft_service.import_markdown(store, DRAFT_MD)
        blocks = store.blocks.all(draft.id)
        export_docx(draft, blocks, tmp_path / "kf.docx",
                    build_export_context(store, draft, blocks))
        return draft.id, next(b.id for b in blocks if b.kind == "finding")

    draft_id, finding = worker.call(export)
    document = Document(str(tmp_path / "kf.docx"))
    paragraph = next(p for p in document.paragraphs if any(
        m.get(qn("w:name")) == bookmark_name(finding) for m in p._p.iter(qn("w:bookmarkStart"))))
    run = next(r for r in paragraph.runs if "costs" in r.text)
    document.add_comment(run, text="Which costs?", author="Reviewer", initials="R")
    run.text = "Open access reduces wholesale "
    deletion = run._r.makeelement(qn("w:del"), {qn("w:id"): "90", qn("w:author"): "Reviewer",
                                                qn("w:date"): "2026-02-03T10:00:00Z"})
    removed = run._r.makeelement(qn("w:r"), {})
    text = removed.makeelement(qn("w:delText"), {})
    text.text = "costs"
    removed.append(text)
    deletion.append(removed)
    insertion = run._r.makeelement(qn("w:ins"), {qn("w:id"): "91", qn("w:author"): "Reviewer",
                                                 qn("w:date"): "2026-02-03T10:00:00Z"})
    added = run._r.makeelement(qn("w:r"), {})
    new_text = added.makeelement(qn("w:t"), {})
    new_text.text = "prices"
    added.append(new_text)
    insertion.append(added)
    run._r.addnext(deletion)
    deletion.addnext(insertion)
    document.save(str(tmp_path / "kf.docx"))
    return draft_id, tmp_path / "kf.docx"


def test_review_dialog_imports_comments_and_applies_a_change(
        qtbot: Any, worker: DbWorker, parent: QWidget, reviewed: tuple[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id, docx_path = reviewed
    dialog = show_review(parent, worker, draft_id)
    assert isinstance(dialog, ReviewDialog)
    idle(qtbot, worker)
    assert dialog.windowTitle() == "Review of “Key findings”"
    assert dialog.note_tree.topLevelItemCount() == 0
    for control in (dialog.import_button, dialog.note_tree, dialog.change_tree, dialog.detail,
                    dialog.accept_button, dialog.reject_button, dialog.done_button):
        assert control.objectName() and control.accessibleName()

    open_file(monkeypatch, docx_path)
    click(qtbot, dialog, "reviewImport")
    qtbot.waitUntil(lambda: dialog.note_tree.topLevelItemCount() == 1, timeout=10_000)
    note = dialog.note_tree.topLevelItem(0)
    assert (note.text(1), note.text(3), note.text(4)) == ("Reviewer", "Which costs?", "open")
    assert note.text(0).startswith("Open access reduces wholesale costs")
    assert dialog.status.text() == "1 open comments, 1 open suggested changes"

    dialog.note_tree.setCurrentItem(note)
    click(qtbot, dialog, "reviewNoteDone")
    qtbot.waitUntil(lambda: dialog.note_tree.topLevelItem(0).text(4) == "done",
                    timeout=10_000)

    dialog.tabs.setCurrentIndex(1)
    dialog.change_tree.setCurrentItem(dialog.change_tree.topLevelItem(0))
    assert "costs" in dialog.detail.toPlainText() and "prices" in dialog.detail.toPlainText()
    click(qtbot, dialog, "reviewAccept")
    qtbot.waitUntil(lambda: dialog.change_tree.topLevelItem(0).text(4) == "accepted",
                    timeout=10_000)
    texts = worker.call(lambda s: [b.text for b in s.blocks.all(draft_id) if b.kind == "finding"])
    assert texts == ["Open access reduces wholesale prices [@C26/77, para 2]."]
    assert not dialog.accept_button.isEnabled()


def test_review_dialog_reports_a_refused_document(
        qtbot: Any, worker: DbWorker, parent: QWidget, reviewed: tuple[str, Path],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id, _ = reviewed
    dialog = show_review(parent, worker, draft_id)
    idle(qtbot, worker)
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    open_file(monkeypatch, plain)
    click(qtbot, dialog, "reviewImport")
    qtbot.waitUntil(lambda: "no block of a known draft" in dialog.status.text(),
                    timeout=10_000)


@pytest.fixture
def workspace(qtbot: Any, worker: DbWorker) -> Iterator[DraftWorkspace]:
    ws = DraftWorkspace(worker)
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    wait_active(qtbot, ws)
    yield ws
    ws.close()
    idle(qtbot, worker)


def test_review_comments_open_from_the_draft_workspace_for_the_current_draft(
        qtbot: Any, worker: DbWorker, workspace: DraftWorkspace,
        reviewed: tuple[str, Path]) -> None:
    draft_id, _ = reviewed
    ws = workspace
    ws.open_draft(draft_id)
    qtbot.waitUntil(lambda: ws.session.draft_id == draft_id and ws.model.rowCount() > 0,
                    timeout=10_000)
    action = ws.actions_["review"]
    assert action in ws.draft_menu.actions() and action in ws.toolbar.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+R" and action.isEnabled()

    qtbot.keyClick(ws.outline, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(ws.findChildren(ReviewDialog)), timeout=5000)
    dialog = ws.findChildren(ReviewDialog)[-1]
    assert dialog.isVisible() and dialog.draft_id == draft_id
    idle(qtbot, worker)
    assert dialog.windowTitle() == "Review of “Key findings”"
    dialog.close()


def test_a_change_accepted_in_review_shows_in_the_editor(
        qtbot: Any, worker: DbWorker, workspace: DraftWorkspace, reviewed: tuple[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id, docx_path = reviewed
    ws = workspace
    ws.open_draft(draft_id)
    qtbot.waitUntil(lambda: ws.session.draft_id == draft_id and ws.model.rowCount() > 0,
                    timeout=10_000)
    row = next(i for i, b in enumerate(ws.model.blocks) if b.kind == "finding")
    ws.outline.setCurrentIndex(ws.model.index(row))
    qtbot.waitUntil(lambda: "costs" in ws.editor.text())
    dialog = ws.show_review()
    assert dialog is not None
    idle(qtbot, worker)
    open_file(monkeypatch, docx_path)
    click(qtbot, dialog, "reviewImport")
    qtbot.waitUntil(lambda: dialog.change_tree.topLevelItemCount() == 1, timeout=10_000)
    dialog.change_tree.setCurrentItem(dialog.change_tree.topLevelItem(0))
    with qtbot.waitSignal(dialog.draft_changed, timeout=10_000):
        click(qtbot, dialog, "reviewAccept")
    qtbot.waitUntil(lambda: ws.editor.text()
                    == "Open access reduces wholesale prices [@C26/77, para 2].",
                    timeout=10_000)
    assert ws.session.undo_stack.count() == 0
    dialog.close()


def test_a_review_of_another_draft_asks_before_applying_it(
        qtbot: Any, worker: DbWorker, parent: QWidget, reviewed: tuple[str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11, item 8: the document names blocks of another draft than the one whose
    review dialog is open: the window asks; No imports nothing, Yes imports it here."""
    from PySide6.QtWidgets import QMessageBox

    draft_id, docx = reviewed
    other = worker.call(lambda s: draft_service.create_draft(s, "guidelines", "Another draft").id)
    dialog = show_review(parent, worker, other)
    idle(qtbot, worker)
    open_file(monkeypatch, docx)
    for answer, notes in (("reviewDraftMismatchNo", 0), ("reviewDraftMismatchYes", 2)):
        click(qtbot, dialog, "reviewImport")
        qtbot.waitUntil(lambda: dialog.mismatch_box is not None, timeout=10_000)
        box = dialog.mismatch_box
        assert isinstance(box, QMessageBox) and box.objectName() == "reviewDraftMismatch"
        assert "Key findings" in box.text() and "Another draft" in box.text()
        click(qtbot, box, answer)
        idle(qtbot, worker)
        assert len(worker.call(lambda s: s.review.notes(other))) == notes
        assert worker.call(lambda s: s.review.notes(draft_id)) == []
    assert dialog.status.text() != "Nothing was imported."
