"""Fuzzed bundles: any mutation is either merged cleanly or refused, and a refusal changes
nothing in the store."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from exchange_fixtures import dump, seed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_fuzz_hostile import EDITS, mutate

from cwgi_desktop.core.exchange.bundle import BundleRejected, parse_bundle
from cwgi_desktop.core.services import drafts as draft_service
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store


@pytest.fixture(scope="module")
def bundle_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("bundle")
    store = Store(folder / "a.sqlite3")
    contributions = seed(store)
    first = next(iter(contributions.values()))
    store.add_annotation(first.id, author="Ana", quote=store.paragraphs(first.id)[0].text[:12],
                         note="n", themes=["Access"])
    draft = draft_service.create_draft(store, "key_findings", "Findings")
    store.insert_block(draft.id, "finding", "Access matters.")
    exchange_service.export_bundle(store, folder / "b.cwgibundle")
    return (folder / "b.cwgibundle").read_bytes()


def rehash(data: dict[str, bytes]) -> bytes:
    """Rebuild a bundle whose members were altered, with a matching manifest (tampering
    that the checksums cannot catch: the rows themselves must be checked)."""
    manifest = json.loads(data["manifest.json"])
    for name, body in data.items():
        if name in manifest["members"]:
            manifest["members"][name] = {"sha256": hashlib.sha256(body).hexdigest(),
                                         "size": len(body)}
    data["manifest.json"] = json.dumps(manifest).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in data.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def check(store_path: Path, data: bytes) -> None:
    bundle = store_path.with_name("in.cwgibundle")
    bundle.write_bytes(data)
    store = Store(store_path)
    before = dump(store)
    try:
        exchange_service.import_bundle(store, bundle)
    except BundleRejected as exc:
        assert "\n" not in str(exc)
        assert dump(store) == before
    assert store.check() == []
    store.close()


def fuzz_bytes(examples: int):
    @settings(max_examples=examples, deadline=None, derandomize=examples < 100,
              suppress_health_check=[HealthCheck.too_slow,
                                     HealthCheck.function_scoped_fixture])
    @given(edits=EDITS)
    def run(tmp_path: Path, bundle_bytes: bytes, edits: list[tuple[int, int, int]]) -> None:
        check(tmp_path / "recv.sqlite3", mutate(bundle_bytes, edits))

    return run


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def fuzz_rows(examples: int):
    @settings(max_examples=examples, deadline=None, derandomize=examples < 100,
              suppress_health_check=[HealthCheck.too_slow,
                                     HealthCheck.function_scoped_fixture])
    @given(member=st.sampled_from(["annotations.json", "themes.json", "drafts.json"]),
           path=st.lists(st.integers(0, 5), max_size=3), value=JSON_VALUES)
    def run(tmp_path: Path, bundle_bytes: bytes, member: str, path: list[int],
            value: object) -> None:
        with zipfile.ZipFile(io.BytesIO(bundle_bytes)) as archive:
            data = {info.filename: archive.read(info) for info in archive.infolist()}
        document = json.loads(data[member])
        target = document
        for step in path:  # walk into the document and replace one value
            if isinstance(target, dict) and target:
                key = sorted(target)[step % len(target)]
                if not isinstance(target[key], (dict, list)):
                    target[key] = value
                    break
                target = target[key]
            elif isinstance(target, list) and target:
                target = target[step % len(target)]
        else:
            document = value
        data[member] = json.dumps(document).encode()
        check(tmp_path / "recv.sqlite3", rehash(data))

    return run


test_fuzzed_bundle_bytes_fast = fuzz_bytes(40)
test_tampered_bundle_rows_fast = fuzz_rows(40)
test_fuzzed_bundle_bytes_slow = pytest.mark.slow(fuzz_bytes(1000))
test_tampered_bundle_rows_slow = pytest.mark.slow(fuzz_rows(1000))


def test_parse_refuses_random_bytes_in_one_line() -> None:
    with pytest.raises(BundleRejected) as exc:
        parse_bundle(b"PK\x03\x04" + b"\x00" * 100, "x.cwgibundle")
    assert "\n" not in str(exc.value)
