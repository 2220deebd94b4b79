"""The supervisory authority is named by an id that ropa does not know.

Notices tell people they may complain to a supervisory authority (Arts. 13(2)(d),
14(2)(e), 77), with its name and website. A short id such as `CNIL` or `BLNBDI` is looked
up, case-insensitively, in ropa's table of authorities (`ropa.reference.authorities`);
an id that is not there leaves the notices without an authority to name.

How to fix: correct the id, or write the authority out in full:
`supervisory_authority: {name: ..., url: ..., address: ...}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA153",
    name="unknown-supervisory-authority",
    severity=Severity.WARNING,
    summary="The supervisory authority id is not in ropa's table of authorities.",
    doc=__doc__ or "",
    article="Art. 13(2)(d), Art. 77",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    organization = registry.organization
    if organization is None or organization.supervisory_authority is None:
        return
    authority_id = organization.supervisory_authority.authority_id
    if authority_id is None or context.jurisdiction.authority(authority_id) is not None:
        return
    known = ", ".join(context.jurisdiction.authority_ids)
    yield finding(
        INFO,
        f"supervisory authority '{authority_id}' is not in ropa's table ({known}): correct "
        "the id, or write the authority out with its name and url",
        organization.supervisory_authority.origin.loc(),
    )
