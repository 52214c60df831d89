"""Issue 11 in the window. Item 2: a bundle that would delete many of the user's rows is
held back; the import summary says so and names the safety copy; the conflicts dialog says
why and lets the user apply or reject the whole batch. Item 13: the share dialog names the
drafts carrying other authors' notes and leaves them out unless included."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from test_exchange_dialogs import (  # noqa: F401
    click,
    idle,
    open_file,
    parent,
    save_as,
    seed,
    worker,
)

from cwgi_desktop.core.exchange.rows import digest
from cwgi_desktop.core.models import utc_now
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.exchange_dialogs import (
    ConflictsDialog,
    import_shared_work,
    share_annotations,
)


def forge_deletions(bundle: Path) -> None:
    """Every annotation deleted, with a history claiming to know the version it replaces,
    and the manifest's checksums fixed up."""
    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    rows = json.loads(members["annotations.json"])
    for item in rows:
        item["history"].append(digest(item["row"]))
        item["row"].update(deleted=True, updated=utc_now())
    members["annotations.json"] = json.dumps(rows).encode()
    manifest = json.loads(members["manifest.json"])
    data = members["annotations.json"]
    manifest["members"]["annotations.json"] = {"sha256": hashlib.sha256(data).hexdigest(),
                                               "size": len(data)}
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(bundle, "w") as zf:
        for name, body in members.items():
            zf.writestr(name, body)


def test_a_mass_deletion_is_held_back_then_applied_from_the_conflicts_dialog(
        qtbot: Any, worker: DbWorker, parent: QWidget,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(5):
        worker.call(lambda s, i=i: s.annotations.add("C26/77", author="Test Author",
                                                    quote="main barrier", note=f"n{i}"))
    bundle = tmp_path / "forged.cwgibundle"
    worker.call(lambda s: exchange_service.export_bundle(s, bundle))
    forge_deletions(bundle)
    open_file(monkeypatch, bundle)
    folder = tmp_path / "backups"
    dialog = import_shared_work(parent, worker, folder)
    idle(qtbot, worker)
    assert dialog.merge_result.held_back == 6
    assert "6 changes were held back" in dialog.summary.text()
    assert "safety copy" in dialog.summary.text()
    assert Path(dialog.merge_result.safety_copy).parent == folder
    assert worker.call(lambda s: len(s.annotations.all())) == 6  # nothing deleted yet

    click(qtbot, dialog, "importSharedConflicts")
    conflicts = parent.findChild(ConflictsDialog)
    idle(qtbot, worker)
    assert conflicts.list.count() == 6
    assert "held back" in conflicts.list.item(0).text()
    assert "deletes or replaces many of your own rows" in conflicts.reason.text()
    assert "forged.cwgibundle" in conflicts.reason.text()
    for control in (conflicts.reason, conflicts.confirm_all, conflicts.reject_all):
        assert control.objectName() and control.accessibleName()
    with qtbot.waitSignal(worker.changed, timeout=10_000):
        click(qtbot, conflicts, "conflictApplyAllHeld")
    idle(qtbot, worker)
    assert conflicts.list.count() == 0
    assert worker.call(lambda s: s.annotations.all()) == []


def test_rejecting_held_back_deletions_keeps_every_row(
        qtbot: Any, worker: DbWorker, parent: QWidget,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(4):
        worker.call(lambda s, i=i: s.annotations.add("C26/77", author="Test Author",
                                                    quote="main barrier", note=f"n{i}"))
    bundle = tmp_path / "forged.cwgibundle"
    worker.call(lambda s: exchange_service.export_bundle(s, bundle))
    forge_deletions(bundle)
    assert worker.call(lambda s: exchange_service.import_bundle(
        s, bundle, backup_dir=tmp_path)).held_back == 5
    conflicts = ConflictsDialog(worker, parent)
    idle(qtbot, worker)
    with qtbot.waitSignal(worker.changed, timeout=10_000):
        click(qtbot, conflicts, "conflictRejectAllHeld")
    idle(qtbot, worker)
    assert conflicts.list.count() == 0
    assert worker.call(lambda s: len(s.annotations.all())) == 5
    assert worker.call(lambda s: exchange_service.import_bundle(
        s, bundle, backup_dir=tmp_path)).conflicts == 0


def test_the_share_dialog_leaves_out_drafts_with_others_notes_unless_included(
        qtbot: Any, worker: DbWorker, parent: QWidget,  # noqa: F811
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "Bob privately doubts the cost figures"

    def scaffold(store: Any) -> None:
        store.annotations.add("C26/77", author="Bob", quote="Open access", note=secret,
                             themes=["Affordability"])
        draft_service.build_scaffold(store, "Open consultation 2026", title="Scaffold")

    worker.call(scaffold)
    dialog = share_annotations(parent, worker, author="Test Author")
    idle(qtbot, worker)
    assert dialog.others_notes.isVisible() and not dialog.others_notes.isChecked()
    assert "“Scaffold” (Bob)" in dialog.others_notes_info.text()
    for control in (dialog.others_notes, dialog.others_notes_info):
        assert control.objectName() and control.accessibleName()
    for include, drafts in ((False, 0), (True, 1)):
        if include:
            dialog.others_notes.click()
        out = tmp_path / f"share{int(include)}.cwgibundle"
        save_as(monkeypatch, out)
        with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
            click(qtbot, dialog, "shareSave")
        assert signal.args[0].counts["draft"] == drafts
        with zipfile.ZipFile(out) as zf:
            body = "".join(zf.read(n).decode("utf-8") for n in zf.namelist())
        assert (secret in body) is include
    dialog.author.setCurrentIndex(dialog.author.findData(""))  # everyone: nothing to hide
    assert not dialog.others_notes.isVisible()
