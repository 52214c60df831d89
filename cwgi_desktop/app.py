"""`cwgi-desktop`: start the application on a store file.

    cwgi-desktop [--db PATH] [--smoke-test]

The store is `--db PATH`, else `$CWGI_DB`, else `cwgi.sqlite3` in the user data folder.
`--smoke-test` opens the window, lets the event loop turn once and exits 0 (used to check
a frozen build starts).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from cwgi_desktop.core.errors import StoreError
from cwgi_desktop.core.paths import APP_NAME, default_db_path


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Our options; anything else (e.g. Qt's `-platform offscreen`) is left in `qt_args`."""
    parser = argparse.ArgumentParser(prog="cwgi-desktop",
                                     description="Read, search and annotate contributions.")
    parser.add_argument("--db", type=Path, default=None, help="the store file to open")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window and quit at once (checks the build starts)")
    args, qt_args = parser.parse_known_args(list(argv))
    args.qt_args = qt_args
    return args


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings and ours (resources/translations/cwgi_desktop_<lang>.qm) if shipped."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    folder = resources.files("cwgi_desktop").joinpath("resources", "translations")
    if folder.is_dir():
        ours = QTranslator(app)
        if ours.load(locale, "cwgi_desktop", "_", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def check_store(path: Path) -> str | None:
    """A reason the store cannot be used, or None (opened and closed on this thread)."""
    from cwgi_desktop.core.store import Store

    try:
        Store(path).close()
    except StoreError as exc:
        return str(exc)
    except OSError as exc:
        return f"{path}: {exc}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the application; returns the exit status (2 when the store cannot be opened)."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *args.qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("CWGI Desktop")
    app.setOrganizationName(APP_NAME)
    install_translations(app)

    from cwgi_desktop.ui.main_window import MainWindow
    from cwgi_desktop.ui.settings import Settings

    path = args.db or default_db_path()
    problem = check_store(path)  # before the worker opens it: a clear message, not a log
    if problem is not None:
        if args.smoke_test:
            print(problem, file=sys.stderr)
        else:
            QMessageBox.critical(None, app.translate("main", "Cannot open the store"), problem)
        return 2
    window = MainWindow(path, Settings())
    window.show()
    if args.smoke_test:
        QTimer.singleShot(500, lambda: (window.close(), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
