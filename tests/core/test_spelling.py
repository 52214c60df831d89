"""Spell-checking in the five checked languages: planted typos, ITU terms, skipped spans."""

from __future__ import annotations

import lzma
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cwgi_desktop.core.spelling import (
    SpellService,
    UserDictionary,
    checked_languages,
    load_checker,
    word_at,
    words_to_check,
)
from cwgi_desktop.core.spelling.dictionaries import dictionary_files, dictionary_folder
from cwgi_desktop.core.spelling.terms import user_dictionary_path

# language: (sentence with one planted typo, the typo, the right word, a correct ITU term
# that the dictionary alone does not know)
PLANTED = {
    "en": ("Affordability remains the main barrier for the goverment and Member States.",
           "goverment", "government", "multistakeholder"),
    "fr": ("La Suisse se félicite de la consultation sur la connectivté significative.",
           "connectivté", "connectivité", "cybermenaces"),
    "es": ("La conectividad significativa sigue siendo un desarollo necesario.",
           "desarollo", "desarrollo", "ciberseguridad"),
    "ru": ("Доступность остается главным препятствием, и безопастность тоже.",
           "безопастность", "безопасность", "кибербезопасность"),
    "ar": ("ترحب سويسرا بالمشاورة المفتوحة بشأن التوصيلية ودور الحكومت.",
           "الحكومت", "الحكومة", "السيبراني"),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SpellService]:
    user = UserDictionary(tmp_path_factory.mktemp("spelling") / "user.txt")
    svc = SpellService(user)
    yield svc
    svc.shutdown()


def test_the_five_languages_ship_a_dictionary_and_chinese_none() -> None:
    assert checked_languages() == ["ar", "en", "fr", "ru", "es"]
    assert dictionary_files("zh") is None


@pytest.mark.parametrize("language", list(PLANTED))
def test_a_planted_typo_is_flagged_and_an_itu_term_is_not(service: SpellService,
                                                          language: str) -> None:
    sentence, typo, _right, term = PLANTED[language]
    checker = service.load(language).result()
    assert checker is not None
    wrong = checker.misspelt(sentence)
    assert [w.text for w in wrong] == [typo]
    assert sentence[wrong[0].start:wrong[0].end] == typo
    assert checker.misspelt(f"{term} {sentence}")[0].text == typo  # the term passes
    assert not checker.engine.spell(term), "the term should need the ITU list"
    assert checker.check(term)


@pytest.mark.parametrize("language", list(PLANTED))
def test_suggestions_contain_the_right_word(service: SpellService, language: str) -> None:
    _sentence, typo, right, _term = PLANTED[language]
    assert right in service.suggest(language, typo, timeout=None)[:3]


def test_citations_symbols_urls_and_numbers_are_not_checked() -> None:
    text = ("As [@C26/77-E ¶3; @CWG-Internet-22/4-E] notes, see C26/77 and "
            "CWG-Internet-22/4-E at https://www.itu.int/md/S26-CL-C-0077/xqzw or "
            "mailto rapporteur.xqzw@itu.int, `xqzwcode`, [link](http://x.int/xqzw), "
            "in 2026 with 5G, IPv6, 1,5 %, ITU-T, WSIS+20 and xqzwreal.")
    assert [w.text for w in words_to_check(text) if w.text.startswith("xqzw")] == ["xqzwreal"]
    assert not any(w.text in {"CWG", "Internet", "E", "C", "itu", "md"}
                   for w in words_to_check("[@CWG-Internet-22/4-E] C26/77-E"))


def test_words_keep_their_marks_and_apostrophes() -> None:
    assert [w.text for w in words_to_check("مُنظَّمة l’accès country's")] == [
        "مُنظَّمة", "l'accès", "country's"]
    assert word_at("the goverment said", 7) == words_to_check("the goverment said")[1]
    assert word_at("the goverment said", 3) is not None


def test_add_to_my_dictionary_persists_in_the_data_folder(tmp_path: Path) -> None:
    path = user_dictionary_path()
    assert path.is_relative_to(os.environ["CWGI_DATA_DIR"])  # redirected by conftest.py
    checker = load_checker("en", UserDictionary())
    assert checker is not None and not checker.check("Xqzwland")
    checker.add_to_dictionary("Xqzwland")
    assert path.read_text(encoding="utf-8") == "Xqzwland\n"
    again = load_checker("fr", UserDictionary())  # one word list for every language
    assert again is not None and again.check("Xqzwland") and again.check("xqzwland") is False


