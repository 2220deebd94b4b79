"""Findings: the one result type every check produces and every reporter renders."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True, order=True)
class Location:
    """A place in a registry file; line and column are 1-based, 0 when unknown."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    location: Location

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.file, loc.line, loc.column, self.rule, self.message)


@dataclass
class Findings:
    """An accumulator that checks append to; sorted and deduplicated on the way out."""

    items: list[Finding] = field(default_factory=list)

    def add(self, rule: str, severity: Severity, message: str, location: Location) -> None:
        self.items.append(Finding(rule, severity, message, location))

    def extend(self, findings: Iterable[Finding]) -> None:
        self.items.extend(findings)

    def sorted(self) -> list[Finding]:
        return sorted(set(self.items), key=Finding.sort_key)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.items)


def count(findings: Iterable[Finding], severity: Severity) -> int:
    return sum(1 for f in findings if f.severity is severity)
