"""Exchange with QDA software (QualCoder, NVivo, ATLAS.ti, MAXQDA) through REFI-QDA.

- The codebook (`.qdc`) travels as our themes, hierarchy, colours and descriptions included.
- A project (`.qdpx`) carries the contributions as text sources, each annotation as a coded
  selection (its themes as codings, its note as a note), and the annotators as users.

Importing is one transaction: a file that cannot be read leaves the store as it was. It is
idempotent: themes are matched by guid, then by name; sources by guid (our contribution
ids), then by the text's SHA-256; selections by guid (our annotation ids).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from cwgi_desktop.core.atomic_files import write_bytes_atomically
from cwgi_desktop.core.errors import CwgiError, InvalidInput, NotFound
from cwgi_desktop.core.exchange.refi_qda import (
    QdaCode,
    QdaNote,
    QdaProject,
    QdaSelection,
    QdaSource,
    QdaUser,
    codebook_xml,
    derived_guid,
    read_qdc_file,
    read_qdpx,
    write_qdpx,
)
from cwgi_desktop.core.importers import parse_bytes
from cwgi_desktop.core.models import LANGUAGES, Annotation, Contribution, Theme, utc_now
from cwgi_desktop.core.services.importing import add_parsed
from cwgi_desktop.core.store import AnnotationFilter, ContributionFilter, Store
from cwgi_desktop.core.wording import counted

DEFAULT_COLOUR = "#f6c343"
# A contribution's metadata as REFI-QDA text variables of its source (what QDA tools show
# as document attributes), by variable name → contribution field.
VARIABLES = {"Symbol": "symbol", "Title": "title", "Source": "source",
             "Stakeholder group": "source_type", "Date": "date", "Language": "language",
             "Consultation": "consultation"}


@dataclass
class QdaExportReport:
    codes: int = 0
    sources: int = 0
    selections: int = 0
    notes: int = 0

    def line(self) -> str:
        return ", ".join([counted(self.sources, "source"),
                          counted(self.selections, "coded selection"),
                          counted(self.codes, "code"), counted(self.notes, "note")])


@dataclass
class QdaImportReport:
    themes_added: int = 0
    themes_kept: int = 0
    sources_added: int = 0
    sources_matched: int = 0
    annotations_added: int = 0
    annotations_kept: int = 0
    skipped: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{counted(self.themes_added, 'theme')} added ({self.themes_kept} already here)"]
        if self.sources_added or self.sources_matched or self.annotations_added \
                or self.annotations_kept:
            parts.append(f"{counted(self.sources_added, 'contribution')} added "
                         f"({self.sources_matched} already here)")
            parts.append(f"{counted(self.annotations_added, 'annotation')} added "
                         f"({self.annotations_kept} already here)")
        if self.skipped:
            parts.append(f"{counted(len(self.skipped), 'item')} skipped")
        return "; ".join(parts)


# -- the codebook --------------------------------------------------------------------


def codes_of(themes: list[Theme]) -> list[QdaCode]:
    """Our live themes as a tree of codes (orphans of a deleted parent become roots)."""
    live = {t.id: t for t in themes if not t.deleted}
    codes = {tid: QdaCode(guid=tid, name=t.name, colour=t.colour, description=t.description)
             for tid, t in live.items()}
    roots: list[QdaCode] = []
    for tid, theme in sorted(live.items(), key=lambda item: item[1].name.casefold()):
        parent = codes.get(theme.parent_id or "")
        (parent.children if parent else roots).append(codes[tid])
    return roots


def export_codebook(store: Store, path: Path | str) -> int:
    """Write the themes as a `.qdc` codebook; returns how many codes it holds."""
    codes = codes_of(store.themes.all())
    if not codes:
        raise InvalidInput("the codebook is empty: there is no theme to export")
    write_bytes_atomically(path, codebook_xml(codes))
    return _count(codes)


def _count(codes: list[QdaCode]) -> int:
    return sum(1 + _count(code.children) for code in codes)


def _existing_theme(store: Store, code: QdaCode) -> Theme | None:
    try:
        theme = store.themes.get(code.guid)
        if not theme.deleted:
            return theme
    except NotFound:
        pass
    return store.themes.find(code.name)


def _id_is_free(store: Store, theme_id: str) -> bool:
    try:
        store.themes.get(theme_id)
    except NotFound:
        return True
    return False


def merge_codes(store: Store, codes: list[QdaCode], report: QdaImportReport,
                parent_id: str | None = None,
                mapping: dict[str, str] | None = None) -> dict[str, str]:
    """Add the codes the store lacks as themes; returns code guid → theme id."""
    mapping = {} if mapping is None else mapping
    for code in codes:
        theme = _existing_theme(store, code)
        if theme is None:
            theme = store.themes.add(
                code.name, parent_id=parent_id, colour=code.colour or DEFAULT_COLOUR,
                description=code.description,
                theme_id=code.guid if _id_is_free(store, code.guid) else None)
            report.themes_added += 1
        else:
            report.themes_kept += 1
        mapping[code.guid] = theme.id
        merge_codes(store, code.children, report, theme.id, mapping)
    return mapping


def import_codebook(store: Store, path: Path | str) -> QdaImportReport:
    """Add a `.qdc` codebook's codes as themes (existing ones are left as they are)."""
    codes = read_qdc_file(path)
    report = QdaImportReport()
    with store.transaction():
        merge_codes(store, codes, report)
    return report


