"""JSON Schema validation of each file, with every error placed at file:line:col."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from ropa.findings import Finding, Severity
from ropa.yamlsource import PathKey, SourceFile

if TYPE_CHECKING:
    from jsonschema import Validator
    from jsonschema.exceptions import ValidationError

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}

_PATTERN_HINTS = {
    "^[a-z0-9][a-z0-9-]*$": "an id in kebab-case, such as 'newsletter-subscribers'",
    "^[A-Z]{2}$": "an ISO 3166-1 alpha-2 country code, such as 'FR' or 'US'",
    "^[a-z]{2}$": "an ISO 639-1 language code, such as 'en' or 'fr'",
}


# Pattern hints by the $defs entry that carries the pattern.
_DEF_HINTS = {
    "duration": "an ISO 8601 duration such as P3Y (3 years), P13M (13 months) or P90D (90 days)",
    "date": "a date in the form YYYY-MM-DD",
    "phone": "a phone number",
    "email": "an email address",
}


@cache
def _pattern_hints() -> dict[str, str]:
    hints = dict(_PATTERN_HINTS)
    for name, definition in schema().get("$defs", {}).items():
        pattern = definition.get("pattern") if isinstance(definition, dict) else None
        if pattern and name in _DEF_HINTS:
            hints[pattern] = _DEF_HINTS[name]
    return hints


def schema_text() -> str:
    return resources.files("ropa").joinpath("data/ropa.schema.json").read_text("utf-8")


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded


@cache
def _validator() -> Validator:
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=("date", "email"))
    validator: Validator = Draft202012Validator(schema(), format_checker=checker)
    return validator


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    for kind, name in (
        (dict, "a mapping"),
        (list, "a list"),
        (str, "a string"),
        (int, "a number"),
        (float, "a number"),
    ):
        if isinstance(value, kind):
            return name
    return "nothing" if value is None else type(value).__name__


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "..."


def _found(value: Any) -> str:
    """What was written instead, as a message says it: "the string 'yes please'"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {_short(value)}"
    if isinstance(value, (int, float)):
        return f"the number {_short(value)}"
    if value is None:
        return "nothing (an empty value)"
    return f"{_describe(value)} {_short(value)}"


def _field(path: PathKey) -> str:
    """The field a value belongs to, as a message prefix: "vulnerable: ", "systems, item 2: "."""
    if not path:
        return ""
    if isinstance(path[-1], str):
        return f"{path[-1]}: "
    parent = next((part for part in reversed(path) if isinstance(part, str)), "")
    return f"{parent}, item {path[-1] + 1}: " if parent else ""


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _where(error: ValidationError) -> str:
    """Name the mapping an error is in: "activity 'newsletter'", "'retention'", "the file"."""
    path = list(error.absolute_path)
    if not path:
        return "the file (top level)"
    if isinstance(path[-1], str):
        return f"'{path[-1]}'"
    entry = error.instance
    from ropa.model import KIND_NAMES  # only on errors: the warm path never loads the model

    if len(path) == 2 and isinstance(entry, dict) and path[0] in KIND_NAMES:
        entry_id = entry.get("id")
        kind = KIND_NAMES[str(path[0])]
        return f"{kind} '{entry_id}'" if isinstance(entry_id, str) else kind
    parent = next((part for part in reversed(path) if isinstance(part, str)), "")
    return f"an item of '{parent}'" if parent else "this entry"


