"""Proposals numbered `1)` in a council contribution stay a list in their paragraph: they
are not the draft's numbered recommendations and do not shift their numbers."""

from __future__ import annotations

from pathlib import Path

from cwgi_desktop.core.drafting.markdown_io import draft_to_markdown, markdown_to_draft
from cwgi_desktop.core.drafting.numbering import number_blocks
from cwgi_desktop.core.exporters.base import ExportContext
from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.md_lists import parenthesis_lists

try:
    from .test_export_docx_fixtures import body_paragraphs, paragraph_text, w
except ImportError:  # tests/ is not a package
    from test_export_docx_fixtures import body_paragraphs, paragraph_text, w  # type: ignore

COUNCIL = """---
kind: council_contribution
title: Contribution on connectivity
language: en
---

# Recommendations

1. Member States should share infrastructure.

2. Regulators should publish wholesale prices.

3. The Group should review progress in 2027.

# Proposal

The Council is invited:

1) to note this contribution;
2) to instruct the Secretary-General to report back.
"""


def test_proposals_numbered_with_a_parenthesis_are_not_recommendations() -> None:
    _draft, blocks = markdown_to_draft(COUNCIL)
    kinds = [b.kind for b in blocks]
    assert kinds.count("recommendation") == 3
    proposal = blocks[-1]
    assert proposal.kind == "paragraph"
    assert "1) to note" in proposal.text and "2) to instruct" in proposal.text
    numbers = number_blocks(blocks)
    assert [numbers[b.id] for b in blocks if b.kind == "recommendation"] == ["1)", "2)", "3)"]


def test_the_proposals_survive_a_round_trip() -> None:
    draft, blocks = markdown_to_draft(COUNCIL)
    _d, again = markdown_to_draft(draft_to_markdown(draft, blocks))
    assert [(b.kind, b.text) for b in again] == [(b.kind, b.text) for b in blocks]


def test_the_exported_proposals_are_a_1_2_list_and_findings_keep_1_to_3(tmp_path: Path) -> None:
    draft, blocks = markdown_to_draft(COUNCIL)
    path = tmp_path / "council.docx"
    export_docx(draft, blocks, path, ExportContext())
    items = [paragraph_text(p) for p in body_paragraphs(path, "NumberedItem")]
    assert [t.split("\t")[0] for t in items] == ["1)", "2)", "3)"]
    texts = [paragraph_text(p) for p in body_paragraphs(path)]
    assert any(t.startswith("1)\tto note") for t in texts), texts
    assert any(t.startswith("2)\tto instruct") for t in texts)
    styles = [p.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))
              for p in body_paragraphs(path) if paragraph_text(p).startswith("1)\tto note")]
    assert styles == ["ListNumber"]


def test_parenthesis_lists_leave_code_and_running_text_alone() -> None:
    text = "Invited:\n1) to note;\n2) to act.\n\n```\n1) code\n```\nSee item 1) above."
    assert parenthesis_lists(text) == (
        "Invited:\n\n1. to note;\n2. to act.\n\n```\n1) code\n```\nSee item 1) above.")


def test_other_kinds_still_read_parenthesis_items_as_their_numbered_blocks() -> None:
    _d, blocks = markdown_to_draft(COUNCIL.replace("council_contribution", "key_findings"))
    assert [b.kind for b in blocks].count("finding") == 5
