"""Dragging an annotation onto a draft: the mime type, and a drag source for any item view.

An annotation travels as `application/x-cwgi-annotation` holding its id (UTF-8), plus a
plain-text citation so other applications receive something useful. `AnnotationDragSource`
makes a view whose rows carry an `Annotation` (under `role`) start such drags, without
changing the view's own code: it watches the view's viewport for a press and a move.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from cwgi_desktop.core.citations import base_symbol_of
from cwgi_desktop.core.models import Annotation
from cwgi_desktop.core.store import Store

ANNOTATION_MIME = "application/x-cwgi-annotation"
DEFAULT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # AnnotationsPanel's AnnotationRole


def citation_text(symbol: str, paragraph: int | str | None) -> str:
    """`[@C26/77, para 4]` (the base symbol, whatever language version was annotated)."""
    base = base_symbol_of(symbol)
    return f"[@{base}, para {paragraph}]" if paragraph else f"[@{base}]"


def annotation_mime_data(annotation_id: str, citation: str = "") -> QMimeData:
    """The mime data of a dragged annotation."""
    mime = QMimeData()
    mime.setData(ANNOTATION_MIME, QByteArray(annotation_id.encode("utf-8")))
    if citation:
        mime.setText(citation)
    return mime


def annotation_id_of(mime: QMimeData | None) -> str | None:
    """The annotation id a drop carries, or None."""
    if mime is None or not mime.hasFormat(ANNOTATION_MIME):
        return None
    value = bytes(mime.data(ANNOTATION_MIME).data()).decode("utf-8", "replace").strip()
    return value or None


def citation_for_annotation(store: Store, annotation_id: str) -> str:
    """The citation of an annotated passage (runs on the database worker)."""
    annotation = store.annotations.get(annotation_id)
    contribution = store.contributions.get(annotation.contribution_id)
    symbol = contribution.base_symbol or contribution.symbol or ""
    if not symbol:
        raise ValueError("the annotated contribution has no symbol to cite")
    return citation_text(symbol, annotation.paragraph)


class AnnotationDragSource(QObject):
    """Lets the rows of `view` (each holding an Annotation under `role`) be dragged."""

    def __init__(self, view: QAbstractItemView, role: int = DEFAULT_ROLE,
                 symbols: dict[str, str] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.role = role
        self.symbols = symbols  # contribution id -> symbol, for the plain-text citation
        self._press: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            is_left = event.button() == Qt.MouseButton.LeftButton
            self._press = event.position().toPoint() if is_left else None
        elif kind == QEvent.Type.MouseButtonRelease:
            self._press = None
        elif (kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent)
              and self._press is not None and event.buttons() & Qt.MouseButton.LeftButton):
            moved = (event.position().toPoint() - self._press).manhattanLength()
            if moved >= QApplication.startDragDistance():
                start, self._press = self._press, None
                return self.start_drag(start)
        return False

    def mime_for(self, annotation: Annotation) -> QMimeData:
        symbols = self.symbols
        if symbols is None:
            rows = getattr(self.view.model(), "rows", None)
            symbols = getattr(rows, "symbols", {}) or {}
        symbol = symbols.get(annotation.contribution_id, "")
        citation = citation_text(symbol, annotation.paragraph) if symbol else ""
        return annotation_mime_data(annotation.id, citation)

    def start_drag(self, at: QPoint) -> bool:
        index = self.view.indexAt(at)
        annotation = index.data(self.role) if index.isValid() else None
        if not isinstance(annotation, Annotation):
            return False
        drag = QDrag(self.view)
        drag.setMimeData(self.mime_for(annotation))
        drag.exec(Qt.DropAction.CopyAction)
        return True
