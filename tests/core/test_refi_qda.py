"""REFI-QDA exchange: codebooks (.qdc) and projects (.qdpx), valid against the standard's
published schemas, round-tripped, idempotent, and defensive against foreign files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from exchange_fixtures import seed, write_zip
from lxml import etree

from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.exchange import refi_qda
from cwgi_desktop.core.services import qda
from cwgi_desktop.core.store import Store

SCHEMAS = Path(__file__).parent / "schemas" / "refi_qda"
P = "{urn:QDA-XML:project:1.0}"


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def assert_valid(data: bytes, schema: str) -> None:
    validator = _schema(schema)
    document = etree.fromstring(data)
    assert validator.validate(document), validator.error_log


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "a.sqlite3")
    docs = seed(s)
    access = s.themes.add("Access", colour="#3366cc", description="Getting people online")
    s.themes.add("Affordability", parent_id=access.id, colour="#cc3333")
    s.themes.add("Security")
    s.annotations.add(docs["77"].id, author="Amina", quote="main barrier",
                     themes=["Affordability"], note="Key point for finding 2")
    s.annotations.add(docs["77"].id, author="Boris", quote="wholesale prices",
                     themes=["Access", "Security"])
    s.annotations.add(docs["52"].id, author="Amina", quote="Spam")
    return s


def _annotation_view(store: Store) -> list[tuple[str, str, int, int, str, str, list[str]]]:
    names = {t.id: t.name for t in store.themes.all()}
    return sorted(
        (a.id, a.author, a.paragraph, a.start, a.quote, a.note,
         sorted(names[t] for t in a.themes))
        for a in store.annotations.all())


def _documents(store: Store) -> list[tuple[str | None, list[str]]]:
    return sorted((c.symbol, [p.text for p in store.contributions.paragraphs(c.id)])
                  for c in store.contributions.all())


def test_codebook_export_is_valid_and_keeps_the_hierarchy(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "themes.qdc"
    assert qda.export_codebook(store, path) == 3
    data = path.read_bytes()
    assert_valid(data, "Codebook.xsd")
    codes = refi_qda.read_codebook(data, str(path))
    by_name = {c.name: c for c in codes}
    assert sorted(by_name) == ["Access", "Security"]
    assert [c.name for c in by_name["Access"].children] == ["Affordability"]
    assert by_name["Access"].colour == "#3366cc"
    assert by_name["Access"].description == "Getting people online"


def test_codebook_import_adds_missing_themes_under_their_parents_once(
        store: Store, tmp_path: Path) -> None:
    path = tmp_path / "themes.qdc"
    qda.export_codebook(store, path)
    other = Store(tmp_path / "b.sqlite3")
    other.themes.add("security")  # same name, other case: kept, not duplicated
    report = qda.import_codebook(other, path)
    assert (report.themes_added, report.themes_kept) == (2, 1)
    themes = {t.name: t for t in other.themes.all()}
    assert themes["Affordability"].parent_id == themes["Access"].id
    assert themes["Access"].id == store.themes.find("Access").id  # the guid is kept
    again = qda.import_codebook(other, path)
    assert (again.themes_added, again.themes_kept) == (0, 3)


def test_project_export_is_valid_against_the_published_schema(
        store: Store, tmp_path: Path) -> None:
    path = tmp_path / "project.qdpx"
    report = qda.export_project(store, path)
    assert (report.sources, report.selections, report.codes, report.notes) == (2, 3, 3, 1)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("project.qde")
        texts = {n: archive.read(n).decode() for n in archive.namelist() if n != "project.qde"}
    assert_valid(xml, "Project.xsd")
    root = etree.fromstring(xml)
    users = sorted(u.get("name") for u in root.iter(P + "User"))
    assert users == ["Amina", "Boris"]
    # Each selection's positions pick out its quote from the source's text file.
    for source in root.iter(P + "TextSource"):
        text = texts["Sources/" + source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.iter(P + "PlainTextSelection"):
            quote = text[int(selection.get("startPosition")):int(selection.get("endPosition"))]
            assert quote in {"main barrier", "wholesale prices", "Spam"}
    notes = [n.findtext(P + "PlainTextContent") for n in root.iter(P + "Note")]
    assert notes == ["Key point for finding 2"]


def test_project_round_trip_into_an_empty_store(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "project.qdpx"
    qda.export_project(store, path)
    other = Store(tmp_path / "b.sqlite3")
    report = qda.import_project(other, path, author="Importer")
    assert (report.sources_added, report.annotations_added, report.themes_added) == (2, 3, 3)
    assert report.skipped == []
    assert _annotation_view(other) == _annotation_view(store)
    # Same documents (an id stays derived from a file's hash: here, of the source's text).
    assert _documents(other) == _documents(store)
    # The same file again changes nothing.
    again = qda.import_project(other, path, author="Importer")
    assert (again.sources_added, again.annotations_added, again.themes_added) == (0, 0, 0)
    assert (again.sources_matched, again.annotations_kept) == (2, 3)
    assert _annotation_view(other) == _annotation_view(store)


def test_project_import_into_the_store_it_came_from_adds_nothing(
        store: Store, tmp_path: Path) -> None:
    path = tmp_path / "project.qdpx"
    qda.export_project(store, path)
    before = _annotation_view(store)
    report = qda.import_project(store, path, author="Me")
    assert (report.annotations_added, report.annotations_kept) == (0, 3)
    assert _annotation_view(store) == before


def _foreign_project(tmp_path: Path) -> Path:
    """A project as another QDA tool writes it: braces in guids, text inline, a user, a
    picture source we cannot read, and a selection spanning two lines."""
    text = "Submission of Brazil\nCybersecurity capacity building is urgent.\nSpam too."
    start = text.index("capacity")
    end = text.index("too") + 3
    code = "{A1B2C3D4-0000-4000-8000-000000000001}"
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="NVivo export" origin="Another tool">
  <Users><User guid="{{B0000000-0000-4000-8000-000000000002}}" name="Dana"/></Users>
  <CodeBook><Codes><Code guid="{code}" name="Capacity" isCodable="true" color="#00FF00"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{{C0000000-0000-4000-8000-000000000003}}" name="Brazil input">
      <PlainTextContent>{text}</PlainTextContent>
      <PlainTextSelection guid="{{D0000000-0000-4000-8000-000000000004}}" name="s"
          startPosition="{start}" endPosition="{end}"
          creatingUser="{{B0000000-0000-4000-8000-000000000002}}">
        <Coding guid="{{E0000000-0000-4000-8000-000000000005}}">
          <CodeRef targetGUID="{code}"/></Coding>
        <NoteRef targetGUID="{{F0000000-0000-4000-8000-000000000006}}"/>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="{{A0000000-0000-4000-8000-000000000007}}" name="Photo"
        path="internal://photo.png"/>
  </Sources>
  <Notes><Note guid="{{F0000000-0000-4000-8000-000000000006}}" name="n">
    <PlainTextContent>Echoes C26/77</PlainTextContent></Note></Notes>
</Project>"""
    assert_valid(xml.encode(), "Project.xsd")
    path = tmp_path / "foreign.qdpx"
    write_zip(path, {"project.qde": xml.encode()})
    return path


