"""A rapporteur's session: template, findings, citations (picker and drag), evidence,
reordering, undo, coverage, a named version, a change, and the comparison."""

from __future__ import annotations

from typing import Any

from editor_fixtures import CONSULTATION
from editor_helpers import drop_on, fresh, select_row, wait_dialog, wait_jobs
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import reactivate

from cwgi_desktop.ui.editor import draft_workspace
from cwgi_desktop.ui.editor.annotation_drag import annotation_mime_data
from cwgi_desktop.ui.editor.citation_picker import CitationPicker
from cwgi_desktop.ui.editor.new_draft_dialog import NewDraftDialog
from cwgi_desktop.ui.editor.revisions_dialog import INSERTED_STYLE, RevisionsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
TITLE = "Meaningful connectivity: key findings"


def cite_with_picker(qtbot: Any, ws: Any, query: str, base: str, *, kind: str,
                     paragraph: int = 0) -> None:
    qtbot.keyClick(ws.editor, Qt.Key.Key_C, CTRL_SHIFT)
    picker = wait_dialog(qtbot, ws, CitationPicker)
    qtbot.keyClicks(picker.query, query)
    qtbot.waitUntil(lambda: not picker.searching and any(
        c.base == base and c.kind == kind for c in picker.candidates))
    row = next(i for i, c in enumerate(picker.candidates) if c.base == base and c.kind == kind)
    picker.results.setCurrentRow(row)
    if paragraph:
        picker.paragraph.setValue(paragraph)
    qtbot.mouseClick(picker.insert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not picker.isVisible())
    reactivate(qtbot, ws)


