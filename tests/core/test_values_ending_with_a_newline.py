"""A colour or a shared file's name that ends with a line break is not one: patterns
anchored with `$` also match before a final newline, so a REFI-QDA codebook could give a
theme the colour "#rrggbb\\n" (written `&#10;` in its XML attribute), the store took it, and
a file named "00000001.cwgib\\n" in a shared folder was merged as a colleague's first file."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_fixtures import seed

from cwgi_desktop.core.errors import InvalidInput
from cwgi_desktop.core.services import folder_sync, qda
from cwgi_desktop.core.store import Store
from cwgi_desktop.core.store.annotations import DEFAULT_COLOUR


def test_the_store_refuses_a_colour_ending_with_a_newline(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        with pytest.raises(InvalidInput, match="#rrggbb"):
            store.themes.add("Access", colour="#3366cc\n")
        theme = store.themes.add("Access", colour="#3366cc")
        with pytest.raises(InvalidInput, match="#rrggbb"):
            store.themes.update(theme.id, colour="#cc3333\n")
        assert [t.colour for t in store.themes.all()] == ["#3366cc"]


def test_a_codebook_colour_ending_with_a_newline_is_no_colour(tmp_path: Path) -> None:
    codebook = tmp_path / "themes.qdc"
    codebook.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>'
        '<Code guid="6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f" name="Access" isCodable="true"'
        ' color="#3366CC&#10;"/></Codes></CodeBook>', encoding="utf-8")
    with Store(tmp_path / "s.sqlite3") as store:
        report = qda.import_codebook(store, codebook)
        assert report.themes_added == 1
        assert [(t.name, t.colour) for t in store.themes.all()] == [("Access", DEFAULT_COLOUR)]


def test_a_shared_file_whose_name_ends_with_a_newline_is_not_merged(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    try:
        seed(a)
        seed(b)
        a.annotations.add("C26/77", author="Amina", quote="main barrier")
        path = Path(folder_sync.publish(a, shared, "Amina") or "")
        path.rename(path.with_name(path.name + "\n"))
        assert folder_sync.pull(b, shared).applied == []
        assert b.annotations.all() == []
    finally:
        a.close()
        b.close()
