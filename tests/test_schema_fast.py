"""The compiled validator (jsonschema-rs) only decides "valid"; jsonschema explains errors.

If the two ever disagreed in the lenient direction, a broken file would pass, so every
file of every fixture, valid or broken, must get the same verdict from both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa import schema
from ropa.load import read_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Every fixture file that parses to a mapping (the schema never sees the others).
FILES = sorted(
    path
    for path in FIXTURES.rglob("*")
    if path.suffix in (".yaml", ".yml")
    and path.is_file()
    and isinstance(read_source(str(path)).data, dict)
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fast_and_full_validators_agree(path: Path) -> None:
    source = read_source(str(path))
    full_errors = list(schema._validator().iter_errors(source.data))
    assert schema._fast_says_valid(source.data) == (not full_errors)


def test_values_the_fast_validator_cannot_take_fall_back_to_jsonschema() -> None:
    assert not schema._fast_says_valid({"organization": {"name": 10**100}})
