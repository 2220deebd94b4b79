"""An activity meets two or more high-risk criteria but records no impact assessment.

A data protection impact assessment is required before processing that is likely to
result in a high risk (Art. 35(1)). Art. 35(3) names three cases; the EDPB-endorsed WP248
guidelines list nine criteria and say that processing meeting two of them will in most
cases need a DPIA. ropa derives the criteria from the record:

| WP248 criterion | read from |
| --- | --- |
| 1 evaluation or scoring, including profiling | `profiling` |
| 2 automated decisions with legal or similar effect | `automated_decisions` |
| 3 systematic monitoring | `risk.systematic_monitoring` |
| 4 sensitive or highly personal data | a data category that is `special` or `criminal` |
| 5 large scale | `risk.large_scale` |
| 6 matching or combining datasets | `risk.combines_datasets` |
| 7 vulnerable data subjects | a data subject marked `vulnerable` or `minors` (children) |
| 8 innovative technology | `risk.innovative_technology` |
| 9 prevents exercising a right or using a service | `risk.prevents_rights_or_service` |

It also names the Art. 35(3) cases it can see: (a) profiling together with automated
decisions, (b) large-scale special or criminal data. Each of them already meets two
criteria. Case (c), large-scale monitoring of publicly accessible areas, cannot be told
from the record; it meets criteria 3 and 5 anyway.

Reported, as an error naming the criteria met, when two or more are met and `dpia.status`
is missing or `not-required`.

How to fix: carry out the assessment and record it (`dpia: {status: completed, date: ...,
reference: ...}`, or `required` / `in-progress` while it is under way). If, having
weighed it, the organisation concludes that no high risk remains, record that reasoning
in `dpia.reason` and silence this finding in place with `# ropa: ignore[ROPA140] <why>`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Activity, DataCategory, DataSubject, Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA140",
    name="dpia-screening",
    severity=Severity.ERROR,
    summary="Two or more WP248 high-risk criteria are met but no DPIA is recorded.",
    doc=__doc__ or "",
    article="Art. 35(1), 35(3); WP248 rev.01",
)


def criteria_met(
    activity: Activity, categories: Iterable[DataCategory], subjects: Iterable[DataSubject]
) -> list[str]:
    """The WP248 criteria that the record shows the activity meets, in the guidelines' order,
    given the activity's data categories and data subjects (the rule looks them up in the
    registry; the history's DPIA impact reads them resolved from the record)."""
    sensitive = any(c.special or c.criminal for c in categories)
    vulnerable = any(s.vulnerable or s.minors for s in subjects)
    risk = activity.risk
    checks = (
        (activity.profiling_origin is not None, "evaluation or profiling"),
        (activity.automated_decisions is not None, "automated decisions"),
        (risk.systematic_monitoring, "systematic monitoring"),
        (sensitive, "special or criminal data"),
        (risk.large_scale, "large scale"),
        (risk.combines_datasets, "combined datasets"),
        (vulnerable, "vulnerable data subjects"),
        (risk.innovative_technology, "innovative technology"),
        (risk.prevents_rights_or_service, "prevents a right or a service"),
    )
    return [name for met, name in checks if met]


def article_35_3_cases(met: list[str]) -> list[str]:
    cases = []
    if "evaluation or profiling" in met and "automated decisions" in met:
        cases.append("Art. 35(3)(a)")
    if "large scale" in met and "special or criminal data" in met:
        cases.append("Art. 35(3)(b)")
    return cases


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        dpia = activity.dpia
        status = dpia.status if dpia else None
        if status not in (None, "not-required"):
            continue
        categories = (registry.data_category(c) for c in activity.data_categories)
        subjects = (registry.data_subject(s) for s in activity.data_subjects)
        met = criteria_met(
            activity,
            (c for c in categories if c is not None),
            (s for s in subjects if s is not None),
        )
        if len(met) < 2:
            continue
        cases = article_35_3_cases(met)
        also = f", and falls under {' and '.join(cases)}" if cases else ""
        recorded = "says no DPIA is required" if status else "records no DPIA"
        if dpia is None:
            where = activity.origin.loc("id")
        elif status is None:
            where = dpia.origin.key_loc()
        else:
            where = dpia.origin.loc("status")
        yield finding(
            INFO,
            f"activity '{activity.id}' meets {len(met)} high-risk criteria "
            f"({', '.join(met)}){also} but {recorded}: carry out a data protection impact "
            "assessment and record it under `dpia`",
            where,
        )