def test_a_foreign_project_becomes_contributions_and_annotations(tmp_path: Path) -> None:
    store = Store(tmp_path / "b.sqlite3")
    report = qda.import_project(store, _foreign_project(tmp_path), author="Me")
    assert (report.sources_added, report.annotations_added) == (1, 1)
    assert report.skipped == ["source 'Photo': PictureSource is not text"]
    (annotation,) = store.annotations.all()
    assert annotation.id == "d0000000-0000-4000-8000-000000000004"
    assert annotation.author == "Dana"
    assert annotation.note == "Echoes C26/77"
    assert annotation.quote == "capacity building is urgent."  # cut to its first line
    assert [store.themes.get(t).name for t in annotation.themes] == ["Capacity"]
    assert store.themes.get(annotation.themes[0]).colour == "#00ff00"


@pytest.mark.parametrize(("members", "reason"), [
    ({"other.xml": b"<x/>"}, "no project.qde"),
    ({"project.qde": b"<Project"}, "not well-formed"),
    ({"project.qde": b'<!DOCTYPE x [<!ENTITY e "boom">]><Project name="x"/>'}, "DTD"),
    ({"project.qde": b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'}, "no Project element"),
])
def test_bad_projects_are_refused_in_one_line_and_change_nothing(
        store: Store, tmp_path: Path, members: dict[str, bytes], reason: str) -> None:
    path = tmp_path / "bad.qdpx"
    write_zip(path, members)
    before = _annotation_view(store)
    with pytest.raises(ImportRejected, match=reason) as caught:
        qda.import_project(store, path, author="Me")
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert _annotation_view(store) == before


def test_a_source_path_outside_the_archive_is_never_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    xml = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
      <TextSource guid="{{C0000000-0000-4000-8000-000000000003}}" name="s"
        plainTextPath="{secret}"/></Sources></Project>"""
    path = tmp_path / "p.qdpx"
    write_zip(path, {"project.qde": xml.encode()})
    store = Store(tmp_path / "b.sqlite3")
    report = qda.import_project(store, path, author="Me")
    assert report.sources_added == 0
    assert report.skipped == ["source 's': no plain text in the project"]


def test_a_failing_import_leaves_the_store_as_it_was(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "project.qdpx"
    qda.export_project(store, path)
    other = Store(tmp_path / "b.sqlite3")

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(qda, "_import_selection", boom)
    with pytest.raises(RuntimeError):
        qda.import_project(other, path, author="Me")
    assert other.contributions.all() == [] and other.themes.all() == []
