"""The JSON Schema: one source of truth, shipped in the package, documented throughout."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "src" / "ropa" / "data" / "ropa.schema.json"
PUBLISHED = ROOT / "schemas" / "ropa.schema.json"


def _schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PACKAGED.read_text("utf-8"))
    return loaded


def _objects(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _objects(value, f"{where}/{index}")


def test_published_copy_is_identical_to_the_packaged_schema() -> None:
    assert PUBLISHED.read_bytes() == PACKAGED.read_bytes()


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(_schema())


def test_every_property_has_a_description() -> None:
    missing = [
        f"{where}/properties/{name}"
        for where, node in _objects(_schema())
        for name, prop in (node.get("properties") or {}).items()
        if isinstance(node.get("properties"), dict)
        and "description" not in prop
        and "/if" not in where  # conditions restate properties, they do not define them
    ]
    assert missing == []


def test_every_object_forbids_unknown_keys() -> None:
    open_objects = [
        where
        for where, node in _objects(_schema())
        if node.get("type") == "object"
        and node.get("additionalProperties") is not False
        and "propertyNames" not in node
    ]
    assert open_objects == []
