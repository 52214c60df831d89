"""The live preview is sanitised and loads nothing remote."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from cwgi_desktop.core.models import Block
from cwgi_desktop.ui.editor.preview import PreviewBrowser, render_block_html, sanitise_html

HOSTILE = (
    'Text <script>alert(1)</script><img src="https://tracker.example/p.png" alt="pixel">'
    '<a href="javascript:alert(2)" onclick="steal()">link</a> <iframe src="https://x"></iframe>'
    '<b onmouseover="x()">bold</b> <a href="https://www.itu.int/">ITU</a>'
    '<object data="x.swf"></object><style>body{display:none}</style>'
)


def test_sanitiser_removes_scripts_handlers_frames_and_remote_images() -> None:
    out = sanitise_html(HOSTILE)
    for bad in ("<script", "alert", "onclick", "onmouseover", "iframe", "tracker.example",
                "javascript:", "<object", "<style", "display:none"):
        assert bad not in out
    assert '<a href="https://www.itu.int/">ITU</a>' in out
    assert "<b>bold</b>" in out and "[pixel]" in out


def test_block_html_shows_number_and_citations_as_exported() -> None:
    block = Block(id="b", draft_id="d", kind="finding",
                  text="Prices **fell** [@C26/77-F, para 4; @X/9]. " + HOSTILE)
    page = render_block_html(block, "2)", {"c26/77": "C26/77"})
    assert "2)" in page and "<strong>fell</strong>" in page
    assert '<span class="cite">C26/77, para 4</span>' in page
    assert '<span class="cite-missing">X/9</span>' in page
    assert "(Documents <span" in page  # the export's wording, from the label table
    assert "<script" not in page and "tracker.example" not in page
    french = render_block_html(block, "2)", {"c26/77": "C26/77"}, "fr")
    assert '<span class="cite">C26/77, § 4</span>' in french


def test_preview_refuses_remote_resources(qtbot: Any, tmp_path: Any) -> None:
    preview = PreviewBrowser()
    qtbot.addWidget(preview)
    image = tmp_path / "figure.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert preview.loadResource(QTextDocument.ResourceType.ImageResource,
                                QUrl("https://example.org/x.png")) is None
    assert preview.loadResource(QTextDocument.ResourceType.ImageResource,
                                QUrl("http://example.org/y.css")) is None
    assert preview.refused == ["https://example.org/x.png", "http://example.org/y.css"]
    assert preview.loadResource(QTextDocument.ResourceType.ImageResource,
                                QUrl.fromLocalFile(str(image))) is not None
    preview.setHtml('<p>x<img src="https://example.org/z.png"></p>')
    assert preview.objectName() == "blockPreview" and preview.accessibleName()
