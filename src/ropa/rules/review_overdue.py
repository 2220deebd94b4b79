"""An activity has not been reviewed for longer than the review period.

The record must reflect the processing as it is (Art. 30, and the accountability of
Arts. 5(2) and 24(1)): systems, recipients and retention change, and an entry nobody has
looked at for a long time is likely to be wrong. ropa compares each activity's
`last_reviewed` date with the review period, 12 months unless the configuration sets
`review_months`. An activity without `last_reviewed` is not reported.

How to fix: review the activity with its owner, correct what changed, and set
`last_reviewed` to the date of the review.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA150",
    name="review-overdue",
    severity=Severity.WARNING,
    summary="An activity's last review is older than the review period.",
    doc=__doc__ or "",
    article="Art. 30, Art. 5(2), Art. 24(1)",
)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _parse(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:  # the schema reports a malformed date
        return None


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    months = context.review_months
    for activity in registry.activities:
        reviewed = _parse(activity.last_reviewed)
        if reviewed is None or context.today <= add_months(reviewed, months):
            continue
        yield finding(
            INFO,
            f"activity '{activity.id}' was last reviewed on {reviewed.isoformat()}, more "
            f"than {months} months ago: review it with its owner and update `last_reviewed`",
            activity.origin.loc("last_reviewed"),
        )