# -- the project ---------------------------------------------------------------------


def source_text(paragraphs: list[tuple[int, str]]) -> tuple[str, dict[int, int]]:
    """A contribution as one plain text (paragraphs on their own lines) and the offset at
    which each paragraph starts."""
    offsets, pieces, at = {}, [], 0
    for index, text in paragraphs:
        offsets[index] = at
        pieces.append(text)
        at += len(text) + 1
    return "\n".join(pieces), offsets


def _user_guid(author: str) -> str:
    return derived_guid("user", author)


def _note_guid(annotation: Annotation) -> str:
    return derived_guid("note", annotation.id)


def _source_for(store: Store, contribution: Contribution,
                annotations: list[Annotation]) -> tuple[QdaSource, list[QdaNote]]:
    paragraphs = [(p.index, p.text) for p in store.contributions.paragraphs(contribution.id)]
    text, offsets = source_text(paragraphs)
    source = QdaSource(guid=contribution.id, text=text,
                       name=contribution.symbol or contribution.title
                       or contribution.file_name or contribution.id,
                       description=contribution.title or "",
                       variables={name: str(value) for name, key in VARIABLES.items()
                                  if (value := getattr(contribution, key))})
    notes = []
    for annotation in annotations:
        if annotation.paragraph not in offsets:
            continue
        base = offsets[annotation.paragraph]
        selection = QdaSelection(
            guid=annotation.id, start=base + annotation.start, end=base + annotation.end,
            user=_user_guid(annotation.author), created=annotation.created,
            codes=list(annotation.themes))
        if annotation.note.strip():
            note = QdaNote(guid=_note_guid(annotation), text=annotation.note.strip(),
                           user=selection.user, created=annotation.updated)
            selection.notes.append(note.guid)
            notes.append(note)
        source.selections.append(selection)
    return source, notes


def export_project(store: Store, path: Path | str, *, consultation: str | None = None,
                   author: str | None = None, annotated_only: bool = False) -> QdaExportReport:
    """Write a `.qdpx` project of the contributions (of one consultation, if given) with the
    annotations (of one author, if given) as coded selections."""
    contributions = store.contributions.all(ContributionFilter(consultation=consultation))
    annotations = store.annotations.all(AnnotationFilter(author=author, consultation=consultation))
    by_contribution: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_contribution.setdefault(annotation.contribution_id, []).append(annotation)
    if annotated_only:
        contributions = [c for c in contributions if c.id in by_contribution]
    if not contributions:
        raise InvalidInput("no contribution to export")
    live_themes = {t.id for t in store.themes.all()}
    project = QdaProject(name=consultation or "CWGI Desktop", created=utc_now(),
                         codes=codes_of(store.themes.all()))
    report = QdaExportReport(codes=_count(project.codes))
    for contribution in contributions:
        source, notes = _source_for(store, contribution, by_contribution.get(contribution.id, []))
        for selection in source.selections:
            selection.codes = [c for c in selection.codes if c in live_themes]
        project.sources.append(source)
        project.notes.extend(notes)
        report.selections += len(source.selections)
    authors = sorted({a.author for a in annotations})
    project.users = [QdaUser(guid=_user_guid(name), name=name) for name in authors]
    report.sources, report.notes = len(project.sources), len(project.notes)
    write_qdpx(path, project)
    return report


