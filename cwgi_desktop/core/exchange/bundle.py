"""The bundle file: one zip holding JSON, written atomically, read defensively.

Layout (format `cwgi-bundle`, version 2):

- `manifest.json`: `{format, version, created, store_id, app, filter: {author, since,
  consultation, with_texts, drafts}, counts, members: {name: {sha256, size}}}`;
- `themes.json`, `annotations.json`: `[{"row": {...}, "history": [digest, ...]}, ...]`;
- `drafts.json`: `{"drafts": [...], "blocks": [...], "review_notes": [...],
  "language_versions": [...], "version_blocks": [...]}`, entries shaped the same way
  (a draft's review notes, its language-version link, its blocks' translation links);
- `revisions.json`: the drafts' saved versions (`[{"row": {...}, "history": []}, ...]`,
  a row with its snapshot; immutable, so no history);
- `contributions.json`: the identity of the contributions the rows point at (`id`,
  `symbol`, `base_symbol`, `sha256`, `title`), never their text;
- `texts/<contribution id>.json`: only when asked for, a contribution's metadata and
  paragraphs, so that the receiver can add it (same file hash, so the same id).

Version 1 bundles (before review notes, language versions and revisions travelled: no
`revisions.json`, `drafts.json` only `{drafts, blocks}`) are still read.

Reading refuses, with a one-line reason and before anything is stored: a file that is not
a zip or is truncated; a member whose name is absolute, holds `..` or a backslash, or is
not one of the names above; too many members, declared sizes too large or compressed
suspiciously well (checked before inflating, and reads stop at the declared size); a
manifest of another format or a newer version; a member missing, added, or whose SHA-256
differs from the manifest's; and any row that does not validate (see rows.validate).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cwgi_desktop import __version__
from cwgi_desktop.core import fastjson, zip_limits
from cwgi_desktop.core.atomic_files import write_atomically
from cwgi_desktop.core.errors import ImportRejected
from cwgi_desktop.core.exchange import guards, limits
from cwgi_desktop.core.exchange.records import SUFFIX as SUFFIX  # kept importable here
from cwgi_desktop.core.exchange.rows import BUNDLE_KINDS, Row, RowError, validate
from cwgi_desktop.core.models import contribution_id_for, utc_now

FORMAT = "cwgi-bundle"
VERSION = 2
READABLE_VERSIONS = (1, 2)
MANIFEST = "manifest.json"
REVISIONS = "revisions.json"
MEMBER_OF_KIND = {"theme": "themes.json", "annotation": "annotations.json",
                  "draft": "drafts.json", "block": "drafts.json",
                  "review_note": "drafts.json", "language_version": "drafts.json",
                  "version_block": "drafts.json", "revision": REVISIONS}
# The keys of drafts.json and the kind of row each holds.
DRAFT_PARTS = {"drafts": "draft", "blocks": "block", "review_notes": "review_note",
               "language_versions": "language_version", "version_blocks": "version_block"}
_DRAFT_PARTS_V1 = ("drafts", "blocks")
CONTRIBUTIONS = "contributions.json"
TEXTS_DIR = "texts/"
FIXED_MEMBERS = ("themes.json", "annotations.json", "drafts.json", REVISIONS, CONTRIBUTIONS)
_FIXED_MEMBERS_V1 = ("themes.json", "annotations.json", "drafts.json", CONTRIBUTIONS)

# The limits are in `limits`, shared with export (read there at call time, so that
# changing one moves both sides).
MAX_ENTRIES = limits.MAX_ENTRIES

_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?\Z")
_TEXT_NAME = re.compile(r"^texts/([0-9a-f-]{36})\.json\Z")
_DIGEST = re.compile(r"^[0-9a-f]{32}\Z")
_SHA256 = re.compile(r"^[0-9a-f]{64}\Z")
_IDENTITY_FIELDS = ("id", "symbol", "base_symbol", "sha256", "title")
_IDENTITY_KEYS = frozenset(_IDENTITY_FIELDS)
_ENTRY_KEYS = frozenset({"row", "history"})
_TEXT_KEYS = frozenset({"id", "sha256", "metadata", "paragraphs"})
_TEXT_METADATA = ("symbol", "title", "source", "source_type", "consultation", "date",
                  "file_name", "format", "language", "meeting", "original_language", "purpose",
                  "action_required", "doc_references")
_TEXT_METADATA_KEYS = frozenset(_TEXT_METADATA)


class BundleRejected(ImportRejected):
    """A bundle was refused; nothing of it was stored."""


@dataclass
class BundleContents:
    """A bundle in memory: rows with their history, contribution identities and texts."""

    manifest: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, list[tuple[Row, list[str]]]] = field(
        default_factory=lambda: {kind: [] for kind in BUNDLE_KINDS})
    contributions: list[dict[str, Any]] = field(default_factory=list)
    texts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Rows per kind, plus contributions and texts (as written in the manifest)."""
        out = {kind: len(rows) for kind, rows in self.rows.items()}
        out.update(contributions=len(self.contributions), texts=len(self.texts))
        return out


