"""End to end, through files: two delegates annotate on their laptops, the rapporteur
gathers their work, drafts, sends the draft round, and everyone ends with the same store."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_fixtures import add_contribution, dump, seed

from cwgi_desktop.core.exchange import BundleFilter
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import AnnotationFilter, Store

EXTRA = ("C26/99-E", "Community networks connect remote villages.", "Spectrum matters.")


@pytest.fixture
def laptops(tmp_path: Path):
    made = {name: Store(tmp_path / f"{name}.sqlite3") for name in ("alice", "bob", "rapporteur")}
    for store in made.values():
        seed(store)
    add_contribution(made["bob"], *EXTRA)  # only Bob has this contribution's file
    yield made
    for store in made.values():
        store.close()


def test_two_delegates_and_a_rapporteur_converge(laptops, tmp_path: Path) -> None:
    alice, bob, rapporteur = laptops["alice"], laptops["bob"], laptops["rapporteur"]
    mail = tmp_path / "mail"

    # Delegates annotate offline; both invent the same theme.
    a1 = alice.add_annotation("C26/77", author="Alice", quote="main barrier",
                              note="Cost first", themes=["Affordability"])
    alice.add_annotation("C26/52", author="Alice", quote="Spam", themes=["Security"])
    alice.add_annotation("C26/52", author="Somebody else", quote="Accessibility")
    b1 = bob.add_annotation("C26/77", author="Bob", quote="Open access",
                            themes=["affordability"])
    b2 = bob.add_annotation("C26/99", author="Bob", quote="remote villages", note="Rural")
    b3 = bob.add_annotation("C26/52", author="Bob", quote="designed in")

    # Each sends only their own annotations to the rapporteur.
    exchange_service.export_bundle(alice, mail / "alice.cwgibundle", BundleFilter(author="Alice"))
    exchange_service.export_bundle(bob, mail / "bob.cwgibundle", BundleFilter(author="Bob"))
    assert exchange_service.import_bundle(rapporteur, mail / "alice.cwgibundle").added == 2 + 2
    assert exchange_service.import_bundle(rapporteur, mail / "bob.cwgibundle").conflicts == 0
    assert {a.author for a in rapporteur.annotations()} == {"Alice", "Bob"}
    [theme] = [t for t in rapporteur.themes() if t.name.casefold() == "affordability"]
    assert rapporteur.annotation(a1.id).themes == rapporteur.annotation(b1.id).themes == [
        theme.id]
    # Bob's note on a contribution the rapporteur lacks is kept, waiting for it.
    waiting = rapporteur.annotation(b2.id)
    assert waiting.note == "Rural"
    assert rapporteur.count_contributions() == 2

    # The rapporteur drafts and circulates the draft (and gets Bob's missing text).
    draft = draft_service.import_markdown(rapporteur,
        "---\nkind: key_findings\ntitle: Key findings\nlanguage: en\n---\n\n"
        "# Key findings\n\n1. Open access lowers prices [@C26/77, para 2].\n")
    exchange_service.export_bundle(bob, mail / "bob-texts.cwgibundle", BundleFilter(author="Bob",
                                                                  with_texts=True))
    exchange_service.import_bundle(rapporteur, mail / "bob-texts.cwgibundle")
    assert rapporteur.contribution(waiting.contribution_id).annotation_count == 1
    exchange_service.export_bundle(rapporteur, mail / "round1.cwgibundle")
    for delegate in (alice, bob):
        exchange_service.import_bundle(delegate, mail / "round1.cwgibundle")
        assert delegate.find_draft("Key findings").id == draft.id

    # Alice suggests a wording while the rapporteur edits the same finding: a conflict.
    finding = next(b for b in rapporteur.blocks(draft.id) if b.kind == "finding")
    alice.update_block_text(finding.id, "Open access lowers wholesale prices [@C26/77].")
    rapporteur.update_block_text(finding.id, "Open access lowers prices markedly [@C26/77].")
    bob.delete_annotation(b3.id)  # and Bob withdraws a note
    exchange_service.export_bundle(alice, mail / "alice2.cwgibundle")
    exchange_service.export_bundle(bob, mail / "bob2.cwgibundle", BundleFilter(author="Bob"))
    result = exchange_service.import_bundle(rapporteur, mail / "alice2.cwgibundle")
    assert result.conflicts == 1
    [conflict] = rapporteur.conflicts()
    assert conflict.kind == "block" and conflict.theirs["text"].startswith("Open access lowers w")
    exchange_service.resolve_conflict(rapporteur, conflict.id, "theirs")
    exchange_service.import_bundle(rapporteur, mail / "bob2.cwgibundle")
    assert rapporteur.annotations(AnnotationFilter(author="Bob"))[0].id != b3.id
    assert rapporteur.annotation(b3.id).deleted

    # Final round: the rapporteur sends everything back; all three stores agree.
    exchange_service.export_bundle(
            rapporteur, mail / "round2.cwgibundle", BundleFilter(with_texts=True))
    for delegate in (alice, bob):
        assert exchange_service.import_bundle(delegate, mail / "round2.cwgibundle").conflicts == 0
    exchange_service.export_bundle(alice, mail / "alice3.cwgibundle")
    exchange_service.export_bundle(bob, mail / "bob3.cwgibundle")
    exchange_service.import_bundle(rapporteur, mail / "alice3.cwgibundle")
    exchange_service.import_bundle(rapporteur, mail / "bob3.cwgibundle")
    exchange_service.export_bundle(rapporteur, mail / "round3.cwgibundle")
    for delegate in (alice, bob):
        exchange_service.import_bundle(delegate, mail / "round3.cwgibundle")
    assert dump(alice) == dump(bob) == dump(rapporteur)
    assert rapporteur.block(finding.id).text.startswith("Open access lowers wholesale")
    assert all(s.conflicts() == [] for s in (alice, bob, rapporteur))
    assert all(s.check() == [] for s in (alice, bob, rapporteur))
    assert alice.count_contributions() == 3  # the missing text came with round 2
