"""A recipient's role does not fit the activities that use it: a processor engaged for
processing done on behalf of clients is a sub-processor, and a sub-processor used only
in the organisation's own processing is a processor.

When the organisation processes data as a processor (`role: processor`) and engages
another processor for it, that other processor is a sub-processor: the client must have
authorised its engagement in writing (Art. 28(2)), and the same data protection
obligations as in the contract with the client must be imposed on it (Art. 28(4)). The
register (Art. 30(2)) and the client both need to see it as such.
Conversely, a `sub-processor` that only receives data in controller or joint-controller
activities is an ordinary processor of the organisation (Art. 28(1)).

Reported at the recipient's `role`: a `processor` used in at least one processor
activity, or a `sub-processor` used only in controller activities.

How to fix: set `role: sub-processor` and check that each client authorised it, or set
`role: processor`. A recipient used in both kinds of activity is a sub-processor for the
processing done for clients: record it as `sub-processor`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import activities_by_recipient, counted, finding, quoted
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA136",
    name="sub-processor-role",
    severity=Severity.WARNING,
    summary="A processor in processor activities, or a sub-processor only in controller ones.",
    doc=__doc__ or "",
    article="Art. 28(2), 28(4)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    users = activities_by_recipient(registry)
    for recipient in registry.recipients:
        activities = users.get(recipient.id, [])
        if not activities:
            continue  # an unused recipient is ROPA151's
        for_clients = [a.id for a in activities if a.role == "processor"]
        if recipient.role == "processor" and for_clients:
            yield finding(
                INFO,
                f"processor '{recipient.id}' is used in "
                f"{counted(for_clients, 'processor activity {}', 'processor activities {}')}, "
                "done on behalf of clients: there it is a sub-processor, whose engagement "
                "the client must authorise (Art. 28(2), 28(4)); set `role: sub-processor`",
                recipient.origin.loc("role"),
            )
        elif recipient.role == "sub-processor" and not for_clients:
            yield finding(
                INFO,
                f"sub-processor '{recipient.id}' is used only in activities the organisation "
                f"carries out as controller ({quoted([a.id for a in activities])}): it is "
                "the organisation's own processor; set `role: processor`",
                recipient.origin.loc("role"),
            )
