"""The `cwgi` command: headless access to everything the core does.

Each module of this package registers its subcommands with `register(subparsers)`. Only
the module of the command being run is imported (`COMMAND_MODULE`): `cwgi --version` or
`cwgi search` do not pay for the bundle, export or drafting stacks.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from cwgi_desktop import __version__
from cwgi_desktop.cli.common import EXIT_USAGE, error
from cwgi_desktop.core.errors import CwgiError

COMMAND_MODULES = ("contributions", "drafts", "maintenance", "bundle", "interop", "semantic")
# Which module registers each top-level command (tests/cli/test_cli_startup.py checks it).
COMMAND_MODULE = {
    **dict.fromkeys(("init", "import", "list", "show", "edit", "search", "annotate",
                     "annotations"), "contributions"),
    **dict.fromkeys(("draft", "coverage", "revision", "export"), "drafts"),
    **dict.fromkeys(("check", "backup", "backups", "restore"), "maintenance"),
    **dict.fromkeys(("bundle", "conflicts", "conflict", "review"), "bundle"),
    **dict.fromkeys(("qda", "codebook", "csl", "sync"), "interop"),
    **dict.fromkeys(("index", "related"), "semantic"),
}


def _terminal_columns() -> int:
    """shutil.get_terminal_size().columns, without importing shutil (2 ms: bz2, lzma)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's, with the width it would find (argparse makes a formatter for every
    argument added, and the first imports shutil to measure the terminal)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's usage errors, in the one-line form of the contract, exit 2.
        error(message)
        sys.exit(EXIT_USAGE)


def _modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules `argv` needs: none for --version, the command's own, or all
    (for help, or to list the valid choices of an unknown command)."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--db":
            i += 2
            continue
        if arg == "--version":
            return ()
        if not arg.startswith("-"):
            return (COMMAND_MODULE[arg],) if arg in COMMAND_MODULE else COMMAND_MODULES
        if arg in ("-h", "--help"):
            return COMMAND_MODULES
        i += 1
    return COMMAND_MODULES


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = _Parser(prog="cwgi", description="CWGI Desktop from the command line.")
    parser.add_argument("--db", metavar="PATH", help="store file (default: $CWGI_DB or the "
                        "user data folder)")
    parser.add_argument("--version", action="version", version=f"cwgi {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in modules:
        importlib.import_module(f"cwgi_desktop.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_modules_for(argv))
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
