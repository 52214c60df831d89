"""Data for the drafting editor's tests: a small consultation and drafts (plain module)."""

from __future__ import annotations

import hashlib
from typing import Any

from cwgi_desktop.core.models import Annotation, Contribution
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.store import Store

CONSULTATION = "Open consultation 2026"

CONTRIBUTIONS: list[dict[str, Any]] = [
    {"symbol": "C26/77-E", "title": "Meaningful connectivity", "source": "Switzerland",
     "source_type": "Member State", "paragraphs": [
         "Introduction",
         "Switzerland welcomes the consultation on meaningful connectivity.",
         "Affordability remains the main barrier to Internet access in least developed "
         "countries.",
         "Open-access policies for submarine cables lower wholesale prices."]},
    {"symbol": "C26/52-E", "title": "Community networks", "source": "Internet Society",
     "source_type": "Sector Member", "paragraphs": [
         "Summary",
         "Community networks connect rural areas that operators do not serve.",
         "Spectrum licensing should provide for small, not-for-profit operators."]},
    {"symbol": "C26/60-E", "title": "Rights-based connectivity", "source": "Access Now",
     "source_type": "Civil society", "paragraphs": [
         "Context",
         "Internet shutdowns undermine every effort to close the digital divide.",
         "Digital literacy programmes must reach women and older people."]},
    {"symbol": "C26/61-E", "title": "Measuring meaningful connectivity",
     "source": "University of Geneva", "source_type": "Academia", "paragraphs": [
         "Method",
         "Household surveys show that price, not coverage, limits use.",
         "Targets should combine speed, device and skills indicators."]},
]


def add_contribution(store: Store, spec: dict[str, Any], consultation: str = CONSULTATION
                     ) -> Contribution:
    digest = hashlib.sha256(repr(spec).encode()).hexdigest()
    contribution, _ = store.add_contribution(
        sha256=digest, paragraphs=[(p, "body") for p in spec["paragraphs"]],
        metadata={"symbol": spec["symbol"], "title": spec["title"], "source": spec["source"],
                  "source_type": spec["source_type"], "consultation": consultation},
    )
    return contribution


def seed_corpus(store: Store) -> dict[str, Any]:
    """The four contributions and one tagged annotation on C26/60 paragraph 3."""
    contributions = {spec["symbol"]: add_contribution(store, spec) for spec in CONTRIBUTIONS}
    annotation: Annotation = store.add_annotation(
        contributions["C26/60-E"].id, author="Delegate A",
        quote="Digital literacy programmes must reach women", note="Skills gap",
        themes=["Digital skills"])
    store.add_annotation(contributions["C26/77-E"].id, author="Delegate A",
                         quote="Affordability remains the main barrier",
                         themes=["Affordability"])
    return {"contributions": contributions, "annotation": annotation}


FINDINGS = [
    "Affordability, not coverage, is the barrier most respondents name "
    "[@C26/77, para 3; @C26/61, para 2].",
    "Community networks and small operators reach the users that markets leave out "
    "[@C26/52, para 2].",
    "Skills programmes must target **women and older people** [@C26/60, para 3].",
    "Shutdowns undo progress on inclusion [@C26/99].",
]


def seed_realistic_draft(store: Store) -> str:
    """A key-findings draft with cited findings, one unresolved citation (for screenshots)."""
    draft = draft_service.create_draft(
            store, "key_findings", "Meaningful connectivity: key findings", "en",
                               template=False, consultation=CONSULTATION, symbol="C26/100")
    specs = [("heading", 1, "Introduction"),
             ("paragraph", 1, "The Group received four contributions to its open "
              "consultation on meaningful connectivity. This document sets out what they "
              "show, each finding with its evidence."),
             ("heading", 1, "Key findings"),
             ("heading", 2, "Access and affordability"),
             ("finding", 1, FINDINGS[0]), ("finding", 1, FINDINGS[1]),
             ("heading", 2, "Skills and rights"),
             ("finding", 1, FINDINGS[2]), ("finding", 1, FINDINGS[3]),
             ("heading", 1, "Conclusions"),
             ("paragraph", 1, "Council may wish to note the findings.")]
    for kind, level, text in specs:
        store.insert_block(draft.id, kind, text, level)
    return draft.id


def seed_big_draft(store: Store, blocks: int = 500) -> str:
    """A ~100-page draft: 40 sections of paragraphs and findings with citations."""
    draft = draft_service.create_draft(
            store, "analytical_summary", "A long draft", "en", template=False)
    body = ("Respondents stress that affordability and skills matter as much as coverage; "
            "several propose measurable targets and regular reporting to the Group. ") * 3
    with store.transaction():
        for i in range(blocks):
            if i % 12 == 0:
                store.insert_block(draft.id, "heading", f"Section {i // 12 + 1}", 1)
            elif i % 4 == 0:
                store.insert_block(draft.id, "finding", body + "[@C26/77, para 3]", 1)
            else:
                store.insert_block(draft.id, "paragraph", body + "[@C26/52, para 2]", 1)
    return draft.id
