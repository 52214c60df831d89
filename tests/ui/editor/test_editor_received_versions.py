"""A draft received from a colleague's bundle arrives with its saved versions: the versions
dialog of the receiving laptop lists them and compares them (issue 18)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_fixtures import seed_corpus, seed_realistic_draft
from editor_helpers import wait_dialog

from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.services import revisions as revision_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.revisions_dialog import RevisionsDialog


def test_a_received_drafts_versions_are_listed(
        qtbot: Any, open_workspace: Any, corpus: dict, tmp_path: Path) -> None:
    bundle = tmp_path / "from-amina.cwgibundle"
    with Store(tmp_path / "amina.sqlite3") as amina:
        seed_corpus(amina)
        draft_id = seed_realistic_draft(amina)
        revision_service.take_revision(amina, draft_id, "sent to the Group", author="Amina")
        block = amina.blocks.all(draft_id)[1]
        amina.blocks.update_text(block.id, "The Group received four contributions.")
        revision_service.take_revision(amina, draft_id, "after comments", author="Amina")
        exchange_service.export_bundle(amina, bundle)
    with Store(corpus["path"]) as store:
        exchange_service.import_bundle(store, bundle, backup_dir=tmp_path / "backups")
    ws = open_workspace(corpus["path"])
    qtbot.waitUntil(lambda: ws.model.rowCount() == 11)
    ws.actions_["versions"].trigger()
    versions = wait_dialog(qtbot, ws, RevisionsDialog)
    qtbot.waitUntil(lambda: versions.list.count() == 2)
    names = [versions.list.item(i).text().splitlines()[0] for i in range(2)]
    assert names == ["after comments", "sent to the Group"]
    assert versions.list.item(0).text().splitlines()[1].endswith(" · Amina")  # who took it
    versions.reject()
