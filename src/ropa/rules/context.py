"""What every rule is given besides the registry, and what a rule module provides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from ropa.reference.jurisdiction import EU_GDPR, Jurisdiction

if TYPE_CHECKING:
    from ropa.findings import Finding, RuleInfo
    from ropa.model import Registry


@dataclass(frozen=True)
class RuleContext:
    today: date
    review_months: int = 12
    # The law the record is kept under: home area, adequacy, transfer tools, authority.
    jurisdiction: Jurisdiction = EU_GDPR


class RuleModule(Protocol):
    INFO: RuleInfo

    def check(self, registry: Registry, context: RuleContext) -> Iterator[Finding]: ...
