"""`cwgi qda export|import`, `cwgi codebook export|import`, `cwgi csl`: exchange with the
tools delegates use (QualCoder, NVivo, ATLAS.ti, MAXQDA through REFI-QDA; Zotero through
CSL-JSON).

A refused file prints one line (`cwgi: error: FILE: reason`), changes nothing, and exits 1.
"""

from __future__ import annotations

import argparse
import sys

from cwgi_desktop.cli.common import EXIT_OK, EXIT_USAGE, add_json_flag, command, emit, open_store
from cwgi_desktop.core.wording import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    qda = subparsers.add_parser("qda", help="REFI-QDA projects (.qdpx) for QDA software")
    sub = qda.add_subparsers(dest="qda_command", metavar="ACTION", parser_class=type(qda))
    qda.set_defaults(handler=lambda args: _usage(qda))
    p = command(sub.add_parser("export", help="write a .qdpx project"), cmd_qda_export)
    p.add_argument("out", metavar="FILE.qdpx")
    p.add_argument("--consultation", metavar="NAME", help="only this consultation")
    p.add_argument("--author", metavar="NAME", help="only this author's annotations")
    p.add_argument("--annotated-only", action="store_true",
                   help="only contributions that carry annotations")
    add_json_flag(p)
    p = command(sub.add_parser("import", help="bring a .qdpx project in"), cmd_qda_import)
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--author", metavar="NAME",
                   help="author of selections the project does not sign (default: you)")
    add_json_flag(p)

    book = subparsers.add_parser("codebook", help="the themes as a REFI-QDA codebook (.qdc)")
    bsub = book.add_subparsers(dest="codebook_command", metavar="ACTION",
                               parser_class=type(book))
    book.set_defaults(handler=lambda args: _usage(book))
    p = command(bsub.add_parser("export", help="write the themes as .qdc"), cmd_codebook_export)
    p.add_argument("out", metavar="FILE.qdc")
    add_json_flag(p)
    p = command(bsub.add_parser("import", help="add a .qdc codebook's themes"),
                cmd_codebook_import)
    p.add_argument("file", metavar="FILE.qdc")
    add_json_flag(p)

    p = command(subparsers.add_parser("sync", help="sync through a shared folder"), cmd_sync)
    p.add_argument("--folder", metavar="FOLDER",
                   help="share through this folder from now on (remembered in the store)")
    p.add_argument("--stop", action="store_true", help="stop sharing through a folder")
    p.add_argument("--status", action="store_true", help="only say where each colleague is")
    p.add_argument("--author", metavar="NAME", help="your name, shown to colleagues")
    add_json_flag(p)

    p = command(subparsers.add_parser("csl", help="contributions as CSL-JSON (for Zotero)"),
                cmd_csl)
    p.add_argument("out", metavar="FILE.json")
    p.add_argument("--consultation", metavar="NAME", help="only this consultation")
    add_json_flag(p)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def cmd_qda_export(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import qda

    with open_store(args) as store:
        report = qda.export_project(store, args.out, consultation=args.consultation,
                                    author=args.author, annotated_only=args.annotated_only)
    emit(args, {"out": args.out, **vars(report)}, f"wrote {args.out}: {report.line()}")
    return EXIT_OK


def cmd_qda_import(args: argparse.Namespace) -> int:
    from cwgi_desktop.cli.contributions import default_author
    from cwgi_desktop.core.services import qda

    with open_store(args) as store:
        report = qda.import_project(store, args.file, author=args.author or default_author())
    emit(args, vars(report), lambda: _with_skipped(f"{args.file}: {report.line()}",
                                                   report.skipped))
    return EXIT_OK


def _with_skipped(line: str, skipped: list[str]) -> str:
    return "\n".join([line, *(f"  skipped: {item}" for item in skipped)])


def cmd_codebook_export(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import qda

    with open_store(args) as store:
        count = qda.export_codebook(store, args.out)
    emit(args, {"out": args.out, "codes": count}, f"wrote {args.out}: {counted(count, 'theme')}")
    return EXIT_OK


def cmd_codebook_import(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import qda

    with open_store(args) as store:
        report = qda.import_codebook(store, args.file)
    emit(args, vars(report), f"{args.file}: {report.line()}")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from cwgi_desktop.cli.contributions import default_author
    from cwgi_desktop.core.errors import InvalidInput
    from cwgi_desktop.core.paths import default_backup_dir
    from cwgi_desktop.core.services import folder_sync

    with open_store(args) as store:
        if args.stop:
            folder_sync.set_shared_folder(store, None)
            emit(args, {"folder": None}, "stopped sharing through a folder")
            return EXIT_OK
        if args.folder:
            folder_sync.set_shared_folder(store, args.folder)
        folder = folder_sync.shared_folder(store)
        if folder is None:
            raise InvalidInput("no shared folder yet: give one with --folder")
        result = None
        if not args.status:
            result = folder_sync.sync(store, folder, author=args.author or default_author(),
                                      backup_dir=default_backup_dir())
        peers = folder_sync.status(store, folder)
        last = folder_sync.last_round(store)[1]
    data = {"folder": str(folder), "peers": [vars(p) | {"in_sync": p.in_sync} for p in peers],
            "round": vars(result) if result else None}
    lines = [f"{folder}: {folder_sync.summary_line(peers, last)}"]
    if result is not None:
        lines.append(f"  published: {result.published or 'nothing new'}; merged "
                     f"{counted(len(result.applied), 'file')} ({result.added} added, "
                     f"{result.updated} updated, {counted(result.conflicts, 'conflict')})")
        lines += [f"  waiting: {path}: {why}" for path, why in result.waiting.items()]
    emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_csl(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.csl import export_csl_json

    with open_store(args) as store:
        count = export_csl_json(store, args.out, consultation=args.consultation)
    emit(args, {"out": args.out, "items": count},
         f"wrote {args.out}: {counted(count, 'contribution')}")
    return EXIT_OK
