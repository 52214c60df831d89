"""`cwgi-desktop`: start the application on a store file.

    cwgi-desktop [--db PATH] [--smoke-test]

The store is `--db PATH`, else `$CWGI_DB`, else the store open when the application last
closed, else `cwgi.sqlite3` in the user data folder (created on the first run).
`--smoke-test` (or `--smoke`) opens the window on the store, lets the event loop turn and
exits 0 (used to check that a frozen build starts); it prints the reason and exits 2 when
the store cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_STARTED = time.perf_counter()  # before Qt is imported: the smoke test reports from here

from PySide6.QtCore import QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cwgi_desktop.core.paths import APP_NAME, default_db_path  # noqa: E402

SMOKE_POLL_MS = 20


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Our options; anything else (e.g. Qt's `-platform offscreen`) is left in `qt_args`."""
    parser = argparse.ArgumentParser(prog="cwgi-desktop",
                                     description="Read, search and annotate contributions.")
    parser.add_argument("--db", type=Path, default=None, help="the store file to open")
    parser.add_argument("--smoke-test", "--smoke", dest="smoke_test", action="store_true",
                        help="open the window and quit at once (checks the build starts)")
    args, qt_args = parser.parse_known_args(list(argv))
    args.qt_args = qt_args
    return args


def install_translations(app: QApplication, language: str = "") -> list[QTranslator]:
    """Qt's own strings and ours for `language` ('' = the system's); see ui/languages.py."""
    from cwgi_desktop.ui.languages import install_translations as install
    from cwgi_desktop.ui.languages import installed_translators

    install(app, language)
    return installed_translators()


def _spelling_smoke() -> str:
    """One line proving the shipped dictionaries and Hunspell work (frozen bundles too)."""
    from cwgi_desktop.core.spelling import UserDictionary, load_checker
    from cwgi_desktop.core.spelling.engine import binding_name

    checker = load_checker("en", UserDictionary())
    fixed = checker.suggest("goverment")[:1] if checker and not checker.check("goverment") \
        else []
    return f"spelling: {binding_name()}; goverment -> {', '.join(fixed) or '?'}"


def _finish_smoke(app: QApplication, window: Any, path: Path, tries: int = 500) -> None:
    """Once the window is shown with the first page of the list: say what was opened and how
    long it took, close, quit."""
    loading = window.db.pending or window.model.total is None or not window.isVisible()
    if loading and tries > 0:
        QTimer.singleShot(SMOKE_POLL_MS, lambda: _finish_smoke(app, window, path, tries - 1))
        return
    menu = window.menuBar().actions()[0].text()
    usable_ms = (time.perf_counter() - _STARTED) * 1000
    print(f"smoke test: {path}: {window.model.total} contributions; File menu: {menu}; "
          f"usable after {usable_ms:.0f} ms")
    print(_spelling_smoke())
    window.close()
    app.quit()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application; returns the exit status (2 when the store cannot be opened in
    smoke mode)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0],
                                                                          *args.qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("CWGI Desktop")
    app.setOrganizationName(APP_NAME)

    from cwgi_desktop.ui.session import StoreSession, check_store, default_store_for
    from cwgi_desktop.ui.settings import Settings
    from cwgi_desktop.ui.theme import ThemeWatcher

    settings = Settings()
    install_translations(app, settings.language)
    ThemeWatcher(app, settings.colour_scheme)
    path = args.db or default_store_for(settings, default_db_path())  # honours CWGI_DB
    if args.smoke_test:
        from cwgi_desktop.core.services.backups import missing_store_problem

        # Never an empty store where the user had one (its backups, the recent stores).
        problem = (missing_store_problem(path, settings.backup_dir(), settings.recent_stores)
                   or check_store(path))
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
    session = StoreSession(settings, first_run=not args.smoke_test)
    window = session.open(path)
    if args.smoke_test and window is not None:
        QTimer.singleShot(0, lambda: _finish_smoke(app, window, path))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
