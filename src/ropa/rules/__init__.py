"""GDPR compliance rules: one module per rule, listed explicitly in RULES.

Each module defines `INFO: RuleInfo` (its docstring is the documentation) and
`check(registry: Registry, context: RuleContext) -> Iterator[Finding]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Protocol

from ropa.catalog import RuleInfo
from ropa.findings import Finding
from ropa.model import Registry


@dataclass(frozen=True)
class RuleContext:
    today: date
    review_months: int = 12


class RuleModule(Protocol):
    INFO: RuleInfo

    def check(self, registry: Registry, context: RuleContext) -> Iterator[Finding]: ...


def _register(*modules: ModuleType) -> dict[str, RuleModule]:
    registered: dict[str, RuleModule] = {}
    for module in modules:
        rule: RuleModule = module  # type: ignore[assignment]
        registered[rule.INFO.id] = rule
    return registered


RULES: dict[str, RuleModule] = _register()


def run_rules(registry: Registry, context: RuleContext) -> list[Finding]:
    findings: list[Finding] = []
    for rule in RULES.values():
        findings.extend(rule.check(registry, context))
    return findings
