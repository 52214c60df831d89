"""Asked once, on first run: the name every annotation made on this laptop carries."""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def suggested_author() -> str:
    """A starting suggestion: $CWGI_AUTHOR, else the login name."""
    name = os.environ.get("CWGI_AUTHOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class AuthorDialog(QDialog):
    """Your name (and delegation), as it will appear on your annotations."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorDialog")
        self.setWindowTitle(self.tr("Your name"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        explanation = QLabel(self.tr(
            "Your annotations carry your name, so that a rapporteur who merges the "
            "annotations of several delegates knows whose they are. You can change it later "
            "in Edit ▸ Author name."), self)
        explanation.setWordWrap(True)
        self.name = QLineEdit(current or suggested_author(), self)
        self.name.setObjectName("authorName")
        self.name.setAccessibleName(self.tr("Author name"))
        self.name.setPlaceholderText(self.tr("e.g. Jane Doe (Switzerland)"))
        self.name.selectAll()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        self.resize(420, 160)
        self.name.setFocus()

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self) -> None:
        self._ok().setEnabled(bool(self.author()))

    def author(self) -> str:
        return " ".join(self.name.text().split())

    def accept(self) -> None:
        if self.author():
            super().accept()
