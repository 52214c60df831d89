"""Issue 11, item 11: the application's own bundles are importable by it. Export and import
share one set of limits (`core.exchange.limits`); export refuses, in one line and writing
nothing, what import would refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from disk_full import leftovers
from exchange_fixtures import seed

from cwgi_desktop.cli import main
from cwgi_desktop.core.exchange import BundleFilter, limits
from cwgi_desktop.core.exchange.bundle import BundleRejected
from cwgi_desktop.core.exchange.limits import ExportRefused
from cwgi_desktop.core.services import exchange as exchange_service
from cwgi_desktop.core.store import Store


def _refused_line(capsys: pytest.CaptureFixture[str], out: Path, *words: str) -> None:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(out) in err[0], err
    for word in words:
        assert word in err[0], err[0]
    assert not out.exists()
    assert leftovers(out.parent, set()) == []


def test_a_contribution_over_100000_paragraphs_is_refused_at_export_not_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        big, _ = store.contributions.add(
            sha256="big", paragraphs=[(f"Paragraph {i}.", "body") for i in range(100_001)],
            metadata={"symbol": "C26/9-E"})
        store.annotations.add(big.id, author="Ana", quote="Paragraph", paragraph=1, note="n")
    out = tmp_path / "out" / "b.cwgibundle"
    out.parent.mkdir()
    assert main(["--db", str(path), "bundle", "export", "--with-texts", "--out",
                 str(out)]) == 1
    _refused_line(capsys, out, "C26/9-E", "100,000 paragraphs", "import would refuse")
    # without the texts the same store exports, and the bundle imports
    assert main(["--db", str(path), "bundle", "export", "--out", str(out)]) == 0
    with Store(tmp_path / "other.sqlite3") as other:
        assert exchange_service.import_bundle(other, out).added == 1


def test_export_and_import_share_one_member_size_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "s.sqlite3")
    seed(store)
    for i in range(40):
        store.annotations.add("C26/77", author="Ana", quote="main barrier", note=f"note {i}")
    written = tmp_path / "ok.cwgibundle"
    exchange_service.export_bundle(store, written)
    monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 2000)
    with pytest.raises(BundleRejected, match=r"annotations\.json' would expand"):
        exchange_service.import_bundle(Store(tmp_path / "r.sqlite3"), written)
    out = tmp_path / "out" / "b.cwgibundle"
    out.parent.mkdir()
    with pytest.raises(ExportRefused, match=r"annotations\.json' would expand") as exc:
        exchange_service.export_bundle(store, out)
    assert "\n" not in str(exc.value) and str(out) in str(exc.value)
    assert not out.exists() and leftovers(out.parent, set()) == []
    store.close()


def test_a_text_compressing_like_a_zip_bomb_is_refused_at_export(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "s.sqlite3")
    repeated, _ = store.contributions.add(
        sha256="rep", paragraphs=[("The same sentence again. " * 40, "body")] * 2000,
        metadata={"symbol": "C26/8-E"})
    store.annotations.add(repeated.id, author="Ana", quote="The same", paragraph=1)
    # The real floor is 10 MB at 200:1; scaled down, the same rule on both sides.
    monkeypatch.setattr(limits, "RATIO_FLOOR_BYTES", 100_000)
    monkeypatch.setattr(limits, "MAX_RATIO", 20)
    out = tmp_path / "out" / "b.cwgibundle"
    out.parent.mkdir()
    with pytest.raises(ExportRefused, match="compressed more than"):
        exchange_service.export_bundle(store, out, BundleFilter(with_texts=True))
    assert not out.exists() and leftovers(out.parent, set()) == []
    store.close()


def test_a_row_import_would_refuse_is_refused_at_export_naming_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "s.sqlite3"
    with Store(path) as store:
        seed(store)
        note = store.annotations.add("C26/77", author="A" * 600, quote="main barrier")
    out = tmp_path / "out" / "b.cwgibundle"
    out.parent.mkdir()
    assert main(["--db", str(path), "bundle", "export", "--out", str(out)]) == 1
    _refused_line(capsys, out, note.id, "author")
