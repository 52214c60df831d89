"""Word recall and speed of our PDF and .docx text against pdftotext and pandoc.

    .venv/bin/python bench/bench_recall.py [--runs 3]

Corpus: documents generated at run time with the features issue 13 names (Word numbering,
footnotes, tables, six languages converted to PDF by LibreOffice; CID fonts with and
without ToUnicode, words placed without spaces, Arabic in visual order, form fields, AES,
no startxref), plus the small public test files in bench/corpus_recall/ (README there).

Recall: the share of the reference's words (pdftotext / `pandoc -t plain`, casefolded,
NFKC, ideographs one by one) that our text holds, counted with multiplicity. Our text is
what the importer extracts before the cover is split off, with each paragraph's number.
Speed: per file, the best of --runs in-process extractions against the best of --runs
`pdftotext` (or `pandoc`) processes. pypdf is measured the same way as the engine that
was replaced. A file we refuse is not counted in recall; an imported file whose text is
mostly unmapped glyphs would be "unreadable imported silently".
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "core"))
from common import machine, table  # noqa: E402

from cwgi_desktop.core.errors import ImportRejected  # noqa: E402
from cwgi_desktop.core.importers.docx import parse_docx  # noqa: E402
from cwgi_desktop.core.importers.pdf import parse_pdf  # noqa: E402

CORPUS = HERE / "corpus_recall"
_WORD_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+")
_UNREADABLE_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")

PROSE = {
    "en": "The Council is invited to consider this contribution and to provide guidance on "
    "the work of the group, which should be aligned with its mandate and open to all.",
    "fr": "Le Conseil est invité à examiner la présente contribution et à fournir des "
    "orientations sur l'efficacité du Groupe, conformément à son mandat.",
    "es": "Se invita al Consejo a examinar la presente contribución y a proporcionar "
    "orientaciones sobre la eficacia del Grupo, como parte de sus trabajos.",
    "ru": "Совету предлагается рассмотреть настоящий вклад и дать указания относительно "
    "повышения эффективности работы Группы в соответствии с её мандатом.",
    "ar": "يُدعى المجلس إلى النظر في هذه المساهمة وتقديم التوجيهات بشأن تحسين فعالية فريق "
    "العمل وفقاً لولايته.",
    "zh": "请理事会审议本文稿并就提高理事会互联网工作组的效率提供指导，使其工作符合其职责。",
}


def words(text: str) -> Counter[str]:
    return Counter(_WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold()))


def recall(ours: str, reference: str) -> tuple[int, int]:
    """(reference words found in ours, reference words), with multiplicity."""
    ref, got = words(reference), words(ours)
    return sum(min(n, got[w]) for w, n in ref.items()), sum(ref.values())


# ------------------------------------------------------------------------------ corpus


def _docx_with_features(path: Path, language: str, pages: int) -> None:
    """A contribution as python-docx writes it: headings, numbered and bulleted lists,
    a table, long paragraphs over several pages, in one of the six languages."""
    import docx

    document = docx.Document()
    document.add_heading(f"{language.upper()} — Contribution", level=1)
    for page in range(pages):
        document.add_heading(f"{page + 1}. {PROSE[language][:40]}", level=2)
        for i in range(6):
            document.add_paragraph(f"{i + 1}.{page + 1} " + PROSE[language] * 2)
        document.add_paragraph(PROSE[language][:60], style="List Bullet")
        document.add_paragraph(PROSE[language][:50], style="List Number")
        table = document.add_table(rows=2, cols=3)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"{PROSE[language][:20]} {r}{c}"
    document.save(path)


def _fixture_docx(path: Path) -> None:
    """Word numbering on several levels, footnotes and endnotes, an equation, alt text."""
    from importer_fixtures import (
        equation,
        make_package_docx,
        note_reference,
        numbered_paragraph,
        picture,
    )

    paragraphs = [numbered_paragraph(PROSE["en"], num=(1, level % 2)) for level in range(6)]
    paragraphs.append(numbered_paragraph("Sources are in the notes.",
                                         extra=note_reference("footnote", 1)
                                         + note_reference("endnote", 1)))
    paragraphs.append(numbered_paragraph("The ratio is", extra=equation("x = a / b")))
    paragraphs.append(numbered_paragraph("", extra=picture("Map of exchange points")))
    path.write_bytes(make_package_docx(
        paragraphs, footnotes={1: "ITU, Measuring digital development 2025."},
        endnotes={1: "See also the Council resolution on Internet matters."}))


def _fixture_pdfs(folder: Path) -> None:
    from importer_fixtures import make_pdf
    from pdf_fixtures import (
        encrypted,
        make_arabic_visual_pdf,
        make_cid_pdf,
        make_form_pdf,
        make_unspaced_pdf,
        without_startxref,
    )

    en = [PROSE["en"][i:i + 70] for i in range(0, len(PROSE["en"]), 70)]
    files = {
        "cid-tounicode.pdf": make_cid_pdf(en, with_to_unicode=True),
        "cid-no-tounicode.pdf": make_cid_pdf(en, with_to_unicode=False),
        "unspaced.pdf": make_unspaced_pdf(en),
        "arabic-visual.pdf": make_arabic_visual_pdf(["المحتد العربي", "ترك بسم العربي"]),
        "form-only.pdf": make_form_pdf({"answer": PROSE["en"][:70]}),
        "aes-empty-password.pdf": encrypted(make_pdf([en]), algorithm="AES-256"),
        "no-startxref.pdf": without_startxref(make_pdf([en])),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)


def build_corpus(folder: Path) -> tuple[list[Path], list[Path]]:
    """(PDFs, .docx files) of the generated corpus plus bench/corpus_recall/."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in PROSE:
        _docx_with_features(folder / f"gen-{language}.docx", language, pages=4)
    _fixture_docx(folder / "gen-numbering-notes.docx")
    soffice = shutil.which("soffice")
    if soffice:
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(folder),
                            *map(str, sorted(folder.glob("gen-*.docx")))],
                           capture_output=True, timeout=600)
    _fixture_pdfs(folder)
    pdfs = sorted(folder.glob("*.pdf")) + sorted(CORPUS.rglob("*.pdf"))
    docxs = sorted(folder.glob("*.docx")) + sorted(CORPUS.rglob("*.docx"))
    return pdfs, docxs


