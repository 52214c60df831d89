"""The evidence panel: for the current block, every cited passage in full.

A citation with a paragraph locator shows that paragraph (in the draft's language version
when imported, else English, else any); one without shows the document's title, source and
opening paragraph. Activating an item asks for the passage in the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.citations import locator_numbers, parse_citations
from cwgi_desktop.core.drafting.resolution import preferred_version, resolve_key
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.theme import error_colour

MAX_PASSAGES = 60


@dataclass
class Evidence:
    """One cited passage (or a whole document, `paragraph` None; unresolved: no id)."""

    key: str
    symbol: str = ""
    contribution_id: str | None = None
    title: str = ""
    source: str = ""
    paragraph: int | None = None
    text: str = ""


def citation_signature(text: str) -> tuple[tuple[str, str], ...]:
    """What the evidence depends on: the citations' keys and locators, in order."""
    return tuple((c.key, c.locator) for c in parse_citations(text))


def load_evidence(store: Store, text: str, language: str) -> list[Evidence]:
    """The passages `text` cites (runs on the database worker)."""
    known = store.known_symbols()
    out: list[Evidence] = []
    seen: set[tuple[str, int | None]] = set()
    for citation in parse_citations(text):
        base = resolve_key(citation.key, known)
        chosen = preferred_version(store.versions_of(base), language) if base else None
        if chosen is None:
            if (citation.key, None) not in seen:
                seen.add((citation.key, None))
                out.append(Evidence(key=citation.key))
            continue
        # `para 2.3` is the paragraph the document numbers 2.3 (README); shown by position.
        paragraphs: list[int | None] = [
            store.paragraph_index(chosen.id, n) for n in locator_numbers(citation.locator)
        ] or [None]
        for index in paragraphs:
            if (chosen.id, index) in seen or len(out) >= MAX_PASSAGES:
                continue
            seen.add((chosen.id, index))
            if index is None:
                first = next((p.text for p in store.paragraphs(chosen.id)
                              if p.style == "body"), "")
                passage = first
            else:
                passage = store.paragraph_text(chosen.id, index) or ""
            out.append(Evidence(key=citation.key, symbol=chosen.symbol or base or "",
                                contribution_id=chosen.id, title=chosen.title or "",
                                source=chosen.source or "", paragraph=index, text=passage))
    return out


class EvidencePanel(QWidget):
    """The list of passages; `open_requested(contribution id, paragraph or 0)`."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setAccessibleName(self.tr("Evidence"))
        self.items: list[Evidence] = []
        self.heading = QLabel(self.tr("No citation in this block."), self)
        self.heading.setObjectName("evidenceHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("evidenceList")
        self.list.setAccessibleName(self.tr("Cited passages"))
        self.list.setAccessibleDescription(
            self.tr("Every passage the current block cites; Enter opens it in the reader"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(self._open)
        self.list.itemClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def tab_order(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them."""
        return [self.list]

    def set_evidence(self, items: list[Evidence]) -> None:
        self.items = items
        self.list.clear()
        found = [e for e in items if e.contribution_id]
        documents = len({e.contribution_id for e in found})
        if not items:
            self.heading.setText(self.tr("No citation in this block."))
        elif not found:
            self.heading.setText(self.tr("No cited passage can be shown: "
                                         "the citations name no imported contribution."))
        else:
            self.heading.setText(self.tr("%1 passage(s) from %2 document(s). "
                                         "Click one to open it in the reader.")
                                 .replace("%1", str(len(found))).replace("%2", str(documents)))
        for evidence in items:
            item = QListWidgetItem(self._text(evidence), self.list)
            item.setData(Qt.ItemDataRole.UserRole, evidence)
            if evidence.contribution_id is None:
                item.setForeground(error_colour())
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            else:
                item.setToolTip(self.tr("Open %1 in the reader").replace("%1", evidence.symbol))

    def _text(self, e: Evidence) -> str:
        if e.contribution_id is None:
            return self.tr("@%1 — unresolved: no imported contribution has that symbol."
                           ).replace("%1", e.key)
        where = (self.tr("para %1").replace("%1", str(e.paragraph)) if e.paragraph
                 else self.tr("whole document"))
        head = f"{e.symbol} · {where} — {e.source}" if e.source else f"{e.symbol} · {where}"
        title = f"“{e.title}”\n" if e.title and e.paragraph is None else ""
        return f"{head}\n{title}{e.text}"

    def _open(self, item: QListWidgetItem) -> None:
        evidence = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(evidence, Evidence) and evidence.contribution_id:
            self.open_requested.emit(evidence.contribution_id, evidence.paragraph or 0)
