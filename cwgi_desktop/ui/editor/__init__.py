"""The drafting editor: drafts, their outline of blocks, citations, evidence, coverage.

`DraftWorkspace` is the widget a main window mounts as a workspace tab. Everything that
touches the store goes through the window's `DbWorker`.

`DraftWorkspace` is imported on first use (`from cwgi_desktop.ui.editor import
DraftWorkspace` still works): the window builds the editor when its tab is first shown, so
importing this package for the annotation drag must not load the editor (start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cwgi_desktop.ui.editor.annotation_drag import ANNOTATION_MIME, AnnotationDragSource

if TYPE_CHECKING:
    from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace

__all__ = ["ANNOTATION_MIME", "AnnotationDragSource", "DraftWorkspace"]


def __getattr__(name: str) -> Any:
    if name == "DraftWorkspace":
        from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace

        return DraftWorkspace
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
