"""The `cwgi` command: headless access to everything the core does.

Each module of this package registers its subcommands with `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cwgi_desktop import __version__
from cwgi_desktop.cli import bundle, contributions, drafts, interop, maintenance, semantic
from cwgi_desktop.cli.common import EXIT_USAGE, error
from cwgi_desktop.core.errors import CwgiError

COMMAND_MODULES = (contributions, drafts, maintenance, bundle, interop, semantic)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's usage errors, in the one-line form of the contract, exit 2.
        error(message)
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cwgi", description="CWGI Desktop from the command line.")
    parser.add_argument("--db", metavar="PATH", help="store file (default: $CWGI_DB or the "
                        "user data folder)")
    parser.add_argument("--version", action="version", version=f"cwgi {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except CwgiError as exc:
        if args.debug:
            raise
        error(str(exc))
        return 1
    except KeyboardInterrupt:
        error("interrupted")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
