"""Our own workbook round trip loses nothing: each fixture registry exported to xlsx in
every language it declares, the workbooks imported, and the imported registry means the
same as the original.

"The same" is the model compared field by field, found by walking the model's dataclasses
(so a field added to `ropa.model` is compared without a line here), with texts read in
every registry language and file positions left aside; and `ropa diff` between the two
registries is empty. A second test makes sure that every field of the model holds a value
in some fixture, so that a field the hidden data sheet forgets is caught by the first.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ropa.model as model
from ropa.cli import main
from ropa.history.diff import compare
from ropa.model import Origin, Registry, Text, TextList
from ropa.record import build_record
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOT_REGISTRIES = {"invalid", "golden"}  # broken registries, for validate's tests
REGISTRIES = sorted(
    path.name for path in FIXTURES.iterdir() if path.is_dir() and path.name not in NOT_REGISTRIES
)
# Registry fields that are how the files were read, not what they say: the files, the
# texts written as language maps, the organisation entries (the one is `organization`),
# the id indexes.
READING = {"sources", "language_maps", "organizations", "_index"}
LEAVES = (Text, TextList, Origin)


def _registry(path: Path) -> Registry:
    result = validate(str(path), use_cache=False)
    assert result.errors == 0, f"{path} does not validate: {result.findings[:3]}"
    assert result.registry is not None
    return result.registry


def _skipped(value: Any, name: str) -> bool:
    return name == "origin" or (isinstance(value, Registry) and name in READING)


def _flat(value: Any, languages: tuple[str, ...], path: str = "") -> Iterator[tuple[str, Any]]:
    """Every leaf of the model as (path, value): a text as its version in each language,
    `profiling_origin` as whether `profiling:` is written, file positions left out."""
    if isinstance(value, Text | TextList):
        yield path, tuple((lang, value.get(lang)) for lang in languages)
    elif isinstance(value, Origin):
        yield path, "written"
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield path, type(value).__name__
        for item in dataclasses.fields(value):
            if not _skipped(value, item.name):
                yield from _flat(getattr(value, item.name), languages, f"{path}.{item.name}")
    elif isinstance(value, tuple):
        yield path, len(value)
        for index, child in enumerate(value):
            yield from _flat(child, languages, f"{path}[{index}]")
    else:
        yield path, value


def _meaning(registry: Registry) -> dict[str, Any]:
    return dict(_flat(registry, registry.languages))


def _differences(before: Registry, after: Registry) -> list[str]:
    old, new = _meaning(before), _meaning(after)
    return [
        f"{path}: {old.get(path, '(absent)')!r} → {new.get(path, '(absent)')!r}"
        for path in sorted(old.keys() | new.keys())
        if old.get(path) != new.get(path)
    ]


def _round_trip(source: Path, languages: tuple[str, ...], tmp_path: Path) -> Path:
    books = []
    for lang in languages:
        books.append(tmp_path / f"register.{lang}.xlsx")
        assert main(["export", "xlsx", str(source), "-o", str(books[-1]), "--lang", lang]) == 0
    imported = tmp_path / "imported"
    assert main(["import", *map(str, books), "-o", str(imported)]) == 0
    return imported


@pytest.mark.parametrize("name", REGISTRIES)
def test_export_then_import_gives_the_same_registry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    before = _registry(FIXTURES / name)
    imported = _round_trip(FIXTURES / name, before.languages, tmp_path)
    capsys.readouterr()
    after = _registry(imported)
    assert after.languages == before.languages
    report = (imported / "IMPORT-REPORT.md").read_text("utf-8")
    assert "| guesses to check | 0 |" in report and "| cells not imported | 0 |" in report
    assert (f"| notices | {len(before.notices)} |" in report) == bool(before.notices)
    assert _differences(before, after) == []
    assert compare(build_record(before), build_record(after)) == []
    assert main(["diff", "--from", str(FIXTURES / name), "--to", str(imported), str(imported)]) == 0
    assert "no change of meaning" in capsys.readouterr().out


# ------------------------------------------------------ every field is in some fixture


def _model_fields() -> list[tuple[type, str]]:
    """Every field of every dataclass the registry is made of, reached from `Registry`
    through the type annotations (texts and positions are leaves)."""
    found: list[tuple[type, str]] = []
    seen: set[type] = set()
    todo: list[type] = [Registry]
    while todo:
        owner = todo.pop(0)
        if owner in seen or owner in LEAVES:
            continue
        seen.add(owner)
        hints = typing.get_type_hints(owner, vars(model))
        for item in dataclasses.fields(owner):
            if item.name == "origin" or (owner is Registry and item.name in READING):
                continue
            found.append((owner, item.name))
            todo.extend(_dataclasses_in(hints[item.name]))
    return found


def _dataclasses_in(annotation: Any) -> list[type]:
    if dataclasses.is_dataclass(annotation) and isinstance(annotation, type):
        return [annotation]
    return [t for arg in typing.get_args(annotation) for t in _dataclasses_in(arg)]


def _unset(item: dataclasses.Field[Any], value: Any) -> Any:
    """The value a field has when a registry does not write it."""
    if item.default is not dataclasses.MISSING:
        return item.default
    if item.default_factory is not dataclasses.MISSING:
        return item.default_factory()
    if isinstance(value, tuple):
        return ()
    if isinstance(value, bool) and "None" not in str(item.type):
        return False
    return None


def _without(value: Any, owner: type, name: str) -> Any:
    """`value` with the field `owner.name` unset wherever it occurs."""
    if isinstance(value, LEAVES):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in dataclasses.fields(value):
            if _skipped(value, item.name):
                continue
            child = getattr(value, item.name)
            if type(value) is owner and item.name == name:
                changes[item.name] = _unset(item, child)
            elif (new := _without(child, owner, name)) is not child:
                changes[item.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = tuple(_without(child, owner, name) for child in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value


@pytest.fixture(scope="module")
def fixtures() -> dict[str, Registry]:
    return {name: _registry(FIXTURES / name) for name in REGISTRIES}


def test_the_model_has_the_fields_this_test_walks() -> None:
    names = {f"{owner.__name__}.{name}" for owner, name in _model_fields()}
    # a few of every kind, of version 1.0 and 1.1: the walk reaches nested entries
    assert {
        "Organization.jurisdiction",
        "DataSubject.minors",
        "Purpose.direct_marketing",
        "Recipient.arrangement",
        "Transfer.dpf_listing",
        "Transfer.authority_informed",
        "CategoryRetention.archive",
        "Notice.post_mortem_directives",
        "Risk.prevents_rights_or_service",
        "Activity.profiling_origin",
    } <= names


def test_every_field_of_the_model_has_a_value_in_a_fixture_and_is_compared(
    fixtures: dict[str, Registry],
) -> None:
    """For each field of the model, some fixture registry gives it a value, and the
    comparison of the round-trip test sees that value go: so a field that the data sheet
    does not carry fails that test. A field added to the model fails here until a
    fixture uses it (tests/fixtures/public-body and abroad exist for such fields)."""
    unused = []
    for owner, name in _model_fields():
        for registry in fixtures.values():
            if _differences(registry, _without(registry, owner, name)):
                break
        else:
            unused.append(f"{owner.__name__}.{name}")
    assert not unused, (
        f"no fixture registry gives these fields a value, so the workbook round trip does "
        f"not check them: {', '.join(unused)}; add them to a registry under tests/fixtures"
    )


@pytest.mark.parametrize(
    ("name", "field", "where"),
    [
        ("v11", "minors", "data_subjects[0].minors"),
        ("v11", "per_category", ".retention.per_category"),
        ("uk-shop", "jurisdiction", "organization.jurisdiction"),
    ],
)
def test_a_field_the_data_sheet_leaves_out_is_caught(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    field: str,
    where: str,
) -> None:
    from ropa.register import xlsx_data

    monkeypatch.setattr(xlsx_data, "NOT_WRITTEN", xlsx_data.NOT_WRITTEN | {field})
    before = _registry(FIXTURES / name)
    # read, not validated: without its field, the registry may well break rules
    after = validate(str(_round_trip(FIXTURES / name, before.languages, tmp_path))).registry
    assert after is not None
    capsys.readouterr()
    differences = _differences(before, after)
    assert differences and all(where in line for line in differences), differences
    assert compare(build_record(before), build_record(after))


def test_a_client_register_gives_back_that_client_s_part_of_the_registry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--client`: the data sheet holds what the visible sheets do, and nothing else."""
    book = tmp_path / "client.xlsx"
    source = FIXTURES / "lohnwerk"
    assert (
        main(["export", "xlsx", str(source), "--client", "stadtwerke-nordheim", "-o", str(book)])
        == 0
    )
    assert main(["import", str(book), "-o", str(tmp_path / "imported")]) == 0
    capsys.readouterr()
    before, after = _registry(source), _registry(tmp_path / "imported")
    assert [c.id for c in after.clients] == ["stadtwerke-nordheim"]
    assert after.notices == ()
    for activity in after.activities:
        assert activity.on_behalf_of == ("stadtwerke-nordheim",)
        original = before.activity(activity.id)
        assert original is not None and "stadtwerke-nordheim" in original.on_behalf_of
        narrowed = dataclasses.replace(original, on_behalf_of=activity.on_behalf_of)
        assert dict(_flat(narrowed, before.languages)) == dict(_flat(activity, before.languages))
    for recipient in after.recipients:
        assert dict(_flat(recipient, before.languages)) == dict(
            _flat(before.recipient(recipient.id), before.languages)
        )


