"""Shared helpers for the register export tests: run `ropa export` in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REGISTRIES = Path(__file__).resolve().parent / "registries"
EXAMPLES = ("ampere", "lohnwerk")
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def export(what: str, registry: Path, target: Path, *extra: str) -> int:
    return main(["export", what, str(registry), "-o", str(target), *extra])


def export_once(factory: pytest.TempPathFactory, what: str, registry: Path, *extra: str) -> Path:
    """For module-scoped fixtures: export once, outside the autouse clock fixture."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        target = factory.mktemp(what) / f"{registry.name}.{what}"
        assert export(what, registry, target, *extra) == 0
    return target
