"""Checks of issue 11 on the format side: real ISO country codes, no cascade after a file
that does not parse, dates, and messages that name the field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ropa.findings import Finding
from ropa.validate import validate
from small_registry import CLEAN, ORGANIZATION, VOCABULARY


def _write(
    folder: Path, country: str = "FR", recipient_country: str = "FR", extra: str = ""
) -> Path:
    """The small clean registry, with the organisation in `country`, the recipient in
    `recipient_country`, and `extra` after the entries."""
    folder.mkdir(exist_ok=True)
    organization = ORGANIZATION.replace("  country: FR\n", f"  country: {country}\n")
    entries = VOCABULARY + CLEAN.replace("    country: FR\n", f"    country: {recipient_country}\n")
    (folder / "organization.yaml").write_text(organization, "utf-8")
    (folder / "entries.yaml").write_text(entries + extra, "utf-8")
    return folder


def _run(folder: Path, today: date = date(2026, 6, 1)) -> list[Finding]:
    result = validate(str(folder), today=today)
    assert result.problem is None
    return result.findings


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")


def _line(path: Path, marker: str) -> int:
    lines = path.read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if marker in line)


# ---------------------------------------------------------------- country codes


def test_a_clean_registry_has_no_finding(tmp_path: Path) -> None:
    assert _run(_write(tmp_path / "r")) == []


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        (
            "UK",
            "country: 'UK' is not an ISO 3166-1 alpha-2 country code: the United Kingdom is 'GB'",
        ),
        ("EL", "country: 'EL' is not an ISO 3166-1 alpha-2 country code: Greece is 'GR'"),
        ("XX", "country: 'XX' is not an ISO 3166-1 alpha-2 country code that exists"),
    ],
)
def test_country_codes_must_exist(tmp_path: Path, code: str, fragment: str) -> None:
    folder = _write(tmp_path / "r", recipient_country=code)
    (finding,) = _run(folder)
    assert finding.rule == "ROPA012"
    assert finding.severity.value == "error"
    assert fragment in finding.message
    entries = folder / "entries.yaml"
    assert (finding.location.file, finding.location.line) == (
        str(entries),
        _line(entries, f"country: {code}"),
    )
    assert finding.location.column == 14


def test_organisation_and_transfer_countries_are_checked(tmp_path: Path) -> None:
    extra = ""
    folder = _write(tmp_path / "r", country="UK", extra=extra)
    (finding,) = _run(folder)
    assert "the United Kingdom is 'GB'" in finding.message
    assert finding.location.file.endswith("organization.yaml")
    assert finding.location.line == 4


def test_existing_codes_outside_the_eu_are_accepted(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r", recipient_country="GB")
    _edit(
        folder / "entries.yaml",
        "    contract: {type: dpa, date: 2024-01-01}\n",
        "    contract: {type: dpa, date: 2024-01-01}\n"
        "    transfers:\n      - {country: GB, mechanism: adequacy}\n",
    )
    assert _run(folder) == []


# ---------------------------------------------------------------- no cascade


def test_a_file_that_does_not_parse_gives_one_error(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r")
    # The vocabulary moves to a file with a syntax error: the activity's references to it
    # cannot be checked, and are not called unknown.
    entries = (folder / "entries.yaml").read_text("utf-8")
    vocabulary, rest = entries.split("recipients:\n", 1)
    (folder / "entries.yaml").write_text("recipients:\n" + rest, "utf-8")
    (folder / "vocabulary.yaml").write_text(vocabulary + "  - id: [broken\n", "utf-8")
    findings = _run(folder)
    errors = [f for f in findings if f.severity.value == "error"]
    assert [f.rule for f in errors] == ["ROPA001"]
    assert errors[0].location.file.endswith("vocabulary.yaml")
    (note,) = [f for f in findings if f.rule == "ROPA026"]
    assert note.severity.value == "info"
    assert "2 references could not be checked, because" in note.message
    assert "vocabulary.yaml could not be read and may define them" in note.message
    assert "data subject 'customers' at" in note.message
    assert note.location == errors[0].location


def test_without_a_parse_error_unknown_references_are_errors(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r")
    _edit(folder / "entries.yaml", "[customers]", "[customer]")
    (finding,) = _run(folder)
    assert finding.rule == "ROPA021"
    assert "unknown data subject 'customer'; did you mean 'customers'?" in finding.message


# ---------------------------------------------------------------- messages name the field


def test_a_wrong_type_names_its_field(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r")
    entries = folder / "entries.yaml"
    _edit(entries, "    name: Customers\n", "    name: Customers\n    vulnerable: yes please\n")
    (finding,) = _run(folder)
    assert finding.rule == "ROPA012"
    assert finding.message == "vulnerable: expected true or false, found the string 'yes please'"
    assert (finding.location.line, finding.location.column) == (
        _line(entries, "vulnerable:"),
        17,
    )


def test_a_wrong_value_in_a_list_names_the_list_and_the_item(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r")
    entries = folder / "entries.yaml"
    _edit(
        entries,
        "    retention: {period: P3Y}\n",
        "    retention: {period: P3Y}\n    systems: [CRM, 42]\n",
    )
    (finding,) = _run(folder)
    assert finding.message == "systems, item 2: expected a string, found the number 42"
    assert (finding.location.line, finding.location.column) == (_line(entries, "systems:"), 20)


def test_an_unknown_choice_names_its_field(tmp_path: Path) -> None:
    folder = _write(tmp_path / "r")
    entries = folder / "entries.yaml"
    _edit(entries, "role: processor", "role: procesor")
    (finding,) = _run(folder)
    assert finding.message.startswith("role: 'procesor' is not one of: processor,")
    assert finding.message.endswith("did you mean 'processor'?")
