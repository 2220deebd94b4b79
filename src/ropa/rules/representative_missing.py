"""An organisation established outside the EEA names no representative in the Union.

A controller or processor not established in the Union that offers goods or services to
people in the Union, or monitors their behaviour there, must designate in writing a
representative in a Member State where those people are (Art. 27), unless the processing
is occasional and low-risk or it is a public authority. The representative's contact
belongs in the record (Art. 30(1)(a), 30(2)(a)) and in the notices.

Reported when `organization.country` is outside the EEA and `organization.representative`
is missing. The rule cannot tell whether the organisation targets or monitors people in
the Union, nor whether one of the exemptions applies; when Art. 27 does not apply, silence
the finding in place with `# ropa: ignore[ROPA133] <why>` on the `country` line.

Under the UK GDPR (`organization.jurisdiction: uk-gdpr`), Art. 27 UK GDPR asks the same
of an organisation established outside the United Kingdom that offers goods or services
to people in the UK or monitors their behaviour there: a representative in the UK.

Also reported: a representative whose `country` lies outside the Union (under the UK GDPR:
outside the United Kingdom).

How to fix: add `representative` with a contact and its `country`, an EEA state (under
the UK GDPR: `GB`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA133",
    name="representative-missing",
    severity=Severity.WARNING,
    summary="An organisation established outside the EEA (or the UK) has no representative.",
    doc=__doc__ or "",
    article="Art. 27 (EU GDPR and UK GDPR)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    organization = registry.organization
    if organization is None:
        return
    representative = organization.representative
    if representative is not None:
        elsewhere = (representative.country or "").upper()
        if elsewhere and not context.jurisdiction.in_home_area(elsewhere):
            yield finding(
                INFO,
                f"the representative is established in {elsewhere}, but Art. 27 asks for one "
                f"in {context.jurisdiction.representative_area}: give a representative there",
                representative.origin.loc("country"),
            )
        return
    country = organization.country.upper()
    if not country or context.jurisdiction.in_home_area(country):
        return
    where = f"in {context.jurisdiction.representative_area}"
    yield finding(
        INFO,
        f"the organisation is established in {country}, outside {context.jurisdiction.home_area_name}, and "
        f"names no representative {where}: add `representative` with a contact and its "
        "country",
        organization.origin.loc("country"),
    )