def _best(error: ValidationError) -> ValidationError:
    """For anyOf/oneOf, the alternative whose failure says the most about the value."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        instance = error.instance

        # Prefer alternatives of the same type as the value written.
        def fits(sub: ValidationError) -> bool:
            expected = sub.schema.get("type") if isinstance(sub.schema, dict) else None
            return expected is None or _describe(instance) == _TYPE_NAMES.get(str(expected), "")

        same_type = [sub for sub in error.context if sub.validator != "type" and fits(sub)]
        pool = same_type or [sub for sub in error.context if sub.validator != "type"]
        if pool:
            deepest = max(pool, key=lambda sub: len(sub.absolute_path))
            return _best(deepest)
    return error


def _message(error: ValidationError) -> tuple[str, str, PathKey, bool]:
    """(rule, message, path, at_key) for one schema error."""
    path: PathKey = tuple(error.absolute_path)
    validator = error.validator
    value = error.instance
    subschema = error.schema if isinstance(error.schema, dict) else {}
    if validator == "additionalProperties" and isinstance(value, dict):
        allowed = sorted(subschema.get("properties", {}))
        extra = [key for key in value if key not in allowed]
        key = str(extra[0]) if extra else ""
        where = _where(error)
        hint = _suggest(key, allowed)
        if not hint and allowed:
            hint = f"; allowed here: {', '.join(allowed)}"
        return "ROPA010", f"unknown key '{key}' in {where}{hint}", (*path, key), True
    if validator == "required":
        required = list(error.validator_value) if isinstance(error.validator_value, list) else []
        missing = next(
            (str(name) for name in required if isinstance(value, dict) and name not in value),
            str(error.validator_value),
        )
        return "ROPA011", f"missing required key '{missing}' in {_where(error)}", path, False
    alternatives = list(error.context or [])
    if (
        validator == "anyOf"
        and alternatives
        and all(sub.validator == "required" for sub in alternatives)
    ):
        options = " or ".join(f"'{_first(sub.validator_value)}'" for sub in alternatives)
        return "ROPA011", f"give at least one of {options} in {_where(error)}", path, False
    field = _field(path)
    if (
        validator in ("anyOf", "oneOf")
        and alternatives
        and all(sub.validator == "type" and not sub.relative_path for sub in alternatives)
    ):
        # No alternative accepts this type of value at all: say which types would do.
        names = " or ".join(
            dict.fromkeys(_TYPE_NAMES.get(str(sub.validator_value), "") for sub in alternatives)
        )
        return "ROPA012", f"{field}expected {names}, found {_found(value)}", path, False
    if validator == "enum":
        choices = [str(choice) for choice in _as_list(error.validator_value)]
        hint = _suggest(str(value), choices)
        return (
            "ROPA012",
            f"{field}{_short(value)} is not one of: {', '.join(choices)}{hint}",
            path,
            False,
        )
    if validator == "const":
        return (
            "ROPA012",
            f"{field}{_short(value)} must be {_short(error.validator_value)}",
            path,
            False,
        )
    if validator == "type":
        expected = error.validator_value
        names = (
            " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in expected)
            if isinstance(expected, list)
            else _TYPE_NAMES.get(str(expected), str(expected))
        )
        message = f"{field}expected {names}, found {_found(value)}"
        if expected == "array" and isinstance(value, dict):
            message = (
                f"{field}expected {names}, found a mapping: start each entry of the list with '- '"
            )
        elif (
            expected == "object"
            and isinstance(value, list)
            and value
            and all(isinstance(item, dict) for item in value)
        ):
            message = f"{field}expected {names}, found a list: remove the '- ' before its first key"
        return "ROPA012", message, path, False
    if validator == "pattern":
        described = _pattern_hints().get(str(error.validator_value))
        if described is None:
            described = f"a value matching {error.validator_value}"
        return "ROPA012", f"{field}{_short(value)} is not {described}", path, False
    if validator == "format":
        if error.validator_value == "date":
            if isinstance(value, str) and _DATE_SHAPE.match(value):
                return (
                    "ROPA012",
                    f"{field}{_short(value)} is not a calendar date: the month is 01 to 12 and the "
                    "day must exist in that month",
                    path,
                    False,
                )
            return (
                "ROPA012",
                f"{field}{_short(value)} is not a date in the form YYYY-MM-DD",
                path,
                False,
            )
        if error.validator_value == "email":
            return (
                "ROPA012",
                f"{field}{_short(value)} is not an email address, such as 'dpo@example.org'",
                path,
                False,
            )
        return (
            "ROPA012",
            f"{field}{_short(value)} is not a valid {error.validator_value}",
            path,
            False,
        )
    if validator in ("minItems", "minProperties", "minLength"):
        return "ROPA012", f"{_named(path)} must not be empty", path, False
    if validator == "uniqueItems":
        return "ROPA012", f"{_named(path)} holds the same item twice", path, False
    return "ROPA012", f"{_field(path)}{error.message}", path, False


_DATE_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _first(value: Any) -> str:
    return str(value[0]) if isinstance(value, list) and value else str(value)


def _named(path: PathKey) -> str:
    """How a message names the value at `path`: "'name'", "item 2 of 'systems'"."""
    if not path:
        return "the file"
    if isinstance(path[-1], str):
        return f"'{path[-1]}'"
    parent = next((part for part in reversed(path) if isinstance(part, str)), "")
    return f"item {path[-1] + 1} of '{parent}'" if parent else f"item {path[-1] + 1}"


def _names_a_key(error: ValidationError) -> bool:
    """Whether the error is about a mapping's key (propertyNames), not its value."""
    return "propertyNames" in error.relative_schema_path


