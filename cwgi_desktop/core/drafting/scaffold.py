"""“Build a scaffold”: a consultation's annotations, grouped by theme, as a first draft.

The result is an analytical summary: who responded (counts by stakeholder group), then
one section per theme (parents before children) holding every annotated passage as a cited
point (the annotator's note as a paraphrase, else the quote, with `[@BASE, para N]`; the
quoted passage itself is one click away in the evidence panel), with empty
“where views converge / diverge” headings for the rapporteur to write; untagged annotations
go under “Other points”; then key findings and conclusions from the template.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cwgi_desktop.core.citations import cite
from cwgi_desktop.core.drafting.compilation import (
    GeneratedBlocks,
    consultation_contributions,
    consultation_documents,
    counts_by_group,
    theme_order,
    words,
)
from cwgi_desktop.core.drafting.markdown_io import MAX_LEVEL, escape_markdown
from cwgi_desktop.core.drafting.templates import load_templates
from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.models import Annotation, Contribution, Draft, Theme

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)

if TYPE_CHECKING:
    from cwgi_desktop.core.store import Store

# Splits a theme's points into groups of similar views (core.semantic.clusters).
Grouping = Callable[[list[Annotation]], list[list[Annotation]]]


def point_text(annotation: Annotation, contribution: Contribution) -> str:
    """One cited point: the annotator's note as a paraphrase, `note [@BASE, para N]`, or
    the quote, `> quote [@BASE, para N]`."""
    out = GeneratedBlocks()
    _add_point(out, 1, annotation, contribution)
    return out.blocks[0][1]


def _add_point(out: GeneratedBlocks, level: int, annotation: Annotation,
               contribution: Contribution) -> None:
    """The block of a cited point (see `point_text`), its citation rows known."""
    note = annotation.note.strip()
    point = words(note) if note else f"> {escape_markdown(words(annotation.quote))}"
    if contribution.base_symbol:  # (`out.cited`, one call less for 20,000 points)
        group, rows = cite(contribution.base_symbol, annotation.paragraph)
        out.blocks.append(("paragraph", f"{point} {group}", level))
        if rows is not None and "@" not in point:
            out.citations[len(out.blocks) - 1] = rows
    else:  # a contribution without a symbol cannot be cited; name it instead
        name = contribution.title or contribution.file_name or contribution.id
        out.add("paragraph", level,
                f"{point} ({escape_markdown(name)}, para {annotation.paragraph})")


def _sort_key(annotation: Annotation, by_id: dict[str, Contribution]) -> tuple:
    c = by_id[annotation.contribution_id]
    return ((c.base_symbol or c.id).casefold(), annotation.paragraph, annotation.start)


def _with_ancestors(themes: Sequence[Theme], used: set[str]) -> list[Theme]:
    by_id = {t.id: t for t in themes}
    keep = set()
    for used_id in used:
        theme_id: str | None = used_id
        while theme_id is not None and theme_id in by_id and theme_id not in keep:
            keep.add(theme_id)
            theme_id = by_id[theme_id].parent_id
    return [t for t in themes if t.id in keep]


def scaffold_specs(out: GeneratedBlocks, annotations: Sequence[Annotation],
                   contributions: dict[str, Contribution], themes: Sequence[Theme],
                   language: str, group: Grouping | None = None) -> None:
    """The theme sections of a scaffold, added to `out`; with `group`, a theme's points
    come in groups of similar views, each under its own heading."""
    label = load_templates().label
    used = {t for a in annotations for t in a.themes}
    # Each annotation's sort key once, and the annotations of each theme in one pass (in
    # their given order, which the stable sorts below keep for equal keys).
    keys = {id(a): _sort_key(a, contributions) for a in annotations}
    by_theme: dict[str, list[Annotation]] = {}
    for a in annotations:
        for theme_id in dict.fromkeys(a.themes):
            by_theme.setdefault(theme_id, []).append(a)
    for theme, depth in theme_order(_with_ancestors(themes, used)):
        level = min(2 + depth, MAX_LEVEL - 1)
        out.add("heading", level, escape_markdown(theme.name))
        points = sorted(by_theme.get(theme.id, ()), key=lambda a: keys[id(a)])
        if not points:
            continue
        out.add("heading", level + 1, label("points_made", language))
        groups = group(points) if group is not None and len(points) > 1 else [points]
        for members in groups:
            if len(groups) > 1:
                heading = label("similar_views", language).replace("%1", str(len(members))) \
                    if len(members) > 1 else label("other_view", language)
                out.add("heading", min(level + 2, MAX_LEVEL), heading)
            for a in members:
                _add_point(out, level + 1, a, contributions[a.contribution_id])
        out.add("heading", level + 1, label("convergence", language))
        out.add("heading", level + 1, label("divergence", language))
    known = {t.id for t in themes}
    loose = sorted((a for a in annotations if not set(a.themes) & known),
                   key=lambda a: keys[id(a)])
    if loose:
        out.add("heading", 2, label("other_points", language))
        for a in loose:
            _add_point(out, 2, a, contributions[a.contribution_id])


def build_scaffold(store: Store, consultation: str, *, language: str = "en",
                   title: str | None = None, group: Grouping | None = None) -> Draft:
    """Create an analytical summary scaffolded from the consultation's annotations.

    Raises NotFound for a consultation without contributions and InvalidInput when none
    of them is annotated. One transaction.
    """
    from cwgi_desktop.core.store import AnnotationFilter

    templates = load_templates()
    everything = consultation_contributions(store, consultation)
    documents = consultation_documents(store, consultation, language, everything=everything)
    contributions = {c.id: c for c in everything}
    # Brief: what a point is written from (and a grouping reads: quote and note).
    annotations = [a for a in store.annotations.all_brief(
        AnnotationFilter(consultation=consultation)) if a.contribution_id in contributions]
    if not annotations:
        raise InvalidInput(f"{consultation}: no annotations to build a scaffold from "
                           "(annotate and tag passages first)")
    label = templates.label
    out = GeneratedBlocks()
    out.add("heading", 1, label("who_responded", language))
    out.add("paragraph", 1, counts_by_group(documents, language))
    out.add("heading", 1, label("points_by_theme", language))
    scaffold_specs(out, annotations, contributions, store.themes.all(), language, group)
    out.add("heading", 1, label("key_findings", language))
    out.add("finding", 1, label("finding_placeholder", language))
    out.add("heading", 1, label("conclusions", language))
    name = templates.kind_name("analytical_summary", language)
    return store.drafts.add("analytical_summary", title or f"{name}: {consultation}",
                            language, blocks=out.blocks, citations=out.citations,
                            consultation=consultation)
