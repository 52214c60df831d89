"""English wording of counts, for the CLI's lines and the core's one-line reports (the
window words counts itself, through Qt's plural forms)."""

from __future__ import annotations


def counted(count: int, word: str) -> str:
    """'1 theme', '3 themes' (regular English plurals only)."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