def _match_source(store: Store, source: QdaSource, name: str,
                  report: QdaImportReport) -> str | None:
    """The contribution a source is (ours, or the same text), or a new one made from it."""
    try:
        store.contributions.get(source.guid)
        report.sources_matched += 1
        return source.guid
    except NotFound:
        pass
    data = (source.text or "").encode("utf-8")
    sha256 = hashlib.sha256(data).hexdigest()
    existing = store.contributions.id_for_sha256(sha256)
    if existing:
        report.sources_matched += 1
        return str(existing)
    try:
        parsed = parse_bytes(data, f"{source.name}.txt")
        contribution, _ = add_parsed(store, parsed, sha256=sha256, file_name=name)
    except CwgiError as exc:
        report.skipped.append(f"source '{source.name}': {exc}")
        return None
    _take_variables(store, contribution, source)
    report.sources_added += 1
    return contribution.id


def _take_variables(store: Store, contribution: Contribution, source: QdaSource) -> None:
    """Metadata the project states (as variables, or the description as title) wins over
    what was guessed from the text."""
    fields = {key: source.variables[name] for name, key in VARIABLES.items()
              if source.variables.get(name)}
    if "title" not in fields and source.description:
        fields["title"] = source.description
    if fields.get("language") not in LANGUAGES:
        fields.pop("language", None)
    changed = {k: v for k, v in fields.items() if getattr(contribution, k) != v}
    if changed:
        store.contributions.update(contribution.id, **changed)


@dataclass
class _StoredText:
    """A contribution's stored paragraphs as one plain text, read once per source (not once
    per selection: a project codes hundreds of passages of one document)."""

    paragraphs: dict[int, str]
    starts: list[int]  # offset of each paragraph, ascending
    indexes: list[int]  # the paragraph index at each start
    text: str

    @classmethod
    def read(cls, store: Store, cid: str) -> _StoredText:
        paragraphs = [(p.index, p.text) for p in store.contributions.paragraphs(cid)]
        text, offsets = source_text(paragraphs)
        return cls(dict(paragraphs), list(offsets.values()), list(offsets), text)


def _passage(stored: _StoredText, source: QdaSource,
             selection: QdaSelection) -> dict[str, object]:
    """Where a selection falls: exact offsets when the source is our own text, else its
    quote (first line), found again in the stored paragraphs."""
    if stored.text == source.text:
        at = bisect.bisect_right(stored.starts, selection.start) - 1
        if at >= 0:
            index, base = stored.indexes[at], stored.starts[at]
            end = min(selection.end - base, len(stored.paragraphs[index]))
            if selection.start - base < end:
                return {"paragraph": index, "start": selection.start - base, "end": end}
    quote = (source.text or "")[selection.start:selection.end].strip()
    first_line = next((line.strip() for line in quote.splitlines() if line.strip()), "")
    return {"quote": first_line}


def _import_selection(store: Store, cid: str, source: QdaSource, selection: QdaSelection,
                      context: _ProjectContext, report: QdaImportReport,
                      stored: _StoredText) -> None:
    try:
        store.annotations.get(selection.guid)
        report.annotations_kept += 1
        return
    except NotFound:
        pass
    author = context.users.get(selection.user or "") or context.fallback_author
    note = "\n\n".join(context.notes[n] for n in selection.notes if context.notes.get(n))
    themes = [context.themes[c] for c in selection.codes if c in context.themes]
    try:
        store.annotations.add(cid, author=author, note=note, themes=themes,
                             annotation_id=selection.guid,
                             **_passage(stored, source, selection))  # type: ignore[arg-type]
    except InvalidInput as exc:
        report.skipped.append(f"source '{source.name}': a selection: {exc}")
        return
    report.annotations_added += 1


@dataclass
class _ProjectContext:
    users: dict[str, str]
    notes: dict[str, str]
    themes: dict[str, str]
    fallback_author: str


def import_project(store: Store, path: Path | str, *, author: str) -> QdaImportReport:
    """Bring a `.qdpx` project in: codes as themes, text sources as contributions, coded
    selections as annotations (by their own author when the project names one)."""
    project: QdaProject = read_qdpx(path)
    report = QdaImportReport(skipped=list(project.skipped))
    with store.transaction():
        themes = merge_codes(store, project.codes, report)
        context = _ProjectContext(
            users={u.guid: u.name for u in project.users if u.name},
            notes={n.guid: n.text for n in project.notes},
            themes=themes, fallback_author=author)
        for source in project.sources:
            if source.text is None:
                continue
            cid = _match_source(store, source, Path(path).name, report)
            if cid is None:
                continue
            stored = _StoredText.read(store, cid)
            for selection in source.selections:
                _import_selection(store, cid, source, selection, context, report, stored)
    return report
