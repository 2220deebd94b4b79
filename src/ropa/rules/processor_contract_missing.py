"""A processor or sub-processor has no data processing agreement on record.

Processing by a processor must be governed by a contract, or another legal act, that sets
out the subject matter, duration, nature and purpose of the processing and the
processor's obligations (Art. 28(3)); a sub-processor is bound by the same obligations
through its own contract (Art. 28(4)). ICO and CNIL expect the record to point to it.

Reported when a recipient with `role: processor` or `role: sub-processor` has no
`contract`, or a contract whose `type` is not `dpa`.

How to fix: record the agreement, for example
`contract: {type: dpa, date: 2023-10-02, reference: DPA-2023-011}`. If the Art. 28 terms
sit inside a wider services agreement, still write `type: dpa` and point `reference` at
that agreement.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import PROCESSOR_ROLES, finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA130",
    name="processor-contract-missing",
    severity=Severity.WARNING,
    summary="A processor or sub-processor has no data processing agreement on record.",
    doc=__doc__ or "",
    article="Art. 28(3), 28(4)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient in registry.recipients:
        if recipient.role not in PROCESSOR_ROLES:
            continue
        contract = recipient.contract
        if contract is None:
            yield finding(
                INFO,
                f"{recipient.role} '{recipient.id}' has no contract on record: add "
                "`contract` with `type: dpa`, its date and reference (Art. 28(3))",
                recipient.origin.loc("id"),
            )
        elif contract.type != "dpa":
            yield finding(
                INFO,
                f"{recipient.role} '{recipient.id}' has a contract of type "
                f"'{contract.type or 'unknown'}', not a data processing agreement: record "
                "the agreement holding the Art. 28(3) terms with `type: dpa`",
                contract.origin.loc("type"),
            )
