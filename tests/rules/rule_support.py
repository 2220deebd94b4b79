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

TODAY = date(2026, 6, 1)

ORGANIZATION = """\
organization:
  name: Example SAS
  address: 1 rue de la Paix, 75002 Paris, France
  country: FR
  dpo: {email: dpo@example.org}
  supervisory_authority: CNIL
"""

VOCABULARY = """\
data_subjects:
  - id: customers
    name: Customers
data_categories:
  - id: contact
    name: Contact details
security_measures:
  - id: encryption
    name: Encryption in transit and at rest
    scope: organization
"""

# Entries that every rule accepts: tests start from these and change one thing.
CLEAN = """\
recipients:
  - id: hosting
    name: Hosting provider
    role: processor
    country: FR
    contract: {type: dpa, date: 2024-01-01}
activities:
  - id: orders
    name: Orders
    purposes:
      - description: Delivering orders
        legal_basis: contract
    data_subjects: [customers]
    data_categories: [contact]
    recipients: [hosting]
    retention: {period: P3Y}
    last_reviewed: 2026-01-10
"""


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
