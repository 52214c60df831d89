"""`cwgi init|import|list|show|edit|search|annotate|annotations`."""

from __future__ import annotations

import argparse

from cwgi_desktop.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    add_json_flag,
    command,
    emit,
    error,
    open_store,
)
from cwgi_desktop.core.errors import NotFound

TYPE_CHECKING = False  # (not typing's: `cwgi search` does not import typing, 2 ms)
if TYPE_CHECKING:
    from cwgi_desktop.core.models import Annotation, Contribution
    from cwgi_desktop.core.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(subparsers.add_parser("init", help="create the store"), cmd_init)
    add_json_flag(p)

    p = command(subparsers.add_parser("import", help="import files or folders"), cmd_import)
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--consultation", metavar="NAME")
    add_json_flag(p)

    p = command(subparsers.add_parser("list", help="list contributions"), cmd_list)
    p.add_argument("--consultation", metavar="NAME")
    p.add_argument("--language", metavar="xx")
    add_json_flag(p)

    p = command(subparsers.add_parser("show", help="metadata and numbered paragraphs"),
                cmd_show)
    p.add_argument("contribution", metavar="CONTRIBUTION")
    add_json_flag(p)

    p = command(subparsers.add_parser("edit", help="correct a contribution's metadata"),
                cmd_edit)
    p.add_argument("contribution", metavar="CONTRIBUTION")
    for name in ("symbol", "title", "source", "source-type", "consultation", "date",
                 "language"):
        p.add_argument(f"--{name}", metavar="VALUE")
    add_json_flag(p)

    p = command(subparsers.add_parser("search", help="full-text search"), cmd_search)
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--semantic", action="store_true",
                   help="also by meaning, in every language (needs `cwgi index`)")
    add_json_flag(p)

    p = command(subparsers.add_parser("annotate", help="annotate a passage"), cmd_annotate)
    p.add_argument("contribution", metavar="CONTRIBUTION")
    p.add_argument("--quote", required=True, metavar="TEXT")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--tag", action="append", default=[], metavar="THEME")
    p.add_argument("--author", metavar="NAME")
    add_json_flag(p)

    p = command(subparsers.add_parser("annotations", help="list annotations"),
                cmd_annotations)
    p.add_argument("contribution", nargs="?", metavar="CONTRIBUTION")
    add_json_flag(p)