def _errors(source: SourceFile) -> Iterator[ValidationError]:
    for error in _validator().iter_errors(source.data):
        best = _best(error)
        if _names_a_key(best) and best.parent is not None:
            # Every bad key of the mapping, not only the one picked as the best error.
            yield from (
                sibling
                for sibling in best.parent.context or []
                if _names_a_key(sibling) and sibling.absolute_path == best.absolute_path
            )
        else:
            yield best


def _unknown_keys(source: SourceFile, error: ValidationError) -> Iterator[Finding]:
    """One ROPA010 for each key the mapping may not hold (jsonschema reports them as one)."""
    subschema = error.schema if isinstance(error.schema, dict) else {}
    allowed = sorted(subschema.get("properties", {}))
    instance = error.instance if isinstance(error.instance, dict) else {}
    where = _where(error)
    for key in instance:
        if key in allowed:
            continue
        hint = _suggest(str(key), allowed)
        if not hint and allowed:
            hint = f"; allowed here: {', '.join(allowed)}"
        path: PathKey = (*error.absolute_path, str(key))
        yield Finding(
            "ROPA010", Severity.ERROR, f"unknown key '{key}' in {where}{hint}", source.key_loc(path)
        )


def _bad_key(source: SourceFile, error: ValidationError) -> Finding:
    """A key of a text that is not a language code, placed at the key itself."""
    bad = str(error.instance)
    return Finding(
        "ROPA012",
        Severity.ERROR,
        f"'{bad}' is not an ISO 639-1 language code, such as 'en' or 'fr'",
        source.key_loc((*error.absolute_path, bad)),
    )


@cache
def _fast_validator() -> Any:
    """jsonschema-rs, a compiled validator, when installed: it answers "is this file valid?"
    about a hundred times faster than jsonschema, which then only runs on invalid files to
    explain, in our words and at file:line:col, what is wrong."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.validator_for(schema(), validate_formats=True)


def _fast_says_valid(data: Any) -> bool:
    validator = _fast_validator()
    if validator is None:
        return False
    try:
        return bool(validator.is_valid(data))
    except Exception:  # a value it cannot convert (a huge integer...): let jsonschema judge
        return False


def check_source(source: SourceFile) -> list[Finding]:
    """Schema findings for one parsed file (nothing for files that did not parse)."""
    if not isinstance(source.data, dict):
        return []
    if _fast_says_valid(source.data):
        return []
    findings: list[Finding] = []
    for error in _errors(source):
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            findings.extend(_unknown_keys(source, error))
        elif _names_a_key(error):
            findings.append(_bad_key(source, error))
        else:
            rule, message, path, at_key = _message(error)
            location = source.key_loc(path) if at_key else source.loc(path)
            findings.append(Finding(rule, Severity.ERROR, message, location))
    return findings


def data_problems(data: dict[str, Any]) -> list[tuple[PathKey, str]]:
    """Schema problems of registry data that has no file positions (an entry read back
    from a workbook by `ropa import`): (path, message) each, in `ropa validate`'s words."""
    if _fast_says_valid(data):
        return []
    problems: list[tuple[PathKey, str]] = []
    for error in _validator().iter_errors(data):
        _, message, path, _ = _message(_best(error))
        problems.append((path, message))
    return problems