# -- writing ------------------------------------------------------------------------------


# Fast deflate: a bundle of 20,000 annotations compresses 2× faster, 15% larger.
_COMPRESSLEVEL = 1


def _dump(value: Any) -> bytes | bytearray:
    """JSON, one list item or one key of a mapping per line (readable, diffable); each item
    compact, with sorted keys (`fastjson`: a bundle of 20,000 annotations in milliseconds).
    """
    one = fastjson.dumps_sorted
    if isinstance(value, _Entries):
        return _dump_entries(value)
    if isinstance(value, list):
        if not value:
            return b"[]"
        # Appended one by one, each item's bytes freed at once: joining tens of thousands
        # of orjson results kept a page each (orjson's buffer), 2-20x slower in faults.
        out = bytearray(b"[\n")
        for item in value:
            out += one(item)
            out += b",\n"
        out[-2:] = b"\n]"
        return out  # not copied to bytes: written and hashed as it is
    if isinstance(value, dict) and any(isinstance(v, list) for v in value.values()):
        return b"{\n" + b",\n".join(one(str(k)) + b": " + _dump(value[k])
                                     for k in sorted(value)) + b"\n}"
    return one(value)


class _Entries(list[tuple[Row, list[str]]]):
    """The rows of one kind with their history, written as `{"row", "history"}` items."""


def _entries(contents: BundleContents, kind: str) -> _Entries:
    return _Entries(contents.rows[kind])


def _dump_entries(entries: _Entries) -> bytes | bytearray:
    """`_dump` of `[{"row": row, "history": history}, ...]`, byte for byte, without a
    mapping made per row: each item is `{"history":…,"row":…}` (keys sorted, compact)."""
    if not entries:
        return b"[]"
    one = fastjson.dumps_sorted
    out = bytearray(b"[\n")
    for row, history in entries:
        out += b'{"history":'
        out += one(history) if history else b"[]"
        out += b',"row":'
        out += one(row)
        out += b"},\n"
    out[-2:] = b"\n]"
    return out


def write_bundle(path: Path | str, contents: BundleContents) -> Path:
    """Write `contents` to `path` (through a temporary file renamed into place).

    Raises ExportRefused (one line, nothing written) for what import would refuse: the
    rows and texts are checked as import checks them, the members against `limits`.
    """
    _check_rows_and_texts(path, contents)
    members: dict[str, bytes | bytearray] = {
        "themes.json": _dump(_entries(contents, "theme")),
        "annotations.json": _dump(_entries(contents, "annotation")),
        "drafts.json": _dump({part: _entries(contents, kind)
                              for part, kind in DRAFT_PARTS.items()}),
        REVISIONS: _dump(_entries(contents, "revision")),
        CONTRIBUTIONS: _dump(contents.contributions),
    }
    for cid, text in sorted(contents.texts.items()):
        members[f"{TEXTS_DIR}{cid}.json"] = _dump(text)
    manifest = {
        "format": FORMAT, "version": VERSION, "created": utc_now(), "app": __version__,
        **contents.manifest, "counts": contents.counts(),
        "members": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                    for name, data in members.items()},
    }
    manifest_bytes = _dump(manifest)
    _check_members(path, {MANIFEST: manifest_bytes, **members})

    def fill(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED,
                             compresslevel=_COMPRESSLEVEL) as zf:
            zf.writestr(MANIFEST, manifest_bytes)
            for name, data in members.items():
                zf.writestr(name, data)
        with zipfile.ZipFile(tmp) as zf:  # what only the compressed archive tells
            problem = limits.archive_problem(zf.infolist())
        problem = problem or limits.bundle_size_problem(tmp.stat().st_size)
        if problem:
            raise limits.ExportRefused(path, problem)

    out = write_atomically(path, fill)  # a full disk: NoSpaceLeft, nothing left behind
    contents.manifest = manifest
    return out


