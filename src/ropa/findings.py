"""Findings: the one result type every check produces and every reporter renders."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


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


@dataclass(frozen=True)
class RuleInfo:
    """What one finding id means: its name, default severity and documentation."""

    id: str
    name: str
    severity: Severity
    summary: str
    doc: str
    article: str = ""
