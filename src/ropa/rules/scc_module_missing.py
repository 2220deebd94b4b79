"""A transfer relies on standard contractual clauses without naming the module.

The standard contractual clauses of Decision (EU) 2021/914 (Art. 46(2)(c)) come in four
modules, one for each pair of roles: controller to controller (1), controller to processor
(2), processor to processor (3) and processor to controller (4). Which one was signed
decides the obligations of both sides, so the record names it in `scc_module`.

Under the UK GDPR the EU clauses are used with the UK Addendum (`uk-addendum`), which
amends the module actually signed: the record names it there too.

The JSON Schema leaves this check to this rule, which can suggest the module that fits
the roles of the activities using the recipient (see ROPA106).

How to fix: add `scc_module` with the module in the signed clauses, for example
`scc_module: controller-to-processor` when the organisation, as controller, sends data to
its processor.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import (
    activities_by_recipient,
    expected_scc_module,
    finding,
    module_label,
    transfer_label,
    transfers,
)
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA105",
    name="scc-module-missing",
    severity=Severity.ERROR,
    summary="A transfer relies on SCCs without naming the module.",
    doc=__doc__ or "",
    article="Art. 46(2)(c), Decision (EU) 2021/914",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    users = activities_by_recipient(registry)
    for recipient, transfer in transfers(registry, "scc", "uk-addendum"):
        if transfer.scc_module:
            continue
        fitting = {
            module
            for activity in users.get(recipient.id, [])
            if (module := expected_scc_module(activity.role, recipient.role)) is not None
        }
        hint = f", here {module_label(fitting.pop())}" if len(fitting) == 1 else ""
        relies = (
            "relies on the UK Addendum without naming the module of the EU clauses it amends"
            if transfer.mechanism == "uk-addendum"
            else "relies on standard contractual clauses without naming the module"
        )
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} {relies}: add `scc_module`{hint}",
            transfer.origin.loc("mechanism"),
        )
