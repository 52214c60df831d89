"""The consultation a contribution belongs to: asked at import, set for many at once.

Coverage checks a draft against the contributions of its consultation, so a contribution
without one (or with another spelling) silently drops out of it. The window asks at import,
offering the consultations already in the store and the recent ones typed; the list's
selection can be given one in a single undoable step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.core.store import Store
from cwgi_desktop.ui.accessibility import chain_tab_order, describe
from cwgi_desktop.ui.db_worker import CONTRIBUTIONS, DbWorker
from cwgi_desktop.ui.settings import Settings

translate = QCoreApplication.translate
RECENT_KEY = "import/recent_consultations"
RECENT_MAX = 8


def recent_consultations(settings: Settings) -> list[str]:
    value = settings.qsettings.value(RECENT_KEY, []) or []
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(v) for v in values if str(v).strip()]


def remember_consultation(settings: Settings, name: str) -> None:
    if not name.strip():
        return
    names = [name, *(n for n in recent_consultations(settings) if n != name)][:RECENT_MAX]
    settings.qsettings.setValue(RECENT_KEY, names)


class ConsultationDialog(QDialog):
    """"Which consultation do these files belong to?" — recent ones first, or none."""

    def __init__(self, names: list[str], text: str, parent: QWidget | None = None, *,
                 allow_none: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("consultationDialog")
        self.setWindowTitle(self.tr("Consultation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(text, self)
        intro.setObjectName("consultationIntro")
        intro.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setObjectName("consultationChoice")
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.allow_none = allow_none
        if allow_none:
            self.choice.addItem(self.tr("(as each file says)"), "")
        for name in names:
            self.choice.addItem(name, name)
        self.choice.setCurrentIndex(1 if allow_none and names else 0)
        describe(self.choice, self.tr("Consultation"),
                 self.tr("Type a consultation or meeting, or choose a recent one"))
        form = QFormLayout()
        form.addRow(self.tr("&Consultation or meeting:"), self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("consultationButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        chain_tab_order([self.choice, buttons])
        self.setMinimumWidth(460)
        self.adjustSize()

    def consultation(self) -> str | None:
        """The consultation chosen or typed; None to keep what each file says."""
        text = self.choice.currentText().strip()
        index = self.choice.findText(text)
        if index >= 0 and self.choice.itemData(index) == "" and self.allow_none:
            return None
        return text or None


class ConsultationTexts(QObject):
    """Texts with a plural (lupdate marks `self.tr(text, "", n)` as one, not `translate`)."""

    def import_question(self, n: int) -> str:
        return self.tr("Which consultation or meeting do the %n chosen items belong to? "
                       "Coverage checks a draft against its consultation's contributions.",
                       "", n)

    def selection_question(self, n: int) -> str:
        return self.tr("The consultation or meeting of the %n selected contributions:", "", n)

    def command(self, n: int) -> str:
        return self.tr("Set the consultation of %n contributions", "", n)

    def done(self, n: int) -> str:
        return self.tr("%n contributions now belong to “%1”.", "", n)


class SetConsultationCommand(QUndoCommand):
    """Give several contributions one consultation (undo gives each its own back)."""

    def __init__(self, db: DbWorker, old: dict[str, str | None], name: str) -> None:
        super().__init__(ConsultationTexts().command(len(old)))
        self.db = db
        self.old = dict(old)
        self.name = name

    def _apply(self, values: dict[str, Any]) -> None:
        def job(store: Store) -> None:
            with store.transaction():
                for cid, name in values.items():
                    store.contributions.update(cid, consultation=name)

        self.db.submit(job, changes=(CONTRIBUTIONS,), owner=None)

    def redo(self) -> None:
        self._apply(dict.fromkeys(self.old, self.name))

    def undo(self) -> None:
        self._apply(self.old)


def empty_consultation_warning(consultation: str | None, total: int) -> str:
    """The warning shown when a draft's consultation holds no contribution, else ''."""
    if not consultation or total:
        return ""
    return translate(
        "ConsultationUi",
        "No contribution belongs to “%1”: coverage has nothing to check against. Set the "
        "consultation of contributions at import, or select them in the list and use "
        "Contribution ▸ Set consultation…").replace("%1", consultation)


def known_consultations(window: Any) -> list[str]:
    """Recent ones typed first, then those of the store (most contributions first)."""
    recent = recent_consultations(window.settings)
    stored = [name for name, _count in sorted(window.facets.consultations,
                                              key=lambda item: -item[1])]
    return [*recent, *(n for n in stored if n not in recent)]


def ask_import(window: Any, paths: list[Any]) -> ConsultationDialog | None:
    """Ask the consultation of the files about to be imported, then import them."""
    if not paths:
        return None
    text = ConsultationTexts().import_question(len(paths))
    dialog = ConsultationDialog(known_consultations(window), text, window)

    def accepted() -> None:
        name = dialog.consultation()
        if name:
            remember_consultation(window.settings, name)
        window.import_paths(list(paths), consultation=name)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def set_consultation_of_selection(window: Any) -> ConsultationDialog | None:
    """Give the contributions selected in the list one consultation (undoable)."""
    rows = sorted({i.row() for i in window.table.selectionModel().selectedRows()})
    chosen = [c for r in rows if (c := window.model.contribution_at(r)) is not None]
    if not chosen:
        window.statusBar().showMessage(
            translate("ConsultationUi", "Select contributions in the list first."), 4000)
        return None
    text = ConsultationTexts().selection_question(len(chosen))
    dialog = ConsultationDialog(known_consultations(window), text, window, allow_none=False)
    current = {c.consultation for c in chosen}
    if len(current) == 1 and next(iter(current)):
        dialog.choice.setCurrentText(str(next(iter(current))))

    def accepted() -> None:
        name = dialog.consultation()
        if not name:
            return
        remember_consultation(window.settings, name)
        window.undo_stack.push(SetConsultationCommand(
            window.db, {c.id: c.consultation for c in chosen}, name))
        window.statusBar().showMessage(
            ConsultationTexts().done(len(chosen)).replace("%1", name), 5000)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
