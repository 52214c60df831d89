"""Translated names of draft and block kinds, shared by the editor's widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Topic announced through `DbWorker.changed` by jobs that write drafts.
DRAFTS = "drafts"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftEditor", text)


def draft_kind_names() -> dict[str, str]:
    """Draft kind → its name in the interface language."""
    return {
        "analytical_summary": _tr("Analytical summary"),
        "key_findings": _tr("Key findings"),
        "guidelines": _tr("Guidelines"),
        "council_contribution": _tr("Council contribution"),
        "compilation": _tr("Compilation"),
    }


def block_kind_names() -> dict[str, str]:
    """Block kind → its name in the interface language."""
    return {
        "heading": _tr("Heading"),
        "paragraph": _tr("Paragraph"),
        "finding": _tr("Finding"),
        "guideline": _tr("Guideline"),
        "recommendation": _tr("Recommendation"),
        "annex": _tr("Annex"),
    }


def block_label(kind: str, number: str | None) -> str:
    """How a block is named in headers and tooltips: `Finding 2)`, `Heading 1.1`, `Annex 1`."""
    name = block_kind_names().get(kind, kind)
    return f"{name} {number}" if number else name


def short(text: str, length: int = 60) -> str:
    """One line of at most `length` characters."""
    line = " ".join(text.split())
    return line if len(line) <= length else line[: length - 1] + "…"
