"""Spell-checking: dictionary size and load time per language, words checked per second,
suggestion time, and whether the planted typos' right words are suggested.

    .venv/bin/python bench/bench_spelling.py [--seconds 1.0]

Loads each shipped dictionary on the spelling service's worker (as the editor does), then
checks a realistic sentence over and over (each distinct word through Hunspell, not the
cache) and asks for the suggestions of planted typos. Baseline: the same check through
chunspell's own Cython class, which holds the GIL (`gui stall` is the longest pause a
second thread saw while the dictionary loaded).
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from common import machine, table  # noqa: E402

from cwgi_desktop.core.spelling import UserDictionary, load_checker  # noqa: E402
from cwgi_desktop.core.spelling.dictionaries import DICTIONARIES, dictionary_files  # noqa: E402
from cwgi_desktop.core.spelling.engine import CythonHunspell, binding_name  # noqa: E402
from cwgi_desktop.core.spelling.tokens import words_to_check  # noqa: E402

TEXT = {
    "en": "Affordability remains the main barrier to Internet access in least developed "
          "countries and the organization welcomes the consultation on meaningful "
          "connectivity, cybersecurity and the multistakeholder model",
    "fr": "La Suisse se félicite de la consultation sur la connectivité significative et "
          "l'accessibilité financière reste le principal obstacle à l'accès à l'Internet",
    "es": "La asequibilidad sigue siendo el principal obstáculo para el acceso a Internet en "
          "los países menos adelantados y la conectividad significativa",
    "ru": "Доступность по цене остается главным препятствием для доступа к интернету в "
          "наименее развитых странах и значимое подключение",
    "ar": "ترحب سويسرا بالمشاورة المفتوحة بشأن التوصيلية المجدية وتظل القدرة على تحمل "
          "التكاليف العائق الرئيسي أمام النفاذ إلى الإنترنت",
}
TYPOS = {
    "en": [("goverment", "government"), ("recieve", "receive"),
           ("infrastucture", "infrastructure"), ("connectivty", "connectivity")],
    "fr": [("gouvernemant", "gouvernement"), ("développemnt", "développement"),
           ("sécurté", "sécurité"), ("connectivté", "connectivité")],
    "es": [("gobiernno", "gobierno"), ("desarollo", "desarrollo"),
           ("segurdad", "seguridad"), ("conectividd", "conectividad")],
    "ru": [("правитльство", "правительство"), ("безопастность", "безопасность"),
           ("инфраструктрура", "инфраструктура"), ("подключеие", "подключение")],
    "ar": [("الحكومت", "الحكومة"), ("التنميه", "التنمية"), ("الامن", "الأمن"),
           ("المعلومت", "المعلومات")],
}


def stall_while(fn: object) -> tuple[float, float]:
    """(seconds fn took, longest gap a 5 ms ticker thread saw meanwhile)."""
    done = threading.Event()
    gaps = [0.0]

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.02)
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    took = time.perf_counter() - t0
    done.set()
    ticker.join()
    return took, max(gaps)


def words_per_second(spell: object, words: list[str], seconds: float) -> float:
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for w in words:
            spell(w)  # type: ignore[operator]
        n += len(words)
    return n / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    print(f"machine: {machine()}; binding: {binding_name()}")
    user = UserDictionary(Path("/nonexistent/user.txt"))
    rows, raw = [], {}
    total = 0
    for language in DICTIONARIES:
        aff, dic = dictionary_files(language)  # type: ignore[misc]
        size = aff.stat().st_size + dic.stat().st_size
        total += size
        box: dict[str, object] = {}
        load_s, stall_s = stall_while(lambda lang=language, box=box: box.setdefault(
            "c", load_checker(lang, user)))
        checker = box["c"]
        words = [w.text for w in words_to_check(TEXT[language])]
        wps = words_per_second(checker.engine.spell, words,  # type: ignore[attr-defined]
                               args.seconds)
        cy_stall = stall_while(lambda a=aff, d=dic, box=box: box.setdefault(
            "cy", CythonHunspell(a, d)))
        cy_wps = words_per_second(box["cy"].spell, words,  # type: ignore[attr-defined]
                                  args.seconds)
        hits, sug_times = 0, []
        for typo, right in TYPOS[language]:
            assert not checker.check(typo), typo  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            found = checker.suggest(typo)  # type: ignore[attr-defined]
            sug_times.append(time.perf_counter() - t0)
            hits += right in found[:3]
        flagged = [w for w in words if not checker.check(w)]  # type: ignore[attr-defined]
        sug_ms = sum(sug_times) / len(sug_times) * 1000
        rows.append((f"{language} load ({size / 1e6:.1f} MB)",
                     f"{load_s:.2f} s, stall {stall_s * 1000:.0f} ms",
                     f"chunspell stall {cy_stall[1] * 1000:.0f} ms", "lazy, on the worker"))
        rows.append((f"{language} check", f"{wps:,.0f} words/s", f"chunspell {cy_wps:,.0f}",
                     f"false flags: {len(flagged)}"))
        rows.append((f"{language} suggest", f"{sug_ms:.0f} ms/word",
                     f"{hits}/{len(TYPOS[language])} right in top 3", "on the worker"))
        raw[language] = {"bytes": size, "load_s": load_s, "stall_ms": stall_s * 1000,
                         "chunspell_stall_ms": cy_stall[1] * 1000, "words_per_s": wps,
                         "suggest_ms": sug_ms, "top3_hits": hits, "false_flags": flagged}
    rows.append(("dictionaries, total", f"{total / 1e6:.1f} MB", "", "bundle budget 200 MB"))
    print(table(rows))
    print(json.dumps(raw, ensure_ascii=False))


if __name__ == "__main__":
    main()
