"""How inserted and deleted text is shown (revisions and Word review), in one light module:
the revisions dialog needs them without loading the review and exchange stacks."""

from __future__ import annotations

from cwgi_desktop.ui.theme import error_colour, is_dark

INSERTED_STYLE = "color:#1b7f3b; text-decoration:underline; background:#e8f5e9;"


def deleted_style() -> str:
    """How deleted text is shown: struck out in the theme's error colour, on a tint."""
    background = "#3d1c20" if is_dark() else "#fdecee"
    return (f"color:{error_colour().name()}; text-decoration:line-through; "
            f"background:{background};")
