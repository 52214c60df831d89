"""The demo consultation shipped with the application: install it into a store.

Six short fictional contributions (English and French versions of one document, then
Spanish, Arabic, Chinese and Russian), written for this project, in
`resources/demo/`, plus a few annotations that find their passages by quote. Installing
twice changes nothing: the files are recognised as duplicates and existing annotations of
the demo author are not added again.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwgi_desktop.core.errors import CwgiError
from cwgi_desktop.core.store import AnnotationFilter, Store

if TYPE_CHECKING:  # importlib.resources.abc from Python 3.11
    from importlib.abc import Traversable

DEMO_CONSULTATION = "Demo consultation"
DEMO_FOLDER = ("resources", "demo")
ANNOTATIONS_FILE = "annotations.json"


@dataclass
class DemoReport:
    """What installing the demo did."""

    imported: int = 0
    duplicates: int = 0
    annotations: int = 0
    problems: list[str] = field(default_factory=list)


def _demo_folder() -> Traversable:
    folder = resources.files("cwgi_desktop")
    for part in DEMO_FOLDER:
        folder = folder / part
    return folder


def demo_files() -> list[str]:
    """Names of the demo contributions, in import order."""
    folder = _demo_folder()
    return sorted(entry.name for entry in folder.iterdir()
                  if entry.name.endswith((".txt", ".md")))


def demo_annotations() -> dict[str, Any]:
    ref = _demo_folder() / ANNOTATIONS_FILE
    return json.loads(ref.read_text(encoding="utf-8"))


def install_demo(store: Store, consultation: str = DEMO_CONSULTATION) -> DemoReport:
    """Import the demo contributions into `store` and add the demo annotations."""
    report = DemoReport()
    folder = _demo_folder()
    with contextlib.ExitStack() as stack:
        paths: list[Path] = [stack.enter_context(resources.as_file(folder.joinpath(name)))
                             for name in demo_files()]
        from cwgi_desktop.core.services import importing  # the importers load when the demo does

        result = importing.import_paths(store, paths, consultation=consultation)
    report.imported = len(result.imported)
    report.duplicates = len(result.duplicates)
    report.problems += [f"{Path(r['path']).name}: {r['reason']}" for r in result.rejected]
    data = demo_annotations()
    author = str(data.get("author") or "Demo")
    for theme in data.get("themes", []):
        if store.themes.find(theme["name"]) is None:
            parent = store.themes.find(theme["parent"]) if theme.get("parent") else None
            store.themes.add(theme["name"], parent_id=parent.id if parent else None,
                            colour=theme.get("colour", "#f6c343"))
    for item in data.get("annotations", []):
        try:
            contribution = store.contributions.resolve(item["symbol"])
        except CwgiError as exc:
            report.problems.append(f"{item['symbol']}: {exc}")
            continue
        who = str(item.get("author") or author)
        existing = store.annotations.all(AnnotationFilter(contribution_id=contribution.id,
                                                      author=who))
        if any(a.quote == item["quote"] for a in existing):
            continue
        themes = [t.id for name in item.get("themes", []) if (t := store.themes.find(name))]
        colour = next((t.colour for name in item.get("themes", [])
                       if (t := store.themes.find(name))), "#f6c343")
        try:
            store.annotations.add(contribution.id, author=who, quote=item["quote"],
                                 note=item.get("note", ""), themes=themes, colour=colour)
        except CwgiError as exc:
            report.problems.append(f"{item['symbol']}: {exc}")
            continue
        report.annotations += 1
    return report
