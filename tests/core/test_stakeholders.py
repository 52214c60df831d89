"""The stakeholder group guessed from the source line, in the six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgi_desktop.core.importers.stakeholders import (
    ACADEMIA,
    CIVIL_SOCIETY,
    MEMBER_STATE,
    SECRETARIAT,
    SECTOR_MEMBER,
    stakeholder_group,
)
from cwgi_desktop.core.services.importing import import_paths
from cwgi_desktop.core.store import Store


@pytest.mark.parametrize(("source", "group"), [
    ("Republic of Arcadia", MEMBER_STATE),
    ("République d'Arcadie", MEMBER_STATE),
    ("Fédération de Russie", MEMBER_STATE),
    ("Российской Федерации", MEMBER_STATE),
    ("جمهورية الواحات", MEMBER_STATE),
    ("青山共和国", MEMBER_STATE),
    ("Émirats arabes unis", MEMBER_STATE),
    ("Universidad de los Andes", ACADEMIA),
    ("Университета Северных территорий", ACADEMIA),
    ("University of the Republic", ACADEMIA),  # academia before State words
    ("Internet Society", CIVIL_SOCIETY),
    ("Red Comunitaria Valle Verde", CIVIL_SOCIETY),
    ("Coalition for Digital Inclusion", CIVIL_SOCIETY),  # "inclusion" is not "Inc."
    ("ExampleTel Inc.", SECTOR_MEMBER),
    ("Note by the Secretary-General", SECRETARIAT),
    ("Brazil", MEMBER_STATE),  # a bare country name, from CLDR (test_import_cldr.py)
    ("China Mobile", None),  # a country's name in a company's: not a State
    ("", None),
])
def test_group_from_the_source_line(source: str, group: str | None) -> None:
    assert stakeholder_group(source) == group


def test_imported_contributions_carry_their_group(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Contribution from the Internet Society\n\nText on access.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Contribution from Brazil\n\nText on affordability.\n",
                                  encoding="utf-8")
    store = Store(tmp_path / "s.sqlite3")
    import_paths(store, [folder])
    groups = {c.source: c.source_type for c in store.contributions.all()}
    assert groups == {"Internet Society": CIVIL_SOCIETY, "Brazil": MEMBER_STATE}
