"""One export preparation for the window and the CLI: what an export writes from, and the
writing itself (Markdown or ITU Word).

`prepare_export` reads the store (on the database worker in the GUI): the draft, its
blocks, every cited document and passage, and, when comments are asked for, the
annotations on the cited documents. `write_export` needs no store (the GUI runs it in a
pool thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cwgi_desktop.core.atomic_files import write_text_atomically
from cwgi_desktop.core.citations import locator_numbers, parse_citations
from cwgi_desktop.core.drafting.markdown_io import draft_to_markdown
from cwgi_desktop.core.drafting.resolution import preferred_version, resolve_key, unresolved_keys
from cwgi_desktop.core.exporters.base import ExportContext, ExportError, ExportResult
from cwgi_desktop.core.exporters.docx_itu import DocxOptions, export_docx
from cwgi_desktop.core.models import Block, Draft
from cwgi_desktop.core.store import AnnotationFilter, Store

__all__ = ["DocxOptions", "ExportError", "ExportInput", "build_export_context",
           "export_marked", "prepare_export", "write_export"]


@dataclass
class ExportInput:
    """Everything an export writes from: plain data, read from the store."""

    draft: Draft
    blocks: list[Block]
    context: ExportContext
    original_language: str | None = None  # a language version: its original's language

    def options_for(self, options: DocxOptions) -> DocxOptions:
        """`options` with what the draft itself implies (a version's original language)."""
        if self.original_language and not options.original_language:
            return replace(options, original_language=self.original_language)
        return options


def build_export_context(store: Store, draft: Draft, blocks: Sequence[Block],
                         *, language: str | None = None,
                         allow_unresolved: bool = False) -> ExportContext:
    """The ExportContext of a draft: every cited document and every cited passage.

    Raises ExportError naming the keys that resolve to no imported contribution, unless
    `allow_unresolved` (a draft copy: they are exported marked as unresolved).
    """
    live = [b for b in blocks if not b.deleted]
    known = store.contributions.known_symbols()
    missing = unresolved_keys((b.text for b in live), known)
    if missing and not allow_unresolved:
        noun = "citation" if len(missing) == 1 else "citations"
        raise ExportError(f"{', '.join(missing)}: unresolved {noun} "
                          "(no imported contribution has that symbol)", missing)
    context = ExportContext(unresolved=list(missing), allow_unresolved=allow_unresolved)
    for block in live:
        for citation in parse_citations(block.text):
            base = resolve_key(citation.key, known) or citation.base_symbol
            if base not in context.contributions:
                chosen = preferred_version(
                        store.contributions.versions_of(base), language or draft.language)
                if chosen is None:
                    continue
                context.contributions[base] = chosen
                context.numbers.update(
                    ((chosen.id, p.index), p.number) for p in store.contributions.paragraphs(
                            chosen.id))
            # `para 2.3` means the paragraph the document numbers 2.3 (see README).
            for number in locator_numbers(citation.locator):
                text = store.contributions.text_for_number(context.contributions[base].id, number)
                if text is not None:
                    context.passages[(base, number)] = text
                    if number.isdigit():
                        context.passages[(base, int(number))] = text
    return context


def prepare_export(store: Store, draft_id: str, *, language: str | None = None,
                   with_annotations: bool = False,
                   allow_unresolved: bool = False) -> ExportInput:
    """Read what the export of a draft needs; raises ExportError naming unresolved
    citations. `with_annotations`: the annotations on the cited documents, which a Word
    export with comments attaches to the blocks citing them."""
    draft = store.drafts.get(draft_id)
    blocks = store.blocks.all(draft_id)
    context = build_export_context(store, draft, blocks, language=language,
                                   allow_unresolved=allow_unresolved)
    if with_annotations:
        ids = {c.id for c in context.contributions.values()}
        context.annotations = [a for a in store.annotations.all(AnnotationFilter())
                               if a.contribution_id in ids]
    original = store.language_versions.original_of(draft_id)
    return ExportInput(draft, blocks, context, original.language if original else None)


def write_export(data: ExportInput, out: Path, fmt: str, options: DocxOptions) -> ExportResult:
    """Write the file as Markdown (`md`) or ITU Word (`docx`); needs no store."""
    if fmt == "md":
        draft = replace(data.draft, language=options.language or data.draft.language)
        write_text_atomically(out, draft_to_markdown(draft, data.blocks))
        return ExportResult(Path(out), "md", draft.language, blocks=len(data.blocks))
    return export_docx(data.draft, data.blocks, out, data.context, data.options_for(options))


def export_marked(store: Store, old_id: str, new_id: str | None, out: Path,
                  options: DocxOptions, author: str) -> ExportResult:
    """Write version `new_id` (None: the draft as it is now) against version `old_id` as a
    .docx with Word tracked changes signed by `author`."""
    # Imported here: a plain export need not load the revision stack (start-up counts).
    from cwgi_desktop.core.drafting.revisions import revision_state
    from cwgi_desktop.core.exporters.docx_revisions import export_docx_revision

    old = store.revisions.get(old_id)
    draft = store.drafts.get(old.draft_id)
    old_draft, old_blocks = revision_state(old.snapshot, draft)
    if new_id:
        new_draft, new_blocks = revision_state(store.revisions.get(new_id).snapshot, draft)
    else:
        new_draft, new_blocks = draft, [b for b in store.blocks.all(draft.id) if not b.deleted]
    context = build_export_context(store, new_draft, [*new_blocks, *old_blocks],
                                   language=options.language)
    return export_docx_revision(new_draft, new_blocks, old_draft, old_blocks, out, context,
                                options, author=author)
