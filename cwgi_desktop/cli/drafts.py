"""`cwgi draft import|list|show|new|compile|scaffold|annex|delete`, `cwgi coverage`,
`cwgi revision take|list|compare|restore`, `cwgi export`.

DRAFT is a draft's id, a unique id prefix, or its title (when unique).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cwgi_desktop.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    add_json_flag,
    command,
    emit,
    error,
    open_store,
)
from cwgi_desktop.cli.versions import register_versions
from cwgi_desktop.core.models import DRAFT_KINDS, LANGUAGES, Block, Draft
from cwgi_desktop.core.services import drafts as draft_service

TYPE_CHECKING = False  # (not typing's: a `cwgi draft` process need not import it)

if TYPE_CHECKING:
    from typing import Any

    from cwgi_desktop.core.store import Store

UNKNOWN = "unknown citation (no imported contribution has that symbol)"


def register(subparsers: argparse._SubParsersAction) -> None:
    draft = subparsers.add_parser("draft", help="drafts: import, list, show, create, generate")
    sub = draft.add_subparsers(dest="draft_command", metavar="ACTION",
                               parser_class=type(draft))
    draft.set_defaults(handler=lambda args: _usage(draft))

    p = command(sub.add_parser("import", help="import a draft from Markdown"), cmd_import)
    p.add_argument("file", metavar="FILE.md")
    p.add_argument("--allow-unresolved", action="store_true",
                   help="import even if citations name no imported contribution (flagged)")
    add_json_flag(p)

    add_json_flag(command(sub.add_parser("list", help="list drafts"), cmd_list))

    p = command(sub.add_parser("show", help="metadata and numbered blocks"), cmd_show)
    p.add_argument("draft", metavar="DRAFT")
    add_json_flag(p)

    p = command(sub.add_parser("new", help="a new draft from its kind's template"), cmd_new)
    p.add_argument("--kind", required=True, metavar="KIND", help=", ".join(DRAFT_KINDS))
    p.add_argument("--title", required=True, metavar="TITLE")
    _language_flag(p)
    p.add_argument("--consultation", default="", metavar="NAME")
    p.add_argument("--empty", action="store_true", help="no template sections")
    add_json_flag(p)

    p = command(sub.add_parser("compile", help="generate a consultation's compilation"),
                cmd_compile)
    p.add_argument("--consultation", required=True, metavar="NAME")
    p.add_argument("--group-by", choices=("source_type", "theme"), default="source_type")
    p.add_argument("--title", metavar="TITLE")
    _language_flag(p)
    add_json_flag(p)

    p = command(sub.add_parser("scaffold", help="an analytical summary from annotations"),
                cmd_scaffold)
    p.add_argument("--consultation", required=True, metavar="NAME")
    p.add_argument("--title", metavar="TITLE")
    p.add_argument("--cluster", action="store_true",
                   help="group each theme's points into similar views, by meaning")
    _language_flag(p)
    add_json_flag(p)

    p = command(sub.add_parser("annex", help="annex a contribution's full text"), cmd_annex)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("contribution", metavar="CONTRIBUTION")
    add_json_flag(p)

    p = command(sub.add_parser("delete", help="delete a draft"), cmd_delete)
    p.add_argument("draft", metavar="DRAFT")
    add_json_flag(p)
    register_versions(sub)

    p = command(subparsers.add_parser("coverage", help="what a draft cites and leaves out"),
                cmd_coverage)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--consultation", metavar="NAME")
    add_json_flag(p)

    revision = subparsers.add_parser("revision", help="named versions of a draft")
    rsub = revision.add_subparsers(dest="revision_command", metavar="ACTION",
                                   parser_class=type(revision))
    revision.set_defaults(handler=lambda args: _usage(revision))
    p = command(rsub.add_parser("take", help="save a named version"), cmd_revision_take)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--author", metavar="NAME",
                   help="who takes it (default: the author set for the window, or $CWGI_AUTHOR)")
    add_json_flag(p)
    p = command(rsub.add_parser("list", help="list versions, newest first"), cmd_revision_list)
    p.add_argument("draft", metavar="DRAFT")
    add_json_flag(p)
    p = command(rsub.add_parser("compare", help="compare two versions (or one with now)"),
                cmd_revision_compare)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("old", metavar="VERSION")
    p.add_argument("new", nargs="?", metavar="VERSION", help="default: the current state")
    add_json_flag(p)
    p = command(rsub.add_parser("restore", help="go back to a version"), cmd_revision_restore)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("version", metavar="VERSION")
    add_json_flag(p)

    p = command(subparsers.add_parser("export", help="export a draft (Markdown or Word)"),
                cmd_export)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--format", required=True, choices=("md", "docx"))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--language", choices=LANGUAGES, metavar="xx",
                   help="language of the document's fixed texts (docx; default the draft's)")
    p.add_argument("--sources-annex", action="store_true",
                   help="add an annex listing the sources of each finding (docx)")
    p.add_argument("--comments", action="store_true",
                   help="include the annotations on cited documents as Word comments (docx)")
    p.add_argument("--against", metavar="VERSION",
                   help="docx: mark the changes since this version as Word tracked changes")
    p.add_argument("--author", default="", metavar="NAME",
                   help="the name the tracked changes are signed with (with --against)")
    add_json_flag(p)


def _language_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", default="en", choices=LANGUAGES, metavar="xx",
                   help=f"one of {', '.join(LANGUAGES)} (default en)")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _summary(draft: Draft, count: int) -> dict[str, Any]:
    return {"id": draft.id, "title": draft.title, "kind": draft.kind, "blocks": count,
            "language": draft.language, "symbol": draft.symbol,
            "consultation": draft.consultation, "updated": draft.updated}


def _created(args: argparse.Namespace, store: Store, draft: Draft, verb: str) -> int:
    # A new draft has no deleted block: its blocks counted from the index alone (reading
    # 30,000 blocks to count them was slow, and reading whether each is deleted, too).
    count = store.blocks.count(draft.id, include_deleted=True)
    emit(args, _summary(draft, count),
         f"{verb} {draft.kind} “{draft.title}” ({count} blocks): {draft.id}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.drafting.resolution import UnresolvedCitations
    from cwgi_desktop.core.errors import InvalidInput

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        error(f"{path}: cannot read ({exc.__class__.__name__}: {exc})")
        return EXIT_REJECTED
    with open_store(args) as store:
        try:
            draft = draft_service.import_markdown(
                    store, text, allow_unresolved=args.allow_unresolved)
        except UnresolvedCitations as exc:
            for key in exc.keys:
                error(f"@{key}: {UNKNOWN}, in {path} (nothing imported; "
                      "--allow-unresolved imports it flagged)")
            return EXIT_REJECTED
        except InvalidInput as exc:
            error(f"{path}: {exc}")
            return EXIT_REJECTED
        unresolved = draft_service.unresolved_citations(store, draft.id)
        for key in unresolved:
            print(f"cwgi: warning: @{key}: {UNKNOWN}; imported and flagged", file=sys.stderr)
        count = store.blocks.count(draft.id)  # reading 30,000 blocks to count them was slow
    data = {"id": draft.id, "title": draft.title, "kind": draft.kind, "blocks": count}
    if unresolved:
        data["unresolved"] = unresolved
    emit(args, data, f"imported {draft.kind} “{draft.title}” ({count} blocks): {draft.id}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        items = [_summary(d, store.blocks.count(d.id)) for d in store.drafts.all()]
    emit(args, {"drafts": items}, lambda: "\n".join(
        f"{d['id'][:8]}  {d['kind']:<20} {d['language']:<3} {d['blocks']:>4}  {d['title']}"
        for d in items) or "no drafts")
    return EXIT_OK


def _block_dict(block: Block, number: str) -> dict[str, Any]:
    return {"id": block.id, "kind": block.kind, "level": block.level, "number": number,
            "text": block.text}


def cmd_show(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.drafting.numbering import number_blocks, numbered_paragraphs_default

    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        blocks = store.blocks.all(draft.id)
        unresolved = draft_service.unresolved_citations(store, draft.id)
    numbers = number_blocks(blocks, numbered_paragraphs_default(draft.kind))
    data = {k: v for k, v in draft.to_dict().items() if k != "deleted"}
    data["blocks"] = [_block_dict(b, numbers.get(b.id, "")) for b in blocks]
    data["unresolved"] = unresolved

    def text() -> str:
        lines = [f"{draft.title}  [{draft.kind}, {draft.language}]  {draft.id}"]
        lines += [f"{name}: {getattr(draft, name)}" for name in (
            "symbol", "source", "meeting", "agenda_item", "date", "purpose", "action",
            "references", "consultation") if getattr(draft, name)]
        lines.append("")
        for b in blocks:
            label = "ANNEX " + numbers[b.id] if b.kind == "annex" else numbers.get(b.id, "")
            body = "\n".join((" " * 12 + x) if x else "" for x in b.text.split("\n")).lstrip()
            lines.append(f"{label:>10}  {'  ' * (b.level - 1)}{body}")
        lines += [f"unresolved citation: @{k}" for k in unresolved]
        return "\n".join(lines)

    emit(args, data, text)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.drafting.frontmatter import normalise_kind

    with open_store(args) as store:
        draft = draft_service.create_draft(
                store, normalise_kind(args.kind), args.title, args.language,
                                   template=not args.empty, consultation=args.consultation)
        return _created(args, store, draft, "created")


def cmd_compile(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = draft_service.compile_consultation(store, args.consultation, group_by=args.group_by,
                                           language=args.language, title=args.title)
        return _created(args, store, draft, "compiled")


def cmd_scaffold(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        group = None
        if args.cluster:
            from cwgi_desktop.core.semantic import SemanticIndex
            from cwgi_desktop.core.semantic.clusters import group_by_meaning

            group = group_by_meaning(SemanticIndex(store))
        draft = draft_service.build_scaffold(store, args.consultation, language=args.language,
                                             title=args.title, group=group)
        return _created(args, store, draft, "scaffolded")


def cmd_annex(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        annex = draft_service.annex_contribution(store, draft.id, args.contribution)
        count = store.blocks.count(draft.id)  # reading 30,000 blocks to count them was slow
    emit(args, {"id": annex.id, "draft": draft.id, "text": annex.text, "blocks": count},
         f"annexed “{annex.text}” to “{draft.title}”")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        store.drafts.delete(draft.id)
    emit(args, {"id": draft.id, "deleted": True}, f"deleted “{draft.title}”")
    return EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        report = draft_service.coverage(store, draft.id, args.consultation)
    data = report.to_dict()

    def text() -> str:
        def docs(items: list[dict[str, Any]]) -> list[str]:
            return [f"  {d.get('label') or d['symbol']:<24} {d['source'] or '-':<28.28} "
                    f"{d['title'] or ''}"
                    for d in items] or ["  -"]

        lines = [f"coverage of “{draft.title}”"
                 + (f" against {report.consultation}" if report.consultation else ""),
                 f"cited ({len(report.cited)}):", *docs(report.cited),
                 f"not cited ({len(report.uncited)}):", *docs(report.uncited),
                 "themes without a finding: "
                 + (", ".join(t["name"] for t in report.themes_without_findings) or "-"),
                 "findings resting on one source: "
                 + (", ".join(f"{f['number']} ({f['source']})"
                              for f in report.single_source_findings) or "-"),
                 "findings citing nothing: "
                 + (", ".join(f["number"] for f in report.unsupported_findings) or "-")]
        lines += [f"unresolved citation: @{u['symbol']}" for u in report.unresolved]
        return "\n".join(lines)

    emit(args, data, text)
    return EXIT_OK


def _revision_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "draft": r.draft_id, "name": r.name, "created": r.created,
            "automatic": r.automatic, "author": r.author,
            "blocks": len(r.snapshot.get("blocks", []))}


def cmd_revision_take(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import revisions as revision_service

    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        from cwgi_desktop.cli.contributions import default_author

        r = revision_service.take_revision(store, draft.id, args.name,
                                           author=args.author or default_author())
    emit(args, _revision_dict(r), f"version “{r.name}” of “{draft.title}”: {r.id}")
    return EXIT_OK


def cmd_revision_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        items = [_revision_dict(r) for r in store.revisions.all(draft.id)]
    emit(args, {"draft": draft.id, "revisions": items}, lambda: "\n".join(
        f"{r['id'][:8]}  {r['created'][:19]}  {'auto ' if r['automatic'] else '     '}"
        f"{r['name']}" + (f"  ({r['author']})" if r["author"] else "") for r in items)
        or "no versions")
    return EXIT_OK


def _marked(changes: list[Any]) -> str:
    marks = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "equal": ("", "")}
    return "".join(marks[c.op][0] + c.text + marks[c.op][1] for c in changes)


def cmd_revision_compare(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.drafting.revisions import metadata_changes
    from cwgi_desktop.core.services import revisions as revision_service

    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        old = store.revisions.find(draft.id, args.old)
        new = store.revisions.find(draft.id, args.new) if args.new else None
        diffs = revision_service.compare(
                store, old.id, new.id if new else None, include_unchanged=False)
        meta = metadata_changes(old.snapshot, new.snapshot if new else revision_service.snapshot(
                store, draft.id))
    data = {"draft": draft.id, "from": old.id, "to": new.id if new else "current",
            "metadata": {k: {"old": a, "new": b} for k, (a, b) in meta.items()},
            "blocks": [d.to_dict() for d in diffs]}

    def text() -> str:
        lines = [f"{k}: {a!r} → {b!r}" for k, (a, b) in meta.items()]
        for d in diffs:
            if d.status == "removed":
                lines.append(f"{d.status:>9}  {_marked(d.left)}")
            elif d.status in ("changed", "moved") and d.text_changed:
                lines.append(f"{d.status:>9}  {_marked(d.left)}")
                lines.append(f"{'':>9}  {_marked(d.right)}")
            else:
                lines.append(f"{d.status:>9}  {_marked(d.right)}")
        return "\n".join(lines) or "no differences"

    emit(args, data, text)
    return EXIT_OK


def cmd_revision_restore(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import revisions as revision_service

    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        r = store.revisions.find(draft.id, args.version)
        from cwgi_desktop.cli.contributions import default_author

        revision_service.restore_revision(store, r.id, author=default_author())
        count = store.blocks.count(draft.id)
    emit(args, {"id": draft.id, "restored": r.id, "blocks": count},
         f"“{draft.title}” restored to version “{r.name}”")
    return EXIT_OK


def _export_against(store: Any, draft: Any, args: argparse.Namespace, out: Path,
                    options: Any) -> Any:
    """The draft as it is now against the `--against` version, as Word tracked changes."""
    from cwgi_desktop.core.errors import InvalidInput
    from cwgi_desktop.core.services.export import export_marked

    if args.format != "docx":
        raise InvalidInput("--against needs --format docx")
    old = store.revisions.find(draft.id, args.against)
    return export_marked(store, old.id, None, out, options, args.author)


def cmd_export(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.export import (
        DocxOptions,
        ExportError,
        prepare_export,
        write_export,
    )

    out = Path(args.out)
    docx = args.format == "docx"
    options = DocxOptions(language=args.language,
                          include_sources_annex=docx and args.sources_annex,
                          include_annotations_as_comments=docx and args.comments)
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        try:
            if args.against:
                result = _export_against(store, draft, args, out, options)
                cited = sorted(set(result.cited))
            else:
                data = prepare_export(store, draft.id, language=args.language,
                                      with_annotations=options.include_annotations_as_comments)
                result = write_export(data, out, args.format, options)
                cited = sorted(data.context.contributions)
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
        except ExportError as exc:
            for key in exc.keys:
                error(f"@{key}: {UNKNOWN}, in “{draft.title}” (nothing exported)")
            if not exc.keys:
                error(f"{out}: {exc}")
            return EXIT_REJECTED
    emit(args, {"id": draft.id, "format": args.format, "out": str(out),
                "cited": cited},
         f"exported “{draft.title}” to {out}")
    return EXIT_OK
