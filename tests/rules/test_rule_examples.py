"""The example registries, and the UK GDPR shop, hold up: no error today, and nothing at
all on a date when their reviews are recent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ropa.findings import Severity
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("example", ["ampere", "lohnwerk", "uk-shop"])
def test_example_is_clean_while_its_reviews_are_recent(example: str) -> None:
    result = validate(str(FIXTURES / example), today=date(2026, 6, 1))
    assert result.findings == []


@pytest.mark.parametrize("example", ["ampere", "lohnwerk", "uk-shop"])
def test_example_only_asks_for_a_review_once_it_is_old(example: str) -> None:
    result = validate(str(FIXTURES / example), today=date(2027, 6, 1))
    assert result.errors == 0
    assert {f.rule for f in result.findings} == {"ROPA150"}
    assert all(f.severity is Severity.WARNING for f in result.findings)
