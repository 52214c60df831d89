"""A new draft: from its kind's template, empty, scaffolded from annotations, or compiled.

`NewDraftDialog.request()` says what to make; `create_from_request` makes it on the
database worker. `DetailsDialog` edits the cover metadata of an existing draft.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.models import DRAFT_KINDS, LANGUAGES, Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.editor.editor_labels import draft_kind_names
from cwgi_desktop.ui.labels import language_name

MODES = ("template", "empty", "scaffold", "compilation")


@dataclass
class NewDraftRequest:
    mode: str = "template"
    kind: str = "key_findings"
    title: str = ""
    language: str = "en"
    consultation: str = ""
    group_by: str = "source_type"
    meta: dict[str, Any] = field(default_factory=dict)


def create_from_request(store: Store, r: NewDraftRequest) -> Draft:
    """Make the draft a request asks for (runs on the database worker)."""
    if r.mode == "scaffold":
        return draft_service.build_scaffold(
                store, r.consultation, language=r.language, title=r.title or None)
    if r.mode == "compilation":
        return draft_service.compile_consultation(store, r.consultation, group_by=r.group_by,
                                          language=r.language, title=r.title or None)
    meta = {"consultation": r.consultation} if r.consultation else {}
    return draft_service.create_draft(
            store, r.kind, r.title, r.language, template=r.mode == "template",
                              **meta, **r.meta)


def _language_combo(parent: QWidget, name: str, current: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code in LANGUAGES:
        combo.addItem(f"{language_name(code)} ({code})", code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class NewDraftDialog(QDialog):
    """Kind, title, language, consultation, and how to start."""

    def __init__(self, consultations: list[str], parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("newDraftDialog")
        self.setWindowTitle(self.tr("New draft"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("newDraftKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        names = draft_kind_names()
        for kind in DRAFT_KINDS:
            self.kind.addItem(names[kind], kind)
        self.kind.setCurrentIndex(self.kind.findData("key_findings"))
        self.title = QLineEdit(self)
        self.title.setObjectName("newDraftTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.language = _language_combo(self, "newDraftLanguage", language)
        self.language.setAccessibleName(self.tr("Language"))
        self.consultation = QComboBox(self)
        self.consultation.setObjectName("newDraftConsultation")
        self.consultation.setAccessibleName(self.tr("Consultation"))
        self.consultation.setEditable(True)
        self.consultation.addItem("", "")
        for name in consultations:
            self.consultation.addItem(name, name)
        self.group_by = QComboBox(self)
        self.group_by.setObjectName("newDraftGroupBy")
        self.group_by.setAccessibleName(self.tr("Group the compilation"))
        self.group_by.addItem(self.tr("by stakeholder group"), "source_type")
        self.group_by.addItem(self.tr("by theme"), "theme")
        self.modes = QButtonGroup(self)
        texts = {"template": self.tr("Start from the kind's template"),
                 "empty": self.tr("Start empty"),
                 "scaffold": self.tr("Build a scaffold from the consultation's annotations"),
                 "compilation": self.tr("Generate the compilation of the consultation")}
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Consultation:"), self.consultation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for i, mode in enumerate(MODES):
            button = QRadioButton(texts[mode], self)
            button.setObjectName(f"newDraftMode_{mode}")
            self.modes.addButton(button, i)
            layout.addWidget(button)
            if mode == "compilation":
                layout.addWidget(self.group_by)
        self.modes.button(0).setChecked(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("newDraftHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        chain_tab_order([self.kind, self.title, self.language, self.consultation,
                         *self.modes.buttons(), self.group_by,
                         self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         self.buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.modes.idToggled.connect(lambda _i, _on: self._update())
        self.consultation.currentTextChanged.connect(lambda _t: self._update())
        self._update()

    def mode(self) -> str:
        return MODES[max(self.modes.checkedId(), 0)]

    def _update(self) -> None:
        mode = self.mode()
        generated = mode in ("scaffold", "compilation")
        self.kind.setEnabled(not generated)
        self.group_by.setEnabled(mode == "compilation")
        needs = generated and not self.consultation.currentText().strip()
        self.hint.setText(self.tr("Choose the consultation to build from.") if needs else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not needs)

    def request(self) -> NewDraftRequest:
        mode = self.mode()
        kind = {"scaffold": "analytical_summary", "compilation": "compilation"}.get(
            mode, self.kind.currentData())
        return NewDraftRequest(mode=mode, kind=kind, title=self.title.text().strip(),
                               language=self.language.currentData(),
                               consultation=self.consultation.currentText().strip(),
                               group_by=self.group_by.currentData())


DETAIL_FIELDS = ("title", "symbol", "source", "meeting", "meeting_detail", "agenda_item",
                 "date", "purpose", "action", "references", "consultation")


class DetailsDialog(QDialog):
    """The cover-page metadata of a draft."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDetailsDialog")
        self.setWindowTitle(self.tr("Draft details"))
        self.draft = draft
        labels = {"title": self.tr("Title:"), "symbol": self.tr("Document symbol:"),
                  "source": self.tr("Source line:"), "meeting": self.tr("Meeting:"),
                  "meeting_detail": self.tr("Place and dates:"),
                  "agenda_item": self.tr("Agenda item:"), "date": self.tr("Date (yyyy-mm-dd):"),
                  "purpose": self.tr("Purpose:"), "action": self.tr("Action required:"),
                  "references": self.tr("References:"),
                  "consultation": self.tr("Consultation:")}
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in DETAIL_FIELDS:
            edit = QLineEdit(str(getattr(draft, name) or ""), self)
            edit.setObjectName(f"detail_{name}")
            edit.setAccessibleName(labels[name].rstrip(":"))
            self.fields[name] = edit
            form.addRow(labels[name], edit)
        self.language = _language_combo(self, "detail_language", draft.language)
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain_tab_order([*self.fields.values(), self.language,
                         buttons.button(QDialogButtonBox.StandardButton.Ok),
                         buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        self.resize(560, 0)

    def changes(self) -> dict[str, str]:
        new = {n: e.text().strip() for n, e in self.fields.items()}
        new["language"] = self.language.currentData()
        return {k: v for k, v in new.items() if v != (getattr(self.draft, k) or "")}
