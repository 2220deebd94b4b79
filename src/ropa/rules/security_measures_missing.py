"""An activity has no security measure at all.

The record gives, where possible, a general description of the technical and
organisational security measures of Art. 32(1) (Art. 30(1)(g), 30(2)(d)). An activity
counts as described when it lists at least one measure of its own or when the registry
has a measure with `scope: organization`, which applies to every activity.

How to fix: describe the measures under `security_measures` (access control, encryption,
logging, backups...) and list them in the activity, or mark the ones that apply
everywhere with `scope: organization`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA152",
    name="security-measures-missing",
    severity=Severity.WARNING,
    summary="An activity has no security measure, counting organisation-wide ones.",
    doc=__doc__ or "",
    article="Art. 30(1)(g), Art. 32(1)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if any(measure.scope == "organization" for measure in registry.security_measures):
        return
    for activity in registry.activities:
        if any(registry.security_measure(m) is not None for m in activity.security_measures):
            continue
        yield finding(
            INFO,
            f"activity '{activity.id}' has no security measure: list the measures that "
            "protect it in `security_measures`, or define organisation-wide ones "
            "(`scope: organization`)",
            activity.origin.loc("id"),
        )
