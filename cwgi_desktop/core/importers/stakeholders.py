"""The stakeholder group of a contribution, guessed from who submitted it.

ITU syntheses count responses by group (Member States, Sector Members, academia, civil
society). The source line names the submitter; words in it often tell the group, in any
of the six languages, and a line that only names countries ("Brazil", "Бразилии") is
from Member States (their names in the six languages from CLDR: `countries.py`). A guess
the words do not support is left empty for the user to set in the contribution's
details, never invented.
"""

from __future__ import annotations

import re

from .countries import member_states_named

MEMBER_STATE = "Member State"
SECTOR_MEMBER = "Sector Member"
ACADEMIA = "Academia"
CIVIL_SOCIETY = "Civil society"
SECRETARIAT = "Secretariat"

# Checked in this order: a "University of the Republic" is academia, not a State.
_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (SECRETARIAT, ("secretary-general", "secrétaire général", "secretario general",
                   "генерального секретаря", "генеральный секретарь", "الأمين العام",
                   "秘书长", "chair of the cwg", "président du gtc", "secretariat",
                   "secrétariat", "secretaría")),
    (ACADEMIA, ("university", "université", "universidad", "universidade", "университет",
                "جامعة", "大学", "academy of sciences", "académie", "academia",
                "institute of technology", "research institute", "institut de recherche",
                "instituto de investigación", "научно-исследовательск", "研究院", "研究所")),
    (SECTOR_MEMBER, ("corporation", "company", "telecom", "operator", "société anonyme",
                     "opérateur", "empresa", "operador", "компания", "оператор", "شركة",
                     "公司", "集团")),
    (CIVIL_SOCIETY, ("association", "society", "foundation", "network", "coalition",
                     "ngo", "non-governmental", "fondation", "réseau", "asociación",
                     "fundación", "red ", "comunitari", "sociedad civil", "ассоциаци",
                     "фонд", "общество", "جمعية", "مؤسسة", "شبكة", "协会", "基金会", "学会",
                     "联盟")),
    (MEMBER_STATE, ("republic", "kingdom", "federation", "state of", "states of",
                    "emirates", "principality", "sultanate", "administration of",
                    "government of", "ministry", "république", "royaume", "fédération",
                    "gouvernement", "ministère", "república", "reino", "federación",
                    "gobierno", "ministerio", "республик", "королевств", "федераци",
                    "правительств", "министерств", "جمهورية", "مملكة", "دولة", "حكومة",
                    "وزارة", "الإمارات", "émirats", "emiratos", "共和国", "王国", "联邦",
                    "政府")),
)


# Company suffixes are short: matched as whole words only ("Inc." but not "inclusion").
_COMPANY_SUFFIX = re.compile(r"\b(?:inc|ltd|llc|plc|gmbh|s\.a|corp|co\.,? ltd)\b\.?")


def stakeholder_group(source: str | None) -> str | None:
    """The group whose words occur in `source`, or None when nothing tells."""
    if not source:
        return None
    text = " " + re.sub(r"\s+", " ", source.casefold()) + " "
    for group, words in _GROUPS:
        if group == SECTOR_MEMBER and _COMPANY_SUFFIX.search(text):
            return group
        if any(word in text for word in words):
            return group
    if member_states_named(source):
        return MEMBER_STATE
    return None
