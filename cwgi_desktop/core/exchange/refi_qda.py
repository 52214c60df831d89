"""REFI-QDA, the exchange standard of QualCoder, NVivo, ATLAS.ti and MAXQDA: the format only.

A codebook (`.qdc`) is one XML document, `<CodeBook xmlns="urn:QDA-XML:codebook:1.0">`; a
project (`.qdpx`) is a zip holding `project.qde` (`<Project xmlns="urn:QDA-XML:project:1.0">`)
and the sources' texts under `Sources/`. Here: plain data classes, writing them (valid against
the standard's schemas, see tests/core/schemas/refi_qda) and reading them defensively, as
any file from outside: bounded zip reads, no DTD or entities, nothing fetched.

Positions of a text selection count Unicode code points in the source's plain text.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from cwgi_desktop import __version__
from cwgi_desktop.core.atomic_files import write_atomically
from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.importers import safety

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
PROJECT_MEMBER = "project.qde"
SOURCES_DIR = "Sources/"
ORIGIN = f"CWGI Desktop {__version__}"
# Ids derived for rows we have no UUID of our own for (users, codings, notes).
REFI_NAMESPACE = uuid.UUID("3c0f5a52-8d1e-4b8e-9a57-1f2e4c6d8b90")
MAX_PROJECT_XML = safety.MAX_PART_BYTES
MAX_SOURCE_BYTES = safety.MAX_PART_BYTES
_GUID_RE = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                      r"[0-9a-fA-F]{12})\}?\Z")
_COLOUR_RE = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\Z")  # \Z: `$` allows a final newline


@dataclass
class QdaCode:
    guid: str
    name: str
    colour: str | None = None
    description: str = ""
    children: list[QdaCode] = field(default_factory=list)


@dataclass
class QdaUser:
    guid: str
    name: str


@dataclass
class QdaNote:
    guid: str
    text: str
    user: str | None = None
    created: str | None = None


@dataclass
class QdaSelection:
    guid: str
    start: int
    end: int
    user: str | None = None
    created: str | None = None
    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class QdaSource:
    guid: str
    name: str
    text: str | None  # None: a source with no plain text (picture, audio, rich text only)
    description: str = ""
    selections: list[QdaSelection] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)  # variable name → text value


@dataclass
class QdaProject:
    name: str
    users: list[QdaUser] = field(default_factory=list)
    codes: list[QdaCode] = field(default_factory=list)
    sources: list[QdaSource] = field(default_factory=list)
    notes: list[QdaNote] = field(default_factory=list)
    created: str | None = None
    skipped: list[str] = field(default_factory=list)  # what reading could not take, and why


def derived_guid(*parts: str) -> str:
    """A stable UUID for a row known only by the rows it joins (a coding, a user's name)."""
    return str(uuid.uuid5(REFI_NAMESPACE, "\x1f".join(parts)))


def normal_guid(value: str | None) -> str | None:
    """A GUID as we store it (lower case, no braces), or None if `value` is not one."""
    match = _GUID_RE.match((value or "").strip())
    return match.group(1).lower() if match else None


def xml_datetime(stamp: str | None) -> str | None:
    """Our ISO 8601 stamps are valid xsd:dateTime once the offset is written `Z`."""
    if not stamp:
        return None
    return stamp[:-6] + "Z" if stamp.endswith("+00:00") else stamp


# -- writing -------------------------------------------------------------------------


def _code_element(parent: etree._Element, ns: str, code: QdaCode) -> None:
    element = etree.SubElement(parent, f"{{{ns}}}Code", guid=code.guid, name=code.name,
                               isCodable="true")
    if code.colour and _COLOUR_RE.match(code.colour):
        element.set("color", code.colour)
    if code.description:
        etree.SubElement(element, f"{{{ns}}}Description").text = code.description
    for child in code.children:
        _code_element(element, ns, child)


def _codes(parent: etree._Element, ns: str, codes: list[QdaCode]) -> None:
    holder = etree.SubElement(parent, f"{{{ns}}}Codes")
    for code in codes:
        _code_element(holder, ns, code)


def codebook_xml(codes: list[QdaCode]) -> bytes:
    """A `.qdc` document of `codes` (the standard needs at least one code)."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS},
                         origin=ORIGIN)
    _codes(root, CODEBOOK_NS, codes)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _set_optional(element: etree._Element, **attributes: str | None) -> None:
    for key, value in attributes.items():
        if value:
            element.set(key, value)


def _selection_element(parent: etree._Element, selection: QdaSelection, name: str) -> None:
    q = f"{{{PROJECT_NS}}}"
    element = etree.SubElement(parent, q + "PlainTextSelection", guid=selection.guid,
                               name=name, startPosition=str(selection.start),
                               endPosition=str(selection.end))
    _set_optional(element, creatingUser=selection.user,
                  creationDateTime=xml_datetime(selection.created))
    for code in selection.codes:
        coding = etree.SubElement(element, q + "Coding",
                                  guid=derived_guid("coding", selection.guid, code))
        _set_optional(coding, creatingUser=selection.user,
                      creationDateTime=xml_datetime(selection.created))
        etree.SubElement(coding, q + "CodeRef", targetGUID=code)
    for note in selection.notes:
        etree.SubElement(element, q + "NoteRef", targetGUID=note)


def project_xml(project: QdaProject) -> bytes:
    """The `project.qde` document; each source's text lives in `Sources/<guid>.txt`."""
    q = f"{{{PROJECT_NS}}}"
    root = etree.Element(q + "Project", nsmap={None: PROJECT_NS}, name=project.name,
                         origin=ORIGIN)
    _set_optional(root, creationDateTime=xml_datetime(project.created))
    if project.users:
        users = etree.SubElement(root, q + "Users")
        for user in project.users:
            etree.SubElement(users, q + "User", guid=user.guid, name=user.name)
    if project.codes:
        _codes(etree.SubElement(root, q + "CodeBook"), PROJECT_NS, project.codes)
    variable_guids = _variables(root, project.sources)
    if project.sources:
        sources = etree.SubElement(root, q + "Sources")
        for source in project.sources:
            element = etree.SubElement(sources, q + "TextSource", guid=source.guid,
                                       name=source.name,
                                       plainTextPath=f"internal://{source.guid}.txt")
            if source.description:
                etree.SubElement(element, q + "Description").text = source.description
            text = source.text or ""
            for selection in source.selections:
                _selection_element(element, selection, _excerpt(text, selection))
            for variable, value in source.variables.items():
                holder = etree.SubElement(element, q + "VariableValue")
                etree.SubElement(holder, q + "VariableRef", targetGUID=variable_guids[variable])
                etree.SubElement(holder, q + "TextValue").text = value
    if project.notes:
        notes = etree.SubElement(root, q + "Notes")
        for note in project.notes:
            element = etree.SubElement(notes, q + "Note", guid=note.guid,
                                       name=_short(note.text))
            _set_optional(element, creatingUser=note.user,
                          creationDateTime=xml_datetime(note.created))
            etree.SubElement(element, q + "PlainTextContent").text = note.text
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _variables(root: etree._Element, sources: list[QdaSource]) -> dict[str, str]:
    """Declare the text variables the sources use (symbol, source, date ...)."""
    names = list(dict.fromkeys(name for source in sources for name in source.variables))
    if not names:
        return {}
    q = f"{{{PROJECT_NS}}}"
    holder = etree.SubElement(root, q + "Variables")
    guids = {name: derived_guid("variable", name) for name in names}
    for name in names:
        etree.SubElement(holder, q + "Variable", guid=guids[name], name=name,
                         typeOfVariable="Text")
    return guids


def _short(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _excerpt(text: str, selection: QdaSelection) -> str:
    return _short(text[selection.start:selection.end])


def write_qdpx(path: Path | str, project: QdaProject) -> Path:
    """Write a `.qdpx` atomically: a reader never sees half a project."""

    def fill(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(PROJECT_MEMBER, project_xml(project))
            for source in project.sources:
                archive.writestr(f"{SOURCES_DIR}{source.guid}.txt",
                                 (source.text or "").encode("utf-8"))

    return write_atomically(path, fill)


# -- reading -------------------------------------------------------------------------


def _parse(data: bytes, name: str) -> etree._Element:
    return safety.parse_xml(data, name, part="the REFI-QDA XML", kind="REFI-QDA file")


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, local: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == local]


def _child_text(element: etree._Element, local: str) -> str:
    found = _children(element, local)
    return (found[0].text or "") if found else ""


def _read_codes(holder: etree._Element | None, skipped: list[str]) -> list[QdaCode]:
    if holder is None:
        return []
    codes = []
    for element in _children(holder, "Code"):
        guid = normal_guid(element.get("guid"))
        name = (element.get("name") or "").strip()
        if guid is None or not name:
            skipped.append(f"code '{name or '?'}': no valid guid or name")
            continue
        colour = element.get("color")
        codes.append(QdaCode(
            guid=guid, name=name,
            colour=colour.lower() if colour and _COLOUR_RE.match(colour) else None,
            description=_child_text(element, "Description").strip(),
            children=_read_codes(element, skipped),
        ))
    return codes


def read_codebook(data: bytes, name: str) -> list[QdaCode]:
    """The codes of a `.qdc` document (or of a project's CodeBook)."""
    root = _parse(data, name)
    if _local(root) != "CodeBook":
        raise ImportRejected(name, "not a REFI-QDA codebook (no CodeBook element)")
    codes_holder = next(iter(_children(root, "Codes")), None)
    skipped: list[str] = []
    codes = _read_codes(codes_holder, skipped)
    if not codes:
        raise ImportRejected(name, "the codebook holds no codes")
    return codes


def read_qdc_file(path: Path | str) -> list[QdaCode]:
    path = Path(path)
    return read_codebook(_read_file(path), str(path))


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        safety.check_size(str(path), size)
        return path.read_bytes()
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc


def _source_text(archive: zipfile.ZipFile, element: etree._Element, name: str) -> str | None:
    content = _children(element, "PlainTextContent")
    if content:
        return content[0].text or ""
    path = (element.get("plainTextPath") or "").strip()
    if not path:
        return None
    member = path.removeprefix("internal://")
    if "://" in member or member.startswith(("/", "\\")) or ".." in member:
        return None  # an absolute or external path: never followed
    member = SOURCES_DIR + member if not member.startswith(SOURCES_DIR) else member
    if member not in archive.namelist():
        return None
    data = safety.read_member(archive, member, name, MAX_SOURCE_BYTES)
    return data.decode("utf-8-sig", errors="replace")


def _read_selection(element: etree._Element, text_length: int) -> QdaSelection | None:
    guid = normal_guid(element.get("guid"))
    try:
        start, end = int(element.get("startPosition", "")), int(element.get("endPosition", ""))
    except ValueError:
        return None
    if guid is None or not 0 <= start < end <= text_length:
        return None
    codes = [g for c in _children(element, "Coding") for r in _children(c, "CodeRef")
             if (g := normal_guid(r.get("targetGUID")))]
    notes = [g for r in _children(element, "NoteRef") if (g := normal_guid(r.get("targetGUID")))]
    return QdaSelection(guid=guid, start=start, end=end,
                        user=normal_guid(element.get("creatingUser")),
                        created=element.get("creationDateTime"), codes=codes, notes=notes)


def _read_variables(root: etree._Element) -> dict[str, str]:
    """Variable guid → name."""
    return {guid: (v.get("name") or "").strip()
            for holder in _children(root, "Variables") for v in _children(holder, "Variable")
            if (guid := normal_guid(v.get("guid")))}


def _variable_values(element: etree._Element, names: dict[str, str]) -> dict[str, str]:
    values = {}
    for holder in _children(element, "VariableValue"):
        ref = next(iter(_children(holder, "VariableRef")), None)
        name = names.get(normal_guid(ref.get("targetGUID")) or "") if ref is not None else None
        text = _child_text(holder, "TextValue").strip()
        if name and text:
            values[name] = text
    return values


def _read_source(archive: zipfile.ZipFile, element: etree._Element, name: str,
                 skipped: list[str], variables: dict[str, str]) -> QdaSource | None:
    label = element.get("name") or element.get("guid") or "?"
    guid = normal_guid(element.get("guid"))
    if guid is None:
        skipped.append(f"source '{label}': no valid guid")
        return None
    text = _source_text(archive, element, name)
    source = QdaSource(guid=guid, name=label, text=text,
                       description=_child_text(element, "Description").strip(),
                       variables=_variable_values(element, variables))
    if text is None:
        skipped.append(f"source '{label}': no plain text in the project")
        return source
    for selection_element in _children(element, "PlainTextSelection"):
        selection = _read_selection(selection_element, len(text))
        if selection is None:
            skipped.append(f"source '{label}': a selection with a bad guid or position")
        else:
            source.selections.append(selection)
    return source


def read_qdpx(path: Path | str) -> QdaProject:
    """A `.qdpx` project: its users, codes, text sources with their coded selections, notes."""
    path = Path(path)
    name = str(path)
    archive = safety.open_zip(_read_file(path), name)
    if PROJECT_MEMBER not in archive.namelist():
        raise ImportRejected(name, f"not a REFI-QDA project (no {PROJECT_MEMBER})")
    root = _parse(safety.read_member(archive, PROJECT_MEMBER, name, MAX_PROJECT_XML), name)
    if _local(root) != "Project":
        raise ImportRejected(name, "not a REFI-QDA project (no Project element)")
    project = QdaProject(name=root.get("name") or path.stem,
                         created=root.get("creationDateTime"))
    for users in _children(root, "Users"):
        for user in _children(users, "User"):
            if guid := normal_guid(user.get("guid")):
                project.users.append(QdaUser(guid=guid, name=(user.get("name") or "").strip()))
    for book in _children(root, "CodeBook"):
        project.codes = _read_codes(next(iter(_children(book, "Codes")), None), project.skipped)
    variables = _read_variables(root)
    for sources in _children(root, "Sources"):
        for element in sources:
            if _local(element) == "TextSource":
                source = _read_source(archive, element, name, project.skipped, variables)
                if source is not None:
                    project.sources.append(source)
            elif isinstance(element.tag, str):
                project.skipped.append(
                    f"source '{element.get('name') or '?'}': {_local(element)} is not text")
    for notes in _children(root, "Notes"):
        for note in _children(notes, "Note"):
            if guid := normal_guid(note.get("guid")):
                project.notes.append(QdaNote(
                    guid=guid, text=_child_text(note, "PlainTextContent").strip(),
                    user=normal_guid(note.get("creatingUser")),
                    created=note.get("creationDateTime")))
    return project
