"""The reader: a contribution's metadata header, its language versions, and its text.

`load_reader_content` is the job run on the database worker; `ReaderView` shows what it
returns. The view never talks to the store itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Annotation, Contribution, Paragraph, Theme
from cwgi_desktop.core.store import AnnotationFilter, Store
from cwgi_desktop.core.textnorm import match_spans
from cwgi_desktop.ui.labels import is_rtl, isolate, language_name, stakeholder_group_name
from cwgi_desktop.ui.reader_text import Passage, ReaderText


@dataclass
class ReaderContent:
    """Everything the reader shows for one contribution (read by one job)."""

    contribution: Contribution
    paragraphs: list[Paragraph]
    versions: list[Contribution] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    themes: dict[str, Theme] = field(default_factory=dict)
    hits: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    query: str = ""


def load_reader_content(store: Store, cid: str, *, query: str = "",
                        mark_read: bool = True) -> ReaderContent:
    """Read a contribution for the reader; marks it read when asked (runs on the worker)."""
    contribution = store.contributions.get(cid)
    if mark_read and contribution.read_at is None:
        store.contributions.set_read(cid, True)
        contribution = store.contributions.get(cid)
    paragraphs = store.contributions.paragraphs(cid)
    base = contribution.base_symbol
    versions = store.contributions.versions_of(base) if base else []
    hits: dict[int, list[tuple[int, int]]] = {}
    if query.strip():
        for paragraph in paragraphs:
            spans = match_spans(paragraph.text, query)
            if spans:
                hits[paragraph.index] = spans
    return ReaderContent(
        contribution=contribution, paragraphs=paragraphs, versions=versions,
        annotations=store.annotations.all(AnnotationFilter(contribution_id=cid)),
        themes={t.id: t for t in store.themes.all()}, hits=hits, query=query,
    )


def load_annotations(store: Store, cid: str) -> tuple[list[Annotation], dict[str, Theme]]:
    return (store.annotations.all(AnnotationFilter(contribution_id=cid)),
            {t.id: t for t in store.themes.all()})


class ReaderView(QWidget):
    """Header (symbol, title, source, date, consultation; versions; read; edit) + text."""

    version_chosen = Signal(str)  # contribution id
    edit_requested = Signal()
    read_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Reader"))
        self.content: ReaderContent | None = None
        self.text = ReaderText(self)

        self.title = QLabel(self)
        self.title.setObjectName("readerTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("readerDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.versions = QComboBox(self)
        self.versions.setObjectName("languageVersions")
        self.versions.setAccessibleName(self.tr("Language version"))
        self.versions.setToolTip(self.tr("Other language versions of this document"))
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.versions.activated.connect(self._version_activated)
        self.read_button = QToolButton(self)
        self.read_button.setObjectName("readToggle")
        self.read_button.setCheckable(True)
        self.read_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.read_button.toggled.connect(self._read_clicked)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editMetadata")
        self.edit_button.setText(self.tr("Edit details…"))
        self.edit_button.setToolTip(self.tr("Correct symbol, title, source, date, consultation"))
        self.edit_button.clicked.connect(self.edit_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Version:"), self))
        buttons.addWidget(self.versions)
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.edit_button)
        self.header = QWidget(self)
        self.header.setObjectName("readerHeader")
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(8, 6, 8, 2)
        header_layout.addWidget(self.title)
        header_layout.addWidget(self.details)
        header_layout.addLayout(buttons)
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self._updating = False
        self.show_empty()

    # -- what is shown -----------------------------------------------------------------

    @property
    def contribution(self) -> Contribution | None:
        return self.content.contribution if self.content else None

    def show_empty(self) -> None:
        self.content = None
        self.title.setText(self.tr("No contribution open"))
        self.details.setText(self.tr("Choose a contribution in the list or a search hit."))
        self.versions.clear()
        self.versions.setEnabled(False)
        self.read_button.setEnabled(False)
        self.edit_button.setEnabled(False)
        self._set_read_button(False)
        self.text.show_paragraphs([], rtl=False)

    def show_content(self, content: ReaderContent, paragraph: int | None = None) -> None:
        """Show a freshly loaded contribution, at `paragraph` when given."""
        same = self.content is not None and self.content.contribution.id == content.contribution.id
        scroll = self.text.verticalScrollBar().value() if same else 0
        self.content = content
        contribution = content.contribution
        rtl = is_rtl(contribution.language,
                     content.paragraphs[0].text if content.paragraphs else "")
        # The header is the application's (its direction follows the UI language); only the
        # title, which is the document's own text, takes the document's side.
        self.title.setAlignment((Qt.AlignmentFlag.AlignRight if rtl
                                 else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
                                | Qt.AlignmentFlag.AlignVCenter)
        self._show_header(contribution)
        self._show_versions(content.versions, contribution.id)
        self.text.show_paragraphs(content.paragraphs, rtl=rtl)
        self.text.show_annotations(content.annotations)
        self.text.show_hits(content.hits)
        if paragraph is not None:
            hit = content.hits.get(paragraph)
            self.text.go_to(paragraph, hit[0][0] if hit else None)
        elif same:
            self.text.verticalScrollBar().setValue(scroll)

    def set_annotations(self, annotations: list[Annotation], themes: dict[str, Theme]) -> None:
        """Re-colour the spans after annotations changed, keeping the place."""
        if self.content is None:
            return
        self.content.annotations = annotations
        self.content.themes = themes
        scroll = self.text.verticalScrollBar().value()
        cursor = self.text.textCursor()
        self.text.show_annotations(annotations)
        self.text.setTextCursor(cursor)
        self.text.verticalScrollBar().setValue(scroll)

    def set_contribution(self, contribution: Contribution) -> None:
        """New metadata for the open contribution (after an edit or a read toggle)."""
        if self.content is None or self.content.contribution.id != contribution.id:
            return
        self.content.contribution = contribution
        self._show_header(contribution)

    def _show_header(self, c: Contribution) -> None:
        title = c.title or c.file_name or ""
        self.title.setText(f"{c.symbol} — {title}" if c.symbol else title)
        parts = [
            self.tr("Source: %1").replace("%1", isolate(c.source)) if c.source else "",
            isolate(stakeholder_group_name(c.source_type)) if c.source_type else "",
            self.tr("Date: %1").replace("%1", isolate(c.date)) if c.date else "",
            self.tr("Consultation: %1").replace("%1", isolate(c.consultation))
            if c.consultation else "",
            isolate(language_name(c.language)) if c.language else "",
            self.tr("%n paragraphs", "", c.paragraph_count),
        ]
        self.details.setText(" · ".join(p for p in parts if p))
        self.edit_button.setEnabled(True)
        self.read_button.setEnabled(True)
        self._set_read_button(c.read_at is not None)

    def _set_read_button(self, read: bool) -> None:
        self._updating = True
        try:
            self.read_button.setChecked(read)
            self.read_button.setText(self.tr("Read") if read else self.tr("Unread"))
            self.read_button.setToolTip(self.tr("Mark as unread") if read
                                        else self.tr("Mark as read"))
        finally:
            self._updating = False

    def _show_versions(self, versions: list[Contribution], current: str) -> None:
        self._updating = True
        try:
            self.versions.clear()
            for version in versions:
                self.versions.addItem(
                    f"{isolate(language_name(version.language) or '?')} — {version.symbol or ''}",
                    version.id,
                )
            if not versions and self.content is not None:
                c = self.content.contribution
                self.versions.addItem(f"{language_name(c.language) or '?'}", c.id)
            self.versions.setCurrentIndex(max(0, self.versions.findData(current)))
            self.versions.setEnabled(self.versions.count() > 1)
        finally:
            self._updating = False

    def _version_activated(self, index: int) -> None:
        cid = self.versions.itemData(index)
        if cid and self.content is not None and cid != self.content.contribution.id:
            self.version_chosen.emit(cid)

    def _read_clicked(self, checked: bool) -> None:
        if not self._updating:
            self._set_read_button(checked)
            self.read_toggled.emit(checked)

    # -- questions the annotation actions ask -------------------------------------------

    def selected_passage(self) -> Passage | None:
        return self.text.selected_passage()

    def annotations_at_cursor(self) -> list[Annotation]:
        """Annotations overlapping the selection, or under the caret."""
        if self.content is None:
            return []
        passage = self.text.selected_passage()
        if passage is not None:
            paragraph, start, end = passage.paragraph, passage.start, passage.end
        else:
            where = self.text.cursor_position()
            if where is None:
                return []
            paragraph, start, end = where[0], where[1], where[1]
        if start == end:  # a caret: the annotations it stands in (or at the edge of)
            return [a for a in self.content.annotations
                    if a.paragraph == paragraph and a.start <= start <= a.end]
        return [a for a in self.content.annotations
                if a.paragraph == paragraph and a.start < end and start < a.end]

    def go_to_annotation(self, annotation: Annotation) -> None:
        self.text.go_to(annotation.paragraph, annotation.start, annotation.end)
        self.text.setFocus()
