"""A joint controller's record does not give the essence of the arrangement.

Joint controllers set out their respective responsibilities in an arrangement (Art. 26(1),
ROPA131), and "the essence of the arrangement shall be made available to the data
subject" (Art. 26(2)): who informs people, who answers their requests, who does what.
Notices print it from the recipient's `arrangement`; without it they can name the joint
controller but not say how responsibilities are shared.

Reported at the id of each recipient with `role: joint-controller` that has no
`arrangement`.

How to fix: add `arrangement`, a text in each of the registry's languages, for example
`arrangement: The Region informs families and answers their requests; we run the
canteen service.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA138",
    name="joint-controller-essence-missing",
    severity=Severity.WARNING,
    summary="A joint controller's arrangement is not summarised for data subjects.",
    doc=__doc__ or "",
    article="Art. 26(2)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient in registry.recipients:
        if recipient.role != "joint-controller" or recipient.arrangement is not None:
            continue
        yield finding(
            INFO,
            f"joint controller '{recipient.id}' has no `arrangement`: add the essence of the "
            "arrangement (who informs people, who answers their requests, who does what), "
            "which notices must make available (Art. 26(2))",
            recipient.origin.loc("id"),
        )
