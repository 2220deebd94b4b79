"""An activity relies on consent without saying how consent is withdrawn.

People may withdraw consent at any time, as easily as they gave it (Art. 7(3)), and a
notice must tell them so (Arts. 13(2)(c), 14(2)(d)). That holds for consent under
Art. 6(1)(a) and for explicit consent under Art. 9(2)(a). The record says how in
`consent.withdraw`, which the notices repeat.

Reported once per activity, at its `consent` section, or at the first purpose relying on
consent when the section is missing.

How to fix: add `consent.withdraw`, for example "The unsubscribe link in every email, or
a message to our data protection officer"; while there, fill `consent.how` and
`consent.records`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, Location, RuleInfo, Severity
from ropa.model import Activity, Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA114",
    name="consent-withdrawal-undescribed",
    severity=Severity.WARNING,
    summary="An activity relies on consent without saying how to withdraw it.",
    doc=__doc__ or "",
    article="Art. 7(3), Art. 13(2)(c)",
)


def _consent_place(activity: Activity) -> Location | None:
    """Where the activity first relies on consent, or None if it does not."""
    for purpose in activity.purposes:
        if "consent" in purpose.legal_bases:
            return purpose.origin.loc("legal_basis")
    if activity.special_category_condition == "explicit-consent":
        return activity.origin.loc("special_category_condition")
    return None


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        if activity.consent is not None and activity.consent.withdraw is not None:
            continue
        place = _consent_place(activity)
        if place is None:
            continue
        if activity.consent is not None:
            place = activity.consent.origin.key_loc()
        yield finding(
            INFO,
            f"activity '{activity.id}' relies on consent but does not say how people withdraw "
            "it: add `consent.withdraw`, a way as easy as the one used to give consent",
            place,
        )
