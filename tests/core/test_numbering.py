"""Derived numbering of draft blocks (headings, items, annexes, numbered paragraphs)."""

from __future__ import annotations

import random

from cwgi_desktop.core.drafting.numbering import (
    number_blocks,
    numbered_paragraphs_default,
    ordered_blocks,
)
from cwgi_desktop.core.models import Block


def _blocks(*specs: tuple[str, int]) -> list[Block]:
    return [
        Block(id=f"b{i}", draft_id="d", kind=kind, level=level, position=i)
        for i, (kind, level) in enumerate(specs)
    ]


def _numbers(blocks: list[Block], numbered_paragraphs: bool = False) -> list[str | None]:
    numbers = number_blocks(blocks, numbered_paragraphs)
    return [numbers.get(b.id) for b in ordered_blocks(blocks)]


def test_headings_are_numbered_by_level_and_reset_under_new_parent() -> None:
    blocks = _blocks(
        ("heading", 1),
        ("heading", 2),
        ("heading", 2),
        ("heading", 3),
        ("heading", 1),
        ("heading", 2),
        ("heading", 3),
        ("heading", 3),
    )
    assert _numbers(blocks) == ["1", "1.1", "1.2", "1.2.1", "2", "2.1", "2.1.1", "2.1.2"]


def test_skipped_heading_level_counts_as_zero() -> None:
    assert _numbers(_blocks(("heading", 1), ("heading", 3))) == ["1", "1.0.1"]


def test_level_below_one_is_treated_as_one() -> None:
    assert _numbers(_blocks(("heading", 0), ("heading", -2))) == ["1", "2"]


def test_items_have_one_sequence_per_kind_across_the_draft() -> None:
    blocks = _blocks(
        ("finding", 1),
        ("heading", 1),
        ("finding", 1),
        ("guideline", 1),
        ("recommendation", 1),
        ("finding", 1),
        ("guideline", 1),
    )
    assert _numbers(blocks) == ["1)", "1", "2)", "1)", "1)", "3)", "2)"]


def test_items_continue_through_annexes() -> None:
    blocks = _blocks(("finding", 1), ("annex", 1), ("finding", 1))
    assert _numbers(blocks) == ["1)", "1", "2)"]


def test_annexes_numbered_and_headings_restart_inside_each() -> None:
    blocks = _blocks(
        ("heading", 1),
        ("heading", 1),
        ("annex", 1),
        ("heading", 1),
        ("heading", 2),
        ("annex", 1),
        ("heading", 1),
    )
    assert _numbers(blocks) == ["1", "2", "1", "1", "1.1", "2", "1"]


def test_paragraphs_unnumbered_by_default() -> None:
    blocks = _blocks(("heading", 1), ("paragraph", 1), ("paragraph", 1))
    assert _numbers(blocks) == ["1", None, None]


def test_numbered_paragraphs_share_counter_with_subheadings() -> None:
    blocks = _blocks(
        ("heading", 1),
        ("paragraph", 1),
        ("paragraph", 1),
        ("heading", 2),
        ("paragraph", 1),
        ("heading", 1),
        ("paragraph", 1),
    )
    assert _numbers(blocks, True) == ["1", "1.1", "1.2", "1.3", "1.3.1", "2", "2.1"]


def test_numbered_paragraphs_before_any_heading() -> None:
    blocks = _blocks(("paragraph", 1), ("paragraph", 1), ("heading", 1), ("paragraph", 1))
    assert _numbers(blocks, True) == ["1", "2", "3", "3.1"]


def test_numbered_paragraphs_restart_in_annex() -> None:
    blocks = _blocks(
        ("heading", 1),
        ("paragraph", 1),
        ("annex", 1),
        ("paragraph", 1),
        ("heading", 1),
        ("paragraph", 1),
    )
    assert _numbers(blocks, True) == ["1", "1.1", "1", "1", "2", "2.1"]


def test_order_follows_position_not_list_order_and_skips_deleted() -> None:
    blocks = _blocks(("heading", 1), ("heading", 1), ("heading", 1))
    blocks[0].position, blocks[2].position = 10, 0
    blocks[1].deleted = True
    numbers = number_blocks(blocks)
    assert numbers == {"b2": "1", "b0": "2"}


def test_numbering_is_deterministic_and_pure() -> None:
    rng = random.Random(7)
    kinds = ["heading", "paragraph", "finding", "guideline", "annex"]
    blocks = [
        Block(id=f"b{i}", draft_id="d", kind=rng.choice(kinds), level=rng.randint(1, 3), position=i)
        for i in range(200)
    ]
    snapshot = [b.to_dict() for b in blocks]
    first = number_blocks(blocks, True)
    assert number_blocks(list(blocks), True) == first
    assert [b.to_dict() for b in blocks] == snapshot


def test_kind_defaults_for_paragraph_numbering() -> None:
    assert numbered_paragraphs_default("council_contribution") is True
    assert numbered_paragraphs_default("key_findings") is False
    assert numbered_paragraphs_default("unknown") is False
