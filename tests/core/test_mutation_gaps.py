"""Behaviours a mutation run found unguarded (issue 12): each test kills a named mutant."""

from __future__ import annotations

from cwgi_desktop.core.citations import find_citations, locator_paragraphs
from cwgi_desktop.core.exchange.merge import Version, merge_version, union_history
from cwgi_desktop.core.importers.document import ParsedParagraph
from cwgi_desktop.core.importers.metadata import (
    extract_metadata,
    find_date,
    symbol_from_file_name,
)


def _annotation(updated: str, note: str) -> dict:
    return {"id": "a1", "contribution_id": "c1", "author": "Ana", "paragraph": 1,
            "start": 0, "end": 4, "quote": "text", "kind": "note", "note": note,
            "themes": [], "created": "2026-01-01T00:00:00.000000", "updated": updated,
            "deleted": False}


# -- merge: history bookkeeping, winner labels, ties ---------------------------------------

def test_union_history_keeps_first_seen_order_and_drops_the_excluded_digest() -> None:
    assert union_history(["a", "b"], ["b", "c"], ["d"], exclude="c") == ["a", "b", "d"]


def test_a_concurrent_edit_records_both_digests_in_the_winners_history() -> None:
    mine = Version(_annotation("2026-03-01T00:00:00.000000", "mine"), history=["h0"])
    theirs = Version(_annotation("2026-03-02T00:00:00.000000", "theirs"), history=["h1"])
    outcome = merge_version("annotation", mine, theirs)
    assert outcome.status == "conflict"
    assert outcome.stored is not None and outcome.stored.digest == theirs.digest
    assert outcome.stored.history == ["h0", "h1", mine.digest]
    assert outcome.conflict is not None and outcome.conflict[2] == "theirs"


def test_the_conflict_winner_label_says_mine_when_the_local_edit_is_later() -> None:
    mine = Version(_annotation("2026-03-05T00:00:00.000000", "mine"))
    theirs = Version(_annotation("2026-03-02T00:00:00.000000", "theirs"))
    outcome = merge_version("annotation", mine, theirs)
    assert outcome.conflict is not None and outcome.conflict[2] == "mine"
    assert outcome.stored is not None and outcome.stored.digest == mine.digest


def test_a_tie_on_updated_is_broken_by_the_greater_digest_whatever_the_order() -> None:
    stamp = "2026-03-01T00:00:00.000000"
    one, two = Version(_annotation(stamp, "one")), Version(_annotation(stamp, "two"))
    expected = max(one.digest, two.digest)
    forward = merge_version("annotation", one, two).stored
    backward = merge_version("annotation", two, one).stored
    assert forward is not None and backward is not None
    assert forward.digest == backward.digest == expected


def test_a_stale_version_already_in_history_changes_nothing() -> None:
    old = Version(_annotation("2026-03-01T00:00:00.000000", "old"))
    new = Version(_annotation("2026-03-02T00:00:00.000000", "new"), history=[old.digest])
    outcome = merge_version("annotation", new, old)
    assert outcome.status == "unchanged" and outcome.stored is None


# -- metadata: hints, dates, file names ----------------------------------------------------

def _paragraphs(*texts: str) -> list[ParsedParagraph]:
    return [ParsedParagraph(text=t) for t in texts]


def test_hints_give_symbol_and_language_before_the_document_text() -> None:
    meta = extract_metadata(_paragraphs("Document C26/12-E", "Some text in English."),
                            "x.docx", {"symbol": "C26/77-F", "language": "en"})
    assert meta.base_symbol == "C26/77"
    assert meta.language == "fr"          # the suffix of the hinted symbol wins
    assert meta.symbol == "C26/77-F"


def test_a_language_hint_is_used_when_the_symbol_has_no_suffix() -> None:
    meta = extract_metadata(_paragraphs("Texte en anglais?"), "notes.md",
                            {"symbol": "C26/77", "language": "ru"})
    assert meta.language == "ru" and meta.symbol == "C26/77-R"


def test_find_date_prefers_a_date_only_paragraph_and_skips_meeting_ranges() -> None:
    head = ["Geneva, 28 April – 8 May 2026", "The report of 3 March 2025 said so.",
            "12 May 2026"]
    assert find_date(head) == "2026-05-12"
    assert find_date(["Geneva, 28 April – 8 May 2026"]) is None


def test_symbol_from_a_windows_path_uses_the_last_component() -> None:
    assert symbol_from_file_name(r"C:\Users\ana\C26-99\C26-77-F.docx") == ("C26/77", "F")


# -- citations -----------------------------------------------------------------------------

def test_an_escaped_group_followed_by_a_valid_one_yields_only_the_valid_one() -> None:
    text = r"see \[@C26/1] and [@C26/77, para 4]"
    found = find_citations(text)
    assert len(found) == 1
    (start, end), citations = found[0]
    assert text[start:end] == "[@C26/77, para 4]"
    assert citations[0].base_symbol == "C26/77"


def test_the_word_to_separates_a_paragraph_range() -> None:
    assert locator_paragraphs("paras 3 to 5") == [3, 4, 5]
