"""Qt's ICU data cut for the bundle (build/icu_data.py) keeps what the six languages use.

Fast: it filters the installed PySide6's libicudata and runs Qt on the result (through
LD_LIBRARY_PATH, which the loader searches before Qt's own RUNPATH).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))

import icu_data  # noqa: E402

PySide6 = pytest.importorskip("PySide6")
LIBRARIES = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
pytestmark = pytest.mark.skipif(not LIBRARIES or shutil.which("cc") is None,
                                reason="Linux PySide6 with its own ICU, and a C compiler")

PROBE = r"""
import functools, sys
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication(sys.argv)
words = ["cote", "côte", "coté", "côté", "Zèbre", "éclair", "ñandú", "nube", "中国", "北京",
         "上海", "яблоко", "ёж", "ель", "عربي", "أحمد"]
for lang in ("fr", "en", "es", "ru", "ar", "zh", "de"):
    key = functools.cmp_to_key(QCollator(QLocale(lang)).compare)
    print(lang, " ".join(sorted(words, key=key)))
    print(lang, QTimeZone(b"Europe/Paris").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(lang)))
for name in ("windows-1251", "windows-1256", "KOI8-R", "ISO-8859-6", "GB18030", "GBK",
             "Big5", "Shift_JIS"):
    print(name, QStringDecoder(name).isValid())
"""


def _probe(library_dir: Path | None) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout.splitlines()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    target = tmp_path_factory.mktemp("icu") / LIBRARIES[-1].name
    old, new = icu_data.build_library(LIBRARIES[-1], target)
    return target, old, new


def test_the_data_shrinks_to_a_quarter_and_keeps_the_six_languages(
        small: tuple[Path, int, int]) -> None:
    target, old, new = small
    assert new < old / 3, (old, new)
    _header, items = icu_data.read_items(icu_data.filtered_blob(target.read_bytes())[1])
    names = {name.split("/", 1)[1] for name, _ in items}
    for kept in ("coll/root.res", "coll/ucadata.icu", "coll/fr.res", "coll/zh.res",
                 "coll/res_index.res", "zone/ar.res", "zone/pool.res", "fr_CA.res",
                 "zh_Hant_TW.res", "root.res", "res_index.res", "metaZones.res",
                 "zoneinfo64.res", "cnvalias.icu", "gb18030.cnv", "nfkc.nrm"):
        assert kept in names, kept
    for dropped in ("coll/de.res", "ja.res", "zone/ko.res", "brkitr/cjdict.dict",
                    "translit/root.res", "euc-tw-2014.cnv"):
        assert dropped not in names, dropped


def test_qt_sorts_names_and_decodes_the_same_with_the_small_data(
        small: tuple[Path, int, int]) -> None:
    full = _probe(None)
    cut = _probe(small[0].parent)
    differ = [(a, b) for a, b in zip(full, cut, strict=True) if a != b]
    # Only what the cut leaves out: German time-zone names (root's English instead) and
    # the Japanese character set; German sorting is root's order, as before.
    assert [(a.split()[0], b) for a, b in differ] == [
        ("de", "de Central European Standard Time"), ("Shift_JIS", "Shift_JIS False")], differ
    assert "fr heure normale d’Europe centrale" in cut
    assert any(line.startswith("zh 北京 上海 中国") for line in cut)  # pinyin order
