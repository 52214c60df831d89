"""`cwgi index|related` and the search by meaning behind `cwgi search --semantic`."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from cwgi_desktop.cli.common import EXIT_OK, add_json_flag, command, emit, open_store
from cwgi_desktop.core.errors import InvalidInput

if TYPE_CHECKING:
    from cwgi_desktop.core.models import SearchHit
    from cwgi_desktop.core.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(subparsers.add_parser(
        "index", help="build or resume the index for search by meaning"), cmd_index)
    p.add_argument("--limit", type=int, metavar="N",
                   help="stop after N paragraphs (run again to resume)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add_json_flag(p)

    p = command(subparsers.add_parser(
        "related", help="passages making the same point, in any language"), cmd_related)
    p.add_argument("contribution", metavar="CONTRIBUTION")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--paragraph", metavar="N",
                       help="the paragraph's number as the document shows it (cwgi show)")
    where.add_argument("--index", type=int, metavar="I",
                       help="the paragraph's reading position (a search hit's paragraph)")
    p.add_argument("--limit", type=int, default=10, metavar="K")
    add_json_flag(p)


def cmd_index(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.semantic import SemanticIndex

    def progress(done: int, total: int) -> None:
        if not args.quiet:
            print(f"\rindexed {done}/{total} paragraphs", end="", file=sys.stderr, flush=True)

    with open_store(args) as store:
        report = SemanticIndex(store).build(progress=progress, limit=args.limit)
    if not args.quiet:
        print(file=sys.stderr)
    emit(args, report.to_dict(), f"{report.indexed} paragraphs indexed; "
         f"{report.done}/{report.total} in the index")
    return EXIT_OK


def cmd_related(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.semantic import SemanticIndex

    with open_store(args) as store:
        c = store.contributions.resolve(args.contribution)
        index = args.index
        if index is None:
            index = store.contributions.paragraph_index(c.id, args.paragraph)
            if index is None:
                raise InvalidInput(f"{c.symbol or c.id}: no paragraph numbered {args.paragraph}")
        elif store.contributions.paragraph_text(c.id, index) is None:
            raise InvalidInput(f"{c.symbol or c.id}: no paragraph at position {index}")
        passages = SemanticIndex(store).related_to_paragraph(c.id, index, limit=args.limit)
    emit(args, {"contribution": c.id, "paragraph": index,
                "related": [p.to_dict() for p in passages]},
         lambda: "\n".join(f"{p.score:.2f} {p.symbol or p.contribution_id} [{p.language or '?'}]"
                           f" ¶{p.number or p.paragraph}: {p.text[:120]}" for p in passages)
         or "nothing related found (has `cwgi index` run?)")
    return EXIT_OK


def semantic_search(store: Store, query: str, limit: int) -> list[SearchHit]:
    from cwgi_desktop.core.semantic import SemanticIndex

    return SemanticIndex(store).search(query, limit=limit)
