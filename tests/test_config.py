"""Configuration: where it is found, what it may say, and silencing findings in place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ropa.catalog import all_rules
from ropa.cli import main
from ropa.config import Config, load_config
from ropa.findings import Severity
from ropa.validate import validate
from small_registry import CLEAN, ORGANIZATION, VOCABULARY

KNOWN = set(all_rules())


def _registry(folder: Path, comment: str = "", trailer: str = "") -> Path:
    """A registry whose only finding, on 2026-01-01, is ROPA130 at the 'hosting' line."""
    text = (
        (ORGANIZATION + VOCABULARY + CLEAN)
        .replace("    contract: {type: dpa, date: 2024-01-01}\n", "")
        .replace("    last_reviewed: 2026-01-10\n", "    last_reviewed: 2025-01-15\n")
        .replace("  - id: hosting\n", f"{comment}  - id: hosting{trailer}\n")
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "registry.yaml"
    path.write_text(text, "utf-8")
    return path


def _rules(path: Path, today: date = date(2026, 1, 1)) -> list[tuple[str, Severity]]:
    config, problems = load_config(str(path), KNOWN)
    assert problems == []
    return [(f.rule, f.severity) for f in validate(str(path), config, today).findings]


def test_without_configuration_the_defaults_apply(tmp_path: Path) -> None:
    registry = _registry(tmp_path / "project" / "registry")
    assert load_config(str(registry), KNOWN) == (Config(), [])
    assert _rules(registry) == [("ROPA130", Severity.WARNING)]


def test_ropa_toml_beside_the_registry(tmp_path: Path) -> None:
    registry = _registry(tmp_path / "registry")
    (tmp_path / "registry" / "ropa.toml").write_text('[rules]\nROPA130 = "error"\n')
    assert _rules(registry) == [("ROPA130", Severity.ERROR)]


def test_tool_ropa_in_pyproject_of_the_parent_folder(tmp_path: Path) -> None:
    registry = _registry(tmp_path / "registry")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.ropa.rules]\nropa130 = "Off"\n'
    )
    assert _rules(registry) == []


def test_ropa_toml_comes_before_pyproject(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.ropa.rules]\nROPA130 = "off"\n')
    (tmp_path / "ropa.toml").write_text('[rules]\nROPA130 = "info"\n')
    assert _rules(registry) == [("ROPA130", Severity.INFO)]


def test_pyproject_without_ropa_settings_is_passed_over(tmp_path: Path) -> None:
    registry = _registry(tmp_path / "registry")
    (tmp_path / "registry" / "pyproject.toml").write_text("[tool.black]\nline-length = 99\n")
    (tmp_path / "ropa.toml").write_text('[rules]\nROPA130 = "off"\n')
    assert _rules(registry) == []


def test_review_months(tmp_path: Path) -> None:
    registry = _registry(tmp_path)
    later = date(2026, 3, 1)  # 13 months after the review of 2025-01-15
    assert ("ROPA150", Severity.WARNING) in _rules(registry, later)
    (tmp_path / "ropa.toml").write_text("review_months = 18\n")
    assert ("ROPA150", Severity.WARNING) not in _rules(registry, later)


@pytest.mark.parametrize(
    ("toml", "message", "line"),
    [
        ('[rules]\nROPA130 = "off"\nROPA999 = "off"\n', "unknown rule 'ROPA999'", 3),
        ('[rules]\nROPA130 = "loud"\n', "'loud' is not one of error, warning, info, off", 2),
        ("review_months = 0\n", "'review_months' must be a whole number", 1),
        ('\nreview_months = "a year"\n', "'review_months' must be a whole number", 2),
        ("rules = 3\n", "'rules' must be a table", 1),
        ("\nreview_month = 6\n", "unknown setting 'review_month'", 2),
        ("[rules\n", "cannot read configuration", 1),
    ],
)
def test_invalid_configuration_stops_validate_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], toml: str, message: str, line: int
) -> None:
    registry = _registry(tmp_path)
    (tmp_path / "ropa.toml").write_text(toml)
    assert main(["validate", "--no-cache", str(registry)]) == 2
    captured = capsys.readouterr()
    assert f"ropa.toml:{line}:1: error[ROPA090]" in captured.err
    assert message in captured.err
    assert captured.out == ""


def test_severity_override_changes_the_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = _registry(tmp_path)
    assert main(["validate", "--no-cache", str(registry)]) == 0
    (tmp_path / "ropa.toml").write_text('[rules]\nROPA130 = "error"\n')
    assert main(["validate", "--no-cache", str(registry)]) == 1
    assert "error[ROPA130] processor 'hosting' has no contract" in capsys.readouterr().out


def test_ignore_comment_on_the_same_line(tmp_path: Path) -> None:
    registry = _registry(tmp_path, trailer="  # ropa: ignore[ROPA130] signed on paper in 2019")
    assert _rules(registry) == []


def test_ignore_comment_on_the_line_above(tmp_path: Path) -> None:
    registry = _registry(tmp_path, comment="  # ropa: ignore[ROPA112, ROPA130] on paper\n")
    assert _rules(registry) == []


def test_ignore_comment_for_another_rule_silences_nothing(tmp_path: Path) -> None:
    registry = _registry(tmp_path, trailer="  # ropa: ignore[ROPA131] wrong rule")
    assert _rules(registry) == [("ROPA130", Severity.WARNING)]
