"""What `cwgi` imports before it runs a command: only that command's stack (issue 15).

Module names, not time: a stray import of a heavy stack shows here on any machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cwgi_desktop.cli import COMMAND_MODULE, COMMAND_MODULES, build_parser

HEAVY = ("PySide6", "docx", "lxml", "markdown_it", "pypdf", "sqlite_utils",
         "cwgi_desktop.core.exchange", "cwgi_desktop.core.exporters",
         "cwgi_desktop.core.importers", "cwgi_desktop.core.drafting", "cwgi_desktop.ui")


def _imported(*argv: str) -> list[str]:
    code = ("import json, sys\nfrom cwgi_desktop.cli import main\ntry:\n"
            f"    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _heavy(modules: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    return [m for m in modules if m.startswith(HEAVY) and not m.startswith(allowed)]


def test_version_imports_no_command_and_no_stack() -> None:
    modules = _imported("--version")
    assert _heavy(modules) == []
    assert not [m for m in modules if m.startswith("cwgi_desktop.cli.")
                and m != "cwgi_desktop.cli.common"]
    assert "sqlite3" not in modules


def test_search_imports_neither_word_nor_bundles_nor_qt(tmp_path: Path) -> None:
    from cwgi_desktop.core.store import Store

    db = tmp_path / "s.sqlite3"
    Store(db).close()
    modules = _imported("--db", str(db), "search", "internet")
    assert "cwgi_desktop.cli.contributions" in modules
    assert "cwgi_desktop.cli.bundle" not in modules and "cwgi_desktop.cli.drafts" not in modules
    # The store's mixins bring their record types (drafting, exchange rows); never Word,
    # PDF, Markdown rendering, Qt, or the bundle and review readers.
    assert _heavy(modules, allowed=("cwgi_desktop.core.drafting",
                                    "cwgi_desktop.core.exchange")) == []
    assert not [m for m in modules if m.startswith(("cwgi_desktop.core.exchange.bundle",
                                                    "cwgi_desktop.core.exchange.review"))]


def test_bundle_export_and_import_never_load_word(tmp_path: Path) -> None:
    """The review reader (python-docx, lxml) belongs to `cwgi review`, not to bundles."""
    from cwgi_desktop.core.store import Store

    db = tmp_path / "s.sqlite3"
    Store(db).close()
    bundle = tmp_path / "b.cwgibundle"
    for argv in (("bundle", "export", "--out", str(bundle)), ("bundle", "import", str(bundle))):
        modules = _imported("--db", str(db), *argv)
        assert "cwgi_desktop.cli.bundle" in modules
        assert not [m for m in modules if m.startswith(("docx", "PySide6", "markdown_it",
                                                        "pypdf"))], argv
        assert not [m for m in modules if m.startswith("cwgi_desktop.core.exchange.review")]


def test_bundle_export_and_import_load_no_file_parser(tmp_path: Path) -> None:
    """A bundle is a zip of JSON: its zip limits come from `core.zip_limits`, not from the
    importers package (which loads the document parsers and lxml, ~20 ms a process)."""
    from cwgi_desktop.core.store import Store

    db = tmp_path / "s.sqlite3"
    Store(db).close()
    bundle = tmp_path / "b.cwgibundle"
    for argv in (("bundle", "export", "--out", str(bundle)), ("bundle", "import", str(bundle))):
        modules = _imported("--db", str(db), *argv)
        assert "cwgi_desktop.core.exchange.bundle" in modules, argv
        assert not [m for m in modules if m.startswith(("lxml", "cwgi_desktop.core.importers"))
                    ], argv


def test_every_command_is_mapped_to_the_module_registering_it() -> None:
    for name in COMMAND_MODULES:
        parser = build_parser((name,))
        [action] = [a for a in parser._actions if a.dest == "command"]
        registered = set(action.choices)  # type: ignore[arg-type]
        assert registered == {c for c, m in COMMAND_MODULE.items() if m == name}, name


def _imported_bare(*argv: str) -> list[str]:
    """As `_imported`, without the probe's own imports (json) among the answer."""
    code = ("import sys\nfrom cwgi_desktop.cli import main\ntry:\n"
            f"    main({list(argv)!r})\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip().splitlines()


# What `cwgi search` no longer loads (issue 15: each was milliseconds of a 70 ms process):
# the other repositories of the store, the dataclasses of core.models, typing, the
# backups look-up and what only writes or a missing store need.
NOT_FOR_SEARCH = (
    "typing", "dataclasses", "inspect", "uuid", "json", "shutil", "tempfile", "platformdirs",
    "sqlite_utils", "cwgi_desktop.core.models", "cwgi_desktop.core.atomic_files",
    "cwgi_desktop.core.services.backups", "cwgi_desktop.core.citations",
    *(f"cwgi_desktop.core.store.{m}" for m in (
        "contributions", "annotations", "draft_blocks", "drafts", "exchange", "records",
        "language_versions", "vectors")),
)


def test_search_loads_only_the_store_base_and_its_own_repository(tmp_path: Path) -> None:
    from cwgi_desktop.core.store import Store

    db = tmp_path / "s.sqlite3"
    Store(db).close()
    modules = _imported_bare("--db", str(db), "search", "société internet")
    assert "cwgi_desktop.core.store.search" in modules
    assert [m for m in NOT_FOR_SEARCH if m in modules] == []


def test_import_loads_neither_the_other_repositories_nor_pdf_nor_the_language_model(
        tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from importer_fixtures import make_contribution_docx

    make_contribution_docx(tmp_path / "in" / "C26-1-E.docx", symbol_line="Document C26/1-E")
    modules = _imported_bare("--db", str(tmp_path / "s.sqlite3"), "import", str(tmp_path / "in"))
    assert "cwgi_desktop.core.importers.docx" in modules
    unwanted = ("PySide6", "sqlite_utils", "pypdf", "pypdfium2", "py3langid", "numpy",
                "markdown_it", "docx", "cwgi_desktop.core.exchange",
                "cwgi_desktop.core.drafting", "cwgi_desktop.core.exporters",
                "cwgi_desktop.core.semantic",
                *(f"cwgi_desktop.core.store.{m}" for m in (
                    "annotations", "draft_blocks", "drafts", "exchange", "records",
                    "language_versions", "vectors", "search")))
    assert [m for m in modules if m.startswith(unwanted)] == []


def test_an_import_of_one_file_starts_no_workers(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from importer_fixtures import make_contribution_docx

    make_contribution_docx(tmp_path / "in" / "C26-1-E.docx", symbol_line="Document C26/1-E")
    modules = _imported_bare("--db", str(tmp_path / "s.sqlite3"), "import", str(tmp_path / "in"))
    assert "cwgi_desktop.core.services.import_pool" in modules
    assert [m for m in modules if m.startswith(("multiprocessing", "concurrent"))] == []


def test_draft_compile_loads_neither_uuid_nor_importlib_resources(tmp_path: Path) -> None:
    """Issue 15: `cwgi draft compile` drew its draft's id with uuid (2 ms with `platform`),
    read its templates through importlib.resources (3 ms with zipfile) and imported
    typing (2.5 ms) for annotations only."""
    from cwgi_desktop.core.store import Store

    db = tmp_path / "s.sqlite3"
    store = Store(db)
    store.contributions.add(sha256="a" * 64, paragraphs=[("A body paragraph.", "body")],
                            metadata={"symbol": "C26/1-E", "consultation": "IXP"})
    store.close()
    modules = _imported_bare("--db", str(db), "draft", "compile", "--consultation", "IXP")
    assert "cwgi_desktop.core.drafting.compilation" in modules
    assert [m for m in ("uuid", "platform", "zipfile", "importlib.resources",
                        "importlib.readers", "typing") if m in modules] == []
