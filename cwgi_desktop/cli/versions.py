"""`cwgi draft translate DRAFT --language xx` and `cwgi draft versions DRAFT`: language
versions of a draft (see `core/store/language_versions.py`)."""

from __future__ import annotations

import argparse

from cwgi_desktop.cli.common import EXIT_OK, add_json_flag, command, emit, open_store
from cwgi_desktop.core.models import LANGUAGES


def register_versions(sub: argparse._SubParsersAction) -> None:
    """Add the language-version actions to `cwgi draft`."""
    p = command(sub.add_parser("translate", help="start a language version of a draft"),
                cmd_translate)
    p.add_argument("draft", metavar="DRAFT")
    p.add_argument("--language", required=True, choices=LANGUAGES, metavar="xx",
                   help=f"one of {', '.join(LANGUAGES)}")
    add_json_flag(p)
    p = command(sub.add_parser("versions", help="a draft's language versions, stale blocks"),
                cmd_versions)
    p.add_argument("draft", metavar="DRAFT")
    add_json_flag(p)


def cmd_translate(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        version = store.language_versions.create(store.drafts.find(args.draft).id,
                                                args.language)
        blocks = store.blocks.count(version.id)
    emit(args, {"id": version.id, "language": version.language, "blocks": blocks},
         f"{version.language} version of “{version.title}”: {version.id} ({blocks} blocks "
         "to translate)")
    return EXIT_OK


def cmd_versions(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        draft = store.drafts.find(args.draft)
        original = store.language_versions.original_of(draft.id) or draft
        items = []
        for version in store.language_versions.all(original.id):
            stale = sorted(store.language_versions.stale_block_ids(version.id))
            items.append({"id": version.id, "language": version.language, "stale": stale})
    emit(args, {"original": original.id, "language": original.language, "versions": items},
         lambda: "\n".join([f"{original.language}  {original.id}  (original)"] + [
             f"{v['language']}  {v['id']}  {len(v['stale'])} stale blocks" for v in items]))
    return EXIT_OK
