"""Rendered by LibreOffice: Latin words in a Chinese document are never broken mid-word."""

from __future__ import annotations

import re
from pathlib import Path

from cwgi_desktop.core.exporters.docx_itu import export_docx

try:
    from .render_helpers import pdf_text, render_pdfs
    from .test_export_docx_fixtures import make_context, make_draft, make_options
except ImportError:  # tests/ is not a package
    from render_helpers import pdf_text, render_pdfs  # type: ignore[no-redef]
    from test_export_docx_fixtures import (  # type: ignore[no-redef]
        make_context,
        make_draft,
        make_options,
    )


def test_latin_words_in_chinese_wrap_whole(tmp_path: Path) -> None:
    draft, blocks = make_draft("zh")
    # Enough Latin words that some fall at a line end.
    blocks[1].text = blocks[1].text.replace(
        "。[^1]", "。" + "根据CWG-Internet的意见和Internet exchange points的经验，" * 6 + "[^1]")
    path = tmp_path / "zh.docx"
    export_docx(draft, blocks, path, make_context(), make_options("zh"))
    text = pdf_text(render_pdfs([path], tmp_path)[path])
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert sum("Internet" in line for line in lines) >= 6
    for line in lines:
        assert not re.search(r"(?:CW|Int|Inter|exch|poi)$", line), line
        assert not re.match(r"^(?:G-Internet|ternet|net|ange|nts)\b", line), line
