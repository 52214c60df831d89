"""A value that ends with a line break is not an identifier, a colour nor a digest: the
checks anchored their patterns with `$`, which also matches before a final newline, so a
bundle could bring a row whose id was `"<id>\\n"` (another row than `<id>`), a colour
`"#rrggbb\\n"`, or history digests that name no version."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_fixtures import dump, seed
from forged_bundles import exported, forge, set_field

from cwgi_desktop.core.exchange import rows
from cwgi_desktop.core.exchange.bundle import BundleRejected
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store


@pytest.fixture
def pair(tmp_path: Path):
    a, b = Store(tmp_path / "a.sqlite3"), Store(tmp_path / "b.sqlite3")
    seed(a)
    seed(b)
    a.annotations.add("C26/77", author="Ana", quote="main barrier", note="n")
    yield a, b
    a.close()
    b.close()


@pytest.mark.parametrize("name, value", [("id", "x1\n"), ("colour", "#a0b1c2\n"),
                                         ("contribution_id", "x1\n")])
def test_a_row_field_ending_with_a_newline_is_refused(pair, tmp_path, name: str,
                                                      value: str) -> None:
    a, b = pair
    bundle = set_field(exported(a, tmp_path / "x.cwgibundle"), "annotation", name, value)
    before = dump(b)
    with pytest.raises(BundleRejected, match=name) as exc:
        exchange_service.import_bundle(b, bundle)
    assert "\n" not in str(exc.value)
    assert dump(b) == before


def test_a_history_digest_ending_with_a_newline_is_refused(pair, tmp_path) -> None:
    a, b = pair

    def change(items: list) -> None:
        for item in items:
            item["history"] = ["0" * 32 + "\n"]

    bundle = forge(exported(a, tmp_path / "x.cwgibundle"), "annotation", change)
    before = dump(b)
    with pytest.raises(BundleRejected, match="history"):
        exchange_service.import_bundle(b, bundle)
    assert dump(b) == before


@pytest.mark.parametrize("value", ["a1\n", "#a0b1c2\n"])
def test_the_checks_refuse_a_final_newline(value: str) -> None:
    with pytest.raises(rows.RowError):
        rows.SPECS["theme"]["colour" if value.startswith("#") else "id"](value)
