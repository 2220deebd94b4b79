"""Shared registries for the notice tests: the two example registries and the registry that
uses every version 1.1 field (`tests/fixtures/v11`), validated once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ropa.model import Registry
from ropa.notices import MissingTranslation, NoticeContent, build
from ropa.record import build_record
from ropa.validate import validate

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def load(path: Path) -> Registry:
    result = validate(str(path))
    assert result.registry is not None and result.errors == 0, result.findings
    return result.registry


@pytest.fixture(scope="session")
def ampere() -> Registry:
    return load(FIXTURES / "ampere")


@pytest.fixture(scope="session")
def lohnwerk() -> Registry:
    return load(FIXTURES / "lohnwerk")


@pytest.fixture(scope="session")
def uk_shop() -> Registry:
    """A British online shop whose record is kept under the UK GDPR."""
    return load(FIXTURES / "uk-shop")


@pytest.fixture(scope="session")
def lohnwerk5() -> Registry:
    """Lohnwerk with every text in English, German, Spanish, Italian and Dutch."""
    return load(FIXTURES / "lohnwerk-5")


@pytest.fixture(scope="session")
def v11() -> Registry:
    return load(FIXTURES / "v11")


def _content(registry: Registry, notice_id: str, lang: str) -> NoticeContent:
    built = build(build_record(registry), notice_id, lang)
    assert not isinstance(built, MissingTranslation), built.line()
    return built


@pytest.fixture(scope="session")
def content() -> Callable[[Registry, str, str], NoticeContent]:
    """Build a notice that must build: a missing translation fails the test with its place."""
    return _content


@pytest.fixture
def ampere_copy(tmp_path: Path) -> Path:
    """A writable copy of the Ampere registry, for tests that edit it."""
    target = tmp_path / "ampere"
    shutil.copytree(FIXTURES / "ampere", target)
    return target
