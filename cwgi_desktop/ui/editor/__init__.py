"""The drafting editor: drafts, their outline of blocks, citations, evidence, coverage.

`DraftWorkspace` is the widget a main window mounts as a workspace tab. Everything that
touches the store goes through the window's `DbWorker`.
"""

from __future__ import annotations

from cwgi_desktop.ui.editor.annotation_drag import ANNOTATION_MIME, AnnotationDragSource
from cwgi_desktop.ui.editor.draft_workspace import DraftWorkspace

__all__ = ["ANNOTATION_MIME", "AnnotationDragSource", "DraftWorkspace"]
