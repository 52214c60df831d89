"""The row of filters above the contribution list; it owns the current ContributionFilter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QToolButton, QWidget

from cwgi_desktop.core.models import Theme
from cwgi_desktop.core.store import ContributionFilter
from cwgi_desktop.ui.labels import (
    isolate,
    language_name,
    stakeholder_group_name,
    themes_in_order,
)


@dataclass
class Facets:
    """The values the filters offer, read from the store by one job."""

    consultations: list[tuple[str, int]] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    source_types: list[tuple[str, int]] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    theme_counts: dict[str, int] = field(default_factory=dict)
    authors: list[tuple[str, int]] = field(default_factory=list)
    total: int = 0


class FilterBar(QWidget):
    """Consultation, language, source type, theme; "my annotations"; "not yet read"."""

    filter_changed = Signal(object)  # ContributionFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.author = ""
        self._updating = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.consultation = self._combo("consultationFilter", self.tr("Consultation"))
        self.language = self._combo("languageFilter", self.tr("Language"))
        self.source_type = self._combo("sourceTypeFilter", self.tr("Source type"))
        self.theme = self._combo("themeFilter", self.tr("Theme"))
        self.mine = QCheckBox(self.tr("&My annotations"), self)
        self.mine.setObjectName("myAnnotationsFilter")
        self.mine.setToolTip(self.tr("Only contributions I have annotated"))
        self.unread = QCheckBox(self.tr("&Unread"), self)
        self.unread.setObjectName("unreadFilter")
        self.unread.setToolTip(self.tr("Only contributions not yet read"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(self.tr("Show all contributions"))
        for widget in (self.consultation, self.language, self.source_type, self.theme):
            layout.addWidget(widget, 1)
        layout.addWidget(self.mine)
        layout.addWidget(self.unread)
        layout.addWidget(self.clear_button)
        self.mine.toggled.connect(self._emit)
        self.unread.toggled.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self.set_facets(Facets())

    def _combo(self, name: str, label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(3)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    # -- filling -----------------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        """Offer the store's current values, keeping what is chosen."""
        self._updating = True
        try:
            self._fill(self.consultation, self.tr("All consultations"),
                       [(v, f"{isolate(v)} ({n})") for v, n in facets.consultations])
            self._fill(self.language, self.tr("All languages"),
                       [(v, f"{isolate(language_name(v))} ({n})") for v, n in facets.languages])
            self._fill(self.source_type, self.tr("All sources"),
                       [(v, f"{isolate(stakeholder_group_name(v))} ({n})")
                        for v, n in facets.source_types])
            self._fill(self.theme, self.tr("All themes"), _theme_items(facets.themes),
                       self.tr("(a theme no longer in the codebook)"))
        finally:
            self._updating = False

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]],
              missing: str = "") -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(current) if current is not None else 0
        if index < 0:  # the chosen value is gone: keep it, so the filter stays as it was
            combo.addItem(missing or str(current), current)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    # -- the filter --------------------------------------------------------------------

    def current_filter(self) -> ContributionFilter:
        return ContributionFilter(
            consultation=self.consultation.currentData(),
            language=self.language.currentData(),
            source_type=self.source_type.currentData(),
            theme_id=self.theme.currentData(),
            annotated_by=(self.author or None) if self.mine.isChecked() else None,
            unread_only=self.unread.isChecked(),
        )

    def choose(self, field_name: str, value: Any) -> None:
        """Set one filter (as the navigator does), leaving the others."""
        combo: QComboBox = getattr(self, field_name)
        index = combo.findData(value)
        if index < 0 and value is not None:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def clear(self) -> None:
        self._updating = True
        try:
            for combo in (self.consultation, self.language, self.source_type, self.theme):
                combo.setCurrentIndex(0)
            self.mine.setChecked(False)
            self.unread.setChecked(False)
        finally:
            self._updating = False
        self._emit()

    def _emit(self, *_args: object) -> None:
        if not self._updating:
            self.filter_changed.emit(self.current_filter())


def _theme_items(themes: list[Theme]) -> list[tuple[str, str]]:
    return [(t.id, "    " * depth + t.name) for t, depth in themes_in_order(themes)]