def test_ignore_lasts_for_the_session_only(service: SpellService) -> None:
    checker = service.load("en").result()
    assert checker is not None and not checker.check("Qwzzyville")
    checker.ignore("Qwzzyville")
    assert checker.status("Qwzzyville") is True
    assert not load_checker("en", UserDictionary(Path(checker.user.path))).check("Qwzzyville")


def test_hyphenated_words_are_right_when_their_parts_are(service: SpellService) -> None:
    checker = service.load("en").result()
    assert checker is not None
    assert checker.misspelt("state-of-the-art multi-stakeholder co-operation") == []
    assert [w.text for w in checker.misspelt("state-of-the-atr")] == ["state-of-the-atr"]


def test_a_missing_dictionary_means_no_checking(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CWGI_DICTIONARY_DIR", str(tmp_path))
    svc = SpellService(UserDictionary(tmp_path / "u.txt"))
    try:
        assert svc.load("fr").result() is None
        assert "fr_FR.aff: dictionary file not found" in svc.errors["fr"]
        assert svc.load("zh").result() is None
    finally:
        svc.shutdown()


def test_arabic_terms_are_known_with_a_joined_conjunction_or_preposition(
        service: SpellService) -> None:
    checker = service.load("ar").result()
    assert checker is not None
    assert not checker.engine.spell("والسيبراني")
    assert checker.misspelt("والسيبراني وبالسيبرانية للسيبراني") == []
    assert [w.text for w in checker.misspelt("والحكومت")] == ["والحكومت"]


def _shipped_compressed(tmp_path: Path, stem: str = "en_GB") -> Path:
    """A dictionary folder as the frozen bundle ships it: .aff plain, .dic as .dic.xz."""
    folder = tmp_path / "shipped"
    (folder / "itu_terms").mkdir(parents=True)
    source = dictionary_folder()
    shutil.copy(source / f"{stem}.aff", folder)
    (folder / f"{stem}.dic.xz").write_bytes(
        lzma.compress((source / f"{stem}.dic").read_bytes(), preset=0))
    return folder


def test_a_compressed_word_list_is_expanded_into_the_cache_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = dictionary_folder() / "en_GB.dic"
    monkeypatch.setenv("CWGI_DICTIONARY_DIR", str(_shipped_compressed(tmp_path)))
    monkeypatch.setenv("CWGI_CACHE_DIR", str(tmp_path / "cache"))
    assert checked_languages() == ["en"]
    assert not (tmp_path / "cache").exists(), "listing the languages expands nothing"

    files = dictionary_files("en")
    assert files is not None
    aff, dic = files
    assert dic.parent == aff.parent == tmp_path / "cache" / "dictionaries"
    assert aff.stem == dic.stem, "chunspell's Cython class finds the .aff by the .dic's name"
    assert dic.read_bytes() == source.read_bytes()
    assert aff.read_bytes() == source.with_suffix(".aff").read_bytes()
    made = dic.stat().st_mtime_ns
    checker = load_checker("en", UserDictionary(tmp_path / "u.txt"))
    assert [w.text for w in checker.misspelt(PLANTED["en"][0])] == ["goverment"]
    assert dictionary_files("en") == files
    assert dic.stat().st_mtime_ns == made, "expanded once, then reused"

    # A newer bundle's list replaces the older copy.
    packed = tmp_path / "shipped" / "en_GB.dic.xz"
    packed.write_bytes(lzma.compress(source.read_bytes() + b"Xqzwlandie\n", preset=0))
    newer = dictionary_files("en")
    assert newer is not None and newer[1] != dic
    assert sorted(p.name for p in dic.parent.iterdir()) == [p.name for p in newer]


def test_a_damaged_compressed_word_list_is_a_one_line_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _shipped_compressed(tmp_path)
    (folder / "en_GB.dic.xz").write_bytes(b"not xz at all")
    monkeypatch.setenv("CWGI_DICTIONARY_DIR", str(folder))
    svc = SpellService(UserDictionary(tmp_path / "u.txt"))
    try:
        assert svc.load("en").result() is None
        error = svc.errors["en"]
        assert "en_GB.dic.xz: cannot expand the dictionary" in error
        assert "\n" not in error
    finally:
        svc.shutdown()
