"""The fast paths of core.textnorm (issue 15) give exactly what the plain definitions give:
the index of a store made before them must still match, and a contentless FTS5 row is
deleted only with the very text it indexed."""

from __future__ import annotations

import random
import re
import unicodedata

from cwgi_desktop.core import textnorm
from cwgi_desktop.core.importers.document import normalise, without_surrogates

_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0640\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_CJK = "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_CHAR = re.compile(f"([{_CJK}])")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(rf"[{_CJK}]+|[^\W_]+(?:['’][^\W_]+)*")
_WS = re.compile(r"[^\S\u00a0\u202f]+")


def _plain(text: str) -> str:
    return text.lower() if text.isascii() else _COMBINING.sub(
        "", unicodedata.normalize("NFKD", text)).casefold()


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else _CJK_CHAR.sub(r" \1 ", _plain(text))


def _word_count(text: str) -> int:
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK_CHAR.findall(text))
    return cjk + len(_CJK_RUN.sub(" ", text).split()) if cjk else len(text.split())


def _normalise(text: str) -> str:
    text = text.replace("\u00ad", "")
    if "\u00a0" in text or "\u202f" in text:
        return _WS.sub(" ", text).strip()
    return " ".join(text.split())


POOLS = ("abcXYZ Éé àçÇ ñ ß ǰ İ ΐ Σς ﬁ ①", "Привет мир ЁЙ й ё", "النفاذ إلى الإنترنت َُِّ ٢",
         "人工智能 互联网 한국어 ｱｲｳ ﾊﾟ 豈", "कि़ ् ा", "\u0301\u0323e\u0302o\u0308\u0304",
         " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2009\u2028\u2029\u202f\u3000\u00ad¨´",
         "\ud800\udfff")


def _texts(count: int) -> list[str]:
    rng = random.Random(15)
    out = []
    for _ in range(count):
        pool = "".join(rng.sample(POOLS, rng.randint(1, 3)))
        out.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 60))))
    return out


def test_folding_word_counts_and_terms_match_their_definitions() -> None:
    for text in _texts(6000):
        text = text.encode("utf-8", "replace").decode("utf-8") if "\ud800" in text else text
        assert textnorm.fold(text) == _fold(text), repr(text)
        assert textnorm.fold_plain(text) == _plain(text), repr(text)
        assert textnorm.word_count(text) == _word_count(text), repr(text)
        assert textnorm.query_terms(text) == [m.group(0) for m in _WORD.finditer(_plain(text))]
        assert textnorm._is_cjk_run(text) == bool(_CJK_RUN.fullmatch(text)), repr(text)
        folded, offsets = textnorm._folded_with_offsets(text)
        chars = [(f, i) for i, c in enumerate(text) for f in textnorm.fold_char(c)]
        assert (folded, offsets) == ("".join(f for f, _ in chars), [i for _, i in chars])


def test_paragraph_whitespace_and_surrogates_match_their_definitions() -> None:
    for text in _texts(6000):
        assert normalise(text) == _normalise(text), repr(text)
        assert without_surrogates(text) == re.sub("[\ud800-\udfff]", "\ufffd", text)
