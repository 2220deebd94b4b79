"""An activity covered by a notice says nothing about how long its data are kept.

A notice must give the period for which the data will be stored or, where that is not
possible, the criteria used to determine it (Art. 13(2)(a), Art. 14(2)(a)). The notice
takes that from the activity's `retention`; without it the notice cannot meet the duty.
Outside notices the same gap is a warning only (ROPA162), since the record itself gives
erasure time limits "where possible" (Art. 30(1)(f)).

Reported at the activity's id, naming the notices that cover it.

How to fix: add `retention` to the activity, with a `period` (an ISO 8601 duration such
as `P3Y`) and what starts it (`from`), or the `criteria` used to decide it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import activities_in_notices, counted, finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA161",
    name="retention-missing-in-notice",
    severity=Severity.ERROR,
    summary="An activity covered by a notice has no retention period or criteria.",
    doc=__doc__ or "",
    article="Art. 13(2)(a), Art. 14(2)(a)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity, notices in activities_in_notices(registry):
        if activity.retention is not None:
            continue
        covering = counted([notice.id for notice in notices], "notice {}", "notices {}")
        yield finding(
            INFO,
            f"activity '{activity.id}' has no `retention`, but {covering} must say how long "
            "its data are kept: add `retention` with a `period` or `criteria`",
            activity.origin.loc("id"),
        )