# ---------------------------------------------------------------------------- measure


def best_time(action: Callable[[], object], runs: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def ours(parser: Callable[[bytes, str], object], data: bytes, name: str) -> str | None:
    try:
        raw = parser(data, name)
    except ImportRejected as exc:
        return "REJECTED: " + exc.reason
    return "\n".join(f"{p.number} {p.text}" for p in raw.paragraphs)  # type: ignore[attr-defined]


def pypdf_text(data: bytes) -> str | None:
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:
        return None


def tool(command: list[str]) -> str:
    out = subprocess.run(command, capture_output=True, timeout=120)
    return out.stdout.decode("utf-8", errors="replace") if out.returncode == 0 else ""


def measure(paths: list[Path], kind: str, runs: int) -> dict:
    totals = Counter()
    rows = []
    for path in paths:
        data = path.read_bytes()
        if kind == "pdf":
            command = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
            parser: Callable[[bytes, str], object] = parse_pdf
        else:
            command = ["pandoc", "-t", "plain", "--wrap=none", str(path)]
            parser = parse_docx
        ref_s, reference = best_time(lambda c=command: tool(c), runs)
        our_s, text = best_time(lambda d=data, n=path.name, p=parser: ours(p, d, n), runs)
        row = {"file": path.name, "ref_s": ref_s, "ours_s": our_s}
        if text.startswith("REJECTED: "):
            row["rejected"] = text[len("REJECTED: "):]
            totals["rejected"] += 1
        else:
            found, total = recall(text, str(reference))
            row.update(found=found, total=total)
            totals["found"] += found
            totals["total"] += total
            unreadable = len(_UNREADABLE_RE.findall(text))
            if unreadable > 0.05 * max(len(text.strip()), 1):
                totals["silent_unreadable"] += 1
                row["silent_unreadable"] = True
            totals["ours_s"] += our_s
            totals["ref_s"] += ref_s
        if kind == "pdf":
            logging.disable(logging.CRITICAL)  # pypdf logs every oddity of a file
            py_s, py_text = best_time(lambda d=data: pypdf_text(d), runs)
            if py_text is not None and "rejected" not in row:
                found, _ = recall(str(py_text), str(reference))
                totals["pypdf_found"] += found
                totals["pypdf_s"] += py_s
            elif py_text is None:
                totals["pypdf_failed"] += 1
        rows.append(row)
    return {"rows": rows, "totals": dict(totals)}


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    folder = HERE / "out" / "recall"
    shutil.rmtree(folder, ignore_errors=True)
    print(f"generating the corpus in {folder} ...")
    pdfs, docxs = build_corpus(folder)
    pdf = measure(pdfs, "pdf", args.runs)
    docx = measure(docxs, "docx", args.runs)
    for row in pdf["rows"] + docx["rows"]:
        detail = (f"refused: {row['rejected']}" if "rejected" in row
                  else f"{row['found']}/{row['total']} words")
        print(f"  {row['file']}: {detail}, {row['ours_s'] * 1000:.1f} ms vs "
              f"{row['ref_s'] * 1000:.1f} ms")
    p, d = pdf["totals"], docx["totals"]
    pdf_recall = p["found"] / max(p["total"], 1)
    docx_recall = d["found"] / max(d["total"], 1)
    pypdf_recall = p.get("pypdf_found", 0) / max(p["total"], 1)
    pdf_speed = p["ours_s"] / p["ref_s"]
    docx_speed = d["ours_s"] / d["ref_s"]
    pypdf_speed = p.get("pypdf_s", 0.0) / p["ref_s"]
    silent = p.get("silent_unreadable", 0) + d.get("silent_unreadable", 0)
    rows = [
        (f"PDF word recall ({len(pdfs)} files)", f"{100 * pdf_recall:.1f} %",
         f"pdftotext, {p['total']} words", "goal >= 97 %"),
        ("PDF extraction time", f"{p['ours_s'] * 1000:.0f} ms",
         f"pdftotext {p['ref_s'] * 1000:.0f} ms", f"{pdf_speed:.2f}x (goal <= 1x)"),
        ("pypdf (replaced): recall", f"{100 * pypdf_recall:.1f} %",
         f"{p.get('pypdf_failed', 0)} files unopened", f"time {pypdf_speed:.2f}x pdftotext"),
        (f".docx word recall ({len(docxs)} files)", f"{100 * docx_recall:.1f} %",
         f"pandoc, {d['total']} words", "goal >= 99 %"),
        (".docx extraction time", f"{d['ours_s'] * 1000:.0f} ms",
         f"pandoc {d['ref_s'] * 1000:.0f} ms", f"{docx_speed:.2f}x"),
        ("unreadable text imported silently", str(silent),
         f"refused: {p.get('rejected', 0)} PDF, {d.get('rejected', 0)} docx", "goal 0"),
    ]
    print(table(rows))
    return {"pdf_recall": pdf_recall, "docx_recall": docx_recall, "pdf_speed": pdf_speed,
            "docx_speed": docx_speed, "pypdf_recall": pypdf_recall,
            "pypdf_speed": pypdf_speed, "silent_unreadable": silent,
            "pdf_files": len(pdfs), "docx_files": len(docxs)}


if __name__ == "__main__":
    print(json.dumps(main()))