def _check_rows_and_texts(path: Path | str, contents: BundleContents) -> None:
    """Every row and text as import will check it (`rows.validate`, `_text`)."""
    for kind, rows in contents.rows.items():
        for row, _history in rows:
            try:
                validate(kind, row)
            except RowError as exc:
                raise limits.ExportRefused(path, f"{kind} {row.get('id')}: {exc}") from None
    for cid, text in contents.texts.items():
        label = text.get("metadata", {}).get("symbol") or cid
        problem = limits.paragraphs_problem(len(text.get("paragraphs", [])))
        if problem:
            raise limits.ExportRefused(path, f"the text of {label} has {problem}; leave the "
                                             "texts out")
        try:
            _text(text, cid, f"{TEXTS_DIR}{cid}.json", str(path))
        except BundleRejected as exc:
            raise limits.ExportRefused(path, f"the text of {label}: {exc.reason}") from None


def _check_members(path: Path | str, members: dict[str, bytes | bytearray]) -> None:
    problem = limits.entries_problem(len(members)) or limits.total_problem(
        sum(len(data) for data in members.values()))
    for name, data in members.items():
        if problem:
            break
        problem = limits.member_problem(
            name, len(data), limit=limits.MAX_MANIFEST_BYTES if name == MANIFEST else None)
    if problem:
        raise limits.ExportRefused(path, problem)


# -- reading ------------------------------------------------------------------------------


