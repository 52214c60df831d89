"""Word export of a 100-page draft vs pandoc converting the same Markdown, in the same run.

    .venv/bin/python bench/bench_export.py [--runs 5]

The draft: 40 sections, 500 paragraphs, 500 citations (plus findings), exported in ITU
layout with the Sources annex. Pandoc converts the draft's Markdown (with --citeproc off:
it only turns text into .docx, much less work than ours).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import machine, median, table  # noqa: E402
from corpus import paragraphs, vocabulary, zipf_weights  # noqa: E402

from cwgi_desktop.core.drafting.markdown_io import draft_to_markdown  # noqa: E402
from cwgi_desktop.core.exporters.docx_itu import DocxOptions, export_docx  # noqa: E402
from cwgi_desktop.core.services import drafts as draft_service  # noqa: E402
from cwgi_desktop.core.services.export import build_export_context  # noqa: E402
from cwgi_desktop.core.store import Store  # noqa: E402


def build_draft(store: Store) -> str:
    rng = random.Random(3)
    words = vocabulary(3000)
    weights = zipf_weights(len(words))
    for i in range(60):
        store.add_contribution(
            sha256=f"export-{i}", paragraphs=[(p, "body") for p in
                                              paragraphs(rng, words, weights, 600)],
            metadata={"symbol": f"C26/{i + 1}-E", "title": f"Contribution {i + 1}",
                      "source": f"Member State {i + 1}"})
    draft = draft_service.create_draft(
            store, "analytical_summary", "Analytical summary of the open "
                               "consultation", template=False, symbol="C26/200-E",
                               purpose="Bench", date="2026-05-12")
    with store.transaction():
        for section in range(40):
            store.insert_block(draft.id, "heading", f"Section {section + 1}", level=1)
            for _ in range(12 if section < 20 else 13):
                cite = rng.randint(1, 60)
                text = " ".join(rng.choices(words, weights=weights, k=rng.randint(75, 115)))
                store.insert_block(draft.id, "paragraph",
                                   f"{text.capitalize()} [@C26/{cite}, para "
                                   f"{rng.randint(1, 5)}].")
            store.insert_block(draft.id, "finding", f"Finding of section {section + 1} "
                               f"[@C26/{rng.randint(1, 60)}].")
    return draft.id


def main() -> dict:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "s.sqlite3")
        draft_id = build_draft(store)
        draft, blocks = store.draft(draft_id), store.blocks(draft_id)
        md = Path(tmp) / "draft.md"
        md.write_text(draft_to_markdown(draft, blocks), encoding="utf-8")
        timings: dict[bool, list[float]] = {False: [], True: []}
        theirs: list[float] = []
        citations = 0
        for run in range(args.runs):
            for annex in (False, True):
                start = time.perf_counter()
                context = build_export_context(store, draft, blocks)
                result = export_docx(draft, blocks, Path(tmp) / f"ours{run}-{annex}.docx",
                                     context, DocxOptions(include_sources_annex=annex))
                timings[annex].append(time.perf_counter() - start)
                citations = result.citations
            if pandoc:
                start = time.perf_counter()
                subprocess.run([pandoc, str(md), "-o", str(Path(tmp) / f"p{run}.docx")],
                               check=True)
                theirs.append(time.perf_counter() - start)
        pages = {annex: _pages(Path(tmp) / f"ours0-{annex}.docx", Path(tmp))
                 for annex in (False, True)}
    pandoc_s = median(theirs) if theirs else float("nan")
    rows, figures = [], {"pandoc_s": pandoc_s, "blocks": len(blocks), "citations": citations}
    for annex, label in ((False, "ITU layout"), (True, "ITU layout + Sources annex")):
        ours_s = median(timings[annex])
        rows.append((f"export docx ({label}): {len(blocks)} blocks, {citations} citations, "
                     f"{pages[annex]} pages", f"{ours_s:.2f} s", f"pandoc {pandoc_s:.2f} s",
                     f"{ours_s / pandoc_s:.2f}x (goal <= 1x)"))
        figures[f"export_s{'_sources' if annex else ''}"] = ours_s
        figures[f"pages{'_sources' if annex else ''}"] = pages[annex]
    print(table(rows))
    return figures


def _pages(docx: Path, tmp: Path) -> int | None:
    """Pages as LibreOffice lays them out (None without LibreOffice)."""
    soffice = shutil.which("soffice")
    if not soffice:
        return None
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(docx)],
                   capture_output=True, check=True, timeout=300)
    info = subprocess.run(["pdfinfo", str(docx.with_suffix(".pdf"))], capture_output=True,
                          text=True).stdout
    return next((int(line.split()[-1]) for line in info.splitlines()
                 if line.startswith("Pages:")), None)


if __name__ == "__main__":
    print(json.dumps(main()))
