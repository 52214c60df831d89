"""Every dialog opens in a right-to-left layout (as under an Arabic translation)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cwgi_desktop.core.models import Contribution, Theme
from cwgi_desktop.core.services.importing import ImportReport
from cwgi_desktop.ui.annotation_dialogs import NoteDialog, ThemePickerDialog
from cwgi_desktop.ui.author_dialog import AuthorDialog
from cwgi_desktop.ui.codebook_dialog import CodebookDialog
from cwgi_desktop.ui.import_job import ImportSummaryDialog
from cwgi_desktop.ui.metadata_dialog import MetadataDialog


@pytest.fixture
def right_to_left() -> Iterator[None]:
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_window_and_dialogs_open_right_to_left(
        qtbot: Any, make_window: Any, seeded: dict, right_to_left: None) -> None:
    window = make_window()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.open_contribution(seeded["ar"].id)
    qtbot.waitUntil(lambda: window.reader.contribution is not None)
    themes = [Theme(id="t1", name="الخصوصية"), Theme(id="t2", name="Privacy", parent_id="t1")]
    report = ImportReport(imported=[{"path": "/x/a.docx", "symbol": "C26/77-A", "title": "ع"}],
                          rejected=[{"path": "/x/b.pdf", "reason": "encrypted"}])
    dialogs = [
        AuthorDialog("", window),
        NoteDialog("اقتباس", "", window),
        ThemePickerDialog(themes, ["t2"], "اقتباس", window),
        CodebookDialog(window.db, window),
        MetadataDialog(Contribution(id="x", symbol="C26/77-A", title="عنوان"), parent=window),
        ImportSummaryDialog(report, window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.width() > 100
        dialog.close()
    qtbot.waitUntil(lambda: window.db.pending == 0)
