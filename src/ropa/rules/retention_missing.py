"""An activity records no retention period or criteria.

The record gives, where possible, the envisaged time limits for erasure of the different
categories of data (Art. 30(1)(f)), and storage limitation requires data to be kept no
longer than needed (Art. 5(1)(e)). An activity without `retention` leaves that question
open. (When a notice covers the activity, ROPA161 reports it as an error instead.) A
processor's record (Art. 30(2)) has no such item: the client sets the retention, so
activities with `role: processor` are not reported.

Reported at the activity's id.

How to fix: add `retention` with a `period` and the event that starts it (`from`), or the
`criteria` used to decide it, and `per_category` where some data categories are kept for
another time.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, notices_by_activity
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA162",
    name="retention-missing",
    severity=Severity.WARNING,
    summary="An activity has no retention period or criteria.",
    doc=__doc__ or "",
    article="Art. 30(1)(f), Art. 5(1)(e)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    covering = notices_by_activity(registry)
    for activity in registry.activities:
        if activity.retention is not None or activity.role == "processor":
            continue
        if covering.get(activity.id):
            continue  # ROPA161
        yield finding(
            INFO,
            f"activity '{activity.id}' records no `retention`: add the period for which its "
            "data are kept, or the criteria used to decide it (Art. 30(1)(f))",
            activity.origin.loc("id"),
        )
