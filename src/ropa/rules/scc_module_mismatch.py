"""The SCC module of a transfer does not fit the roles of exporter and importer.

The module of the standard contractual clauses (Art. 46(2)(c), Decision (EU) 2021/914)
follows from who sends the data and who receives them. ropa takes the exporter's role
from each activity that sends data to the recipient and the importer's role from the
recipient:

- a controller or joint-controller activity sending to a processor or sub-processor:
  controller-to-processor (module 2);
- a controller or joint-controller activity sending to a controller, joint controller or
  public authority: controller-to-controller (module 1);
- a processor activity sending to a processor or sub-processor: processor-to-processor
  (module 3);
- a processor activity sending to a controller or joint controller: processor-to-controller
  (module 4).

Other pairs (an internal team, an authority receiving data from a processor) are not
judged. A recipient used by several activities can need several modules, for example
a support tool used both for the organisation's own customers (module 2) and for its
clients' data (module 3): each module needed must appear in a `scc` transfer to that
country. A missing module is reported once per transfer country, naming the activities.

The module of a UK Addendum transfer (`uk-addendum`, UK GDPR) is checked the same way:
the Addendum amends the EU clauses of that module.

How to fix: correct `scc_module`, or, when the recipient is used in two roles, add a
second transfer entry for the same country with the other module signed.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry, Transfer
from ropa.rules._common import (
    activities_by_recipient,
    counted,
    expected_scc_module,
    finding,
    module_label,
    transfer_label,
)
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA106",
    name="scc-module-mismatch",
    severity=Severity.ERROR,
    summary="The SCC module does not fit the roles of the activity and the recipient.",
    doc=__doc__ or "",
    article="Art. 46(2)(c), Decision (EU) 2021/914",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    users = activities_by_recipient(registry)
    for recipient in registry.recipients:
        by_country: dict[str, list[Transfer]] = {}
        for transfer in recipient.transfers:
            if transfer.mechanism in ("scc", "uk-addendum") and transfer.scc_module:
                by_country.setdefault(transfer.country.upper(), []).append(transfer)
        if not by_country:
            continue
        needed: dict[str, list[str]] = {}
        for activity in users.get(recipient.id, []):
            module = expected_scc_module(activity.role, recipient.role)
            if module is not None:
                needed.setdefault(module, []).append(activity.id)
        for transfers in by_country.values():
            signed = {transfer.scc_module for transfer in transfers}
            first = transfers[0]
            for module, activity_ids in needed.items():
                if module in signed:
                    continue
                senders = counted(activity_ids, "activity {} sends", "activities {} send")
                yield finding(
                    INFO,
                    f"{transfer_label(recipient, first)} uses SCC module "
                    f"{first.scc_module}, but {senders} data "
                    f"to this {recipient.role} as a {module} transfer: sign and record "
                    f"{module_label(module)}",
                    first.origin.loc("scc_module"),
                )
