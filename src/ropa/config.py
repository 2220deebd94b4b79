"""Per-project settings: rule severities and the review age.

Read from `ropa.toml` (top-level keys) or `[tool.ropa]` in `pyproject.toml`, looked for
in the registry folder and then in the folder that holds it; the first file that holds
ropa settings wins, and `ropa.toml` comes before `pyproject.toml` in the same folder.
Example::

    [tool.ropa]
    review_months = 18
    [tool.ropa.rules]
    ROPA130 = "off"
    ROPA112 = "error"

Every problem (a file that is not TOML, an unknown rule id, an unknown severity or
setting) is a ROPA090 finding at the line concerned; `ropa validate` stops with exit 2.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa.findings import Finding, Location, Severity

SEVERITY_WORDS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}
SETTINGS = ("rules", "review_months")
DEFAULT_REVIEW_MONTHS = 12


@dataclass(frozen=True)
class Config:
    severities: dict[str, Severity | None] = field(default_factory=dict)
    review_months: int = DEFAULT_REVIEW_MONTHS
    source: str | None = None


def _candidates(registry_path: str) -> list[Path]:
    path = Path(registry_path)
    folder = path if path.is_dir() else path.parent
    result: list[Path] = []
    for base in (folder, folder.parent):
        result.extend((base / "ropa.toml", base / "pyproject.toml"))
    return result


def _problem(message: str, source: str, line: int = 1) -> Finding:
    return Finding("ROPA090", Severity.ERROR, message, Location(source, line, 1))


def load_config(
    registry_path: str, known_rules: set[str] | Callable[[], set[str]]
) -> tuple[Config, list[Finding]]:
    """The first configuration found beside the registry, and any problems in it.

    `known_rules` may be a function, called only when there is a configuration to check,
    so a registry without one never pays for importing every rule."""
    for candidate in _candidates(registry_path):
        if not candidate.is_file():
            continue
        try:
            text = candidate.read_text("utf-8")
            document = tomllib.loads(text)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return Config(source=str(candidate)), [
                _problem(f"cannot read configuration: {exc}", str(candidate))
            ]
        if candidate.name == "ropa.toml":
            settings: Any = document
        else:
            tool = document.get("tool")
            settings = tool.get("ropa") if isinstance(tool, dict) else None
            if settings is None:
                continue  # a pyproject.toml without ropa settings is not ours
            if not isinstance(settings, dict):
                return Config(source=str(candidate)), [
                    _problem("[tool.ropa] must be a table", str(candidate))
                ]
        rules = known_rules() if callable(known_rules) else known_rules
        return parse_settings(settings, str(candidate), rules, text)
    return Config(), []


def _line_of(text: str, key: str) -> int:
    """The line where `key` is set, so that a problem points at it (1 when not found)."""
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""", re.IGNORECASE)
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return 1


def parse_settings(
    settings: dict[str, Any], source: str, known_rules: set[str], text: str = ""
) -> tuple[Config, list[Finding]]:
    problems: list[Finding] = []

    def problem(message: str, key: str) -> None:
        problems.append(_problem(message, source, _line_of(text, key)))

    severities: dict[str, Severity | None] = {}
    rules = settings.get("rules", {})
    if not isinstance(rules, dict):
        problem("'rules' must be a table of rule ids, such as ROPA112 = \"warning\"", "rules")
        rules = {}
    for rule_id, level in rules.items():
        rule = str(rule_id).upper()
        if rule not in known_rules:
            problem(f"unknown rule '{rule_id}' in configuration: see 'ropa rules'", rule_id)
            continue
        word = level.lower() if isinstance(level, str) else None
        if word == "off":
            severities[rule] = None
        elif word in SEVERITY_WORDS:
            severities[rule] = SEVERITY_WORDS[word]
        else:
            problem(f"rule {rule}: {level!r} is not one of error, warning, info, off", rule_id)
    review_months = settings.get("review_months", DEFAULT_REVIEW_MONTHS)
    if isinstance(review_months, bool) or not isinstance(review_months, int) or review_months < 1:
        problem("'review_months' must be a whole number of months, at least 1", "review_months")
        review_months = DEFAULT_REVIEW_MONTHS
    for key in settings:
        if key not in SETTINGS:
            problem(f"unknown setting '{key}': ropa reads 'rules' and 'review_months'", key)
    return Config(severities, review_months, source), problems
