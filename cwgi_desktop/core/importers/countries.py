"""Member States by name, in the six languages, from the Unicode CLDR (through Babel).

A source line that names only countries ("Brazil", "Brésil", "Бразилии", "البرازيل",
"巴西", "Brazil, India and South Africa", "Grand Duchy of Luxembourg",
"Brazil (Federative Republic of)") is from Member States. CLDR gives each country's
common name in every language; the long forms are recognised by stripping their
"Republic of", "Kingdom of", ... prefix (or the ITU-style parenthesis), and Russian source
lines, which name the submitter in the genitive ("Вклад Бразилии"), by the usual endings.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

# ISO 3166 codes of the 194 ITU Member States (the 193 UN members and the Holy See).
MEMBER_STATE_CODES: frozenset[str] = frozenset("""
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MC MN ME MA MZ MM NA NR
NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
UA AE GB TZ US UY UZ VU VE VN YE ZM ZW VA
""".split())
LOCALES = ("en", "fr", "es", "ru", "ar", "zh")
_AND = {"en": "and", "fr": "et", "es": "y", "ru": "и", "ar": "و", "zh": "和"}

# The words around a name in a source line ("Government of", "Administration de la"),
# then a long form's "(the) [adjectives] Republic of (the)", "République fédérative du"...
_GOVERNMENT_RE = re.compile(
    r"^(?:the\s+)?(?:government|administration)\s+of\s+(?:the\s+)?"
    r"|^(?:gouvernement|administration)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)"
    r"|^(?:gobierno|administración)\s+(?:de\s+la\s+|del\s+|de\s+)",
    re.IGNORECASE,
)
_LONG_FORM_RE = re.compile(
    r"^(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:republic|kingdom|grand\s+duchy|duchy|principality|"
    r"sultanate|state|states|emirate|federation|commonwealth|union|confederation)\s+of\s+"
    r"(?:the\s+)?"
    r"|^(?:république|royaume|grand-duché|principauté|sultanat|état|émirat|confédération)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
    r"|^(?:república|reino|gran\s+ducado|principado|sultanato|estado|confederación)"
    r"(?:\s+[\w'-]+){0,3}?\s+(?:de\s+la\s+|del\s+|de\s+)",
    re.IGNORECASE,
)
_PARENTHESIS_RE = re.compile(r"\s*[(（][^()（）]*[)）]\s*")
_SEPARATOR_RE = re.compile(r"(\s*(?:[,;/、，]|\band\b|\bet\b|\by\b|\bи\b|\s+و|和|及)\s*)")
_PUNCTUATION_RE = re.compile(r"[.’'`´\-–—:]+")


def _plain(text: str) -> str:
    """Casefolded, without accents, apostrophes or dashes, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_PUNCTUATION_RE.sub(" ", text).split())


def _russian_genitives(name: str) -> set[str]:
    """The genitive a Russian source line uses ("Вклад Бразилии", "Южной Кореи")."""
    def forms(word: str) -> list[str]:
        for ending, replacements in (("ия", ["ии"]), ("ая", ["ой"]), ("ые", ["ых"]),
                                     ("ий", ["ого"]), ("ый", ["ого"]), ("ой", ["ого"]),
                                     ("й", ["я"]), ("ь", ["и", "я"]), ("а", ["ы", "и"]),
                                     ("я", ["и"]), ("ы", ["ов"])):
            if word.endswith(ending):
                return [word, *(word[: -len(ending)] + r for r in replacements)]
        if word[-1:] in "оеиуюэ" or not word[-1:].isalpha():
            return [word]
        return [word, word + "а"]

    words = name.split()
    if len(words) > 4:
        return {name}
    return {" ".join(combo) for combo in itertools.product(*(forms(w) for w in words))}


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Plain name (see `_plain`) -> ISO code, for every Member State in the six languages."""
    from babel import Locale  # imported on demand: loading CLDR data takes a moment

    names: dict[str, str] = {}
    for locale in LOCALES:
        territories = Locale.parse(locale).territories
        for code in MEMBER_STATE_CODES:
            name = territories.get(code)
            if not name:
                continue
            variants = {name, _PARENTHESIS_RE.sub(" ", name), name.split(" - ")[0]}
            # CLDR writes "Trinidad & Tobago", "St. Lucia": source lines spell them out.
            variants |= {v.replace("&", _AND[locale]).replace("St. ", "Saint ")
                         for v in variants}
            if locale == "ru":
                variants |= set().union(*(_russian_genitives(v.casefold()) for v in variants))
            for variant in variants:
                plain = _plain(variant)
                if plain:
                    names.setdefault(plain, code)
    return names


def _country(part: str) -> str | None:
    names = country_names()
    for text in (part, _GOVERNMENT_RE.sub("", part.strip(), count=1)):
        plain = _plain(text)
        if plain in names:
            return names[plain]
        stripped = _plain(_LONG_FORM_RE.sub("", text.strip(), count=1))
        if stripped in names:
            return names[stripped]
    return None


def _segment(pieces: list[str]) -> list[str] | None:
    """Codes of a split of `pieces` (names alternating with separators) into country
    names, joining pieces where a name holds a separator ("Trinidad and Tobago")."""
    words = pieces[0::2]
    best: list[list[str] | None] = [[]] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(end):
            if best[start] is None:
                continue
            joined = "".join(pieces[2 * start: 2 * end - 1])
            code = _country(joined) if joined.strip() else None
            if code:
                best[end] = [*best[start], code]  # type: ignore[misc]
                break
    return best[-1]


def member_states_named(source: str) -> list[str]:
    """ISO codes of the countries `source` consists of, or [] when it names anything
    else too (an operator "China Mobile", a university of a country)."""
    text = source.strip().rstrip(".")
    candidates = [text]
    if _PARENTHESIS_RE.search(text):  # "Brazil (Federative Republic of)"
        candidates.insert(0, _PARENTHESIS_RE.sub(" ", text).strip())
    for candidate in candidates:
        codes = _segment(_SEPARATOR_RE.split(candidate)) if candidate else None
        if codes:
            return codes
    return []
