"""The citation picker: search contributions, passages and annotations; insert a citation.

Typing searches (debounced, on the database worker): documents whose symbol, title or
source match, full-text hits (passages), and annotations whose quote, note or symbol match.
The chosen items become one pandoc citation group, `[@C26/77, para 4; @C26/52]`, always by
base symbol so it resolves whatever language version is imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.citations import base_symbol_of
from cwgi_desktop.core.store import AnnotationFilter, Store
from cwgi_desktop.core.textnorm import SNIPPET_CLOSE, SNIPPET_OPEN, fold
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.db_worker import DbWorker
from cwgi_desktop.ui.editor.editor_labels import short

SEARCH_DELAY_MS = 200
MAX_RESULTS = 40


@dataclass
class Candidate:
    """Something citable: a document (paragraph None), a passage or an annotated passage."""

    kind: str  # document | passage | annotation
    symbol: str
    base: str
    paragraph: int | None
    label: str
    detail: str = ""

    def item(self, paragraph: int | None = None) -> str:
        para = self.paragraph or paragraph
        return f"@{self.base}, para {para}" if para else f"@{self.base}"


def search_candidates(store: Store, query: str) -> list[Candidate]:
    """What `query` finds (runs on the database worker)."""
    folded = fold(query.strip())
    out: list[Candidate] = []
    contributions = store.contributions.all()
    by_id = {c.id: c for c in contributions}
    seen: set[str] = set()
    for c in contributions:
        symbol = c.symbol or ""
        base = c.base_symbol or base_symbol_of(symbol)
        if not base or base in seen:
            continue
        hay = fold(" ".join(x or "" for x in (c.symbol, c.title, c.source, c.source_type)))
        if not folded or folded in hay:
            seen.add(base)
            out.append(Candidate("document", symbol, base, None,
                                 f"{base} — {c.title or ''}", c.source or ""))
    if folded:
        for hit in store.search.find(query, limit=20, per_contribution=3):
            base = base_symbol_of(hit.symbol or "")
            if base:
                snippet = hit.snippet.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
                out.append(Candidate("passage", hit.symbol or "", base, hit.paragraph,
                                     f"{hit.symbol} ¶{hit.paragraph}", snippet))
    for a in store.annotations.all(AnnotationFilter()):
        annotated = by_id.get(a.contribution_id)
        if annotated is None or not (annotated.base_symbol or annotated.symbol):
            continue
        symbol = annotated.symbol or ""
        base = annotated.base_symbol or base_symbol_of(symbol)
        if folded and folded not in fold(f"{a.quote} {a.note} {symbol} {annotated.source}"):
            continue
        out.append(Candidate("annotation", symbol, base, a.paragraph,
                             f"{symbol} ¶{a.paragraph} — {a.author}",
                             f"“{a.quote}”" + (f" ✎ {a.note}" if a.note else "")))
        if len(out) >= MAX_RESULTS * 2:
            break
    return out[: MAX_RESULTS * 2]


class CitationPicker(QDialog):
    """Choose one or more sources; `citation_chosen(text)` carries the citation group."""

    citation_chosen = Signal(str)

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("citationPicker")
        self.setAccessibleName(self.tr("Insert a citation"))
        self.setWindowTitle(self.tr("Insert a citation"))
        self.db = db
        self._generation = 0
        self.candidates: list[Candidate] = []
        self.query = QLineEdit(self)
        self.query.setObjectName("citationQuery")
        self.query.setAccessibleName(self.tr("Search contributions and annotations"))
        self.query.setPlaceholderText(self.tr("Symbol, title, source, words of a passage…"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("citationResults")
        self.results.setAccessibleName(self.tr("Sources found"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.paragraph = QSpinBox(self)
        self.paragraph.setObjectName("citationParagraph")
        self.paragraph.setAccessibleName(self.tr("Paragraph"))
        self.paragraph.setRange(0, 9999)
        self.paragraph.setSpecialValueText(self.tr("whole document"))
        self.shown = QLabel(self)
        self.shown.setObjectName("citationText")
        self.shown.setAccessibleName(self.tr("Citation"))
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.insert_button = buttons.addButton(self.tr("Insert"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.insert_button.setObjectName("citationInsert")
        self.insert_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Paragraph of a document:"), self.paragraph)
        form.addRow(self.tr("Citation:"), self.shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain_tab_order([self.query, self.results, self.paragraph, self.insert_button,
                         buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.resize(620, 480)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._accept_first)
        self.results.itemSelectionChanged.connect(self._follow_selection)
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.paragraph.valueChanged.connect(self._paragraph_typed)
        self._documents_paragraph = 0  # what the user set for whole documents
        self.search()

    def search(self) -> None:
        self._generation += 1
        generation, query = self._generation, self.query.text()
        # The picker may be closed before the answer comes: it owns the callback.
        self.db.submit(lambda s: search_candidates(s, query),
                       lambda found: self._show(found) if generation == self._generation
                       else None, owner=self)

    @property
    def searching(self) -> bool:
        return self._timer.isActive()

    def _show(self, found: list[Candidate]) -> None:
        self.candidates = found
        self.results.clear()
        names = {"document": self.tr("Document"), "passage": self.tr("Passage"),
                 "annotation": self.tr("Annotation")}
        for candidate in found:
            text = f"{names[candidate.kind]}: {candidate.label}"
            if candidate.detail:
                text += "\n" + short(candidate.detail, 220)
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            if candidate.kind == "annotation":
                item.setForeground(QColor("#6b4e00"))
        if found:
            self.results.setCurrentRow(0)
        self._update()

    def chosen(self) -> list[Candidate]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.results.selectedItems()]

    def citation(self) -> str:
        """The citation group for the selection ('' if nothing is chosen)."""
        paragraph = self.paragraph.value() or None
        items = list(dict.fromkeys(c.item(paragraph) for c in self.chosen()))
        return f"[{'; '.join(items)}]" if items else ""

    def _paragraph_typed(self, value: int) -> None:
        if self.paragraph.isEnabled():
            self._documents_paragraph = value
        self._update()

    def _follow_selection(self) -> None:
        """The Paragraph field shows the paragraph the citation will carry: a passage's or
        an annotation's own (fixed), else the one the user gives documents."""
        own = {c.paragraph for c in self.chosen() if c.paragraph}
        documents = any(c.paragraph is None for c in self.chosen())
        self.paragraph.blockSignals(True)
        if len(own) == 1 and not documents:
            self.paragraph.setValue(next(iter(own)))
            self.paragraph.setEnabled(False)
            self.paragraph.setToolTip(self.tr("A passage is cited at its own paragraph"))
        else:
            self.paragraph.setEnabled(True)
            self.paragraph.setValue(self._documents_paragraph)
            self.paragraph.setToolTip(self.tr("The paragraph cited in a whole document"))
        self.paragraph.blockSignals(False)
        self._update()

    def _update(self) -> None:
        text = self.citation()
        self.shown.setText(text or self.tr("(choose a source)"))
        self.insert_button.setEnabled(bool(text))

    def _accept_first(self) -> None:
        if self.results.count() and not self.results.selectedItems():
            self.results.setCurrentRow(0)
        if self.citation():
            self.accept()

    def accept(self) -> None:
        text = self.citation()
        if text:
            self.citation_chosen.emit(text)
        super().accept()
