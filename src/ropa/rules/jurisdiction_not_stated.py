"""An organisation established in the United Kingdom keeps its record under the EU GDPR.

Since the end of 2020 an organisation established in the United Kingdom keeps its
Art. 30 record under the UK GDPR and the Data Protection Act 2018: its home area is the UK,
adequacy means the UK adequacy regulations, its transfer tools are the IDTA and the UK
Addendum, its authority is the ICO. `organization.jurisdiction` defaults to `eu-gdpr`, so
a British registry that leaves it out is checked and written as an EU one: the notices
then speak of the European Commission and of transfers outside the EEA.

Reported when `organization.country` is `GB` and `jurisdiction` is not `uk-gdpr`. An
organisation that keeps this record for an establishment in the EEA gives that
establishment's country instead.

How to fix: add `jurisdiction: uk-gdpr` to `organization`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA174",
    name="jurisdiction-not-stated",
    severity=Severity.WARNING,
    summary="An organisation established in the UK keeps its record under the EU GDPR.",
    doc=__doc__ or "",
    article="Art. 3(1) UK GDPR",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    organization = registry.organization
    if organization is None or context.jurisdiction.uk or organization.country.upper() != "GB":
        return
    yield finding(
        INFO,
        "the organisation is established in GB but the record is kept under the EU GDPR (the "
        "default): add `jurisdiction: uk-gdpr` so that the UK GDPR's rules and wording apply",
        organization.origin.loc("country"),
    )
