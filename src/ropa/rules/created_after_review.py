"""An activity was created after its last review.

`created` is when the activity was first recorded and `last_reviewed` when the entry was
last checked; a review cannot come before the entry exists. One of the two dates is
wrong, and ROPA150 (review overdue) then reads the wrong one (accountability,
Arts. 5(2) and 24(1)).

Reported at `created`.

How to fix: correct whichever date is wrong; after a review, set `last_reviewed` to the
day of the review.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, parse_date
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA155",
    name="created-after-review",
    severity=Severity.WARNING,
    summary="An activity's creation date is after its last review.",
    doc=__doc__ or "",
    article="Art. 5(2), Art. 24(1), Art. 30",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        created = parse_date(activity.created)
        reviewed = parse_date(activity.last_reviewed)
        if created is None or reviewed is None or created <= reviewed:
            continue
        yield finding(
            INFO,
            f"activity '{activity.id}' was created on {created.isoformat()}, after its last "
            f"review on {reviewed.isoformat()}: correct one of the two dates",
            activity.origin.loc("created"),
        )
