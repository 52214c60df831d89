"""Plain-text importer: encoding detection and paragraph splitting.

Decoding order: a byte-order mark (UTF-8/16/32) wins; then strict UTF-8; then legacy code
pages. For the latter, charset-normalizer proposes candidates and a few code pages used for
the six ITU languages are always tried (cp1252, cp1251, cp1256, gb18030, ...); each
candidate is scored by how plausible its output is for those languages (characters from
unrelated scripts, letters of different scripts glued together, lower-to-upper case flips
inside words), because on short files charset-normalizer alone often picks a wrong page.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import ImportRejected
from .document import ParsedParagraph, RawDocument, classify_plain, join_lines

REASON_BINARY = "binary data, not text"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY_CODEPAGES: tuple[str, ...] = (
    "cp1252",
    "cp1251",
    "cp1256",
    "gb18030",
    "koi8_r",
    "big5",
    "cp1250",
    "cp866",
    "cp1255",
)
_SAMPLE_BYTES = 256 * 1024

# Characters expected in text of the six ITU languages (plus common punctuation/symbols).
_UNEXPECTED_RE = re.compile(
    "[^\t\n\r\f\x20-\x7e\xa0-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u0400-\u04ff\u0591-\u05f4\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u2000-\u206f"
    "\u20a0-\u20cf"
    "\u2100-\u22ff\u2460-\u24ff\u25a0-\u25ff\u2600-\u27bf\u3000-\u303f\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\ufeff\uff00-\uff60"
    "\uffe0-\uffef]"
)
_SCRIPTS = {
    "latin": "A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff",
    "cyrillic": "\u0400-\u04ff",
    "hebrew": "\u05d0-\u05ea",
    "arabic": "\u0621-\u064a\u0671-\u06d3",
    "han": "\u3400-\u4dbf\u4e00-\u9fff",
}
MIXED_SCRIPTS_RE = re.compile(
    "|".join(f"[{a}][{b}]" for ka, a in _SCRIPTS.items() for kb, b in _SCRIPTS.items() if ka != kb)
)
# Chinese does not put spaces between ideographs; mis-decoded bytes often do.
_SPACED_HAN_RE = re.compile("[\u4e00-\u9fff] [\u4e00-\u9fff]")
CASE_FLIP_RE = re.compile(
    "[a-z\xdf-\xf6\xf8-\xff\u0430-\u044f\u0451][A-Z\xc0-\xd6\xd8-\xde\u0410-\u042f\u0401]"
)
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a]")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_RUSSIAN_VOWEL_RE = re.compile("[аеиоуыяюэёАЕИОУЫЯЮЭЁ]")
# Russian text has capitals and the letters ы ь э ю я; Hebrew read as cp1251 lands on
# lower-case а..ъ only, and read as KOI8-R on capitals only.
_RUSSIAN_LATE_RE = re.compile("[ыьэюяЁА-Я]")
_CYRILLIC_LOWER_RE = re.compile("[а-яё]")
_ACCENTED_RE = re.compile("[\xc0-\xd6\xd8-\xf6\xf8-\xff]")
# Latin-1 signs seldom written next to a letter; double-byte text (Big5, GBK) read as a
# Latin code page is full of them ("¤¤µØ¹q«H").
_SIGN_BY_LETTER_RE = re.compile(
    "[\xa2-\xa9\xac-\xaf\xb1-\xb9\xbc-\xbe\xd7\xf7](?=[^\\W\\d_])"
    "|(?<=[^\\W\\d_])[\xa2-\xa9\xac-\xaf\xb1\xb4-\xb9\xbc-\xbe\xd7\xf7]")
_LATIN_RE = re.compile("[A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff]")


def _missing_hallmarks(text: str) -> int:
    """Penalty when a script lacks its commonest features (Arabic without the article "ال",
    Cyrillic with few vowels, Latin made mostly of accented letters): typical of bytes
    decoded with the wrong code page."""
    penalty = 0
    arabic = len(_ARABIC_LETTER_RE.findall(text))
    if arabic >= 12 and text.count("ال") < arabic / 40:
        penalty += arabic // 4
    cyrillic = len(_CYRILLIC_RE.findall(text))
    if cyrillic >= 12 and (len(_RUSSIAN_VOWEL_RE.findall(text)) < 0.2 * cyrillic
                           or not _RUSSIAN_LATE_RE.search(text)
                           or len(_CYRILLIC_LOWER_RE.findall(text)) < 0.3 * cyrillic):
        penalty += cyrillic // 4
    accented = len(_ACCENTED_RE.findall(text))
    if accented >= 6 and accented > 0.3 * len(_LATIN_RE.findall(text)):
        penalty += accented // 2
    return penalty


def implausibility(text: str) -> int:
    """Lower is better: how little `text` looks like writing in an ITU language."""
    return (
        _missing_hallmarks(text)
        + len(_UNEXPECTED_RE.findall(text))
        + len(MIXED_SCRIPTS_RE.findall(text))
        + len(CASE_FLIP_RE.findall(text))
        + len(_SPACED_HAN_RE.findall(text))
        + 2 * len(_SIGN_BY_LETTER_RE.findall(text))
    )


def _decode_prefix(sample: bytes, encoding: str, complete: bool) -> str | None:
    """Strictly decode `sample`; a multi-byte sequence cut at the sample's end is forgiven."""
    try:
        return sample.decode(encoding)
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(sample) - 4:
            return sample[: exc.start].decode(encoding, errors="replace")
        return None
    except LookupError:
        return None


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 text without a BOM: every 4-byte unit a code point below U+110000, the
    top byte always 0, the next (planes) almost always, the low byte seldom: UTF-16
    text has a character's low byte where UTF-32 has the plane."""
    units = len(data) // 4
    if len(data) < 8 or len(data) % 4:
        return None
    for encoding, high, plane, low in (("utf-32-le", 3, 2, 0), ("utf-32-be", 0, 1, 3)):
        if data[high::4].count(0) == units and data[plane::4].count(0) >= 0.9 * units \
                and data[low::4].count(0) <= 0.1 * units:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM, recognised when one byte of each pair is almost always 0."""
    even, odd = data[0::2], data[1::2]
    if len(data) < 4 or len(data) % 2:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return data.decode("utf-16-le", errors="replace")
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return data.decode("utf-16-be", errors="replace")
    return None


def _legacy(data: bytes) -> tuple[str, str] | None:
    """Best legacy code page for `data` as (encoding, text), or None if nothing fits."""
    sample = data[:_SAMPLE_BYTES]
    complete = len(sample) == len(data)
    candidates: list[str] = []
    for match in from_bytes(sample):
        enc = match.encoding
        if not enc.startswith(("utf", "ascii")) and enc not in candidates:
            candidates.append(enc)
    candidates += [enc for enc in LEGACY_CODEPAGES if enc not in candidates]
    best: tuple[int, str, str] | None = None
    for enc in candidates:
        text = _decode_prefix(sample, enc, complete)
        if text is None:
            continue
        score = implausibility(text)
        if best is None or score < best[0]:
            best = (score, enc, text)
            if score == 0:
                break
    if best is None or best[0] > 2 + 0.03 * len(best[2]):
        return None
    enc = best[1]
    if complete:
        return enc, best[2]
    try:
        return enc, data.decode(enc)
    except UnicodeDecodeError:
        return enc, data.decode(enc, errors="replace")


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text file, or raise ImportRejected('binary data, not text')."""
    text: str | None = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            break
    if text is None and b"\x00" in data:
        text = _utf32_without_bom(data) or _utf16_without_bom(data)
        if text is None:
            raise ImportRejected(name, REASON_BINARY)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            found = _legacy(data)
            if found is None:
                raise ImportRejected(name, REASON_BINARY) from None
            text = found[1]
    sample = text[:_SAMPLE_BYTES]
    if len(_CONTROL_RE.findall(sample)) > 0.01 * max(len(sample), 1):
        raise ImportRejected(name, REASON_BINARY)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


