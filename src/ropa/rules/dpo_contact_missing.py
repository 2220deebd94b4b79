"""The organisation gives no contact for a data protection officer.

The DPO's contact details belong in the record (Art. 30(1)(a), 30(2)(a)) and in every
notice (Arts. 13(1)(b), 14(1)(b)), and must be published and given to the supervisory
authority (Art. 37(7)). A DPO is mandatory for public bodies and for organisations whose
core activities involve large-scale monitoring or large-scale special or criminal data
(Art. 37(1)); many others appoint one anyway.

Reported when `organization.dpo` is missing or has no email, phone or address. For a
public authority (`public_authority: true`), which must designate one, a missing DPO is
ROPA137's error instead.

How to fix: add `dpo` with at least one way to reach the officer, such as a dedicated
email address. If the organisation is not required to appoint a DPO and has not, set this
rule to "off" in the configuration and record the reason in your own documentation.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA134",
    name="dpo-contact-missing",
    severity=Severity.WARNING,
    summary="No contact is given for a data protection officer.",
    doc=__doc__ or "",
    article="Art. 37(7), Art. 30(1)(a), Art. 13(1)(b)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    organization = registry.organization
    if organization is None:
        return
    dpo = organization.dpo
    if dpo is None and organization.public_authority:
        return  # ROPA137
    if dpo is None:
        yield finding(
            INFO,
            "the organisation gives no data protection officer: add `dpo` with an email, "
            "phone or address, or turn this rule off if no DPO is appointed",
            organization.origin.key_loc(),
        )
    elif not (dpo.email or dpo.phone or dpo.address):
        yield finding(
            INFO,
            "the data protection officer has no means of contact: add an email, phone or "
            "address to `dpo`",
            dpo.origin.key_loc(),
        )
