"""A joint controller has no arrangement on record.

Joint controllers must set out, in an arrangement between them, who does what to comply
with the GDPR, in particular who answers requests from people and who gives them the
information of Arts. 13 and 14 (Art. 26(1)). The essence of that arrangement must be made
available to the people concerned (Art. 26(2)), so notices need it too.

Reported when a recipient with `role: joint-controller` has no `contract`, or one whose
`type` is not `joint-controller-arrangement`.

How to fix: record the arrangement, for example
`contract: {type: joint-controller-arrangement, date: 2024-03-01, reference: JCA-1}`, give
the joint controller a `contact` (ROPA139) and summarise the arrangement's essence for
data subjects in `arrangement` (ROPA138).
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA131",
    name="joint-controller-arrangement-missing",
    severity=Severity.WARNING,
    summary="A joint controller has no joint-controller arrangement on record.",
    doc=__doc__ or "",
    article="Art. 26",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient in registry.recipients:
        if recipient.role != "joint-controller":
            continue
        contract = recipient.contract
        if contract is not None and contract.type == "joint-controller-arrangement":
            continue
        where = contract.origin.loc("type") if contract else recipient.origin.loc("id")
        yield finding(
            INFO,
            f"joint controller '{recipient.id}' has no joint-controller arrangement on "
            "record: add `contract` with `type: joint-controller-arrangement`, its date and "
            "reference (Art. 26)",
            where,
        )
