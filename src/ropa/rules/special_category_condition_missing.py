"""An activity processes special categories of data without an Art. 9(2) condition.

Data revealing racial or ethnic origin, political opinions, religious or philosophical
beliefs or trade-union membership, and genetic, biometric, health and sex-life or
sexual-orientation data may be processed only when one of the conditions of Art. 9(2)
applies, on top of a legal basis under Art. 6. A data category marked `special` in the
registry makes every activity that lists it need `special_category_condition`.

The finding points at the first special category in the activity's `data_categories`
and names them all. Activities with `role: processor` are not reported: the client, as
controller, chooses the condition, and the processor acts on its instructions (Art. 28(3)).

How to fix: add `special_category_condition` with the condition relied on, for example
`employment-social-protection` for sick notes processed for payroll, or
`explicit-consent`. If the category is not special after all, remove `special` from it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA120",
    name="special-category-condition-missing",
    severity=Severity.ERROR,
    summary="Special categories of data are processed without an Art. 9(2) condition.",
    doc=__doc__ or "",
    article="Art. 9(1), 9(2)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        if activity.special_category_condition is not None or activity.role == "processor":
            continue
        special: list[tuple[int, str]] = []
        for index, category_id in enumerate(activity.data_categories):
            category = registry.data_category(category_id)
            if category is not None and category.special:
                special.append((index, f"'{category_id}' ({category.special})"))
        if not special:
            continue
        yield finding(
            INFO,
            f"activity '{activity.id}' processes special categories of data "
            f"({', '.join(name for _, name in special)}) but gives no Art. 9(2) condition: "
            "add `special_category_condition`",
            activity.origin.loc("data_categories", special[0][0]),
        )