def _schema_properties(schema: dict[str, Any], node: Any) -> dict[str, Any]:
    """The properties a schema node allows, through $ref, list items and alternatives."""
    if not isinstance(node, dict):
        return {}
    if "$ref" in node:
        return _schema_properties(schema, schema["$defs"][node["$ref"].split("/")[-1]])
    found = dict(node.get("properties", {}))
    if "items" in node:
        found.update(_schema_properties(schema, node["items"]))
    for key in ("anyOf", "oneOf", "allOf"):
        for alternative in node.get(key, []):
            found.update(_schema_properties(schema, alternative))
    return found


def test_every_field_of_the_registry_format_is_a_field_of_the_model() -> None:
    """The round trip compares models: a field of the files that the model does not hold
    would be lost on both sides unseen. So every property of the JSON Schema, walked from
    its top level along the model's types, is a field of the model."""
    from ropa.register.xlsx_data import FIELD_NAMES
    from ropa.schema import schema

    registry_format = schema()
    missing: list[str] = []
    todo: list[tuple[Any, type]] = [(registry_format, Registry)]
    seen: set[type] = set()
    while todo:
        node, owner = todo.pop()
        if owner in seen or owner in LEAVES:
            continue
        seen.add(owner)
        hints = typing.get_type_hints(owner, vars(model))
        fields = {FIELD_NAMES.get(f.name, f.name): f.name for f in dataclasses.fields(owner)}
        for key, sub in _schema_properties(registry_format, node).items():
            if key not in fields:
                missing.append(f"{owner.__name__}: {key}")
                continue
            todo.extend((sub, inner) for inner in _dataclasses_in(hints[fields[key]]))
    assert len(seen) > 15  # the walk reached the nested entries
    assert not missing, f"fields of the registry format the model does not hold: {missing}"
