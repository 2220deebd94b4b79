"""An activity processes criminal-offence data without naming what allows it.

Personal data about criminal convictions and offences, or related security measures, may
be processed only under the control of an official authority or when Union or Member
State law authorises it with appropriate safeguards (Art. 10). Unlike special categories,
consent is not enough. A data category marked `criminal: true` makes every activity that
lists it need `criminal_data_authority`.

How to fix: add `criminal_data_authority` naming the law, provision or authority that
allows the processing, for example the national provision on criminal record checks for
staff working with children.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA122",
    name="criminal-data-authority-missing",
    severity=Severity.ERROR,
    summary="Criminal-offence data are processed without naming the law that allows it.",
    doc=__doc__ or "",
    article="Art. 10",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        if activity.criminal_data_authority is not None:
            continue
        for index, category_id in enumerate(activity.data_categories):
            category = registry.data_category(category_id)
            if category is None or not category.criminal:
                continue
            yield finding(
                INFO,
                f"activity '{activity.id}' processes criminal-offence data ('{category_id}') "
                "but does not say what allows it: add `criminal_data_authority` naming the "
                "law or official authority",
                activity.origin.loc("data_categories", index),
            )
            break
