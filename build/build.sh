#!/usr/bin/env bash
# Build the one-folder application into dist/cwgi-desktop (translations first).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q -e '.[build]'
"$PY" build/translations.py build
"$PY" -m PyInstaller build/cwgi.spec --noconfirm --clean --workpath pyi-work --distpath dist
du -sh dist/cwgi-desktop
