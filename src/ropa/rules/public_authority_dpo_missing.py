"""A public authority has designated no data protection officer.

A public authority or body must designate a data protection officer, except for courts
acting in their judicial capacity (Art. 37(1)(a)), publish the officer's contact details
and communicate them to the supervisory authority (Art. 37(7)).

Reported at `organization` when `public_authority` is true and `dpo` is missing. (For
other organisations a missing DPO is ROPA134's warning.)

How to fix: designate the officer and record `dpo` with at least one way to reach them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA137",
    name="public-authority-dpo-missing",
    severity=Severity.ERROR,
    summary="A public authority has no data protection officer.",
    doc=__doc__ or "",
    article="Art. 37(1)(a), Art. 37(7)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    organization = registry.organization
    if organization is None or not organization.public_authority:
        return
    if organization.dpo is not None:
        return
    yield finding(
        INFO,
        "the organisation is a public authority (`public_authority: true`) but records no "
        "data protection officer, which it must designate (Art. 37(1)(a)): add `dpo` with "
        "the officer's contact details",
        organization.origin.key_loc(),
    )
