"""“Export changes as Word…” of the versions dialog: its options and file name (the export
itself is `core.services.export.export_marked`, run on the database worker)."""

from __future__ import annotations

from cwgi_desktop.core.exporters.docx_itu import DocxOptions
from cwgi_desktop.core.exporters.file_names import export_file_stem
from cwgi_desktop.core.models import Draft
from cwgi_desktop.core.services.export import export_marked
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
