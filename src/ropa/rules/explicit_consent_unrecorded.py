"""Special categories of data rest on explicit consent that the activity does not record.

When the Art. 9(2) condition is explicit consent, the organisation must be able to show
that each person gave it, clearly and for this purpose (Arts. 7(1), 9(2)(a)). The record
says where that proof is kept in `consent.records`, so that a request from the
supervisory authority or from the person can be answered.

How to fix: add a `consent` section with `records` naming where the signed forms, logs or
other proof are kept, and `how` and `withdraw` if they are missing too.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA121",
    name="explicit-consent-unrecorded",
    severity=Severity.WARNING,
    summary="Special data rest on explicit consent with no record of that consent.",
    doc=__doc__ or "",
    article="Art. 9(2)(a), Art. 7(1)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        if activity.special_category_condition != "explicit-consent":
            continue
        if activity.consent is not None and activity.consent.records is not None:
            continue
        yield finding(
            INFO,
            f"activity '{activity.id}' relies on explicit consent for special categories of "
            "data but does not say where that consent is recorded: add `consent.records`",
            activity.origin.loc("special_category_condition"),
        )
