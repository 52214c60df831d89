"""Shared plumbing of the `cwgi` command: output, errors, opening the store.

Contract: `--json` prints machine-readable JSON on stdout; errors are one line each on
stderr as `cwgi: error: <item>: <reason>`; exit 0 on success, 1 when some inputs were
rejected, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cwgi_desktop.core.paths import default_db_path

TYPE_CHECKING = False  # (not typing's: `cwgi search` does not import typing, 2 ms)
if TYPE_CHECKING:
    from typing import Any

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


def error(message: str) -> None:
    """One line on stderr, never a traceback."""
    print(f"cwgi: error: {message}", file=sys.stderr)


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """Print JSON with --json, human text otherwise."""
    if getattr(args, "json", False):
        import json

        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        out = text() if callable(text) else text
        if out:
            print(out)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def open_store(args: argparse.Namespace):  # -> Store, imported lazily to keep start-up fast
    """The store; a missing one is created only by `cwgi init` or where no store was before
    (a missing store whose backups exist is an error naming `cwgi restore`)."""
    from cwgi_desktop.core.services.opening import open_store as open_store_file

    path = db_path(args)
    present = path.is_file() and path.stat().st_size > 0  # the backups need not be looked at
    if getattr(args, "command", None) != "init" and not present:
        from cwgi_desktop.core.errors import StoreError
        from cwgi_desktop.core.paths import default_backup_dir
        from cwgi_desktop.core.services.backups import missing_store_problem

        problem = missing_store_problem(path, default_backup_dir())
        if problem is not None:
            raise StoreError(f"{problem}; bring back the newest backup with `cwgi restore` "
                             "(or start an empty store with `cwgi init`)")
    store = open_store_file(path)
    for note in store.migration_notes:  # e.g. the paragraph renumbering of an older store
        print(note, file=sys.stderr)
    return store


def command(parser: argparse.ArgumentParser, handler: Handler) -> argparse.ArgumentParser:
    parser.set_defaults(handler=handler)
    return parser
