"""Run the whole validation on a small registry written for one test.

A test gives the YAML of its own entries; `lint` writes it beside a fixed organisation and
vocabulary, validates the folder on a fixed day, and returns what was found. Expectations
name the rule, the severity, a fragment of the message and a marker: a piece of the test's
YAML that must stand on the line the finding points at.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ropa.catalog import all_rules
from ropa.config import load_config
from ropa.findings import Finding, Severity
from ropa.validate import validate
from small_registry import CLEAN, ORGANIZATION, VOCABULARY

__all__ = ["CLEAN", "ORGANIZATION", "VOCABULARY", "Lint", "Linted", "lint"]

TODAY = date(2026, 6, 1)

CLIENT = """\
clients:
  - id: acme
    name: Acme
    contact: {email: privacy@acme.example}
"""

PUBLIC_AUTHORITY = ORGANIZATION + "  public_authority: true\n"


def for_client(entries: str = CLEAN) -> str:
    """`entries` with activity 'orders' carried out as a processor on behalf of client
    'acme' (add CLIENT to define the client)."""
    return entries.replace(
        "    name: Orders\n", "    name: Orders\n    role: processor\n    on_behalf_of: [acme]\n"
    )


def hosting_as_sub_processor(entries: str = CLEAN) -> str:
    """`entries` with recipient 'hosting' recorded as a sub-processor."""
    return entries.replace(
        "    role: processor\n    country: FR", "    role: sub-processor\n    country: FR"
    )


@dataclass
class Linted:
    text: str
    findings: list[Finding]
    entries: str

    def of(self, rule: str) -> list[Finding]:
        return [f for f in self.findings if f.rule == rule]

    def line_of(self, marker: str) -> int:
        lines = [n for n, line in enumerate(self.text.splitlines(), 1) if marker in line]
        assert len(lines) == 1, f"marker {marker!r} is on lines {lines}, not exactly one"
        return lines[0]

    def expect(self, rule: str, severity: str, fragment: str, at: str) -> Finding:
        """Exactly one finding of `rule`, at the line holding `at` in the test's entries."""
        found = self.of(rule)
        assert len(found) == 1, f"expected one {rule}, got {self.findings}"
        finding = found[0]
        assert finding.severity is Severity(severity)
        assert fragment in finding.message, finding.message
        assert finding.location.file == self.entries
        assert finding.location.line == self.line_of(at), finding
        return finding

    def clean(self, rule: str) -> None:
        assert not self.of(rule), self.of(rule)


Lint = Callable[..., Linted]


@pytest.fixture
def lint(tmp_path: Path) -> Lint:
    def run(
        text: str,
        *,
        organization: str = ORGANIZATION,
        vocabulary: str = VOCABULARY,
        config: str | None = None,
        today: date = TODAY,
    ) -> Linted:
        folder = tmp_path / "registry"
        folder.mkdir(exist_ok=True)
        entries_text = textwrap.dedent(text)
        (folder / "organization.yaml").write_text(organization, "utf-8")
        (folder / "vocabulary.yaml").write_text(vocabulary, "utf-8")
        entries = folder / "entries.yaml"
        entries.write_text(entries_text, "utf-8")
        if config is not None:
            (folder / "ropa.toml").write_text(textwrap.dedent(config), "utf-8")
        settings, problems = load_config(str(folder), set(all_rules()))
        assert not problems, problems
        result = validate(str(folder), config=settings, today=today)
        assert result.problem is None, result.problem
        return Linted(entries_text, result.findings, str(entries))

    return run
