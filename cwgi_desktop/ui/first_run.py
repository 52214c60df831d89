"""The first run: the author's name, then the offer of the demo consultation.

The store in the user data folder is created by opening it (the window's database worker
does). Once the window is shown and the author question answered (`MainWindow.first_shown`),
an empty store gets the offer of the demo consultation: six short fictional contributions in
the six ITU languages with a few annotations, imported on the database worker. The offer is
made once; Help ▸ Load the demo consultation brings it back at any time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cwgi_desktop.ui.accessibility import chain_tab_order
from cwgi_desktop.ui.db_worker import ANNOTATIONS, CONTRIBUTIONS, THEMES
from cwgi_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from cwgi_desktop.core.demo import DemoReport
    from cwgi_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


class DemoOfferDialog(QDialog):
    """Welcome: what the application is for, and the demo consultation to try it on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoOfferDialog")
        self.setWindowTitle(self.tr("Welcome to CWGI Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QLabel(self.tr(
            "CWGI Desktop helps you read the contributions to a consultation, annotate them, "
            "and draft a summary in which every finding cites its sources.\n\n"
            "Your store is empty. Would you like to load a demo consultation to try "
            "everything at once? It holds six short fictional contributions in the six ITU "
            "languages and a few annotations. You can delete them later, or load them again "
            "from Help ▸ Load the demo consultation."), self)
        text.setObjectName("demoOfferText")
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.load_button = QPushButton(self.tr("&Load the demo consultation"), self)
        self.load_button.setObjectName("loadDemoButton")
        self.skip_button = QPushButton(self.tr("&Start with an empty store"), self)
        self.skip_button.setObjectName("skipDemoButton")
        self.buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)
        chain_tab_order([self.load_button, self.skip_button])
        self.load_button.setDefault(True)
        # Sized to its text: a wrapped label's height follows its width (heightForWidth),
        # which a fixed resize() ignored, clipping the text at 480×104.
        text.setMinimumWidth(min(text.fontMetrics().averageCharWidth() * 60, 560))
        self.adjustSize()
        self.load_button.setFocus()

    def sizeHint(self) -> QSize:
        """As wide as the text reads well (not as wide as two long buttons side by side),
        as tall as the text needs at that width."""
        width = max(self.minimumSizeHint().width(), min(super().sizeHint().width(), 640))
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None \
            else super().sizeHint().height()
        return QSize(width, height)


class DemoTexts(QObject):
    """Counts with their plural (`self.tr(text, "", n)` is what lupdate marks plural)."""

    def contributions(self, n: int) -> str:
        return self.tr("%n contributions", "", n)

    def annotations(self, n: int) -> str:
        return self.tr("%n annotations", "", n)


def load_demo(window: MainWindow) -> None:
    """Import the demo consultation on the window's database worker."""
    window.statusBar().showMessage(translate("FirstRun", "Loading the demo consultation…"))

    def done(report: DemoReport) -> None:
        if report.imported or report.annotations:
            texts = DemoTexts()
            text = translate("FirstRun", "Demo consultation loaded: %1, %2.") \
                .replace("%1", texts.contributions(report.imported)) \
                .replace("%2", texts.annotations(report.annotations))
        else:
            text = translate("FirstRun", "The demo consultation is already in this store.")
        window.statusBar().showMessage(text, 8000)

    # The consultation is named in the interface's language (it is data from then on).
    name = translate("FirstRun", "Demo consultation")
    from cwgi_desktop.core.demo import install_demo  # loaded when asked for (start-up)

    window.db.submit(lambda store: install_demo(store, name), done,
                     lambda exc: window.show_error(str(exc)),
                     changes=(CONTRIBUTIONS, ANNOTATIONS, THEMES), owner=window)


class FirstRun(QObject):
    """Offers the demo once the window is up and the author known, if the store is empty."""

    offered = Signal(object)  # the DemoOfferDialog

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialog: DemoOfferDialog | None = None
        window.first_shown.connect(self._window_ready)

    def _window_ready(self) -> None:
        if self.settings.demo_offered:
            return
        self.window.db.submit(lambda s: s.contributions.count(), self._counted,
                              owner=self.window)

    def _counted(self, total: int) -> None:
        if total or self.settings.demo_offered:
            return
        dialog = DemoOfferDialog(self.window)
        self.dialog = dialog
        dialog.finished.connect(self._answered)
        dialog.open()
        self.offered.emit(dialog)

    def _answered(self, result: int) -> None:
        self.settings.demo_offered = True
        if result == QDialog.DialogCode.Accepted:
            load_demo(self.window)