_UNWRAPPED = 120
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")
_ITEM_START_RE = re.compile(r"^\s*(?:[-–—•·▪◦‣*]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z]\)\s+)")


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into paragraphs.

    Blank lines separate paragraphs; within a block, a line starting a list item starts a
    new paragraph. A text with no blank line at all has one paragraph per line, and so has a
    block whose lines are too long to be hard-wrapped (a line over `_UNWRAPPED` chars).
    """
    text = text.strip("\n")
    paragraphs: list[str] = []
    if not _BLANK_LINE_RE.search(text):
        return [p for p in (join_lines([line]) for line in text.split("\n")) if p]
    for block in _BLANK_LINE_RE.split(text):
        lines = block.split("\n")
        unwrapped = max(len(line) for line in lines[:-1]) > _UNWRAPPED if len(lines) > 1 else False
        current: list[str] = []
        for line in lines:
            if current and (unwrapped or _ITEM_START_RE.match(line)):
                paragraphs.append(join_lines(current))
                current = []
            current.append(line)
        if current:
            paragraphs.append(join_lines(current))
    return [p for p in paragraphs if p]


def parse_text(data: bytes, name: str) -> RawDocument:
    """Import a .txt file."""
    text = decode_text(data, name)
    return RawDocument([ParsedParagraph(p, classify_plain(p)) for p in split_paragraphs(text)])
