"""The "Related passages" dock: passages making the same point, in any language, for the
selected paragraph, annotation or finding; and theme suggestions for a paragraph nobody
annotated.

Enter (or a double click) opens a passage; dragging one drops its citation
(`[@C26/77, para 4]`) into a draft. In the suggestions, Enter accepts a theme and Delete
dismisses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.citations import base_symbol_of
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor.annotation_drag import citation_text
from cwgi_desktop.ui.labels import isolate, language_name

if TYPE_CHECKING:  # numpy and the model load on the worker when first asked (start-up)
    from cwgi_desktop.core.semantic import RelatedPassage, SemanticIndex
    from cwgi_desktop.core.semantic.suggestions import ThemeSuggestion

PassageRole = Qt.ItemDataRole.UserRole + 1
SuggestionRole = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
LIMIT = 12
EXCERPT = 220


def semantic_of(store: Store) -> SemanticIndex:
    from cwgi_desktop.core.semantic import semantic_of as index_of

    return index_of(store)


def suggest_themes(index: SemanticIndex, cid: str, paragraph: int) -> list[ThemeSuggestion]:
    from cwgi_desktop.core.semantic.suggestions import suggest_themes as suggest

    return suggest(index, cid, paragraph)


def passage_citation(passage: RelatedPassage) -> str:
    symbol = passage.symbol or ""
    return citation_text(base_symbol_of(symbol), passage.number or passage.paragraph) \
        if symbol else ""


class RelatedModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.passages: list[RelatedPassage] = []

    def set_passages(self, passages: list[RelatedPassage]) -> None:
        self.beginResetModel()
        self.passages = passages
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.passages)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.passages):
            return None
        p = self.passages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = p.text if len(p.text) <= EXCERPT else p.text[:EXCERPT] + "…"
            head = " · ".join(x for x in (p.symbol or "", language_name(p.language),
                                          f"¶{p.number or p.paragraph}") if x)
            return f"{isolate(head)}\n{isolate(text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.text
        if role == PassageRole:
            return p
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return ["text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        citations = [passage_citation(i.data(PassageRole)) for i in indexes if i.isValid()]
        mime.setText(" ".join(c for c in citations if c))
        return mime


class SuggestionList(QListWidget):
    """Enter accepts the current suggestion, Delete dismisses it."""

    accepted = Signal(object)  # ThemeSuggestion
    dismissed = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        suggestion = item.data(SuggestionRole) if item is not None else None
        if suggestion is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit(suggestion)
            return
        if suggestion is not None and event.key() in (Qt.Key.Key_Delete,
                                                      Qt.Key.Key_Backspace):
            self.dismissed.emit(suggestion)
            return
        super().keyPressEvent(event)


class RelatedPanel(QWidget):
    open_requested = Signal(str, int)  # contribution id, paragraph (idx)
    accept_requested = Signal(str, int, object)  # contribution id, paragraph, suggestion
    dismiss_requested = Signal(str, int, object)

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPanel")
        self.setAccessibleName(self.tr("Related passages"))
        self.db = db
        self._generation = 0
        self.source: tuple[str, int] | None = None  # the paragraph shown, if one is
        self.status = QLabel(self)
        self.status.setObjectName("relatedStatus")
        self.status.setWordWrap(True)
        self.status.setText(self.tr("Select a paragraph, an annotation or a finding."))
        self.model = RelatedModel(self)
        self.list = QListView(self)
        self.list.setObjectName("relatedList")
        self.list.setAccessibleName(self.tr("Related passages"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.activated.connect(self._open)
        self.list.doubleClicked.connect(self._open)
        self.suggestions_label = QLabel(self.tr("Suggested themes (Enter accepts, Delete "
                                                "dismisses)"), self)
        self.suggestions_label.setObjectName("suggestionsLabel")
        self.suggestions_label.setWordWrap(True)
        self.suggestions = SuggestionList(self)
        self.suggestions.setObjectName("themeSuggestions")
        self.suggestions.setAccessibleName(self.tr("Suggested themes"))
        self.suggestions.setMaximumHeight(90)
        self.suggestions.accepted.connect(lambda s: self._decide(self.accept_requested, s))
        self.suggestions.dismissed.connect(lambda s: self._decide(self.dismiss_requested, s))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions)
        self._show_suggestions([])

    # -- what to relate --------------------------------------------------------------------

    def show_for_paragraph(self, cid: str, paragraph: int) -> None:
        if self.source == (cid, paragraph):
            return
        self.source = (cid, paragraph)

        def job(store: Store) -> tuple[list[RelatedPassage], list[ThemeSuggestion], tuple]:
            index = semantic_of(store)
            return (index.related_to_paragraph(cid, paragraph, limit=LIMIT),
                    suggest_themes(index, cid, paragraph), index.progress())

        self._submit(job, self.tr("Passages making the point of ¶%1").replace(
            "%1", str(paragraph)))

    def show_for_annotation(self, annotation_id: str) -> None:
        self.source = None
        self._submit(lambda s: (semantic_of(s).related_to_annotation(annotation_id,
                                                                     limit=LIMIT),
                                [], semantic_of(s).progress()),
                     self.tr("Passages making the point of the annotation"))

    def show_for_block(self, block_id: str) -> None:
        self.source = None
        self._submit(lambda s: (semantic_of(s).related_to_block(block_id, limit=LIMIT), [],
                                semantic_of(s).progress()),
                     self.tr("Passages making the point of the finding"))

    def refresh(self) -> None:
        """Again for the same paragraph (e.g. once a theme was accepted)."""
        source, self.source = self.source, None
        if source is not None:
            self.show_for_paragraph(*source)

    def _submit(self, job: Any, title: str) -> None:
        if not self.db.running:  # the window is closing (e.g. indexing ended meanwhile)
            return
        self._generation += 1
        generation = self._generation
        self.status.setText(self.tr("Looking for related passages…"))
        self.db.submit(job, lambda result: self._show(generation, title, *result),
                       lambda exc: self._failed(generation, exc), owner=self)

    # -- showing ---------------------------------------------------------------------------

    def _show(self, generation: int, title: str, passages: list[RelatedPassage],
              suggestions: list[ThemeSuggestion], progress: tuple[int, int]) -> None:
        if generation != self._generation:
            return
        self.model.set_passages(passages)
        done, total = progress
        if passages:
            self.status.setText(title)
            self.list.setCurrentIndex(self.model.index(0))
        elif done < total:
            self.status.setText(self.tr("Nothing related yet: %1 of %2 paragraphs indexed.")
                                .replace("%1", str(done)).replace("%2", str(total)))
        else:
            self.status.setText(self.tr("No related passage found."))
        self._show_suggestions(suggestions)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.model.set_passages([])
            self.status.setText(self.tr("Error: %1").replace("%1", str(exc)))

    def _show_suggestions(self, suggestions: list[ThemeSuggestion]) -> None:
        self.suggestions.clear()
        for s in suggestions:
            item = QListWidgetItem(s.name, self.suggestions)
            item.setData(SuggestionRole, s)
            item.setToolTip(self.tr("From %1 annotated passages nearby")
                            .replace("%1", str(len(s.evidence))))
        if suggestions:
            self.suggestions.setCurrentRow(0)
        self.suggestions.setVisible(bool(suggestions))
        self.suggestions_label.setVisible(bool(suggestions))

    def _decide(self, signal: Any, suggestion: ThemeSuggestion) -> None:
        if self.source is not None:
            signal.emit(self.source[0], self.source[1], suggestion)

    def _open(self, index: QModelIndex) -> None:
        passage = index.data(PassageRole)
        if passage is not None:
            self.open_requested.emit(passage.contribution_id, passage.paragraph)
