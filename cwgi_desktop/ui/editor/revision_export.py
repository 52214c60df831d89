"""“Export changes as Word…” of the versions dialog: a version against another (or the draft
as it is now) as a .docx with Word tracked changes, written on the database worker."""

from __future__ import annotations

from pathlib import Path

from cwgi_desktop.core.drafting.resolution import build_export_context
from cwgi_desktop.core.drafting.revisions import revision_state
from cwgi_desktop.core.exporters.docx_itu import DocxOptions
from cwgi_desktop.core.exporters.docx_revisions import export_docx_revision
from cwgi_desktop.core.exporters.file_names import export_file_stem
from cwgi_desktop.core.models import Draft
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.settings import Settings, export_label_overrides

__all__ = ["default_marked_name", "export_marked", "marked_options"]


def marked_options(settings: Settings) -> DocxOptions:
    """The Word options of a revision-marked export: the Preferences' font and labels."""
    return DocxOptions(font=settings.export_font or "Calibri",
                       label_overrides=export_label_overrides(settings))


def default_marked_name(draft: Draft, old_name: str) -> str:
    """`C26-52-E (changes since sent to the Group).docx`."""
    safe = "".join(ch for ch in old_name if ch.isalnum() or ch in " -_").strip()
    return f"{export_file_stem(draft, draft.language)} (changes since {safe or 'version'}).docx"


def export_marked(store: Store, old_id: str, new_id: str | None, out: Path,
                  options: DocxOptions, author: str) -> Path:
    """Write version `new_id` (None: now) against version `old_id` as tracked changes."""
    old = store.revision(old_id)
    draft = store.draft(old.draft_id)
    old_draft, old_blocks = revision_state(old.snapshot, draft)
    if new_id:
        new_draft, new_blocks = revision_state(store.revision(new_id).snapshot, draft)
    else:
        new_draft, new_blocks = draft, [b for b in store.blocks(draft.id) if not b.deleted]
    context = build_export_context(store, new_draft, [*new_blocks, *old_blocks])
    export_docx_revision(new_draft, new_blocks, old_draft, old_blocks, out, context, options,
                         author=author)
    return out
