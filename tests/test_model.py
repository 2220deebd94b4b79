"""The model records every language-map text, so the language check can trust its list."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa.model import Registry, Text, TextList
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _walk(value: Any) -> Iterator[Text | TextList]:
    if isinstance(value, (Text, TextList)):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _walk(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in ("origin", "profiling_origin", "language_maps", "sources"):
                yield from _walk(getattr(value, field.name))


def _registry(name: str) -> Registry:
    registry = validate(str(FIXTURES / name)).registry
    assert registry is not None
    return registry


@pytest.mark.parametrize("name", ["ampere", "lohnwerk", "golden/broken"])
def test_language_maps_are_exactly_the_mapped_texts_of_every_entry(name: str) -> None:
    registry = _registry(name)
    walked = [
        text
        for kind in (
            "organizations",
            "data_subjects",
            "data_categories",
            "security_measures",
            "recipients",
            "clients",
            "activities",
            "notices",
        )
        for entry in getattr(registry, kind)
        for text in _walk(entry)
        if not text.neutral
        and not (isinstance(text, Text) and text.plain)
        and not (
            isinstance(text, TextList)
            and text.languages == (registry.default_language,)
            and name != "ampere"
        )
    ]
    recorded = {id(text) for text in registry.language_maps}
    assert {id(text) for text in walked} <= recorded
    if name == "ampere":
        assert len(registry.language_maps) > 50
