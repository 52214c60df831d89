"""Markdown rendering of hostile block texts: linear, never recursive without a bound, and
draft import refuses what export cannot write (issue 11, item 12)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from cwgi_desktop.core.drafting.markdown_io import markdown_to_draft
from cwgi_desktop.core.errors import CwgiError, InvalidInput
from cwgi_desktop.core.exporters.docx_itu import export_docx
from cwgi_desktop.core.exporters.md_ir import MarkdownConverter, Para, plain_text
from cwgi_desktop.core.exporters.md_tokens import MAX_NESTING, TokenWalker, parser
from cwgi_desktop.core.models import Block, Draft

FRONT = "---\nkind: analytical_summary\ntitle: T\nlanguage: en\n---\n\n"


# Python-Markdown took past 200 s on this (quadratic link scanning); a generous timeout
# rather than a timed assertion: a quadratic parser would never finish inside it.
@pytest.mark.timeout(120)
@pytest.mark.parametrize("unit", ["[x](", "[", "![x](", "[a](b", "[[a]"])
def test_200_kb_of_open_links_renders(unit: str) -> None:
    text = unit * (200_000 // len(unit))
    [para] = MarkdownConverter().convert(text)
    assert isinstance(para, Para)
    assert plain_text(para.spans) == text


def test_ten_thousand_nested_lists_are_refused_in_one_line() -> None:
    nested = "".join("  " * i + "- x\n" for i in range(10_000))
    with pytest.raises(InvalidInput, match="nested more than"):
        MarkdownConverter().convert(nested)
    same_line = "- " * 10_000 + "x"
    with pytest.raises(InvalidInput, match="nested more than"):
        MarkdownConverter().convert(same_line)
    with pytest.raises(InvalidInput, match="nested more than"):
        MarkdownConverter().convert("> " * 10_000 + "x")


def test_lists_nested_within_the_bound_render_every_level() -> None:
    depth = MAX_NESTING // 2
    nodes = MarkdownConverter().convert("".join("  " * i + "- x\n" for i in range(depth)))
    assert [n.level for n in nodes if isinstance(n, Para)] == list(range(1, depth + 1))


def test_the_walk_does_not_recurse() -> None:
    # Under a recursion limit far below the nesting allowed, deep lists still convert.
    text = "".join("  " * i + "- item\n" for i in range(MAX_NESTING // 2))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(120)
    try:
        nodes = MarkdownConverter().convert(text)
    finally:
        sys.setrecursionlimit(limit)
    assert len(nodes) == MAX_NESTING // 2


def test_fast_path_gives_what_the_parser_gives() -> None:
    rng = random.Random(4)
    alphabet = "abc d,.;:()'\"%$@/?-+=0123456789éü人"
    converter = MarkdownConverter()
    from cwgi_desktop.core.exporters.md_ir import _merge, _trim

    walker = TokenWalker(converter._text, _trim, _merge)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))).strip()
        if not text:
            continue
        assert converter.convert(text) == walker.blocks(parser().parse(text)), text


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x1f", "\ufffe"])
def test_draft_import_refuses_what_export_cannot_write(char: str) -> None:
    with pytest.raises(InvalidInput, match=r"line 9: the control character U\+"):
        markdown_to_draft(FRONT + "# Intro\n\nA para" + char + "graph.\n")


def test_export_refuses_a_block_with_a_control_character_in_one_line(tmp_path: Path) -> None:
    draft = Draft(id="d1", kind="analytical_summary", title="T")
    blocks = [Block(id="b1", draft_id="d1", kind="paragraph", text="bad \x00 text", position=0)]
    out = tmp_path / "x.docx"
    with pytest.raises(CwgiError, match=r"block 1 .*U\+0000") as info:
        export_docx(draft, blocks, out)
    assert "\n" not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_a_block_nested_too_deep(tmp_path: Path) -> None:
    draft = Draft(id="d1", kind="analytical_summary", title="T")
    text = "".join("  " * i + "- x\n" for i in range(2_000))
    blocks = [Block(id="b1", draft_id="d1", kind="paragraph", text=text, position=0)]
    with pytest.raises(CwgiError, match=r"block 1 .*nested more than"):
        export_docx(draft, blocks, tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []
