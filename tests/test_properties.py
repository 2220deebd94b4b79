"""Property-based tests: whatever the input, ropa answers with findings, never a crash.

(a) Registries generated from the JSON Schema's own vocabulary (its keys, enums, id pools,
    languages and countries), with values of the wrong type mixed in, always give a
    Validation: findings or none, never an exception.
(b) Random mutations of the two example registries (a line deleted, swapped, duplicated,
    an entry duplicated, a value's type changed, random unicode inserted, the text cut
    short) never crash the parser, the loader or the validator.

Example counts stay modest so CI is fast. For a longer run:
    ROPA_PROPERTY_EXAMPLES=5000 pytest tests/test_properties.py
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ropa import schema as ropa_schema
from ropa.findings import Finding, Severity
from ropa.load import load
from ropa.validate import Validation, validate
from ropa.yamlsource import parse

EXAMPLES = int(os.environ.get("ROPA_PROPERTY_EXAMPLES", "60"))
PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TODAY = date(2025, 12, 1)
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES_ON_DISK = {"lohnwerk": FIXTURES / "lohnwerk", "ampere": FIXTURES / "ampere"}

# Small pools, so that generated references sometimes resolve and sometimes do not.
IDS = ["newsletter", "payroll", "staff", "customers", "mailer", "acme", "encryption", "x"]
LANGUAGES = ["en", "fr", "de", "english", "e"]
COUNTRIES = ["FR", "DE", "US", "IN", "GB", "AE", "CH", "ZZ", "France"]
DATES = ["2024-01-15", "2023-02-29", "2023-13-45", "15/01/2024", "2024-1-5"]
DURATIONS = ["P3Y", "P13M", "P90D", "PT12H", "3 years", "P"]
EMAILS = ["dpo@example.org", "not-an-email", "@", "a@b"]

_JUNK: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.lists(st.text(max_size=6), max_size=3),
    st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=3),
)

_BY_DEFINITION: dict[str, st.SearchStrategy[Any]] = {
    "id": st.sampled_from(IDS) | st.text(max_size=10),
    "languageCode": st.sampled_from(LANGUAGES),
    "countryCode": st.sampled_from(COUNTRIES),
    "date": st.sampled_from(DATES),
    "duration": st.sampled_from(DURATIONS),
    "email": st.sampled_from(EMAILS),
}


def _definition(reference: str) -> tuple[str, dict[str, Any]]:
    name = reference.rsplit("/", 1)[-1]
    found: dict[str, Any] = ropa_schema.schema()["$defs"][name]
    return name, found


def _from_schema(node: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that follow `node` most of the time, and a value of any type now and then,
    at every level: a list where a mapping belongs, a number where a list belongs..."""
    if not isinstance(node, dict) or depth > 8:
        return _JUNK
    following = _following(node, depth)
    return st.one_of(following, following, _JUNK)


def _following(node: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if "$ref" in node:
        name, target = _definition(node["$ref"])
        if name in _BY_DEFINITION:
            return _BY_DEFINITION[name] | _JUNK
        return _from_schema(target, depth + 1)
    if "enum" in node:
        choices = list(node["enum"])
        typos = [str(choice)[:-1] for choice in choices[:2]]
        return st.sampled_from(choices) | st.sampled_from(typos) | _JUNK
    for combinator in ("anyOf", "oneOf"):
        if combinator in node:
            return st.one_of([_from_schema(option, depth + 1) for option in node[combinator]])
    kind = node.get("type")
    if kind == "object":
        properties: dict[str, Any] = node.get("properties", {})
        if not properties:
            value_schema = node.get("additionalProperties")
            keys = st.sampled_from(LANGUAGES) | st.text(max_size=4)
            return st.dictionaries(keys, _from_schema(value_schema, depth + 1), max_size=3)
        required = set(node.get("required", []))
        fields = {key: _from_schema(sub, depth + 1) for key, sub in sorted(properties.items())}
        return st.fixed_dictionaries(
            {key: value for key, value in fields.items() if key in required},
            optional={
                **{key: value for key, value in fields.items() if key not in required},
                "unknwon_key": _JUNK,
            },
        )
    if kind == "array":
        return st.lists(_from_schema(node.get("items"), depth + 1), max_size=3)
    if kind == "boolean":
        return st.booleans() | st.sampled_from(["yes", "no"])
    if kind == "string":
        return st.text(max_size=20) | st.sampled_from(IDS)
    return _JUNK


# Built once: a strategy tree for the whole schema is large.
_TOP: dict[str, Any] = ropa_schema.schema()["properties"]
_ORGANIZATION = _from_schema(_TOP["organization"])
_ENTRIES = {
    key: _from_schema(node.get("items"))
    for key, node in sorted(_TOP.items())
    if isinstance(node, dict) and node.get("type") == "array"
}


@st.composite
def registries(draw: st.DrawFn) -> list[dict[str, Any]]:
    """One to three files' worth of top-level mappings: most top-level lists present, with
    a few entries each (hypothesis alone would mostly draw near-empty registries)."""
    document: dict[str, Any] = {}
    if draw(st.integers(min_value=0, max_value=9)):
        document["organization"] = draw(_ORGANIZATION)
    for key, entry in _ENTRIES.items():
        if draw(st.integers(min_value=0, max_value=3)):
            wrong_type = draw(st.integers(min_value=0, max_value=9)) == 0
            document[key] = draw(_JUNK if wrong_type else st.lists(entry, min_size=1, max_size=3))
    if draw(st.integers(min_value=0, max_value=9)) == 0:
        document["unknwon_key"] = draw(_JUNK)
    files = draw(st.integers(min_value=1, max_value=3))
    parts: list[dict[str, Any]] = [{} for _ in range(files)]
    for key in sorted(document):
        parts[draw(st.integers(min_value=0, max_value=files - 1))][key] = document[key]
    return parts


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A fresh folder for one hypothesis example (pytest's tmp_path is one per test)."""
    where = tempfile.mkdtemp(prefix="ropa-property-")
    try:
        yield Path(where)
    finally:
        shutil.rmtree(where, ignore_errors=True)


def _assert_well_formed(result: Validation, root: Path) -> None:
    assert isinstance(result, Validation)
    for finding in result.findings:
        assert isinstance(finding, Finding)
        assert isinstance(finding.severity, Severity)
        assert finding.rule.startswith("ROPA")
        assert finding.message
        assert finding.location.file.startswith(str(root))
        assert finding.location.line >= 0 and finding.location.column >= 0


@PROPERTY_SETTINGS
@given(registries())
def test_generated_registries_validate_or_yield_findings(parts: list[dict[str, Any]]) -> None:
    with scratch_folder() as root:
        for index, part in enumerate(parts):
            # JSON is YAML: the values reach the loader exactly as generated.
            (root / f"part-{index}.yaml").write_text(
                json.dumps(part, ensure_ascii=False, allow_nan=True), "utf-8"
            )
        result = validate(str(root), today=TODAY)
        _assert_well_formed(result, root)


# ------------------------------------------------------------------------ mutations

VALUES_OF_ANOTHER_TYPE = [
    "[]",
    "{}",
    "42",
    "true",
    "null",
    "''",
    "[a, [b]]",
    "{a: {b: c}}",
    "-",
    "*missing",
    "&anchor",
    "!!str",
    "'unterminated",
    "|",
    ">-",
]


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """The text after one to three random edits."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        if not lines:
            lines = [""]
        kind = draw(
            st.sampled_from(
                ["delete", "swap", "duplicate", "entry", "retype", "unicode", "truncate", "indent"]
            )
        )
        at = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        if kind == "delete":
            del lines[at]
        elif kind == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "entry":
            # Copy a whole list entry (from its '- ' to the next one at its indentation).
            starts = [i for i, line in enumerate(lines) if line.lstrip().startswith("- ")]
            if starts:
                start = draw(st.sampled_from(starts))
                indent = len(lines[start]) - len(lines[start].lstrip())
                end = start + 1
                while end < len(lines) and (
                    not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
                ):
                    end += 1
                lines[end:end] = lines[start:end]
        elif kind == "retype":
            line = lines[at]
            if ": " in line:
                key = line.split(": ", 1)[0]
                lines[at] = f"{key}: {draw(st.sampled_from(VALUES_OF_ANOTHER_TYPE))}"
        elif kind == "unicode":
            line = lines[at]
            cut = draw(st.integers(min_value=0, max_value=len(line)))
            lines[at] = line[:cut] + draw(st.text(min_size=1, max_size=4)) + line[cut:]
        elif kind == "indent":
            lines[at] = draw(st.sampled_from([" ", "\t", "  - ", ""])) + lines[at].lstrip()
        else:
            joined = "\n".join(lines)
            lines = joined[: draw(st.integers(min_value=0, max_value=len(joined)))].split("\n")
    return "\n".join(lines)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.yaml"))


@PROPERTY_SETTINGS
@given(st.data())
def test_mutated_examples_never_crash(data: st.DataObject) -> None:
    example = data.draw(st.sampled_from(sorted(EXAMPLES_ON_DISK)))
    with scratch_folder() as root:
        registry = root / example
        shutil.copytree(EXAMPLES_ON_DISK[example], registry)
        target = data.draw(st.sampled_from(_yaml_files(registry)))
        text = data.draw(mutated(target.read_text("utf-8")))
        raw = text.encode("utf-8", errors="surrogatepass")
        target.write_bytes(raw)

        source = parse(str(target), raw)
        assert source.data is not None or source.findings
        loaded = load(str(registry))
        assert loaded.problem is None
        result = validate(str(registry), today=TODAY)
        _assert_well_formed(result, root)


@PROPERTY_SETTINGS
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes_never_crash_the_parser(raw: bytes) -> None:
    source = parse("bytes.yaml", raw)
    assert source.data is not None or source.findings
