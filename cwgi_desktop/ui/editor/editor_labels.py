"""Translated names of draft and block kinds, shared by the editor's widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Topic announced through `DbWorker.changed` by jobs that write drafts.
DRAFTS = "drafts"


def draft_kind_names() -> dict[str, str]:
    """Draft kind → its name in the interface language."""
    return {
        "analytical_summary": QCoreApplication.translate("DraftEditor", "Analytical summary"),
        "key_findings": QCoreApplication.translate("DraftEditor", "Key findings"),
        "guidelines": QCoreApplication.translate("DraftEditor", "Guidelines"),
        "council_contribution": QCoreApplication.translate("DraftEditor", "Council contribution"),
        "compilation": QCoreApplication.translate("DraftEditor", "Compilation"),
    }


def block_kind_names() -> dict[str, str]:
    """Block kind → its name in the interface language."""
    return {
        "heading": QCoreApplication.translate("DraftEditor", "Heading"),
        "paragraph": QCoreApplication.translate("DraftEditor", "Paragraph"),
        "finding": QCoreApplication.translate("DraftEditor", "Finding"),
        "guideline": QCoreApplication.translate("DraftEditor", "Guideline"),
        "recommendation": QCoreApplication.translate("DraftEditor", "Recommendation"),
        "annex": QCoreApplication.translate("DraftEditor", "Annex"),
    }


def block_label(kind: str, number: str | None) -> str:
    """How a block is named in headers and tooltips: `Finding 2)`, `Heading 1.1`, `Annex 1`."""
    name = block_kind_names().get(kind, kind)
    return f"{name} {number}" if number else name


def short(text: str, length: int = 60) -> str:
    """One line of at most `length` characters."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
