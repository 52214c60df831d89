"""`cwgi bundle export|import`, `cwgi conflicts`, `cwgi conflict resolve`,
`cwgi review import|list|accept|reject`: exchange between laptops and Word review.

A refused bundle or .docx prints one line (`cwgi: error: FILE: reason`), changes nothing,
and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cwgi_desktop.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    add_json_flag,
    command,
    emit,
    error,
    open_store,
)
from cwgi_desktop.core.exchange import BundleFilter, Conflict, MergeResult
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.wording import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    bundle = subparsers.add_parser("bundle", help="share annotations and drafts as a file")
    sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION",
                                parser_class=type(bundle))
    bundle.set_defaults(handler=lambda args: _usage(bundle))
    p = command(sub.add_parser("export", help="write a bundle"), cmd_export)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--author", metavar="NAME", help="only this author's annotations")
    p.add_argument("--since", metavar="DATE", help="only what changed since (2026-01-31)")
    p.add_argument("--consultation", metavar="NAME", help="only this consultation")
    p.add_argument("--with-texts", action="store_true",
                   help="also the full texts of the contributions (identity only otherwise)")
    p.add_argument("--no-drafts", action="store_true", help="leave drafts out")
    p.add_argument("--with-others-notes", action="store_true",
                   help="with --author, also the drafts that carry other authors' notes "
                        "(left out by default)")
    add_json_flag(p)
    p = command(sub.add_parser("import", help="merge a bundle into the store"), cmd_import)
    p.add_argument("file", metavar="FILE")
    add_json_flag(p)

    p = command(subparsers.add_parser("conflicts", help="rows edited on both sides"),
                cmd_conflicts)
    p.add_argument("--all", action="store_true", help="resolved ones too")
    add_json_flag(p)
    conflict = subparsers.add_parser("conflict", help="settle a conflict")
    csub = conflict.add_subparsers(dest="conflict_command", metavar="ACTION",
                                   parser_class=type(conflict))
    conflict.set_defaults(handler=lambda args: _usage(conflict))
    p = command(csub.add_parser("resolve", help="keep one version"), cmd_resolve)
    p.add_argument("id", metavar="ID", help="conflict id (or its first characters)")
    p.add_argument("--keep", required=True, choices=("mine", "theirs"))
    add_json_flag(p)

    review = subparsers.add_parser("review", help="a draft commented in Word comes back")
    rsub = review.add_subparsers(dest="review_command", metavar="ACTION",
                                 parser_class=type(review))
    review.set_defaults(handler=lambda args: _usage(review))
    p = command(rsub.add_parser("import", help="comments and tracked changes of a .docx"),
                cmd_review_import)
    p.add_argument("file", metavar="FILE.docx")
    p.add_argument("--draft", metavar="DRAFT", help="the draft it was exported from")
    p.add_argument("--other-draft", action="store_true",
                   help="apply it to --draft even when its bookmarks name another draft")
    add_json_flag(p)
    p = command(rsub.add_parser("list", help="a draft's review notes and changes"),
                cmd_review_list)
    p.add_argument("draft", metavar="DRAFT")
    add_json_flag(p)
    for action, text in (("accept", "apply a suggested change"),
                         ("reject", "reject a suggested change")):
        p = command(rsub.add_parser(action, help=text), cmd_review_decide)
        p.add_argument("change", metavar="CHANGE_ID")
        add_json_flag(p)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def _draft_parts(counts: dict[str, int]) -> str:
    """"4 blocks", and the drafts' versions, review notes and language versions if any."""
    parts = [counted(counts["block"], "block")]
    for kind, word in (("revision", "version"), ("review_note", "review note"),
                       ("language_version", "language version")):
        if counts.get(kind):
            parts.append(counted(counts[kind], word))
    return ", ".join(parts)


def cmd_export(args: argparse.Namespace) -> int:

    flt = BundleFilter(author=args.author, since=args.since, consultation=args.consultation,
                       with_texts=args.with_texts, drafts=not args.no_drafts,
                       others_notes=args.with_others_notes)
    with open_store(args) as store:
        summary = exchange_service.export_bundle(store, args.out, flt)
    c = summary.counts
    texts = f"{c['texts']} with text" if flt.with_texts else "identity only"
    data: dict[str, Any] = {"out": summary.path, "counts": c, "filter": summary.filter}
    if summary.others_notes:  # only then: the contract's keys stay as they were
        data.update(others_notes=summary.others_notes,
                    others_notes_included=summary.others_notes_included)
    emit(args, data,
         "\n".join([f"wrote {summary.path}: {counted(c['annotation'], 'annotation')}, "
                    f"{counted(c['theme'], 'theme')}, {counted(c['draft'], 'draft')} "
                    f"({_draft_parts(c)}), "
                    f"{counted(c['contributions'], 'contribution')} ({texts})",
                    *_others_notes_lines(summary)]))
    return EXIT_OK


