"""Issue 13: Member States known by their CLDR names, and CLDR month names for dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from babel import Locale

from cwgi_desktop.core.importers import parse_bytes
from cwgi_desktop.core.importers.countries import MEMBER_STATE_CODES, member_states_named
from cwgi_desktop.core.importers.metadata import parse_date_line
from cwgi_desktop.core.importers.stakeholders import (
    ACADEMIA,
    CIVIL_SOCIETY,
    MEMBER_STATE,
    SECTOR_MEMBER,
    stakeholder_group,
)


def test_the_member_state_list_is_the_itu_membership() -> None:
    assert len(MEMBER_STATE_CODES) == 194
    territories = Locale.parse("en").territories
    assert all(code in territories for code in MEMBER_STATE_CODES)


@pytest.mark.parametrize(("source", "codes"), [
    ("Brazil", ["BR"]),
    ("Brésil", ["BR"]),
    ("Brasil", ["BR"]),
    ("Бразилия", ["BR"]),
    ("Бразилии", ["BR"]),  # "Вклад Бразилии": Russian names the submitter in the genitive
    ("البرازيل", ["BR"]),
    ("巴西", ["BR"]),
    ("Grand Duchy of Luxembourg", ["LU"]),
    ("Grand-Duché de Luxembourg", ["LU"]),
    ("Gran Ducado de Luxemburgo", ["LU"]),
    ("Luxembourg (Grand Duchy of)", ["LU"]),  # as ITU lists its Member States
    ("the Kingdom of Saudi Arabia", ["SA"]),
    ("Federative Republic of Brazil", ["BR"]),
    ("République fédérative du Brésil", ["BR"]),
    ("Government of Japan", ["JP"]),
    ("Gouvernement du Canada", ["CA"]),
    ("Brazil, India and South Africa", ["BR", "IN", "ZA"]),
    ("Trinidad and Tobago", ["TT"]),  # "and" inside a name (CLDR writes "&")
    ("St. Kitts & Nevis", ["KN"]),
    ("Germany and France", ["DE", "FR"]),
    ("Германии", ["DE"]),
    ("Китая", ["CN"]),
    ("البرازيل والهند", ["BR", "IN"]),
    ("巴西和印度", ["BR", "IN"]),
    ("China Mobile", []),
    ("Brazil and a friend", []),
    ("Hong Kong", []),  # a territory, not a Member State
])
def test_member_states_by_their_names_in_six_languages(source: str, codes: list[str]) -> None:
    assert member_states_named(source) == codes


@pytest.mark.parametrize(("source", "group"), [
    ("Brazil", MEMBER_STATE),
    ("Grand Duchy of Luxembourg", MEMBER_STATE),
    ("Allemagne", MEMBER_STATE),
    ("Internet Society Brazil Chapter", CIVIL_SOCIETY),
    ("University of Brazil", ACADEMIA),
    ("Telecom Brazil S.A.", SECTOR_MEMBER),
])
def test_stakeholder_group_of_bare_country_names(source: str, group: str) -> None:
    assert stakeholder_group(source) == group


@pytest.mark.parametrize(("text", "iso"), [
    ("12 janv. 2026", "2026-01-12"),  # CLDR abbreviations
    ("3 sept 2026", "2026-09-03"),
    ("12 Jan 2026", "2026-01-12"),
    ("Mar 4, 2026", "2026-03-04"),
    ("12 дек. 2026 г.", "2026-12-12"),
    ("12 декабрь 2026", "2026-12-12"),  # stand-alone form
    ("12 أيار 2026", "2026-05-12"),  # Levantine, from CLDR's Syrian Arabic
    ("12 تشرين الأول 2026", "2026-10-12"),
    ("12 mayo 2026", "2026-05-12"),
    ("12 de septiembre de 2026", "2026-09-12"),
])
def test_dates_use_cldr_month_names(text: str, iso: str) -> None:
    assert parse_date_line(text) == iso


def test_the_export_month_names_are_cldrs() -> None:
    labels = json.loads((Path(__file__).parents[2] / "cwgi_desktop" / "resources"
                         / "labels.json").read_text(encoding="utf-8"))
    for language in ("en", "fr", "es", "ru", "ar"):
        cldr = list(Locale.parse(language).months["format"]["wide"].values())
        assert labels[language]["months"] == cldr, language


def test_imported_contribution_from_a_bare_country_is_from_a_member_state() -> None:
    doc = parse_bytes(b"Contribution from Brazil\n\nAffordable access for all.\n",
                      "b.txt")
    assert doc.source == "Brazil"
    assert stakeholder_group(doc.source) == MEMBER_STATE
