"""Coverage of a draft against a consultation: what is cited, what is left out.

- `cited` / `uncited`: the consultation's documents (one per base symbol, whatever the
  language versions) that some live block cites, or none does; cited documents outside
  the consultation are listed too (`in_consultation` false);
- `themes_without_findings`: themes used by the consultation's annotations for which no
  finding, guideline or recommendation either cites an annotated passage of that theme
  (same document, same paragraph) or names the theme in its text;
- `single_source_findings` (one cited document) and `unsupported_findings` (none);
- `unresolved`: cited keys that match no imported contribution;
- `by_stakeholder_group` and `by_theme`: counts for a chart.
Without a consultation (neither given nor set on the draft), every stored contribution
and annotation counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from cwgi_desktop.core.drafting.numbering import NUMBERED_ITEM_KINDS, number_blocks
from cwgi_desktop.core.drafting.resolution import preferred_version
from cwgi_desktop.core.models import Contribution
from cwgi_desktop.core.textnorm import fold

if TYPE_CHECKING:
    from cwgi_desktop.core.store import Store

EXCERPT_CHARS = 80


@dataclass
class Coverage:
    """The coverage report of one draft (lists of plain dicts, ready for JSON)."""

    draft_id: str
    consultation: str | None
    cited: list[dict[str, Any]] = field(default_factory=list)
    uncited: list[dict[str, Any]] = field(default_factory=list)
    themes_without_findings: list[dict[str, Any]] = field(default_factory=list)
    single_source_findings: list[dict[str, Any]] = field(default_factory=list)
    unsupported_findings: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)
    by_stakeholder_group: list[dict[str, Any]] = field(default_factory=list)
    by_theme: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _excerpt(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= EXCERPT_CHARS else line[: EXCERPT_CHARS - 1] + "…"


def _document(c: Contribution, base: str) -> dict[str, Any]:
    """A document of the report; `label` is what a person calls it: its symbol, else its
    title, else its file name (never the internal id, which `symbol` falls back to)."""
    label = c.base_symbol or c.title or c.file_name or base
    return {"symbol": base, "label": label, "has_symbol": bool(c.base_symbol),
            "title": c.title, "source": c.source, "source_type": c.source_type,
            "id": c.id}


def coverage(store: Store, draft_id: str, consultation: str | None = None) -> Coverage:
    """The coverage report of a draft (see the module docstring)."""
    from cwgi_desktop.core.store import AnnotationFilter, ContributionFilter

    draft = store.drafts.get(draft_id)
    consultation = consultation or draft.consultation or None
    report = Coverage(draft_id=draft.id, consultation=consultation)
    blocks = store.blocks.all(draft.id)
    numbers = number_blocks(blocks)
    known = store.contributions.known_symbols()
    everything = store.contributions.all()
    versions: dict[str, list[Contribution]] = {}
    for c in everything:
        if c.base_symbol:
            versions.setdefault(c.base_symbol.casefold(), []).append(c)
    base_of = {c.id: (c.base_symbol or c.id).casefold() for c in everything}
    scope = store.contributions.all(ContributionFilter(consultation=consultation)) \
        if consultation else everything
    grouped: dict[str, list[Contribution]] = {}
    for c in scope:
        grouped.setdefault((c.base_symbol or c.id).casefold(), []).append(c)
    universe = {k: preferred_version(v, draft.language) or v[0] for k, v in grouped.items()}

    # Citations of live blocks, resolved to stored documents.
    cited_blocks: dict[str, set[str]] = {}
    unresolved: dict[str, list[str]] = {}
    block_sources: dict[str, set[str]] = {b.id: set() for b in blocks}
    block_passages: dict[str, set[tuple[str, int]]] = {b.id: set() for b in blocks}
    for block_id, _kind, symbol, paragraph in store.drafts.citations(draft.id):
        base = known.get(symbol.casefold())
        if base is None:
            unresolved.setdefault(symbol, [])
            if block_id not in unresolved[symbol]:
                unresolved[symbol].append(block_id)
            continue
        key = base.casefold()
        cited_blocks.setdefault(key, set()).add(block_id)
        block_sources[block_id].add(key)
        if paragraph is not None:
            block_passages[block_id].add((key, paragraph))
    for key, block_ids in cited_blocks.items():
        found = universe.get(key) or preferred_version(versions.get(key, []), draft.language)
        if found is not None:
            report.cited.append(_document(found, found.base_symbol or key) | {
                "blocks": len(block_ids), "in_consultation": key in universe})
    report.uncited = [_document(c, c.base_symbol or c.id) for key, c in sorted(
        universe.items()) if key not in cited_blocks]
    report.unresolved = [{"symbol": s, "blocks": ids} for s, ids in unresolved.items()]

    findings = [b for b in blocks if b.kind in NUMBERED_ITEM_KINDS]
    for b in findings:
        entry = {"block_id": b.id, "number": numbers.get(b.id, ""), "kind": b.kind,
                 "text": _excerpt(b.text)}
        sources = sorted(block_sources[b.id])
        if len(sources) == 1:
            report.single_source_findings.append(entry | {"source": known[sources[0]]})
        elif not sources:
            report.unsupported_findings.append(entry)

    groups: dict[str, Counter[str]] = {}
    for key, c in universe.items():
        counter = groups.setdefault(c.source_type or "", Counter())
        counter["contributions"] += 1
        counter["cited"] += int(key in cited_blocks)
    report.by_stakeholder_group = [
        {"group": g or None, "contributions": n["contributions"], "cited": n["cited"]}
        for g, n in sorted(groups.items(), key=lambda item: (not item[0], item[0]))
    ]

    annotations = store.annotations.all(AnnotationFilter(consultation=consultation))
    folded_text = {b.id: fold(b.text) for b in findings}
    for theme in store.themes.all():
        tagged = [a for a in annotations if theme.id in a.themes]
        if not tagged:
            continue
        passages = {(base_of.get(a.contribution_id, ""), a.paragraph) for a in tagged}
        name = fold(theme.name)
        covering = [b.id for b in findings if block_passages[b.id] & passages
                    or (name and name in folded_text[b.id])]
        report.by_theme.append({
            "id": theme.id, "theme": theme.name, "annotations": len(tagged),
            "contributions": len({p[0] for p in passages}), "findings": len(covering),
        })
        if not covering:
            report.themes_without_findings.append(
                {"id": theme.id, "name": theme.name, "annotations": len(tagged)})
    return report
