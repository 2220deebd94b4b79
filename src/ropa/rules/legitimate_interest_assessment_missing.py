"""A purpose relies on legitimate interests without a recorded balancing test.

Relying on Art. 6(1)(f) means weighing the interest pursued against the interests, rights
and reasonable expectations of the people concerned. Under the accountability principle
(Art. 5(2)) the organisation must be able to show that it did: supervisory authorities ask
for the legitimate interests assessment (LIA), and a record that points to it answers them.

How to fix: carry out the assessment and add `lia` to the purpose with its date and where
it is kept, for example `lia: {date: 2024-01-08, reference: LIA-3}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, purpose_label
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA112",
    name="legitimate-interest-assessment-missing",
    severity=Severity.WARNING,
    summary="A purpose relies on legitimate interests without a recorded assessment.",
    doc=__doc__ or "",
    article="Art. 6(1)(f), Art. 5(2)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        for index, purpose in enumerate(activity.purposes):
            if "legitimate-interests" not in purpose.legal_bases or purpose.lia is not None:
                continue
            yield finding(
                INFO,
                f"{purpose_label(activity, index)} relies on legitimate interests without a "
                "recorded balancing test: add `lia` with the date and reference of the "
                "legitimate interests assessment",
                purpose.origin.loc("legal_basis"),
            )
