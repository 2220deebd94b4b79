"""The caches make an unchanged registry cheap, and never hide a change."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ropa.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from ropa import cache

    folder = tmp_path / "cache"
    monkeypatch.setenv("ROPA_CACHE_DIR", str(folder))
    cache.cache_dir.cache_clear()
    yield folder
    cache.cache_dir.cache_clear()


def _run(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["validate", str(path), "-f", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_a_change_after_a_cached_run_is_seen(
    tmp_path: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "registry"
    shutil.copytree(FIXTURES / "ampere", registry)
    assert _run(registry, capsys)[0] == 0
    assert _run(registry, capsys)[0] == 0  # served from the cache
    assert any((cache_dir / "results").iterdir())

    newsletter = registry / "activities" / "newsletter.yaml"
    newsletter.write_text(
        newsletter.read_text("utf-8").replace("legal_basis: consent", "legal_basis: consnt"),
        "utf-8",
    )
    code, report = _run(registry, capsys)
    assert code == 1
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("ROPA012", 10)]


def test_configuration_is_part_of_the_key(
    tmp_path: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "registry"
    shutil.copytree(FIXTURES / "golden" / "broken", registry)
    assert _run(registry, capsys)[1]["errors"] == 3
    (registry / "ropa.toml").write_text('[rules]\nROPA010 = "warning"\n', "utf-8")
    code, report = _run(registry, capsys)
    assert code == 1
    assert (report["errors"], report["warnings"]) == (2, 1)


def test_corrupt_entries_are_rebuilt(
    tmp_path: Path, cache_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = FIXTURES / "golden" / "broken"
    first = _run(registry, capsys)
    for entry in cache_dir.rglob("*.marshal"):
        entry.write_bytes(b"\x00not marshal")
    assert _run(registry, capsys) == first
    assert _run(registry, capsys, "--no-cache") == first
