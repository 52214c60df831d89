"""`cwgi qda export|import`, `cwgi codebook export|import`, `cwgi csl`: exchange with the
tools delegates use (QualCoder, NVivo, ATLAS.ti, MAXQDA through REFI-QDA; Zotero through
CSL-JSON).

A refused file prints one line (`cwgi: error: FILE: reason`), changes nothing, and exits 1.
"""

from __future__ import annotations

import argparse
import sys

from cwgi_desktop.cli.common import EXIT_OK, EXIT_USAGE, add_json_flag, command, emit, open_store


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


def _n(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _with_skipped(line: str, skipped: list[str]) -> str:
    return "\n".join([line, *(f"  skipped: {item}" for item in skipped)])


def cmd_codebook_export(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import qda

    with open_store(args) as store:
        count = qda.export_codebook(store, args.out)
    emit(args, {"out": args.out, "codes": count}, f"wrote {args.out}: {_n(count, 'theme')}")
    return EXIT_OK


def cmd_codebook_import(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services import qda

    with open_store(args) as store:
        report = qda.import_codebook(store, args.file)
    emit(args, vars(report), f"{args.file}: {report.line()}")
    return EXIT_OK


def cmd_csl(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.csl import export_csl_json

    with open_store(args) as store:
        count = export_csl_json(store, args.out, consultation=args.consultation)
    emit(args, {"out": args.out, "items": count}, f"wrote {args.out}: {_n(count, 'contribution')}")
    return EXIT_OK
