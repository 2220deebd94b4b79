"""The command line as a user meets it: version, help, schema, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ropa import __version__
from ropa.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"ropa {__version__}\n"


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ropa", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"ropa {__version__}"


@pytest.mark.parametrize("example", ["ampere", "lohnwerk", "uk-shop"])
def test_examples_validate_without_errors(example: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(FIXTURES / example), "--no-cache", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 0, report["findings"]
    assert code == 0


def test_default_registry_is_the_ampere_example() -> None:
    shipped = sorted(p.relative_to(ROOT / "registry") for p in (ROOT / "registry").rglob("*.yaml"))
    fixture = sorted(
        p.relative_to(FIXTURES / "ampere") for p in (FIXTURES / "ampere").rglob("*.yaml")
    )
    assert shipped == fixture
    for relative in shipped:
        assert (ROOT / "registry" / relative).read_bytes() == (
            FIXTURES / "ampere" / relative
        ).read_bytes()


def test_errors_exit_1_with_positions(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(FIXTURES / "golden" / "broken"), "--no-cache"])
    out = capsys.readouterr().out
    assert code == 1
    assert "activities.yaml:7:21: error[ROPA021] unknown data subject 'customer'" in out


def test_strict_fails_on_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry = tmp_path / "registry.yaml"
    registry.write_text(
        (FIXTURES / "lohnwerk" / "registry.yaml")
        .read_text("utf-8")
        .replace(
            "  dpo:\n    name: Dr. Jana Vogt, external data protection officer\n"
            "    email: privacy@lohnwerk.example\n"
            "    address: Datenschutzkanzlei Vogt, Torstraße 5, 10119 Berlin, Germany\n",
            "",
        ),
        "utf-8",
    )
    assert main(["validate", str(registry), "--no-cache", "-f", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 0 and report["warnings"] >= 1
    assert main(["validate", str(registry), "--no-cache", "--strict", "-f", "json"]) == 1


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "does/not/exist"]) == 2
    assert "'does/not/exist' does not exist" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FIXTURES / "lohnwerk"), "--format", "xml"]) == 2
    assert "unknown format 'xml'" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error() -> None:
    assert main(["validate", "--colour"]) == 2


def test_schema_command_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert json.loads(printed)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert printed == (ROOT / "schemas" / "ropa.schema.json").read_text("utf-8")
