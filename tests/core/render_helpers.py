"""LibreOffice rendering for the Word-export tests (no tests in here).

`render_pdfs(paths, tmp)` converts .docx files to PDF in one `soffice` call with a private
profile; `pdf_text(pdf, layout)` reads the printed text back with `pdftotext`. Tests that use
them skip, with the reason, when LibreOffice or poppler-utils are not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def tools_missing() -> str | None:
    """Why rendering cannot run here, or None."""
    for tool in ("soffice", "pdfinfo", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None:
            return f"{tool} not installed (CI installs LibreOffice and poppler-utils)"
    return None


def render_pdfs(paths: list[Path], tmp: Path) -> dict[Path, Path]:
    """Each .docx of `paths` converted to PDF (in its own folder); skips without tools."""
    reason = tools_missing()
    if reason:
        pytest.skip(reason)
    profile = tmp / "lo-profile"
    out = tmp / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    result = {p: out / (p.stem + ".pdf") for p in paths}
    missing = [str(p) for p in result.values() if not p.is_file()]
    assert not missing, f"soffice produced no PDF for {missing}: {completed.stderr[-2000:]}"
    return result


def pdf_text(pdf: Path, layout: bool = False) -> str:
    """The text printed in `pdf` (pages separated by form feeds)."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def png_of_page(pdf: Path, page: int, out_stem: Path, dpi: int = 70) -> Path:
    """Page `page` (1-based) of `pdf` as a PNG at `out_stem`.png."""
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out_stem)], check=True)
    return out_stem.with_suffix(".png")