def cmd_init(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        emit(args, {"db": str(store.path), "schema_version": store.schema_version},
             f"store ready: {store.path}")
    return EXIT_OK


_BUNDLE_TEXT = {
    "replaced": " (the file's text replaces a different one a bundle had shipped under its "
                "hash; annotations that no longer match are marked to check)",
    "verified": " (the text a bundle had shipped is the file's)",
}


def cmd_import(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.import_pool import default_workers
    from cwgi_desktop.core.services.importing import import_paths

    with open_store(args) as store:
        report = import_paths(store, args.paths, consultation=args.consultation,
                              workers=default_workers())
    for item in report.rejected:
        error(f"{item['path']}: {item['reason']}")
    data = report.to_dict()
    data.pop("cancelled")

    def text() -> str:
        lines = [f"imported {c['symbol'] or '(no symbol)'} [{c['language'] or '?'}] "
                 f"{c['title'] or ''} ← {c['path']}" + _BUNDLE_TEXT.get(
                     c.get("bundle_text", ""), "") for c in report.imported]
        lines += [f"duplicate {d['path']} (already stored as {d['id']})"
                  for d in report.duplicates]
        lines += [f"skipped {s['path']} ({s['reason']})" for s in report.skipped]
        lines.append(f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
                     f"{len(report.rejected)} rejected, {len(report.skipped)} skipped")
        return "\n".join(lines)

    emit(args, data, text)
    return EXIT_REJECTED if report.rejected else EXIT_OK


def _summary(c: Contribution) -> dict:
    return {
        "id": c.id, "symbol": c.symbol, "base_symbol": c.base_symbol, "language": c.language,
        "title": c.title, "source": c.source, "source_type": c.source_type,
        "consultation": c.consultation, "date": c.date, "file_name": c.file_name,
        "sha256": c.sha256, "paragraphs": c.paragraph_count, "words": c.word_count,
        "annotations": c.annotation_count, "imported_at": c.imported_at,
        "meeting": c.meeting, "original_language": c.original_language, "purpose": c.purpose,
        "action_required": c.action_required, "references": c.doc_references,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.store import ContributionFilter

    with open_store(args) as store:
        items = store.contributions.all(
            ContributionFilter(consultation=args.consultation, language=args.language)
        )
    emit(args, {"contributions": [_summary(c) for c in items]}, lambda: "\n".join(
        f"{c.symbol or '-':<24} {c.language or '?':<3} {c.source or '':<30.30} {c.title or ''}"
        for c in items
    ))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        c = store.contributions.resolve(args.contribution)
        paragraphs = store.contributions.paragraphs(c.id)
    data = _summary(c) | {"paragraphs": [
        {"index": p.index, "number": p.number, "kind": p.kind, "anchor": p.anchor,
         "style": p.style, "text": p.text} for p in paragraphs
    ]}

    def text() -> str:
        head = [f"{c.symbol or '(no symbol)'} [{c.language or '?'}]  {c.title or ''}",
                f"source: {c.source or '-'}   date: {c.date or '-'}   file: {c.file_name}", ""]
        # The number the document shows (what `para N` cites), not the storage position.
        return "\n".join(head + [f"{p.number:>6}  {p.text}" for p in paragraphs])

    emit(args, data, text)
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    fields = {name: getattr(args, name) for name in
              ("symbol", "title", "source", "source_type", "consultation", "date", "language")
              if getattr(args, name) is not None}
    if not fields:
        error(f"{args.contribution}: nothing to change (give --title, --symbol, ...)")
        return 2
    with open_store(args) as store:
        c = store.contributions.update(args.contribution, **fields)
    emit(args, _summary(c), f"updated {c.symbol or c.id}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.semantic:
            from cwgi_desktop.cli.semantic import semantic_search

            hits = semantic_search(store, args.query, args.limit)
        else:
            hits = store.search.find(args.query, limit=args.limit)
    data = {"hits": [{k: v for k, v in h.to_dict().items() if k != "score"} for h in hits]}
    emit(args, data, lambda: "\n".join(
        f"{h.symbol or h.contribution_id} ¶{h.paragraph}: {h.snippet}" for h in hits
    ) or "no hits")
    return EXIT_OK


def _annotation_dict(store: Store, a: Annotation) -> dict:
    names = {t.id: t.name for t in store.themes.all(include_deleted=True)}
    try:
        symbol = store.contributions.get(a.contribution_id).symbol
    except NotFound:  # an annotation received before its contribution
        symbol = None
    return {
        "id": a.id, "contribution": a.contribution_id, "symbol": symbol, "author": a.author,
        "quote": a.quote, "note": a.note, "tags": [names.get(t, t) for t in a.themes],
        "paragraph": a.paragraph, "start": a.start, "end": a.end, "colour": a.colour,
        "created": a.created, "updated": a.updated,
    }


def default_author() -> str:
    """One author setting for the window and the CLI (see core/user_config.py)."""
    from cwgi_desktop.core.user_config import default_author as configured_author

    return configured_author()


def cmd_annotate(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        a = store.annotations.add(args.contribution, author=args.author or default_author(),
                                 quote=args.quote, note=args.note, themes=args.tag)
        data = _annotation_dict(store, a)
    emit(args, data, f"annotated ¶{a.paragraph} of {data['symbol'] or a.contribution_id}: {a.id}")
    return EXIT_OK


def cmd_annotations(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.store import AnnotationFilter

    with open_store(args) as store:
        flt = AnnotationFilter()
        if args.contribution:
            flt.contribution_id = store.contributions.resolve(args.contribution).id
        items = [_annotation_dict(store, a) for a in store.annotations.all(flt)]
    emit(args, {"annotations": items}, lambda: "\n".join(
        f"{a['symbol'] or a['contribution']} ¶{a['paragraph']} {a['author']}: "
        f"“{a['quote']}”" + (f" — {a['note']}" if a["note"] else "")
        + (f" [{', '.join(a['tags'])}]" if a["tags"] else "")
        for a in items
    ) or "no annotations")
    return EXIT_OK

