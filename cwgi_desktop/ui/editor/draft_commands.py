"""Draft commands a Word user expects by name: Save now (Ctrl+S), Import a Markdown draft.

Text is saved as it is typed, so Ctrl+S has nothing to lose: it writes what is pending at
once and says that everything is saved. A named version has its own key (Ctrl+Shift+S).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from cwgi_desktop.core.drafting.resolution import UnresolvedCitations
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.editor.editor_labels import DRAFTS
from cwgi_desktop.ui.editor.workspace_actions import STATUS_MS, already_saved

if TYPE_CHECKING:
    from cwgi_desktop.ui.db_worker import DbWorker
    from cwgi_desktop.ui.settings import Settings

translate = QCoreApplication.translate


class DraftCommandsMixin:
    """Mixed into DraftWorkspace (which provides db, settings, autosaver, show_status)."""

    db: DbWorker
    settings: Settings

    def _window_status(self, text: str) -> None:
        window = QWidget.window(self)  # type: ignore[arg-type]
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)

    def save_now(self) -> None:
        """Write pending text at once; either way, say that everything is saved."""
        if self.autosaver.has_unsaved:  # type: ignore[attr-defined]
            self.autosaver.flush()  # type: ignore[attr-defined]
            text = translate("DraftWorkspace",
                             "Saved. (Your text is also saved as you type.)")
        else:
            text = already_saved()
        self.show_status(text)  # type: ignore[attr-defined]
        self._window_status(text)

    def import_draft(self) -> None:
        """A draft from a Markdown file; plain Markdown takes the defaults of Preferences."""
        name, _ = QFileDialog.getOpenFileName(
            self, translate("DraftWorkspace", "Import a Markdown draft"),  # type: ignore
            self.settings.import_folder,
            translate("DraftWorkspace", "Markdown (*.md *.markdown *.txt);;All files (*)"))
        if name:
            self.import_draft_file(Path(name))

    def import_draft_file(self, path: Path) -> None:
        defaults = {"language": self.settings.export_language or "en"}

        def job(store: Store) -> tuple[Draft, list[str]]:
            text = path.read_text(encoding="utf-8")
            try:
                return draft_service.import_markdown(store, text, defaults=defaults), []
            except UnresolvedCitations as missing:  # imported, flagged: the user fixes them
                draft = draft_service.import_markdown(
                        store, text, defaults=defaults, allow_unresolved=True)
                return draft, sorted(missing.keys)

        def done(result: tuple[Draft, list[str]]) -> None:
            draft, missing = result
            self.reload_drafts(select=draft.id)  # type: ignore[attr-defined]
            text = translate("DraftWorkspace", "Imported “%1”.").replace(
                "%1", draft.title or path.name)
            if missing:
                text += " " + translate("DraftWorkspace", "Unresolved citations: %1").replace(
                    "%1", ", ".join("@" + k for k in missing))
            self.show_status(text)  # type: ignore[attr-defined]
            self._window_status(text)

        def failed(exc: BaseException) -> None:
            reason = str(exc) if isinstance(exc, (InvalidInput, OSError, UnicodeError)) \
                else repr(exc)
            self.show_status(f"{path.name}: {reason}")  # type: ignore[attr-defined]

        self.db.submit(job, done, failed, changes=(DRAFTS,), owner=cast(QWidget, self))
