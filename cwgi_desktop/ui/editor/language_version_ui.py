"""Language versions in the draft workspace: start one, see its stale blocks, mark a block's
translation current. Thin over `store.language_versions.create` and friends; every store
call runs on the database worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from cwgi_desktop.core.models import LANGUAGES, Draft
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.editor_labels import DRAFTS
from cwgi_desktop.ui.labels import language_name

if TYPE_CHECKING:
    from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace

__all__ = ["ask_version_language", "mark_current", "new_language_version", "refresh_stale"]


def ask_version_language(parent: QWidget, choices: list[str]) -> str | None:
    """The language of a new version (None: cancelled). Tests replace this function."""
    names = [f"{language_name(code)} ({code})" for code in choices]
    title = QCoreApplication.translate("LanguageVersions", "New language version")
    label = QCoreApplication.translate("LanguageVersions", "Language of the version:")
    name, ok = QInputDialog.getItem(parent, title, label, names, 0, False)
    return choices[names.index(name)] if ok and name in names else None


def new_language_version(ws: DraftWorkspace) -> None:
    """Ask a language, create the version (blocks copied from the original), open it."""
    draft = ws.draft
    if draft is None:
        return
    ws.autosaver.flush()
    draft_id = draft.id

    def languages(store: Store) -> list[str]:
        original = store.language_versions.original_of(draft_id) or store.drafts.get(draft_id)
        taken = {original.language, *(v.language for v in store.language_versions.all(draft_id))}
        return [code for code in LANGUAGES if code not in taken]

    def ask(choices: list[str]) -> None:
        if not choices:
            ws.show_status(QCoreApplication.translate(
        "LanguageVersions", "The draft has a version in every language."))
            return
        language = ask_version_language(ws, choices)
        if language:
            ws.db.submit(lambda s: s.language_versions.create(draft_id, language), opened,
                         lambda exc: ws.show_status(str(exc)), changes=(DRAFTS,), owner=ws)

    def opened(version: Draft) -> None:
        ws.show_status(QCoreApplication.translate(
        "LanguageVersions", "Version in %1 created: translate its blocks.")
                       .replace("%1", language_name(version.language)))
        ws.reload_drafts(select=version.id)

    ws.db.submit(languages, ask, owner=ws)


def refresh_stale(ws: DraftWorkspace, draft: Draft | None) -> None:
    """Mark the outline's blocks whose original was edited after their translation."""
    if draft is None:
        ws.model.set_stale(set())
        return
    draft_id = draft.id

    def stale(store: Store) -> set[str]:
        versions = store.language_versions
        return versions.stale_block_ids(draft_id) if versions.original_of(draft_id) else set()

    def show(ids: set[str]) -> None:
        if ws.draft is not None and ws.draft.id == draft_id:
            ws.model.set_stale(ids)
            if ids:
                ws.show_status(QCoreApplication.translate(
        "LanguageVersions", "%1 blocks of this version are older than the original's "
                                   "edits (marked ⚠ in the outline).").replace("%1", str(len(ids))))

    ws.db.submit(stale, show, owner=ws)


def mark_current(ws: DraftWorkspace) -> None:
    """The current block's translation follows the original's text again."""
    block = ws.current_block()
    if block is None or block.id not in ws.model.stale:
        ws.show_status(QCoreApplication.translate(
        "LanguageVersions", "This block is not stale."))
        return
    block_id, draft = block.id, ws.draft
    ws.db.submit(lambda s: s.language_versions.mark_current(block_id),
                 lambda _none: refresh_stale(ws, draft),
                 lambda exc: ws.show_status(str(exc)), owner=ws)
