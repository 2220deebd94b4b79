"""Per-project settings: rule severities and the review age.

Read from `ropa.toml` (top-level keys) or `[tool.ropa]` in `pyproject.toml`, looked for
in the registry folder and then in the folder that holds it. Example::

    [tool.ropa]
    review_months = 18
    [tool.ropa.rules]
    ROPA130 = "off"
    ROPA112 = "error"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa.findings import Finding, Location, Severity

SEVERITY_WORDS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


@dataclass(frozen=True)
class Config:
    severities: dict[str, Severity | None] = field(default_factory=dict)
    review_months: int = 12
    source: str | None = None


def _candidates(registry_path: str) -> list[Path]:
    path = Path(registry_path)
    folder = path if path.is_dir() else path.parent
    result: list[Path] = []
    for base in (folder, folder.parent):
        result.extend((base / "ropa.toml", base / "pyproject.toml"))
    return result


def _settings(candidate: Path) -> dict[str, Any] | None:
    try:
        document = tomllib.loads(candidate.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if candidate.name == "ropa.toml":
        return document
    tool = document.get("tool")
    if isinstance(tool, dict) and isinstance(tool.get("ropa"), dict):
        settings: dict[str, Any] = tool["ropa"]
        return settings
    return None


def load_config(registry_path: str, known_rules: set[str]) -> tuple[Config, list[Finding]]:
    """The first configuration found beside the registry, and any problems in it."""
    for candidate in _candidates(registry_path):
        if not candidate.is_file():
            continue
        if candidate.name == "ropa.toml":
            try:
                tomllib.loads(candidate.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                return Config(source=str(candidate)), [
                    Finding("ROPA090", Severity.ERROR, f"cannot read configuration: {exc}",
                            Location(str(candidate), 1, 1))
                ]
        settings = _settings(candidate)
        if settings is None:
            continue
        return parse_settings(settings, str(candidate), known_rules)
    return Config(), []


def parse_settings(
    settings: dict[str, Any], source: str, known_rules: set[str]
) -> tuple[Config, list[Finding]]:
    problems: list[Finding] = []
    where = Location(source)

    def problem(message: str) -> None:
        problems.append(Finding("ROPA090", Severity.ERROR, message, where))

    severities: dict[str, Severity | None] = {}
    rules = settings.get("rules", {})
    if not isinstance(rules, dict):
        problem("'rules' must be a table of rule ids, such as ROPA112 = \"warning\"")
        rules = {}
    for rule_id, level in rules.items():
        rule = str(rule_id).upper()
        if rule not in known_rules:
            problem(f"unknown rule '{rule_id}' in configuration: see 'ropa rules'")
            continue
        word = str(level).lower()
        if word == "off":
            severities[rule] = None
        elif word in SEVERITY_WORDS:
            severities[rule] = SEVERITY_WORDS[word]
        else:
            problem(f"rule {rule}: '{level}' is not one of error, warning, info, off")
    review_months = settings.get("review_months", 12)
    if isinstance(review_months, bool) or not isinstance(review_months, int) or review_months < 1:
        problem("'review_months' must be a whole number of months, at least 1")
        review_months = 12
    for key in settings:
        if key not in ("rules", "review_months"):
            problem(f"unknown setting '{key}': ropa reads 'rules' and 'review_months'")
    return Config(severities, review_months, source), problems
