"""A circulated draft that carried our annotations as comments comes back from a reviewer:
only the reviewer's comments become review notes, once, however often it is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from exchange_fixtures import seeded_store  # noqa: F401 (the `store` fixture)
from test_exchange_review import DRAFT_MD, blocks_by_start, paragraph_of, run_with

from cwgi_desktop.core.exchange.review_import import read_review_docx
from cwgi_desktop.core.exporters.docx_comments import OWN_COMMENT_INITIALS
from cwgi_desktop.core.exporters.docx_itu import DocxOptions, export_docx
from cwgi_desktop.core.models import Annotation, Draft
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import review as review_service
from cwgi_desktop.core.services.export import build_export_context
from cwgi_desktop.core.store import Store


@pytest.fixture
def draft(store: Store) -> Draft:
    return draft_service.import_markdown(store, DRAFT_MD)


def _circulated(store: Store, draft: Draft, path: Path) -> Path:
    blocks = store.blocks.all(draft.id)
    context = build_export_context(store, draft, blocks)
    context.annotations = [
        Annotation(id=f"a{i}", contribution_id=c.id, author="jdoe", paragraph=1, start=0,
                   end=4, quote="text", note="our own note")
        for i, c in enumerate(context.contributions.values())
    ]
    result = export_docx(draft, blocks, path, context,
                         DocxOptions(include_annotations_as_comments=True, author="M. Chair"))
    assert result.comments >= 2
    return path


@pytest.fixture
def reviewed(store: Store, draft: Draft, tmp_path: Path) -> Path:
    path = _circulated(store, draft, tmp_path / "circulated.docx")
    document = Document(str(path))
    finding = paragraph_of(document, blocks_by_start(store, draft)["Open"])
    document.add_comment(run_with(finding, "Open access"), text="Which countries?",
                         author="Reviewer A", initials="RA")
    document.save(str(path))
    return path


def test_the_circulated_file_marks_our_comments(reviewed: Path) -> None:
    initials = [c.initials for c in read_review_docx(reviewed).comments]
    assert initials.count(OWN_COMMENT_INITIALS) >= 2 and "RA" in initials


def test_only_the_reviewers_comments_become_notes(store: Store, draft: Draft,
                                                  reviewed: Path) -> None:
    result = review_service.import_review(store, reviewed)
    notes = store.review.notes(draft.id)
    assert result.notes == 1
    assert [(n.author, n.text) for n in notes] == [("Reviewer A", "Which countries?")]


def test_importing_the_same_file_twice_adds_nothing(store: Store, draft: Draft,
                                                    reviewed: Path) -> None:
    review_service.import_review(store, reviewed)
    again = review_service.import_review(store, reviewed)
    assert (again.notes, again.changes) == (0, 0)
    assert len(store.review.notes(draft.id)) == 1


def test_a_second_export_of_the_same_review_adds_nothing(store: Store, draft: Draft,
                                                         reviewed: Path, tmp_path: Path) -> None:
    """The reviewer sends the file back twice (saved again in between): still one note."""
    review_service.import_review(store, reviewed)
    resaved = tmp_path / "resaved.docx"
    Document(str(reviewed)).save(str(resaved))
    again = review_service.import_review(store, resaved)
    assert again.notes == 0 and len(store.review.notes(draft.id)) == 1
