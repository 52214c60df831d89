"""Importing documents that point at the network opens no connection."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def docx_with_external_references(path: Path, doctype: str = "") -> Path:
    body = (f'<?xml version="1.0"?>{doctype}<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
            "<w:p><w:r><w:t>Document C26/90-E</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>Remote picture follows</w:t></w:r>"
            '<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/'
            '2006/main" r:link="rIdImg"/></w:drawing></w:r></w:p>'
            "</w:body></w:document>")
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rIdImg" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/image" '
            'Target="http://example.invalid/tracker.png" TargetMode="External"/>'
            '<Relationship Id="rIdTpl" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/attachedTemplate" Target="http://example.invalid/t.dotx" '
            'TargetMode="External"/></Relationships>')
    settings = (f'<?xml version="1.0"?><w:settings xmlns:w="{W}" xmlns:r="{R}">'
                '<w:attachedTemplate r:id="rIdTpl"/></w:settings>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", body)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/settings.xml", settings)
    return path


def test_remote_images_and_templates_are_not_fetched(tmp_path: Path,
                                                     attempts: list[object]) -> None:
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [docx_with_external_references(tmp_path / "remote.docx")])
    assert [c["symbol"] for c in report.imported] == ["C26/90-E"]
    assert attempts == []


def test_external_entities_are_refused_without_a_connection(
    tmp_path: Path, attempts: list[object]
) -> None:
    doctype = '<!DOCTYPE d [<!ENTITY x SYSTEM "http://example.invalid/secret">]>'
    path = docx_with_external_references(tmp_path / "xxe.docx", doctype)
    store = Store(tmp_path / "s.sqlite3")
    report = import_paths(store, [path])
    assert report.imported == []
    assert "DTD" in report.rejected[0]["reason"]
    assert attempts == []
    assert store.contributions.count() == 0


def test_import_process_makes_no_network_system_call(tmp_path: Path) -> None:
    """Below Python too (lxml's C code, PDFium): strace sees no AF_INET/AF_INET6 socket."""
    import os
    import shutil
    import subprocess
    import sys

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (CI installs it)")
    folder = tmp_path / "inbox"
    folder.mkdir()
    docx_with_external_references(folder / "remote.docx")
    doctype = '<!DOCTYPE d [<!ENTITY x SYSTEM "http://example.invalid/secret">]>'
    docx_with_external_references(folder / "xxe.docx", doctype)
    (folder / "page.md").write_text("![x](http://example.invalid/p.png)\n\nText.\n")
    log = tmp_path / "strace.log"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    result = subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), sys.executable,
         "-m", "cwgi_desktop", "--db", str(tmp_path / "s.sqlite3"), "import", str(folder)],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1, result.stderr  # the XXE file is rejected, others import
    calls = log.read_text()
    assert "AF_INET" not in calls, calls
    assert "socket(" not in calls or "AF_UNIX" in calls
