"""`cwgi check|backup|backups|restore`: integrity, copies, and getting a good store back."""

from __future__ import annotations

import argparse
from pathlib import Path

from cwgi_desktop.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    add_json_flag,
    command,
    db_path,
    emit,
    error,
    open_store,
)
from cwgi_desktop.core.paths import default_backup_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    p = command(subparsers.add_parser("check", help="check the store's integrity"), cmd_check)
    add_json_flag(p)

    p = command(subparsers.add_parser("backup", help="consistent copy of the store"),
                cmd_backup)
    p.add_argument("--out", metavar="FILE",
                   help="where to write it (default: a rotating backup in the backup folder)")
    p.add_argument("--keep", type=int, default=10, metavar="N",
                   help="rotating backups to keep (default 10)")
    add_json_flag(p)

    p = command(subparsers.add_parser("backups", help="list the rotating backups"),
                cmd_backups)
    add_json_flag(p)

    p = command(subparsers.add_parser("restore", help="replace the store with a backup"),
                cmd_restore)
    p.add_argument("backup", metavar="FILE", nargs="?",
                   help="backup file (default: the newest sound backup)")
    add_json_flag(p)


def cmd_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        error(f"{path}: no such store")
        return EXIT_REJECTED
    with open_store(args) as store:
        problems = store.check()
        counts = {"contributions": store.count_contributions(),
                  "schema_version": store.schema_version}
    for problem in problems:
        error(f"{path}: {problem}")
    emit(args, {"ok": not problems, "problems": problems, **counts},
         "ok" if not problems else "")
    return EXIT_OK if not problems else EXIT_REJECTED


def cmd_backup(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.backups import take_backup

    with open_store(args) as store:
        if args.out:
            out = store.backup(Path(args.out))
        else:
            out = take_backup(store, default_backup_dir(), "manual", keep=args.keep)
    emit(args, {"backup": str(out)}, f"backup written: {out}")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.backups import list_backups

    items = list_backups(db_path(args), default_backup_dir())
    emit(args, {"backups": [{"path": str(b.path), "taken": b.taken.isoformat(),
                             "reason": b.reason, "size": b.size} for b in items]},
         lambda: "\n".join(f"{b.taken:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<8} {b.path}"
                           for b in items) or "no backups")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cwgi_desktop.core.services.backups import newest_good_backup, restore

    target = db_path(args)
    if args.backup:
        source = Path(args.backup)
    else:
        newest = newest_good_backup(target, default_backup_dir())
        if newest is None:
            error(f"{default_backup_dir()}: no sound backup of {target.name}")
            return EXIT_REJECTED
        source = newest.path
    kept = restore(source, target)
    emit(args, {"restored": str(source), "store": str(target),
                "previous": str(kept) if kept else None},
         f"restored {source} → {target}" + (f" (previous store kept as {kept})" if kept
                                            else ""))
    return EXIT_OK
