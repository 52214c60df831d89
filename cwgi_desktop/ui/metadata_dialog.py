"""Correcting a contribution's details: symbol, title, source, source type, date, consultation."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import Contribution
from cwgi_desktop.ui.theme import error_colour

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FIELDS: tuple[str, ...] = ("symbol", "title", "source", "source_type", "date", "consultation")


class MetadataDialog(QDialog):
    """A small form; `changes()` returns only the fields the user changed."""

    def __init__(self, contribution: Contribution, *, consultations: list[str] | None = None,
                 source_types: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metadataDialog")
        self.setWindowTitle(self.tr("Contribution details"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contribution = contribution
        self.symbol = self._line("symbolEdit", contribution.symbol)
        self.title_edit = self._line("titleEdit", contribution.title)
        self.source = self._line("sourceEdit", contribution.source)
        self.source_type = self._combo("sourceTypeEdit", contribution.source_type,
                                       source_types or [])
        self.date = self._line("dateEdit", contribution.date)
        self.date.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.consultation = self._combo("consultationEdit", contribution.consultation,
                                        consultations or [])
        self.problem = QLabel(self)
        self.problem.setObjectName("metadataProblem")
        palette = self.problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour())
        self.problem.setPalette(palette)
        form = QFormLayout()
        form.addRow(self.tr("&Symbol:"), self.symbol)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&ource:"), self.source)
        form.addRow(self.tr("Source t&ype:"), self.source_type)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Consultation or meeting:"), self.consultation)
        self.symbol.setPlaceholderText(self.tr("e.g. C26/77-F or CWG-Internet-22/4-E"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def _line(self, name: str, value: str | None) -> QLineEdit:
        edit = QLineEdit(value or "", self)
        edit.setObjectName(name)
        return edit

    def _combo(self, name: str, value: str | None, values: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.addItems([v for v in values if v])
        combo.setCurrentText(value or "")
        return combo

    def values(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol.text().strip(),
            "title": self.title_edit.text().strip(),
            "source": self.source.text().strip(),
            "source_type": self.source_type.currentText().strip(),
            "date": self.date.text().strip(),
            "consultation": self.consultation.currentText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """Changed fields only; an emptied field becomes None."""
        out: dict[str, Any] = {}
        for key, value in self.values().items():
            if value != (getattr(self.contribution, key) or ""):
                out[key] = value or None
        return out

    def old_values(self, keys: list[str]) -> dict[str, Any]:
        return {key: getattr(self.contribution, key) for key in keys}

    def accept(self) -> None:
        date = self.date.text().strip()
        if date and not _DATE.match(date):
            self.problem.setText(self.tr("Write the date as yyyy-mm-dd."))
            self.date.setFocus()
            return
        super().accept()