def _others_notes_lines(summary: Any) -> list[str]:
    """Which drafts carry other authors' notes, and what became of them."""
    if not summary.others_notes:
        return []
    if summary.others_notes_included:
        head = "included at your request, with other authors' notes:"
    else:
        head = ("left out, as they carry other authors' notes (--with-others-notes "
                "includes them):")
    return [head, *(f"  “{d['title']}”: notes of {', '.join(d['authors'])}"
                    for d in summary.others_notes)]


def _import_text(path: str, result: MergeResult) -> str:
    text = (f"{path}: {result.added} added, {result.updated} updated, "
            f"{result.unchanged} unchanged, {counted(result.conflicts, 'conflict')}")
    if result.conflicts:
        text += " (both versions kept: see `cwgi conflicts`)"
    if result.held_back:
        text += (f"; {result.held_back} held back, yours kept: the bundle deletes or replaces "
                 "many of your rows, moves rows, or claims to replace edits never shared "
                 "(confirm with `cwgi conflict resolve ID --keep theirs`)")
    if result.safety_copy:
        text += f"; safety copy: {result.safety_copy}"
    return "\n".join([text, *result.notes])


def cmd_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = exchange_service.import_bundle(store, args.file)
    emit(args, result.to_dict(), _import_text(args.file, result))
    return EXIT_OK


def _conflict_line(c: Conflict) -> str:
    state = f"resolved: {c.resolution}" if c.resolved else f"in place: {c.winner}"
    if c.held_back and not c.resolved:
        state += f", held back: {c.reason}"
    return (f"{c.id[:8]}  {c.kind:<10} “{c.label}”  differs in {', '.join(c.changed_fields())}"
            f"  ({state})")


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = store.exchange.conflicts(include_resolved=args.all)
    emit(args, {"conflicts": [c.to_dict() for c in found]},
         lambda: "\n".join(_conflict_line(c) for c in found) or "no conflicts")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        resolved = exchange_service.resolve_conflict(store, args.id, args.keep)
    emit(args, resolved.to_dict(), f"{resolved.id[:8]}: kept {args.keep}")
    return EXIT_OK


def cmd_review_import(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.errors import DraftMismatch
    from cwgi_desktop.core.services import review as review_service  # Word: only here

    with open_store(args) as store:
        try:
            result = review_service.import_review(store, args.file, args.draft,
                                                  other_draft_ok=args.other_draft)
        except DraftMismatch as exc:
            error(f"{exc} (--other-draft applies it to “{exc.chosen_title}” anyway)")
            return EXIT_REJECTED
        title = store.drafts.get(result.draft_id).title
    emit(args, result.to_dict(),
         f"{args.file} → “{title}”: {counted(result.notes, 'note')}, "
         f"{counted(result.changes, 'suggested change')}, {result.unchanged} already here"
         + (f" ({result.outside_blocks} outside the draft's blocks)"
            if result.outside_blocks else ""))
    return EXIT_OK


def _review_text(notes: list[Any], changes: list[Any]) -> str:
    lines = [f"{n.id[:8]}  note    {n.status:<8} {n.author or '?'}: {n.text}"
             + ("" if n.block_id else "  (whole draft)") for n in notes]
    lines += [f"{c.id[:8]}  change  {c.status:<8} {c.author or '?'}: "
              f"“{c.old_text}” → “{c.new_text}”" for c in changes]
    return "\n".join(lines) or "no review notes"


def cmd_review_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        notes, changes = store.review.notes(draft.id), store.review.changes(draft.id)
    emit(args, {"draft": draft.id, "notes": [n.to_dict() for n in notes],
                "changes": [c.to_dict() for c in changes]},
         lambda: _review_text(notes, changes))
    return EXIT_OK


def cmd_review_decide(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import review as review_service

    accept = args.review_command == "accept"
    with open_store(args) as store:
        change = review_service.decide_change(store, args.change, accept)
    emit(args, change.to_dict(), f"{change.id[:8]}: {change.status}")
    return EXIT_OK