def read_bundle(path: Path | str) -> BundleContents:
    """Read and check a bundle completely; raise BundleRejected (one line) if it is bad."""
    name = str(path)
    try:
        problem = limits.bundle_size_problem(Path(path).stat().st_size)
        if problem:
            raise BundleRejected(name, f"refused: {problem}")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BundleRejected(name, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_bundle(data, name)


def parse_bundle(data: bytes, name: str) -> BundleContents:
    """Check and decode the bytes of a bundle (see the module docstring)."""
    archive = _open(data, name)
    manifest = _manifest(archive, name)
    listed: dict[str, Any] = manifest["members"]
    version = manifest["version"]
    present = {info.filename for info in archive.infolist()} - {MANIFEST}
    missing = sorted((set(listed) | set(FIXED_MEMBERS if version >= 2 else _FIXED_MEMBERS_V1))
                     - present)
    if missing:
        raise BundleRejected(name, f"member '{missing[0]}' is missing (truncated or altered?)")
    unlisted = sorted(present - set(listed))
    if unlisted:
        raise BundleRejected(name, f"refused: member '{unlisted[0]}' is not in the manifest")
    if version < 2 and REVISIONS in present:
        raise BundleRejected(name, f"refused: unexpected member '{REVISIONS}'")
    decoded = {member: _verified_json(archive, member, listed[member], name, whole=data)
               for member in sorted(listed)}
    contents = BundleContents(manifest=manifest)
    contents.rows["theme"] = _rows(decoded["themes.json"], "theme", "themes.json", name)
    contents.rows["annotation"] = _rows(decoded["annotations.json"], "annotation",
                                        "annotations.json", name)
    drafts = decoded["drafts.json"]
    parts = tuple(DRAFT_PARTS) if version >= 2 else _DRAFT_PARTS_V1
    if not isinstance(drafts, dict) or set(drafts) != set(parts):
        raise BundleRejected(name, f"drafts.json: not {{{', '.join(parts)}}}")
    for part in parts:
        kind = DRAFT_PARTS[part]
        contents.rows[kind] = _rows(drafts[part], kind, f"drafts.json: {part}", name)
    if version >= 2:
        contents.rows["revision"] = _rows(decoded[REVISIONS], "revision", REVISIONS, name)
    contents.contributions = _identities(decoded[CONTRIBUTIONS], name)
    for member, value in decoded.items():
        match = _TEXT_NAME.match(member)
        if match:
            contents.texts[match.group(1)] = _text(value, match.group(1), member, name)
    return contents


def _open(data: bytes, name: str) -> zipfile.ZipFile:
    if not data:
        raise BundleRejected(name, "empty file")
    if not data.startswith(zip_limits.ZIP_MAGIC):
        raise BundleRejected(name, "not a CWGI bundle (not a zip archive)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # BadZipFile, NotImplementedError, OSError, ...
        raise BundleRejected(name, "not a CWGI bundle (damaged or truncated archive)") from exc
    problem = limits.entries_problem(len(infos))
    if problem:
        raise BundleRejected(name, f"refused: {problem}")
    seen: set[str] = set()
    for info in infos:
        member = info.filename
        if (member.startswith("/") or "\\" in member or ":" in member
                or ".." in member.split("/") or not _SAFE_NAME.match(member)):
            raise BundleRejected(name, f"refused: member '{member}' points outside the bundle")
        if member in seen:
            raise BundleRejected(name, f"refused: member '{member}' appears twice")
        seen.add(member)
        if member not in (MANIFEST, *FIXED_MEMBERS) and not _TEXT_NAME.match(member):
            raise BundleRejected(name, f"refused: unexpected member '{member}'")
        if info.flag_bits & 0x1:
            raise BundleRejected(name, f"refused: member '{member}' is encrypted")
    problem = limits.archive_problem(infos)
    if problem:
        raise BundleRejected(name, f"refused: {problem}")
    if MANIFEST not in seen:
        raise BundleRejected(name, "not a CWGI bundle (no manifest.json)")
    return archive


def _member_bytes(archive: zipfile.ZipFile, whole: bytes, member: str, limit: int
                  ) -> bytes | None:
    """A stored or deflated member straight from the archive's bytes (`zipfile.open` costs
    more than inflating a small member, and a bundle has one member per text), with the
    checks of `zip_limits.read_member`: the declared size within `limit`, inflating bounded by
    it, the local header naming the same member, the size and CRC-32 as declared. None for
    anything else or anything wrong: the checked reader then reads it, or refuses it."""
    try:
        info = archive.getinfo(member)
        expected_name = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
    except (KeyError, UnicodeEncodeError):
        return None
    if (info.flag_bits & 0x61 or info.file_size > limit  # encrypted, patched
            or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)):
        return None
    start = info.header_offset
    header = whole[start:start + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        return None
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    if whole[start + 30:start + 30 + name_length] != expected_name:
        return None
    begin = start + 30 + name_length + extra_length
    raw = whole[begin:begin + info.compress_size]
    if len(raw) != info.compress_size:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        out = raw
    else:
        inflater = zlib.decompressobj(-15)
        try:
            out = inflater.decompress(raw, info.file_size + 1)  # never past the declared size
        except zlib.error:
            return None
        if not inflater.eof:
            return None
    if len(out) != info.file_size or zlib.crc32(out) != info.CRC:
        return None
    return out


def _read(archive: zipfile.ZipFile, member: str, name: str, limit: int,
          whole: bytes | None = None) -> bytes:
    if whole is not None:  # the archive's bytes at hand: the quick way, if all is well
        quick = _member_bytes(archive, whole, member, limit)
        if quick is not None:
            return quick
    try:
        return zip_limits.read_member(archive, member, name, limit)
    except ImportRejected as exc:
        reason = exc.reason
        if reason == zip_limits.REASON_BAD_DOCX:
            reason = f"'{member}' is damaged (truncated or altered?)"
        raise BundleRejected(name, reason) from exc


def _json(data: bytes, member: str, name: str, *, fast: bool = True) -> Any:
    try:
        value = fastjson.loads_utf8(data) if fast else json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleRejected(name, f"{member} is not valid JSON") from exc
    if guards.lone_surrogate(data, value):
        raise BundleRejected(name, f"refused: {member} holds a lone surrogate "
                                   "(half of a UTF-16 pair: not Unicode text)")
    return value


def _manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    # The standard reader for the manifest: its numbers (version, sizes) are checked as
    # whole numbers, which orjson would turn to floats past 64 bits.
    manifest = _json(_read(archive, MANIFEST, name, limits.MAX_MANIFEST_BYTES), MANIFEST, name,
                     fast=False)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRejected(name, "not a CWGI bundle (unknown manifest format)")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleRejected(name, "not a CWGI bundle (no format version)")
    if version > VERSION:
        raise BundleRejected(name, f"made by a newer CWGI Desktop (bundle version {version}; "
                                   f"this one reads version {VERSION}): update to import it")
    if version not in READABLE_VERSIONS:
        raise BundleRejected(name, f"unsupported bundle version {version}")
    members = manifest.get("members")
    if not isinstance(members, dict) or not all(
        isinstance(m, dict) and isinstance(m.get("sha256"), str) and _SHA256.match(m["sha256"])
        and isinstance(m.get("size"), int) for m in members.values()
    ):
        raise BundleRejected(name, "manifest.json: the member list is malformed")
    store_id = manifest.get("store_id", "")
    if not isinstance(store_id, str) or len(store_id) > 64:
        raise BundleRejected(name, "manifest.json: store_id is malformed")
    return manifest


def _verified_json(archive: zipfile.ZipFile, member: str, expected: dict[str, Any],
                   name: str, *, whole: bytes | None = None) -> Any:
    altered = BundleRejected(name, f"refused: {member} does not match the manifest's "
                                   "checksum (altered?)")
    if archive.getinfo(member).file_size != expected["size"]:
        raise altered
    data = _read(archive, member, name, limits.MAX_MEMBER_BYTES, whole)
    if len(data) != expected["size"] or hashlib.sha256(data).hexdigest() != expected["sha256"]:
        raise altered
    return _json(data, member, name)


def _rows(value: Any, kind: str, where: str, name: str) -> list[tuple[Row, list[str]]]:
    if not isinstance(value, list):
        raise BundleRejected(name, f"{where}: not a list")
    out: list[tuple[Row, list[str]]] = []
    ids: set[str] = set()
    for number, entry in enumerate(value, start=1):
        try:
            if not isinstance(entry, dict) or entry.keys() != _ENTRY_KEYS:
                raise RowError("not {row, history}")
            history = entry["history"]
            if not isinstance(history, list) or (history and not all(
                    isinstance(d, str) and _DIGEST.match(d) for d in history)):
                raise RowError("history: not a list of digests")
            row = validate(kind, entry["row"])
        except RowError as exc:
            raise BundleRejected(name, f"{where}: row {number}: {exc}") from None
        rid = row["id"]
        if rid in ids:
            raise BundleRejected(name, f"{where}: row {number}: {rid} appears twice")
        ids.add(rid)
        out.append((row, list(dict.fromkeys(history)) if history else []))
    return out


def _optional_text(value: Any, limit: int = 2000) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= limit)


def _identities(value: Any, name: str) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise BundleRejected(name, f"{CONTRIBUTIONS}: not a list")
    out = []
    for number, entry in enumerate(value, start=1):
        if (not isinstance(entry, dict) or entry.keys() != _IDENTITY_KEYS
                or not isinstance(entry["sha256"], str) or len(entry["sha256"]) > 200
                or entry["id"] != contribution_id_for(entry["sha256"])
                or not all(_optional_text(entry[k]) for k in ("symbol", "base_symbol", "title"))):
            raise BundleRejected(name, f"{CONTRIBUTIONS}: entry {number} is malformed")
        out.append(entry)
    return out


def _paragraph_row(row: Any, count: int) -> bool:
    """[text, style] (bundles before paragraph numbers) or [text, style, number, kind,
    anchor]: the anchor a 0-based position in the list, or null."""
    if not isinstance(row, list):
        return False
    size = len(row)
    if size == 5:
        text, style, number, kind, anchor = row
        if not (isinstance(text, str) and isinstance(style, str) and isinstance(number, str)
                and isinstance(kind, str)):
            return False
    elif size == 2:
        if not (isinstance(row[0], str) and isinstance(row[1], str)):
            return False
        anchor = None
    else:
        return False
    return anchor is None or (type(anchor) is int and 0 <= anchor < count)


def _text(value: Any, cid: str, member: str, name: str) -> dict[str, Any]:
    # Loops and constant sets, and the refusal made only when needed: a catch-up checks
    # tens of thousands of texts.
    if not isinstance(value, dict) or value.keys() != _TEXT_KEYS:
        raise BundleRejected(name, f"{member}: malformed contribution text")
    if (value["id"] != cid or not isinstance(value["sha256"], str)
            or contribution_id_for(value["sha256"]) != cid):
        raise BundleRejected(name, f"{member}: the id does not match the file's SHA-256")
    metadata, paragraphs = value["metadata"], value["paragraphs"]
    good = (isinstance(metadata, dict) and metadata.keys() <= _TEXT_METADATA_KEYS
            and isinstance(paragraphs, list) and len(paragraphs) <= limits.MAX_PARAGRAPHS)
    if good:
        for item in metadata.values():
            if not _optional_text(item):
                good = False
                break
    if good:
        count = len(paragraphs)
        for paragraph in paragraphs:
            if not _paragraph_row(paragraph, count):
                good = False
                break
    if not good:
        raise BundleRejected(name, f"{member}: malformed contribution text")
    return value
