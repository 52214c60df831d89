"""Hostile and broken files: each is refused with a short, exact reason, quickly, and
nothing outside the file is ever read."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_fixtures import (
    W_NS,
    docx_bytes_with_document_xml,
    make_contribution_docx,
    make_image_only_pdf,
    make_ole,
    make_pdf,
    patch_declared_size,
    simple_document_xml,
)

from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.importers import ParsedDocument, parse_bytes, parse_file, safety

DTD_REASON = "refused: the document declares XML entities (DTD)"
BAD_DOCX = "not a valid .docx (damaged or truncated archive)"


def _rejected(data: bytes, name: str) -> ImportRejected:
    with pytest.raises(ImportRejected) as info:
        parse_bytes(data, name)
    assert "\n" not in str(info.value)
    assert str(info.value) == f"{name}: {info.value.reason}"
    return info.value


# ------------------------------------------------------------------------------- XML/DTD


def test_billion_laughs_docx_is_refused_fast() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    start = time.perf_counter()
    assert _rejected(docx_bytes_with_document_xml(xml), "laughs.docx").reason == DTD_REASON
    assert time.perf_counter() - start < 1.0


def test_external_entity_docx_never_reads_the_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    error = _rejected(docx_bytes_with_document_xml(xml), "xxe.docx")
    assert error.reason == DTD_REASON
    assert "TOP-SECRET" not in str(error)


def test_doctype_in_utf16_document_part_is_refused() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body/></w:document>'
    ).encode("utf-16")
    assert _rejected(docx_bytes_with_document_xml(xml), "u16.docx").reason == DTD_REASON


def test_doctype_in_styles_part_is_refused() -> None:
    styles = b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles xmlns:w="x"/>'
    document = (
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>'
        "<w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    data = docx_bytes_with_document_xml(document, extra={"word/styles.xml": styles})
    assert _rejected(data, "styles.docx").reason == DTD_REASON


def test_malformed_document_xml() -> None:
    data = docx_bytes_with_document_xml(b"<w:document><w:body><w:p>")
    assert _rejected(data, "bad.docx").reason == (
        "not a valid .docx (document part is not well-formed XML)"
    )


# ------------------------------------------------------------------------- zip archives


def test_zip_bomb_declared_size_is_refused_before_inflating() -> None:
    honest = docx_bytes_with_document_xml(simple_document_xml("small"))
    bomb = patch_declared_size(honest, "word/document.xml", 300 * 1024 * 1024)
    start = time.perf_counter()
    reason = _rejected(bomb, "bomb.docx").reason
    assert reason == "refused: 'word/document.xml' would expand to 300 MB (limit 100 MB)"
    assert time.perf_counter() - start < 0.5


def test_zip_bomb_declared_total_is_refused() -> None:
    data = docx_bytes_with_document_xml(
        simple_document_xml("small"), extra={f"word/media/m{i}.bin": b"x" for i in range(3)}
    )
    for i in range(3):
        data = patch_declared_size(data, f"word/media/m{i}.bin", 190 * 1024 * 1024)
    assert _rejected(data, "total.docx").reason == (
        "refused: the archive would expand to 570 MB (limit 500 MB)"
    )


def test_zip_bomb_compression_ratio_is_refused() -> None:
    zeros = b"\x00" * (12 * 1024 * 1024)  # compresses about 1000:1
    data = docx_bytes_with_document_xml(
        simple_document_xml("small"), extra={"word/media/image1.png": zeros}
    )
    assert _rejected(data, "ratio.docx").reason == (
        "refused: 'word/media/image1.png' is compressed more than 200:1 (zip bomb?)"
    )


def test_member_larger_than_declared_is_refused() -> None:
    honest = docx_bytes_with_document_xml(simple_document_xml("x" * 5000))
    liar = patch_declared_size(honest, "word/document.xml", 100)
    assert _rejected(liar, "liar.docx").reason in {
        BAD_DOCX,
        "refused: 'word/document.xml' expands beyond its declared size (zip bomb?)",
    }


def test_bounded_reader_stops_at_the_declared_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even if zipfile delivered more bytes than declared, read_member stops."""
    data = docx_bytes_with_document_xml(simple_document_xml("y" * 5000))
    archive = zipfile.ZipFile(io.BytesIO(data))
    inflated = archive.read("word/document.xml")
    monkeypatch.setattr(archive.getinfo("word/document.xml"), "file_size", 100)
    monkeypatch.setattr(archive, "open", lambda member: io.BytesIO(inflated))
    with pytest.raises(ImportRejected) as info_exc:
        safety.read_member(archive, "word/document.xml", "x.docx", safety.MAX_PART_BYTES)
    assert info_exc.value.reason == (
        "refused: 'word/document.xml' expands beyond its declared size (zip bomb?)"
    )


def test_too_many_zip_entries() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", simple_document_xml("x"))
        for i in range(safety.MAX_ZIP_ENTRIES):
            archive.writestr(f"f{i}", b"")
    assert _rejected(buffer.getvalue(), "many.docx").reason == (
        f"refused: the archive has too many entries ({safety.MAX_ZIP_ENTRIES + 1})"
    )


