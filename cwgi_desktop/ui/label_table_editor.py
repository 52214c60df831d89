"""Editing the fixed texts of the Word export (core.exporters.labels) for one language.

Each row is one label: its key, the shipped default and the user's text (empty = default).
Nested labels (`language_names.fr`) get a dotted key; month names are edited as one
comma-separated line. `overrides()` returns only what differs from the defaults, in the
per-language shape `load_labels(language, overrides)` takes.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.exporters.labels import label_table
from cwgi_desktop.ui.accessibility import chain_tab_order, describe, label_for
from cwgi_desktop.ui.labels import ITU_LANGUAGE_NAMES

HIDDEN_KEYS = frozenset({"direction", "language_tag"})  # technical: not a text to correct
LIST_SEPARATOR = ", "
KeyRole = Qt.ItemDataRole.UserRole + 1


def flatten(labels: dict[str, Any]) -> dict[str, str]:
    """Editable texts of one language: `key` or `parent.key` -> text."""
    out: dict[str, str] = {}
    for key, value in labels.items():
        if key in HIDDEN_KEYS:
            continue
        if isinstance(value, str):
            out[key] = value
        elif isinstance(value, dict):
            for sub, text in value.items():
                if isinstance(text, str):
                    out[f"{key}.{sub}"] = text
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            out[key] = LIST_SEPARATOR.join(value)
    return out


def unflatten(values: dict[str, str], defaults: dict[str, Any]) -> dict[str, Any]:
    """The nested override mapping for flat `values` (lists split back on commas)."""
    out: dict[str, Any] = {}
    for key, text in values.items():
        if "." in key:
            parent, sub = key.split(".", 1)
            out.setdefault(parent, {})[sub] = text
        elif isinstance(defaults.get(key), list):
            out[key] = [part.strip() for part in text.split(",")]
        else:
            out[key] = text
    return out


class LabelTableEditor(QWidget):
    """A language chooser over a three-column table: label, default, your text."""

    def __init__(self, overrides: dict[str, dict[str, Any]], language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelTableEditor")
        self.defaults = label_table()
        self._edits: dict[str, dict[str, str]] = {
            lang: {k: v for k, v in flatten(values).items()
                   if v != flatten(self.defaults.get(lang, {})).get(k)}
            for lang, values in copy.deepcopy(overrides).items() if lang in self.defaults
        }
        self.language = QComboBox(self)
        self.language.setObjectName("labelLanguage")
        for code in self.defaults:
            self.language.addItem(ITU_LANGUAGE_NAMES.get(code, code), code)
        language_label = label_for(QLabel(self.tr("Labels &of:"), self), self.language)
        describe(self.language, self.tr("Labels of"),
                 self.tr("The language of the export whose fixed texts you edit"))
        hint = QLabel(self.tr(
            "The fixed texts of Word exports (cover page, headings, citations). Write "
            "your own text in the last column; leave it empty to keep the default. Keep "
            "{placeholders} as they are."), self)
        hint.setObjectName("labelHint")
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("labelTable")
        describe(self.table, self.tr("Export labels"),
                 self.tr("Label, default text and your text; F2 edits your text"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Default"), self.tr("Your text")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.reset_button = QPushButton(self.tr("&Reset this language"), self)
        self.reset_button.setObjectName("resetLabels")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_language)
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language, 1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._shown = ""
        self.language.currentIndexChanged.connect(lambda _i: self._show())
        self.table.itemChanged.connect(self._item_changed)
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))
        self._show()
        chain_tab_order([self.language, self.reset_button, self.table])

    def current_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _show(self) -> None:
        code = self.current_language()
        self._shown = code
        defaults = flatten(self.defaults[code])
        edits = self._edits.get(code, {})
        self.table.blockSignals(True)
        self.table.setRowCount(len(defaults))
        for row, (key, default) in enumerate(defaults.items()):
            name = QTableWidgetItem(key)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name.setData(KeyRole, key)
            shown_default = QTableWidgetItem(default)
            shown_default.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            shown_default.setToolTip(default)
            mine = QTableWidgetItem(edits.get(key, ""))
            mine.setData(KeyRole, key)
            for column, item in enumerate((name, shown_default, mine)):
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        key = item.data(KeyRole)
        text = item.text().strip()
        edits = self._edits.setdefault(self._shown, {})
        default = flatten(self.defaults[self._shown]).get(key)
        if text and text != default:
            edits[key] = text
        else:
            edits.pop(key, None)

    def set_text(self, key: str, text: str) -> None:
        """Type `text` as the user's text of `key` in the shown language."""
        for row in range(self.table.rowCount()):
            key_item, text_item = self.table.item(row, 0), self.table.item(row, 2)
            if key_item is not None and text_item is not None and key_item.data(KeyRole) == key:
                text_item.setText(text)
                return
        raise KeyError(key)

    def reset_language(self) -> None:
        self._edits.pop(self.current_language(), None)
        self._show()

    def overrides(self) -> dict[str, dict[str, Any]]:
        """What differs from the defaults, by language, nested as the label table is."""
        return {lang: unflatten(edits, self.defaults[lang])
                for lang, edits in self._edits.items() if edits}
