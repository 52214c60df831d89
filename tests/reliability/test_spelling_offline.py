"""Spell-checking works with networking disabled: its dictionaries ship in the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cwgi_desktop.core.spelling import SpellService, UserDictionary, checked_languages

TYPOS = {"en": ("goverment", "government"), "fr": ("connectivté", "connectivité"),
         "es": ("desarollo", "desarrollo"), "ru": ("безопастность", "безопасность"),
         "ar": ("الحكومت", "الحكومة")}


def test_every_dictionary_loads_and_checks_without_the_network(
        tmp_path: Path, attempts: list[object]) -> None:
    service = SpellService(UserDictionary(tmp_path / "user.txt"))
    try:
        assert sorted(checked_languages()) == sorted(TYPOS)
        for language, (typo, right) in TYPOS.items():
            checker = service.load(language).result()
            assert checker is not None, service.errors
            assert [w.text for w in checker.misspelt(f"{typo} CWG-Internet")] == [typo]
            assert right in service.suggest(language, typo, timeout=None)
    finally:
        service.shutdown()
    assert attempts == []


def test_the_spelling_process_makes_no_network_system_call(tmp_path: Path) -> None:
    """Below Python too (Hunspell's C code): strace sees no AF_INET/AF_INET6 socket."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (CI installs it)")
    script = ("from pathlib import Path\n"
              "from cwgi_desktop.core.spelling import SpellService, UserDictionary\n"
              f"s = SpellService(UserDictionary(Path({str(tmp_path / 'u.txt')!r})))\n"
              "for lang in ('en', 'fr', 'es', 'ru', 'ar'):\n"
              "    assert not s.load(lang).result().check('xqzwtypo')\n"
              "print(s.suggest('en', 'goverment', timeout=None)[0])\n"
              "s.shutdown()\n")
    log = tmp_path / "strace.log"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    done = subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log),
                           sys.executable, "-c", script],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "government"
    calls = log.read_text()
    assert "AF_INET" not in calls, calls
