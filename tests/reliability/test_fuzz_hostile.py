"""Fuzzed hostile files: mutated .docx/.pdf/.txt bytes never crash, hang or blow up memory.

Each case must end as a parsed document or a one-line ImportRejected, within a time bound
and a memory bound. The fast tier runs a bounded number of examples in CI; the slow tier
(`pytest -m slow`) many more.
"""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_fixtures import (
    docx_bytes_with_document_xml,
    make_contribution_docx,
    make_pdf,
    simple_document_xml,
)

from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.importers import parse_bytes

SECONDS_PER_FILE = 5.0
PEAK_MEMORY_BYTES = 150 * 1024 * 1024


def _seed_docx() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return make_contribution_docx(Path(tmp) / "seed.docx").read_bytes()


SEEDS = {
    "seed.docx": _seed_docx(),
    "seed.pdf": make_pdf([["Contribution from Examplia", "INTERNET POLICY",
                           "Connectivity matters for development."]]),
    "seed.txt": "Contribution de la France\n\nRésumés analytiques.\n".encode("cp1252"),
}


def check_one(data: bytes, name: str) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    try:
        parsed = parse_bytes(data, name)
        assert parsed.paragraphs
    except ImportRejected as exc:
        assert "\n" not in str(exc) and exc.reason
    finally:
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < SECONDS_PER_FILE, f"{name}: {elapsed:.1f} s"
    assert peak < PEAK_MEMORY_BYTES, f"{name}: peak {peak / 1e6:.0f} MB"


def mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    buf = bytearray(data)
    for kind, position, value in edits:
        if not buf:
            break
        at = position % len(buf)
        if kind == 0:
            buf[at] = value
        elif kind == 1:
            del buf[at:at + value % 64 + 1]
        elif kind == 2:
            buf[at:at] = bytes([value]) * (value % 32 + 1)
        else:
            del buf[at:]  # truncation
    return bytes(buf)


EDITS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2**31), st.integers(0, 255)),
                 min_size=1, max_size=12)
XML_NOISE = st.sampled_from([
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "&a;", "<w:p>", "</w:p>", "<w:t>", "\x00",
    "<![CDATA[", "]]>", "<?xml version='1.0'?>", "<w:tbl><w:tr><w:tc>", "é", "\ufffe",
    "<w:p><w:r><w:t>Document C26/77-F</w:t></w:r></w:p>", "xmlns:w='urn:x'",
])


def fuzz_bytes(examples: int):
    @settings(max_examples=examples, deadline=None, derandomize=examples < 100,
              suppress_health_check=[HealthCheck.too_slow])
    @given(name=st.sampled_from(sorted(SEEDS)), edits=EDITS)
    def run(name: str, edits: list[tuple[int, int, int]]) -> None:
        check_one(mutate(SEEDS[name], edits), name)

    return run


def fuzz_docx_xml(examples: int):
    @settings(max_examples=examples, deadline=None, derandomize=examples < 100,
              suppress_health_check=[HealthCheck.too_slow])
    @given(pieces=st.lists(XML_NOISE, max_size=10), cut=st.integers(0, 400))
    def run(pieces: list[str], cut: int) -> None:
        xml = simple_document_xml("Contribution from Examplia", "Body text.").decode()
        xml = xml[:cut] + "".join(pieces) + xml[cut:]
        check_one(docx_bytes_with_document_xml(xml.encode("utf-8", "surrogatepass")),
                  "fuzz.docx")

    return run


test_fuzzed_bytes_fast = fuzz_bytes(60)
test_fuzzed_docx_xml_fast = fuzz_docx_xml(60)
test_fuzzed_bytes_slow = pytest.mark.slow(fuzz_bytes(2000))
test_fuzzed_docx_xml_slow = pytest.mark.slow(fuzz_docx_xml(2000))


def test_deeply_nested_xml_is_bounded() -> None:
    xml = ("<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/"
           "main'><w:body>" + "<w:p>" * 200_000 + "</w:body></w:document>")
    check_one(docx_bytes_with_document_xml(xml.encode()), "deep.docx")


def test_many_small_members_are_refused_quickly() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", simple_document_xml("x"))
        for i in range(20_000):
            z.writestr(f"junk/{i}", b"")
    check_one(buffer.getvalue(), "many.docx")
