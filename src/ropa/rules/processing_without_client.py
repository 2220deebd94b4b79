"""An activity carried out as a processor does not name the controllers it serves.

A processor's record lists, for each category of processing, the controllers on whose
behalf it acts, with their contact details (Art. 30(2)(a) and (b)). In the registry those
controllers are `clients`, and an activity with `role: processor` names them in
`on_behalf_of`.

How to fix: add the clients under `clients` (name and contact) and list their ids in the
activity's `on_behalf_of`. If the organisation decides the purposes itself, the activity
is not processing on behalf of anyone: set `role: controller` and give legal bases.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA132",
    name="processing-without-client",
    severity=Severity.ERROR,
    summary="An activity done as a processor names no client in on_behalf_of.",
    doc=__doc__ or "",
    article="Art. 30(2)(a), 30(2)(b)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        if activity.role != "processor" or activity.on_behalf_of:
            continue
        yield finding(
            INFO,
            f"activity '{activity.id}' is carried out as a processor but does not say for "
            "whom: list the controllers' client ids in `on_behalf_of`",
            activity.origin.loc("role"),
        )
