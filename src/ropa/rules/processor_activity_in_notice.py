"""A notice lists an activity that the organisation carries out as a processor.

A privacy notice (Arts. 13 and 14) is the controller's account of its own processing: the
purposes it pursues, the legal bases it relies on, the recipients it chooses. Processing
done on behalf of a client (`role: processor`, Art. 28, recorded under Art. 30(2)) is the
client's processing. The client decides its purposes and means and informs the people
concerned; the processor's own notice cannot present that processing as its own, and
would state purposes and legal bases that are not its choice.

Reported at the activity's place in the notice's `activities`.

How to fix: remove the activity from the notice; the client's notice covers it. If the
organisation in fact decides why and how the data are processed, it is a controller for
this activity: set `role: controller` (or `joint-controller`) and record its legal bases.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA160",
    name="processor-activity-in-notice",
    severity=Severity.ERROR,
    summary="A notice lists an activity carried out as a processor for clients.",
    doc=__doc__ or "",
    article="Arts. 13, 14, Art. 28(10), Art. 30(2)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for notice in registry.notices:
        for index, activity_id in enumerate(notice.activities):
            activity = registry.activity(activity_id)
            if activity is None or activity.role != "processor":
                continue
            yield finding(
                INFO,
                f"notice '{notice.id}' lists activity '{activity_id}', which the organisation "
                "carries out as a processor on behalf of its clients: a controller's notice "
                "cannot present the clients' processing; remove it from the notice",
                notice.origin.loc("activities", index),
            )
