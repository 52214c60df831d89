"""The bundle file: its format, and every kind of bad bundle refused with one clear line,
changing nothing in the store."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from exchange_fixtures import dump, members_of, rewrite_member, seed, write_zip
from importer_fixtures import patch_declared_size

from cwgi_desktop.core.exchange import BundleFilter, limits
from cwgi_desktop.core.exchange import bundle as bundle_module
from cwgi_desktop.core.exchange.bundle import BundleRejected, read_bundle
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store


@pytest.fixture
def sender(tmp_path: Path) -> Store:
    store = Store(tmp_path / "sender.sqlite3")
    seed(store)
    store.annotations.add("C26/77", author="Alice", quote="main barrier", note="Key point",
                         themes=["Affordability"])
    store.annotations.add("C26/52", author="Bob", quote="Spam", themes=["Security"])
    draft = draft_service.create_draft(store, "key_findings", "Key findings")
    store.blocks.insert(draft.id, "finding", "Access is costly [@C26/77, para 1].")
    yield store
    store.close()


@pytest.fixture
def bundle(sender: Store, tmp_path: Path) -> Path:
    path = tmp_path / "shared.cwgibundle"
    exchange_service.export_bundle(sender, path)
    return path


@pytest.fixture
def receiver(tmp_path: Path) -> Store:
    store = Store(tmp_path / "receiver.sqlite3")
    seed(store)
    store.annotations.add("C26/77", author="Carol", quote="Open access")
    yield store
    store.close()


def state(store: Store) -> dict:
    """Everything an import could touch."""
    out = dump(store)
    for table in ("sync_state", "sync_peers", "conflicts", "contributions", "paragraphs"):
        out[table] = sorted(store.conn.execute(f"SELECT * FROM {table}").fetchall())
    return out


def refused(receiver: Store, path: Path, reason: str) -> BundleRejected:
    """Import must fail with exactly `path: reason` on one line, and change nothing."""
    before = state(receiver)
    with pytest.raises(BundleRejected) as info:
        exchange_service.import_bundle(receiver, path)
    assert "\n" not in str(info.value)
    assert str(info.value) == f"{path}: {info.value.reason}"
    assert reason in info.value.reason
    assert state(receiver) == before
    return info.value


# -- the format ---------------------------------------------------------------------------


def test_bundle_is_a_zip_with_a_manifest_listing_each_member_checksum(bundle: Path,
                                                                      sender: Store) -> None:
    members = members_of(bundle)
    manifest = json.loads(members["manifest.json"])
    assert (manifest["format"], manifest["version"]) == ("cwgi-bundle", 2)
    assert manifest["store_id"] == sender.store_id
    assert manifest["created"].endswith("+00:00")
    assert set(manifest["filter"]) == {"author", "since", "consultation", "with_texts", "drafts"}
    assert set(members) == {"manifest.json", "themes.json", "annotations.json", "drafts.json",
                            "revisions.json", "contributions.json"}
    for name, entry in manifest["members"].items():
        assert entry == {"sha256": hashlib.sha256(members[name]).hexdigest(),
                         "size": len(members[name])}
    assert manifest["counts"] == {"theme": 2, "annotation": 2, "draft": 1, "block": 4,
                                  "review_note": 0, "language_version": 0,
                                  "version_block": 0, "revision": 0,
                                  "contributions": 2, "texts": 0}


def test_bundle_carries_contribution_identity_but_never_the_text_unless_asked(
        sender: Store, tmp_path: Path) -> None:
    plain = tmp_path / "plain.cwgibundle"
    exchange_service.export_bundle(sender, plain)
    everything = b"".join(members_of(plain).values()).decode()
    assert "Open access lowers wholesale prices." not in everything  # not quoted anywhere
    identities = json.loads(members_of(plain)["contributions.json"])
    assert {c["symbol"] for c in identities} == {"C26/77-E", "C26/52-E"}
    assert set(identities[0]) == {"id", "symbol", "base_symbol", "sha256", "title"}

    texts = tmp_path / "texts.cwgibundle"
    exchange_service.export_bundle(sender, texts, BundleFilter(with_texts=True))
    names = set(members_of(texts))
    assert {n for n in names if n.startswith("texts/")} == {
        f"texts/{c['id']}.json" for c in identities}
    assert "Open access lowers wholesale prices." in members_of(texts)[
        f"texts/{sender.contributions.resolve('C26/77').id}.json"].decode()


def test_writing_is_atomic_and_reading_round_trips(bundle: Path) -> None:
    assert not list(bundle.parent.glob("*.part"))
    contents = read_bundle(bundle)
    assert len(contents.rows["annotation"]) == 2
    assert {r["name"] for r, _ in contents.rows["theme"]} == {"Affordability", "Security"}


# -- bad bundles: refused, nothing changed -----------------------------------------------


def test_truncated_bundle_is_refused(receiver: Store, bundle: Path) -> None:
    data = bundle.read_bytes()
    bundle.write_bytes(data[: len(data) // 2])
    refused(receiver, bundle, "damaged or truncated archive")


def test_bundle_cut_inside_a_member_is_refused(receiver: Store, bundle: Path,
                                               tmp_path: Path) -> None:
    members = members_of(bundle)
    members.pop("annotations.json")
    cut = tmp_path / "cut.cwgibundle"
    write_zip(cut, members)
    refused(receiver, cut, "member 'annotations.json' is missing")


def test_empty_file_and_other_files_are_refused(receiver: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.cwgibundle"
    empty.write_bytes(b"")
    refused(receiver, empty, "empty file")
    text = tmp_path / "notes.cwgibundle"
    text.write_text("just some notes", encoding="utf-8")
    refused(receiver, text, "not a CWGI bundle (not a zip archive)")
    docx = tmp_path / "other.cwgibundle"
    write_zip(docx, {"word/document.xml": b"<w/>"})
    refused(receiver, docx, "unexpected member 'word/document.xml'")


def test_missing_file_is_refused(receiver: Store, tmp_path: Path) -> None:
    with pytest.raises(BundleRejected, match="cannot be read"):
        exchange_service.import_bundle(receiver, tmp_path / "absent.cwgibundle")


@pytest.mark.parametrize("version, reason", [
    (3, "made by a newer CWGI Desktop (bundle version 3; this one reads version 2)"),
    (0, "unsupported bundle version 0"),
    ("1", "no format version"),
])
def test_wrong_version_is_refused(receiver: Store, bundle: Path, version, reason: str) -> None:
    manifest = json.loads(members_of(bundle)["manifest.json"])
    manifest["version"] = version
    rewrite_member(bundle, "manifest.json", json.dumps(manifest).encode(), fix_manifest=False)
    refused(receiver, bundle, reason)


def test_wrong_format_and_unreadable_manifest_are_refused(receiver: Store, bundle: Path) -> None:
    manifest = json.loads(members_of(bundle)["manifest.json"])
    manifest["format"] = "something-else"
    rewrite_member(bundle, "manifest.json", json.dumps(manifest).encode(), fix_manifest=False)
    refused(receiver, bundle, "unknown manifest format")
    rewrite_member(bundle, "manifest.json", b"{not json", fix_manifest=False)
    refused(receiver, bundle, "manifest.json is not valid JSON")


def test_tampered_member_fails_its_checksum(receiver: Store, bundle: Path) -> None:
    data = members_of(bundle)["annotations.json"].replace(b"Key point", b"Changed!!")
    rewrite_member(bundle, "annotations.json", data, fix_manifest=False)
    refused(receiver, bundle, "annotations.json does not match the manifest's checksum")


def test_tampered_rows_with_a_matching_checksum_are_still_validated(
        receiver: Store, bundle: Path) -> None:
    rows = json.loads(members_of(bundle)["annotations.json"])
    rows[1]["row"]["colour"] = "red; DROP TABLE annotations"
    rewrite_member(bundle, "annotations.json", json.dumps(rows).encode(), fix_manifest=True)
    refused(receiver, bundle, "annotations.json: row 2: colour: not a colour #rrggbb")


@pytest.mark.parametrize("change, reason", [
    (lambda r: r[0]["row"].pop("quote"), "row 1: missing quote"),
    (lambda r: r[0]["row"].update(extra=1), "row 1: unexpected extra"),
    (lambda r: r[0]["row"].update(updated="yesterday"), "row 1: updated: not a timestamp"),
    (lambda r: r[0]["row"].update(id="../../etc"), "row 1: id: not an identifier"),
    (lambda r: r[0]["row"].update(start=99, end=1), "row 1: start: after end"),
    (lambda r: r[0].update(history=["x"]), "row 1: history: not a list of digests"),
    (lambda r: r.append(r[0]), "row 3: "),
])
def test_malformed_rows_are_refused(receiver: Store, bundle: Path, change, reason: str) -> None:
    rows = json.loads(members_of(bundle)["annotations.json"])
    change(rows)
    rewrite_member(bundle, "annotations.json", json.dumps(rows).encode(), fix_manifest=True)
    refused(receiver, bundle, reason)


def test_malformed_draft_rows_are_refused(receiver: Store, bundle: Path) -> None:
    drafts = json.loads(members_of(bundle)["drafts.json"])
    drafts["blocks"][0]["row"]["kind"] = "script"
    rewrite_member(bundle, "drafts.json", json.dumps(drafts).encode(), fix_manifest=True)
    refused(receiver, bundle, "drafts.json: blocks: row 1: kind: not one of heading")


def test_contribution_text_whose_id_does_not_match_its_hash_is_refused(
        sender: Store, receiver: Store, tmp_path: Path) -> None:
    path = tmp_path / "texts.cwgibundle"
    exchange_service.export_bundle(sender, path, BundleFilter(with_texts=True))
    name = next(n for n in members_of(path) if n.startswith("texts/"))
    text = json.loads(members_of(path)[name])
    text["sha256"] = "0" * 64
    rewrite_member(path, name, json.dumps(text).encode(), fix_manifest=True)
    refused(receiver, path, "the id does not match the file's SHA-256")


def test_unlisted_member_is_refused(receiver: Store, bundle: Path) -> None:
    rewrite_member(bundle, "texts/0d9b1c4e-0000-4000-8000-000000000000.json", b"{}",
                   fix_manifest=False)
    refused(receiver, bundle, "is not in the manifest")


@pytest.mark.parametrize("name", [
    "../evil.json", "/etc/evil.json", "texts/../../evil.json", "texts\\..\\evil.json",
    "C:/evil.json", "texts/a/b/c.json",
])
def test_member_paths_outside_the_bundle_are_refused(receiver: Store, bundle: Path,
                                                     name: str) -> None:
    members = members_of(bundle)
    members[name] = b"{}"
    write_zip(bundle, members)
    reason = "points outside the bundle" if name != "texts/a/b/c.json" else "outside"
    refused(receiver, bundle, reason)


def test_duplicate_member_names_are_refused(receiver: Store, bundle: Path) -> None:
    members = members_of(bundle)
    with zipfile.ZipFile(bundle, "a") as zf, pytest.warns(UserWarning):
        zf.writestr("annotations.json", members["annotations.json"])
    refused(receiver, bundle, "member 'annotations.json' appears twice")


def test_declared_size_too_large_is_refused_before_inflating(receiver: Store,
                                                             bundle: Path) -> None:
    data = patch_declared_size(bundle.read_bytes(), "annotations.json", 4_000_000_000)
    bundle.write_bytes(data)
    refused(receiver, bundle, "'annotations.json' would expand to")


def test_member_that_lies_about_its_size_is_refused(receiver: Store, bundle: Path) -> None:
    size = len(members_of(bundle)["annotations.json"])
    bundle.write_bytes(patch_declared_size(bundle.read_bytes(), "annotations.json", size // 2))
    refused(receiver, bundle, "annotations.json does not match the manifest's checksum")


def test_zip_bomb_ratio_is_refused(receiver: Store, bundle: Path) -> None:
    members = members_of(bundle)
    members["annotations.json"] = b"[" + b" " * (20 * 1024 * 1024) + b"]"
    write_zip(bundle, members)
    refused(receiver, bundle, "compressed more than 200:1")


def test_too_many_members_are_refused(receiver: Store, bundle: Path) -> None:
    members = members_of(bundle)
    for i in range(bundle_module.MAX_ENTRIES):
        members[f"texts/{i:08d}-0000-4000-8000-000000000000.json"] = b""
    write_zip(bundle, members)
    refused(receiver, bundle, "too many members")


def test_total_expanded_size_is_bounded(receiver: Store, bundle: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 1000)
    refused(receiver, bundle, "the bundle would expand to")


def test_file_too_large_is_refused_without_reading(receiver: Store, bundle: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_BUNDLE_BYTES", 100)
    refused(receiver, bundle, "the file is too large")


def test_deeply_nested_json_is_refused(receiver: Store, bundle: Path) -> None:
    rewrite_member(bundle, "themes.json", b"[" * 100_000 + b"]" * 100_000, fix_manifest=True)
    refused(receiver, bundle, "themes.json")


def test_a_failure_during_the_merge_leaves_the_store_as_it_was(
        receiver: Store, bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = state(receiver)

    def power_cut(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(exchange_service, "_materialize", power_cut)
    with pytest.raises(RuntimeError):
        exchange_service.import_bundle(receiver, bundle)
    assert state(receiver) == before


def test_reading_stops_at_the_declared_size_even_if_the_manifest_agrees(
        receiver: Store, bundle: Path) -> None:
    data = members_of(bundle)["annotations.json"]
    half = len(data) // 2
    manifest = json.loads(members_of(bundle)["manifest.json"])
    manifest["members"]["annotations.json"] = {
        "sha256": hashlib.sha256(data[:half]).hexdigest(), "size": half}
    rewrite_member(bundle, "manifest.json", json.dumps(manifest).encode(), fix_manifest=False)
    bundle.write_bytes(patch_declared_size(bundle.read_bytes(), "annotations.json", half))
    refused(receiver, bundle, "'annotations.json' is damaged")


def test_the_quick_member_reader_gives_zipfiles_bytes_or_leaves_it_to_the_checked_reader(
        sender: Store, tmp_path: Path) -> None:
    path = tmp_path / "texts.cwgibundle"
    exchange_service.export_bundle(sender, path, BundleFilter(with_texts=True))
    data = path.read_bytes()
    archive = zipfile.ZipFile(path)
    for info in archive.infolist():
        assert bundle_module._member_bytes(archive, data, info.filename, 10**9) == \
            archive.read(info.filename)
        # Over the limit, or a member absent: not read here (the checked reader refuses).
        assert bundle_module._member_bytes(archive, data, info.filename, 0) in (None, b"")
    assert bundle_module._member_bytes(archive, data, "texts/absent.json", 10**9) is None


def test_a_member_damaged_in_place_is_refused_as_damaged(receiver: Store, bundle: Path) -> None:
    """A sync service writing a file in place (same length, a block not there yet): the
    quick reader sees the CRC fail and the checked reader refuses the bundle."""
    data = bytearray(bundle.read_bytes())
    info = zipfile.ZipFile(bundle).getinfo("annotations.json")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle:middle + 16] = bytes(16)
    bundle.write_bytes(bytes(data))
    with pytest.raises(BundleRejected):
        read_bundle(bundle)
    refused(receiver, bundle, "annotations.json")


def test_a_local_header_naming_another_member_is_refused(receiver: Store, bundle: Path) -> None:
    data = bytearray(bundle.read_bytes())
    info = zipfile.ZipFile(bundle).getinfo("themes.json")
    at = info.header_offset + 30
    assert data[at:at + len("themes.json")] == b"themes.json"
    data[at:at + len("themes.json")] = b"themes.jsoN"  # the central directory still says .json
    bundle.write_bytes(bytes(data))
    assert bundle_module._member_bytes(zipfile.ZipFile(bundle), bytes(data), "themes.json",
                                       10**9) is None
    refused(receiver, bundle, "themes.json")