def test_truncated_docx(tmp_path: Path) -> None:
    data = make_contribution_docx(tmp_path / "c.docx").read_bytes()
    assert _rejected(data[: len(data) // 2], "cut.docx").reason == BAD_DOCX


def test_non_zip_docx() -> None:
    assert _rejected(b"This is plain text named .docx", "fake.docx").reason == BAD_DOCX


def test_docx_without_document_part() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert _rejected(buffer.getvalue(), "empty-zip.docx").reason == "no document part"


def test_docx_with_only_empty_paragraphs_has_no_text() -> None:
    data = docx_bytes_with_document_xml(simple_document_xml("", "  ", ""))
    assert _rejected(data, "blank.docx").reason == "no text found"


# ----------------------------------------------------------------------------------- OLE


def test_legacy_doc_is_refused_with_advice() -> None:
    data = make_ole(("Root Entry", "WordDocument", "1Table"))
    assert _rejected(data, "old.doc").reason == (
        "legacy Word .doc is not supported; save it as .docx"
    )


def test_encrypted_docx_is_refused() -> None:
    data = make_ole(("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    assert _rejected(data, "locked.docx").reason == "encrypted Office file (password-protected)"
    bare = make_ole(())
    assert _rejected(bare, "locked2.docx").reason == "encrypted Office file (password-protected)"


def test_docx_saved_as_doc_is_read(tmp_path: Path) -> None:
    data = make_contribution_docx(tmp_path / "c.docx").read_bytes()
    doc = parse_bytes(data, "renamed.doc")
    assert doc.format == "docx" and doc.symbol == "C26/77-F"


# ----------------------------------------------------------------------------------- PDF


def test_pdf_without_text_layer() -> None:
    assert _rejected(make_image_only_pdf(), "scan.pdf").reason == "no text layer (scanned?)"


def test_broken_pdf() -> None:
    assert _rejected(b"%PDF-1.4\n1 0 obj << /Type /Cat", "broken.pdf").reason == ("not a valid PDF")
    assert _rejected(b"GIF89a not a pdf at all", "gif.pdf").reason == "not a valid PDF"


def test_encrypted_pdf() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Secret text here."]]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert _rejected(out.getvalue(), "locked.pdf").reason == "encrypted PDF"


# ------------------------------------------------------------------------------ text/misc


def test_binary_data_named_txt() -> None:
    assert _rejected(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.txt").reason == (
        "binary data, not text"
    )
    noise = bytes((i * 97 + 13) % 256 for i in range(4000)).replace(b"\x00", b"\x01")
    assert _rejected(noise, "noise.txt").reason == "binary data, not text"
    assert _rejected(b"\x01\x02\x03\x04 hello \x05\x06\x07\x08" * 20, "ctl.md").reason == (
        "binary data, not text"
    )


@pytest.mark.parametrize("name", ["e.docx", "e.pdf", "e.txt", "e.md", "e.doc"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ImportRejected) as info:
        parse_file(path)
    assert info.value.reason == "empty file"
    assert info.value.path == str(path)


def test_whitespace_only_text_has_no_text() -> None:
    assert _rejected(b" \n\t\n\r\n  ", "blank.txt").reason == "no text found"


@pytest.mark.parametrize(("name", "shown"), [("x.xyz", ".xyz"), ("README", "(none)")])
def test_unknown_extension(name: str, shown: str) -> None:
    assert _rejected(b"data", name).reason == f"unsupported file type '{shown}'"


def test_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 4096)
    with pytest.raises(ImportRejected) as info:
        parse_file(path)
    assert info.value.reason.startswith("file too large")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(tmp_path / "absent.docx")
    assert info.value.reason.startswith("cannot read the file")


# ------------------------------------------------------------------------------- fuzzing

_VALID: dict[str, bytes] = {}


def _valid_docx() -> bytes:
    if "docx" not in _VALID:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = make_contribution_docx(Path(folder) / "c.docx")
            _VALID["docx"] = path.read_bytes()
    return _VALID["docx"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["f.docx", "f.pdf", "f.txt", "f.md"]),
    data=st.binary(min_size=0, max_size=2048),
)
def test_random_bytes_never_crash(name: str, data: bytes) -> None:
    try:
        result = parse_bytes(data, name)
    except ImportRejected as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        assert isinstance(result, ParsedDocument) and result.paragraphs


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(positions=st.lists(st.integers(min_value=0), min_size=1, max_size=8), seed=st.binary())
def test_corrupted_docx_never_crashes(positions: list[int], seed: bytes) -> None:
    data = bytearray(_valid_docx())
    for index, position in enumerate(positions):
        data[position % len(data)] = (seed[index % len(seed)] if seed else 0) ^ 0x5A
    try:
        parse_bytes(bytes(data), "corrupt.docx")
    except ImportRejected as exc:
        assert exc.reason and "\n" not in exc.reason
        assert "could not read the file" not in exc.reason, exc.reason


def test_pdf_garbage_after_header_never_crashes() -> None:
    rng = os.urandom
    for _ in range(20):
        try:
            parse_bytes(b"%PDF-1.7\n" + rng(3000), "noise.pdf")
        except ImportRejected as exc:
            assert exc.reason in {"not a valid PDF", "no text layer (scanned?)"}


_MARKUP = st.sampled_from(
    [*"#*_-`[]()!<>|~\\:\n \t1.)aéЖع中—–@/", "\n\n", "---\n", "```", "<!--", "-->", "[@C26/77]"]
)


@settings(max_examples=150, deadline=None)
@given(text=st.lists(_MARKUP, max_size=80).map("".join), name=st.sampled_from(["x.md", "x.txt"]))
def test_arbitrary_markup_text_never_crashes(text: str, name: str) -> None:
    try:
        doc = parse_bytes(text.encode("utf-8"), name)
    except ImportRejected as exc:
        assert exc.reason in {"no text found", "empty file"}
    else:
        assert all(p.text and p.text == p.text.strip() for p in doc.paragraphs)


def test_front_matter_only_markdown_has_no_text() -> None:
    assert _rejected(b"---\ntitle: Nothing else\n---\n", "fm.md").reason == "no text found"
