"""Started by bench_window.py in a fresh process: time to a usable window, and memory.

`usable` = the window is shown and the first page of the contribution list is on screen.
Prints one JSON line. With --floor, shows a bare QMainWindow instead (the baseline).

The window opens as it does after the first run: its author is known ($CWGI_AUTHOR, as
the benches set it), so it does not ask for the name. (bench_process.py byte-compiles the
package first, as an install has it.)
"""

from __future__ import annotations

import json
import os
import sys
import time

START = time.perf_counter()


def since_process_start() -> float:
    """Seconds since this process was started (interpreter start-up included)."""
    with open("/proc/self/stat") as f:
        start_ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as f:
        uptime = float(f.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    if "--floor" in sys.argv:
        window = QMainWindow()
        window.show()
        app.processEvents()
        print(json.dumps({"usable_s": time.perf_counter() - START,
                          "process_usable_s": since_process_start(), "rss_mb": rss_mb()}))
        return
    from cwgi_desktop.ui.main_window import MainWindow
    from cwgi_desktop.ui.settings import Settings

    settings = Settings()
    settings.author = os.environ.get("CWGI_AUTHOR", "") or "Bench"
    window = MainWindow(sys.argv[1], settings)
    window.show()
    result: dict[str, float] = {}

    def poll() -> None:
        if window.model.rowCount() > 0 and "usable_s" not in result:
            result["usable_s"] = time.perf_counter() - START
            result["process_usable_s"] = since_process_start()
            result["rows"] = window.model.rowCount()
            # Let the rest of the start-up work (facets, counts) settle, then measure memory.
            QTimer.singleShot(1500, finish)
        elif "usable_s" not in result:
            QTimer.singleShot(5, poll)

    def finish() -> None:
        result["rss_mb"] = rss_mb()
        print(json.dumps(result))
        window.close()
        app.quit()

    QTimer.singleShot(0, poll)
    app.exec()


if __name__ == "__main__":
    main()
