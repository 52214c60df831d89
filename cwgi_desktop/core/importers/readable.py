"""Is extracted text readable? And Arabic put back in logical order and plain letters.

A PDF's text is only as good as its fonts' character maps: a CID font without a usable
ToUnicode map yields glyph numbers (PDFium flags them; they become U+FFFD here) or
letters of the wrong alphabet. Such text must never be imported silently, so a file made
mostly of it is rejected with the reason, scored with the .txt importer's signs of a
wrong code page that hold in any language (`misdecoding`).

Some producers store Arabic shaped into presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF)
and in visual order (left to right as displayed). Searching needs plain letters in
logical order: the forms tell the order (a word's first letter in logical order takes an
initial or isolated form, never a final one), and NFKC gives the plain letters back.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import ImportRejected
from .text import CASE_FLIP_RE, MIXED_SCRIPTS_RE

# Share of characters without a mapping above which a file is refused rather than imported
# with marks. Below it, the few marks stay visible in the text (never silently dropped).
MAX_UNREADABLE_SHARE = 0.05
REASON_NO_UNICODE = ("unreadable text: {share}% of the characters have no Unicode mapping "
                     "in the PDF's fonts (CID fonts without a ToUnicode map)")
REASON_MISDECODED = ("unreadable text: the PDF's fonts map characters to the wrong letters "
                     "(a broken ToUnicode map)")

_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# Glyph numbers mapped into the private use area or the C1 controls: never text.
_NOT_TEXT_RE = re.compile("[\x80-\x9f\ue000-\uf8ff]")
_LATIN_LETTER_RE = re.compile("[A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\u024f]")
_LATIN_VOWEL_RE = re.compile("[AEIOUYaeiouy\xc0-\xc6\xc8-\xcf\xd2-\xd6\xd9-\xdd"
                             "\xe0-\xe6\xe8-\xef\xf2-\xf6\xf9-\xfd\xff]")
_FORMS_RE = re.compile("[\ufb00-\ufdff\ufe70-\ufefe]")
_ARABIC_FORM_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_ARABIC_RE = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefe]")


def check_readable(name: str, texts: list[str]) -> None:
    """Raise ImportRejected when the extracted `texts` are not readable text."""
    sample = "\n".join(texts)[:200_000]
    visible = sum(1 for ch in sample if not ch.isspace())
    if not visible:
        return
    bad = len(_CONTROL_RE.findall(sample))
    if bad > MAX_UNREADABLE_SHARE * visible:
        raise ImportRejected(name, REASON_NO_UNICODE.format(share=round(100 * bad / visible)))
    if misdecoding(sample) > 5 + 0.1 * visible:
        raise ImportRejected(name, REASON_MISDECODED)


def misdecoding(text: str) -> int:
    """How much `text` looks like glyphs mapped to the wrong characters, whatever its
    language: the .txt importer's signs of a wrong code page that hold for any script
    (letters of two scripts glued together, case flipping inside words), characters that
    are never text, and Latin letters with almost no vowels (a map shifted by a constant,
    "7KH &RXQFLO"). The .txt signs tied to the six languages (unexpected scripts, missing
    "ال") are left out: a PDF in Japanese or Thai is readable text."""
    score = (len(MIXED_SCRIPTS_RE.findall(text)) + len(CASE_FLIP_RE.findall(text))
             + len(_NOT_TEXT_RE.findall(text)))
    latin = len(_LATIN_LETTER_RE.findall(text))
    if latin >= 40 and len(_LATIN_VOWEL_RE.findall(text)) < 0.2 * latin:
        score += latin
    return score


def _form(ch: str) -> str:
    """'initial', 'medial', 'final', 'isolated' or '' for a presentation-form character."""
    decomposition = unicodedata.decomposition(ch)
    return decomposition[1:decomposition.index(">")] if decomposition.startswith("<") else ""


def _visual_order(words: list[str]) -> bool:
    """Do the presentation forms say these words are stored in visual order?"""
    logical = visual = 0
    for word in words:
        forms = [_form(ch) for ch in word if _ARABIC_FORM_RE.match(ch)]
        if len(forms) < 2:
            continue
        if forms[0] == "final" or forms[-1] == "initial":
            visual += 1
        elif forms[0] == "initial" or forms[-1] == "final":
            logical += 1
    return visual > logical


def normalise_rtl(text: str) -> str:
    """`text` with presentation forms and ligatures replaced by plain letters (NFKC on
    U+FB00–U+FEFE only: elsewhere NFKC would change what the author wrote), Arabic
    stored in visual order put back in logical order."""
    if not _FORMS_RE.search(text):
        return text
    if _ARABIC_FORM_RE.search(text):
        words = text.split(" ")
        if _visual_order(words):
            words = [w[::-1] if _ARABIC_RE.search(w) else w for w in reversed(words)]
            text = " ".join(words)
    return _FORMS_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
