"""Tables of the metadata heuristics: symbols, source lines, labels, dates, stopwords.

Kept apart from the logic in `metadata.py` so that a new document family, source form or
month spelling is one more row, not new code.
"""

from __future__ import annotations

import functools
import re

from . import cldr_months

# ------------------------------------------------------------------------------ symbols
# Base symbols: Council documents (C26/77, C26/INF/5) and Council working-group documents
# (CWG-Internet-22/4, CWG-WSIS&SDG-40/3).
_BASE = (
    r"(?:C\d{2}/(?:(?:INF|ADM|DT)/)?\d{1,4}"
    r"|CWG-[A-Za-z&]+(?:-[A-Za-z&]+)*-\d{1,3}/(?:(?:INF|ADM|DT)/)?\d{1,4})"
)
SYMBOL_RE = re.compile(
    rf"(?<![\w/])(?P<base>{_BASE})(?:\s*\((?:Rev|Add|Corr)\.\s*\d+\))*"
    r"(?:-(?P<suffix>[EFSACR])(?![\w]))?"
)
# "Document" in the six languages, as printed before the symbol on the first page.
DOCUMENT_LABEL_RE = re.compile(r"(?:\bDocument(?:o)?\b|\bДокумент\b|الوثيقة|文件)")

# File names: C26-77-F.docx, C26_77_F, CWG-Internet-22-4-E, S26-CL-C-0077!!MSW-F.docx.
FILE_NAME_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?i)(?<![a-z0-9])S(\d{2})-CL-C-0*(\d{1,4})!!(?:MSW|PDF)-([EFSACR])"),
        "C{0}/{1}",
    ),
    (
        re.compile(
            r"(?i)(?<![a-z0-9])CWG[-_ ]([a-z&]+)[-_ ](\d{1,3})[-_ /](\d{1,4})"
            r"(?:[-_ ](?:rev\.?\d+[-_ ])?([EFSACR]))?(?![a-z0-9])"
        ),
        "CWG-{0}-{1}/{2}",
    ),
    (
        re.compile(
            r"(?i)(?<![a-z0-9])C(\d{2})[-_ ](\d{1,4})"
            r"(?:[-_ ](?:rev\.?\d+[-_ ])?([EFSACR]))?(?![a-z0-9])"
        ),
        "C{0}/{1}",
    ),
)

# ------------------------------------------------------------------------------ sources
# (pattern, kind): kind "line" keeps the whole line as the source; "name" keeps the
# `name` group (the submitter as written, minus a leading article).
SOURCE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"^Note by the Secretary[- ]General\b", "line"),
        (r"^Note (?:du|de la) Secrétaire générale?\b", "line"),
        (r"^Nota (?:del|de la) Secretari[oa] General\b", "line"),
        (r"^Записка Генерального секретаря", "line"),
        (r"^مذكرة (?:من )?(?:الأمين|الامين) العام", "line"),
        (r"^秘书长的说明", "line"),
        (r"^Report (?:by|of) the (?:Chair|Vice-Chair|Secretary-General)", "line"),
        (r"^Rapport (?:du|de la) (?:Président|Vice-Président|Secrétaire général)", "line"),
        (
            r"^Informe (?:del|de la) (?:President[ea]|Vicepresident[ea]|Secretari[oa] General)",
            "line",
        ),
        (r"^(?:Отч[её]т|Доклад) (?:Председателя|заместителя Председателя|Генерального)", "line"),
        (r"^تقرير (?:رئيس|رئيسة|نائب رئيس|الأمين العام)", "line"),
        (r"^.{1,60}主席的报告$", "line"),
        (r"^(?:Joint )?[Cc]ontributions? (?:from|by|of) (?:the )?(?P<name>.+)$", "name"),
        (
            r"^Contributions? (?:commune )?(?:de la |de l['’]|des |du |d['’]|de )(?P<name>.+)$",
            "name",
        ),
        (
            r"^Contribuci[óo]n(?:es)? (?:conjunta )?"
            r"(?:de la |del |de los |de las |de )(?P<name>.+)$",
            "name",
        ),
        (r"^(?:Совместный )?[Вв]клад (?:от |из )?(?P<name>.+)$", "name"),
        (r"^مساهمة (?:مشتركة )?(?:مقدمة )?(?:من )?(?P<name>.+)$", "name"),
        (r"^(?:来自)?(?P<name>.{1,60}?)(?:提交|提出)?的(?:联合)?文稿$", "name"),
    )
)
SOURCE_MAX_CHARS = 200

