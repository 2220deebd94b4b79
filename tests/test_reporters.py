"""The four output formats of `ropa validate`, checked against golden files.

Regenerate the golden files after an intended change with:
    ROPA_UPDATE_GOLDEN=1 pytest tests/test_reporters.py
and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from ropa.reporters import Format, reporter
from ropa.validate import validate

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
BROKEN = "tests/fixtures/golden/broken"


@pytest.fixture
def result(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    return validate(BROKEN, today=date(2026, 6, 1))


@pytest.mark.parametrize(
    ("output_format", "golden"),
    [
        (Format.TEXT, "validate.txt"),
        (Format.JSON, "validate.json"),
        (Format.GITHUB, "validate.github.txt"),
        (Format.SARIF, "validate.sarif"),
    ],
)
def test_output_matches_golden(result, output_format: Format, golden: str) -> None:  # type: ignore[no-untyped-def]
    rendered = reporter(output_format)(result)
    path = GOLDEN / golden
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_text_lines_have_path_line_column_severity_and_rule(result) -> None:  # type: ignore[no-untyped-def]
    lines = reporter(Format.TEXT)(result).splitlines()
    assert (
        "tests/fixtures/golden/broken/activities.yaml:7:21: error[ROPA021] "
        "unknown data subject 'customer'; did you mean 'customers'?"
    ) in lines
    assert lines[-1].startswith(f"{result.errors} errors")


def test_json_is_the_documented_interface(result) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(reporter(Format.JSON)(result))
    assert set(document) == {"errors", "warnings", "findings"}
    assert document["errors"] == result.errors
    first = document["findings"][0]
    assert set(first) == {"rule", "severity", "message", "file", "line", "column"}
    unknown = [f for f in document["findings"] if f["rule"] == "ROPA010"]
    assert unknown == [
        {
            "rule": "ROPA010",
            "severity": "error",
            "message": unknown[0]["message"],
            "file": "tests/fixtures/golden/broken/activities.yaml",
            "line": 12,
            "column": 5,
        }
    ]
    assert unknown[0]["message"].startswith("unknown key 'colour' in activity 'orders'")


def test_github_annotations_escape_and_place(result) -> None:  # type: ignore[no-untyped-def]
    lines = reporter(Format.GITHUB)(result).splitlines()
    assert (
        "::error file=tests/fixtures/golden/broken/activities.yaml,line=9,col=25,"
        "title=ROPA012::[ROPA012] period: '3 years' is not an ISO 8601 duration"
    ) in "\n".join(lines)


def test_sarif_lists_every_rule_and_indexes_results(result) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(reporter(Format.SARIF)(result))
    assert document["version"] == "2.1.0"
    run = document["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert "ROPA021" in ids and ids == sorted(ids)
    for entry in run["results"]:
        assert rules[entry["ruleIndex"]]["id"] == entry["ruleId"]
        region = entry["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert entry["level"] in ("error", "warning", "note")
