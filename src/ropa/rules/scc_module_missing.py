"""A transfer relies on standard contractual clauses without naming the module.

The standard contractual clauses of Decision (EU) 2021/914 (Art. 46(2)(c)) come in four
modules, one for each pair of roles: controller to controller (1), controller to processor
(2), processor to processor (3) and processor to controller (4). Which one was signed
decides the obligations of both sides, so the record names it in `scc_module`.

Today the JSON Schema already requires `scc_module` whenever `mechanism` is `scc`, and
reports its absence as ROPA011 (missing-key). To report the problem once, this rule stays
silent while the schema holds that requirement; it takes over, with a suggestion of the
module that fits the roles (see ROPA106), if the schema ever stops requiring the field.

How to fix: add `scc_module` with the module in the signed clauses, for example
`scc_module: controller-to-processor` when the organisation, as controller, sends data to
its processor.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ropa.catalog import RuleInfo
from ropa.findings import Finding, Severity
from ropa.model import Registry
from ropa.rules import RuleContext
from ropa.rules._common import (
    activities_by_recipient,
    expected_scc_module,
    finding,
    module_label,
    transfer_label,
)

INFO = RuleInfo(
    id="ROPA105",
    name="scc-module-missing",
    severity=Severity.ERROR,
    summary="A transfer relies on SCCs without naming the module.",
    doc=__doc__ or "",
    article="Art. 46(2)(c), Decision (EU) 2021/914",
)


@cache
def schema_requires_module() -> bool:
    """Whether the JSON Schema itself requires `scc_module` when the mechanism is `scc`."""
    from ropa.schema import schema

    transfer = schema().get("$defs", {}).get("transfer", {})
    if "scc_module" in transfer.get("required", []):
        return True
    for clause in transfer.get("allOf", []):
        condition = clause.get("if", {}).get("properties", {}).get("mechanism", {})
        required = clause.get("then", {}).get("required", [])
        if condition.get("const") == "scc" and "scc_module" in required:
            return True
    return False


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if schema_requires_module():
        return
    users = activities_by_recipient(registry)
    for recipient in registry.recipients:
        for transfer in recipient.transfers:
            if transfer.mechanism != "scc" or transfer.scc_module:
                continue
            fitting = {
                module
                for activity in users.get(recipient.id, [])
                if (module := expected_scc_module(activity.role, recipient.role)) is not None
            }
            hint = f", here {module_label(fitting.pop())}" if len(fitting) == 1 else ""
            yield finding(
                INFO,
                f"{transfer_label(recipient, transfer)} relies on standard contractual "
                f"clauses without naming the module: add `scc_module`{hint}",
                transfer.origin.loc("mechanism"),
            )
