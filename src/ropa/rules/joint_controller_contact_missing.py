"""A joint controller has no means of contact in the record.

People may exercise their rights in respect of and against each of the joint controllers
(Art. 26(3)), and a notice gives the identity and contact details of every controller
(Art. 13(1)(a), Art. 14(1)(a)). A joint controller without a `contact` (or whose contact
has no email, phone or address) is named in the notice without any way to reach it.

Reported at the id of each recipient with `role: joint-controller` lacking a usable
contact.

How to fix: add `contact` with the joint controller's email, phone or postal address,
for example the address its own notice gives for data protection requests.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA139",
    name="joint-controller-contact-missing",
    severity=Severity.WARNING,
    summary="A joint controller has no means of contact.",
    doc=__doc__ or "",
    article="Art. 26(3), Art. 13(1)(a), Art. 14(1)(a)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient in registry.recipients:
        if recipient.role != "joint-controller":
            continue
        contact = recipient.contact
        if contact is not None and (contact.email or contact.phone or contact.address):
            continue
        what = "no `contact`" if contact is None else "a `contact` without email, phone or address"
        yield finding(
            INFO,
            f"joint controller '{recipient.id}' has {what}: notices must give a way to reach "
            "each controller (Art. 13(1)(a), 26(3)); add its email, phone or address",
            recipient.origin.loc("id") if contact is None else contact.origin.key_loc(),
        )