# ------------------------------------------------------------------------------- labels
# First-page lines that are never the title: document number, original language, meeting,
# agenda item, summary-box labels, the working group's name.
LABEL_RE = re.compile(
    r"^(?:Document|Documento|Документ|الوثيقة|文件|Original|Оригинал|الأصل|原文|"
    r"English only|Français seulement|Sólo en inglés|Revision|Révision|Revisión|Пересмотр|"
    r"(?:Council|Conseil|Consejo|Совет|المجلس|理事会)\s*\d{4}|\d{4}\s*年理事会|"
    r"Agenda item|Point de l'ordre du jour|Punto del orden del día|Пункт повестки дня|"
    r"بند جدول الأعمال|议项|Geneva|Genève|Ginebra|Женева|جنيف|日内瓦|"
    r"Purpose|Objet|Objeto|Цель|الغرض|目的|Summary|Résumé|Resumen|Резюме|ملخص|摘要|"
    r"Action required|Suite à donner|Decisión solicitada|Решение|الإجراء المطلوب|需要理事会|"
    r"References|Références|Referencias|Справочные материалы|المراجع|参考文件|"
    r"Council Working Group|Groupe de travail du Conseil|Grupo de Trabajo del Consejo|"
    r"Рабочая группа Совета|فريق العمل التابع للمجلس|理事会.{0,30}工作组|"
    r"(?:\w+-)?\w+(?:st|nd|rd|th) meeting\b|(?:\w+-)?\w+i[èe]me réunion\b|"
    r"\w+(?:ésima|ésimo|ava|avo)\b.{0,20}reuni[óo]n\b|_{3,}|ANNEX|ANNEXE|ANEXO)",
    re.IGNORECASE,
)

# -------------------------------------------------------------------------------- dates
# Month names from the Unicode CLDR (`cldr_months`, made from Babel at build time: loading
# them at run time cost every parsing process 35 ms): wide and abbreviated, in the form
# used inside a date ("12 мая") and standing alone, for the six languages, plus the
# Levantine names (Syrian Arabic in CLDR) that Arabic documents also use.
# Spellings seen in documents but not in CLDR: without accents, with variant hamza.
_EXTRA_MONTHS = {"fevrier": 2, "aout": 8, "decembre": 12, "setiembre": 9, "ابريل": 4,
                 "إبريل": 4, "اغسطس": 8, "اكتوبر": 10, "يوليه": 7, "يونيه": 6}


@functools.lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Month name (lower case, without a final dot) -> 1..12, in the six languages."""
    months = dict(cldr_months.MONTHS)
    for name, number in _EXTRA_MONTHS.items():
        months.setdefault(name, number)
    return months


@functools.lru_cache(maxsize=1)
def date_patterns() -> tuple[re.Pattern[str], ...]:
    """Date patterns; each yields named groups year, month (number or name) and day."""
    names = sorted((re.escape(m) for m in month_numbers()), key=len, reverse=True)
    english = sorted({re.escape(n) for n in cldr_months.ENGLISH}, key=len, reverse=True)
    return (
        re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
        re.compile(
            rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|\.)?\s+(?:de\s+)?(?P<month>{'|'.join(names)})"
            rf"\.?,?\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<![\w])(?P<month>{'|'.join(english)})\.?\s+(?P<day>\d{{1,2}}),?\s+"
            rf"(?P<year>\d{{4}})(?!\d)",
            re.IGNORECASE,
        ),
        re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    )


# Meeting lines carry ranges ("28 April – 8 May 2026", "22-23 January 2026").
DATE_RANGE_RE = re.compile(
    r"\d\s*[–—]\s*\d|\d\s+[-–—]\s+\d|\d{1,2}\s*-\s*\d{1,2}\s+\w|\d\s+\w+\s*[-–—]\s*\d"
)
DATE_TAIL_RE = re.compile(r"^\s*(?:г\.|года|год)?\s*$")
ARABIC_DIGITS_RE = re.compile("[٠-٩۰-۹]")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# ---------------------------------------------------------------------------- languages
SCRIPT_PATTERNS: dict[str, re.Pattern[str]] = {
    "ar": re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"),
    "zh": re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    "latin": re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]"),
}
# Words frequent in one of the three Latin-script languages and not in the other two.
_STOPWORDS: dict[str, str] = {
    "en": "the and of to is that for with this are be by which as it from have has not or will "
    "its their should",
    "fr": "le les des et du une est dans pour sur au aux ces qui pas sont cette ont être avec "
    "leur ainsi",
    "es": "el los las del y una es por para con al como sus este esta está ser más también lo",
}
STOPWORDS: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        r"(?<![\w'’])(?:"
        + words.replace(" ", "|")
        + r")(?![\w'’])"
        + (r"|(?<![\w'’])(?:l|d|qu)['’](?=\w)" if lang == "fr" else ""),
        re.IGNORECASE,
    )
    for lang, words in _STOPWORDS.items()
}