def test_a_rapporteur_drafts_key_findings_with_their_sources(
        qtbot: Any, open_workspace: Any, corpus: dict, monkeypatch: Any) -> None:
    path = corpus["path"]
    ws = open_workspace(path)
    assert ws.model.rowCount() == 0

    # A key-findings draft from the template.
    ws.actions_["new_draft"].trigger()
    dialog = wait_dialog(qtbot, ws, NewDraftDialog)
    assert dialog.kind.currentData() == "key_findings"
    qtbot.keyClicks(dialog.title, TITLE)
    dialog.consultation.setCurrentText(CONSULTATION)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 3)
    reactivate(qtbot, ws)
    assert [b.kind for b in ws.model.blocks] == ["heading", "heading", "finding"]
    assert ws.model.numbers[ws.model.blocks[2].id] == "1)"
    assert ws.draft is not None and ws.draft.title == TITLE

    # First finding: replace the placeholder, cite two documents with the picker.
    select_row(qtbot, ws, 2)
    ws.editor.setFocus()
    ws.editor.selectAll()
    qtbot.keyClicks(ws.editor, "Affordability, not coverage, limits use")
    cite_with_picker(qtbot, ws, "C26/77", "C26/77", kind="document", paragraph=3)
    qtbot.keyClicks(ws.editor, ".")
    assert ws.editor.text() == "Affordability, not coverage, limits use [@C26/77, para 3]."

    # Second finding (Ctrl+Enter): a passage found by its words.
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 4 and ws.editor.block_id ==
                    ws.model.blocks[3].id)
    assert ws.model.blocks[3].kind == "finding"
    assert ws.model.numbers[ws.model.blocks[3].id] == "2)"
    qtbot.keyClicks(ws.editor, "Community networks reach rural areas")
    cite_with_picker(qtbot, ws, "community networks", "C26/52", kind="passage")
    assert ws.editor.text() == "Community networks reach rural areas [@C26/52, para 2]"

    # Third finding: drag the annotation on Access Now's paragraph 3 onto the editor.
    qtbot.keyClick(ws.editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 5 and ws.editor.block_id ==
                    ws.model.blocks[4].id)
    qtbot.keyClicks(ws.editor, "Skills programmes must reach women")
    end = ws.editor.cursorRect().center() + QPoint(4, 0)
    drop_on(ws.editor.viewport(), annotation_mime_data(corpus["annotation"].id), end)
    qtbot.waitUntil(lambda: ws.editor.text().endswith("[@C26/60, para 3]"))
    assert ws.editor.text() == "Skills programmes must reach women [@C26/60, para 3]"

    # The evidence panel shows the dragged passage in full; a click asks for the reader.
    qtbot.waitUntil(lambda: ws.evidence.list.count() == 1)
    assert "Digital literacy programmes must reach women and older people." in \
        ws.evidence.list.item(0).text()
    item = ws.evidence.list.item(0)
    with qtbot.waitSignal(ws.open_contribution_requested) as opened:
        qtbot.mouseClick(ws.evidence.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=ws.evidence.list.visualItemRect(item).center())
    assert opened.args == [corpus["contributions"]["C26/60-E"].id, 3]
    select_row(qtbot, ws, 2)
    qtbot.waitUntil(lambda: ws.evidence.list.count() == 1
                    and "Affordability remains the main barrier" in
                    ws.evidence.list.item(0).text())

    # Everything typed is in the store (autosave), citations indexed.
    draft_id = ws.session.draft_id
    wait_jobs(qtbot, ws)
    qtbot.waitUntil(lambda: sorted(c[2] for c in fresh(
        path, lambda s: s.drafts.citations(draft_id))) == ["C26/52", "C26/60", "C26/77"],
        timeout=4000)

    # Reorder: the skills finding moves up (Alt+Up) and is numbered 2); undo puts it back.
    select_row(qtbot, ws, 4)
    skills = ws.editor.block_id
    ws.outline.setFocus()
    qtbot.keyClick(ws.outline, Qt.Key.Key_Up, ALT)
    qtbot.waitUntil(lambda: ws.model.row_of(skills) == 3)
    assert ws.model.numbers[skills] == "2)"
    assert ws.outline.currentIndex().row() == 3
    qtbot.waitUntil(lambda: [b.id for b in fresh(path, lambda s: s.blocks.all(draft_id))][3]
                    == skills)
    qtbot.keyClick(ws.outline, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: ws.model.row_of(skills) == 4)
    assert ws.model.numbers[skills] == "3)"
    qtbot.waitUntil(lambda: [b.id for b in fresh(path, lambda s: s.blocks.all(draft_id))][4]
                    == skills)

    # Coverage: the university's contribution is the one nobody cites.
    ws.side.setCurrentWidget(ws.coverage)
    qtbot.waitUntil(lambda: ws.coverage.report is not None
                    and ws.coverage.values("uncited") == ["C26/61"], timeout=5000)
    assert ws.coverage.by_group.bars and sum(b.value for b in ws.coverage.by_group.bars) == 3

    # A named version (Ctrl+Shift+S), then a change.
    monkeypatch.setattr(draft_workspace, "ask_version_name",
                        lambda _parent, _default: "sent to the Group, 12 May")
    select_row(qtbot, ws, 2)
    ws.editor.setFocus()
    qtbot.keyClick(ws.editor, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: [r.name for r in fresh(path, lambda s: s.revisions.all(draft_id))]
                    == ["sent to the Group, 12 May"])
    ws.editor.moveCursor(ws.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(ws.editor, " Prices fell where cables were opened.")
    qtbot.waitUntil(lambda: "cables were opened" in fresh(
        path, lambda s: s.blocks.all(draft_id))[2].text, timeout=4000)

    # Compare the version with the draft as it is now: the change is marked.
    ws.actions_["versions"].trigger()
    versions = wait_dialog(qtbot, ws, RevisionsDialog)
    qtbot.waitUntil(lambda: versions.list.count() == 1)
    versions.list.item(0).setSelected(True)
    qtbot.mouseClick(versions.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: versions.compared is not None)
    changed = [d for d in versions.compared if d.status == "changed"]
    assert len(changed) == 1
    assert "".join(r.text for r in changed[0].right if r.op == "insert").strip() == \
        "Prices fell where cables were opened."
    html = versions.view.toHtml()
    assert "cables were opened" in html and "underline" in html
    assert INSERTED_STYLE.startswith("color:#1b7f3b")
    versions.reject()
