"""Screenshots of the window, for a person to look at (offscreen, no display needed).

    python build/screenshots.py OUT_DIR [--sizes 1366x768,1920x1080] [--languages en,fr,ar]

For each size and language: a store with the demo consultation and one draft, the window
at that size, a PNG of the Contributions and of the Drafts workspace.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from cwgi_desktop.core.services import drafts as draft_service

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def seed(path: Path) -> None:
    from cwgi_desktop.core.demo import install_demo
    from cwgi_desktop.core.store import Store

    store = Store(path)
    try:
        install_demo(store)
        consultation = store.contributions.distinct_values("consultation")[0][0]
        draft_service.build_scaffold(store, consultation, language="en")
    finally:
        store.close()


def settle(app: object, window: object, rounds: int = 60) -> None:
    import time

    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.processEvents()
        time.sleep(0.02)
    while window.db.pending:  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
        time.sleep(0.02)
    for _ in range(20):
        QCoreApplication.processEvents()
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--languages", default="en,fr,ar")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="cwgi-shots-"))
    os.environ["CWGI_CONFIG_DIR"] = str(home / "config")
    os.environ["CWGI_DATA_DIR"] = str(home / "data")
    from PySide6.QtWidgets import QApplication

    from cwgi_desktop.ui.languages import install_translations
    from cwgi_desktop.ui.main_window import MainWindow
    from cwgi_desktop.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("CWGI Desktop")
    store = home / "consultation.sqlite3"
    seed(store)
    for language in args.languages.split(","):
        install_translations(app, language)
        for size in args.sizes.split(","):
            width, height = (int(v) for v in size.split("x"))
            settings = Settings()
            settings.author = "Rapporteur"
            window = MainWindow(store, settings)
            window.resize(width, height)
            window.show()
            settle(app, window)
            window.table.selectRow(0)
            settle(app, window)
            window.grab().save(str(args.out / f"contributions-{language}-{width}.png"))
            window.workspaces.setCurrentWidget(window.drafts)
            settle(app, window)
            window.grab().save(str(args.out / f"drafts-{language}-{width}.png"))
            window.close()
            window.deleteLater()
            settle(app, window, 5)
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
