"""An activity's role and its joint controllers do not agree.

When two or more controllers decide together why and how data are processed, each
records the others (Art. 30(1)(a)) and they need an arrangement (Art. 26). In the
registry, an activity with `role: joint-controller` names its partners in
`joint_controllers`; one that names partners is carried out jointly.

Reported when an activity has `role: joint-controller` without `joint_controllers`, or
lists `joint_controllers` with another role.

How to fix: add the joint controllers as recipients with `role: joint-controller` and list
them in `joint_controllers`, or correct the activity's `role`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA135",
    name="joint-controllers-inconsistent",
    severity=Severity.WARNING,
    summary="An activity's role and its joint_controllers list do not agree.",
    doc=__doc__ or "",
    article="Art. 26, Art. 30(1)(a)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for activity in registry.activities:
        joint = activity.role == "joint-controller"
        if joint and not activity.joint_controllers:
            yield finding(
                INFO,
                f"activity '{activity.id}' is carried out as a joint controller but names "
                "no partner: list the other controllers in `joint_controllers`",
                activity.origin.loc("role"),
            )
        elif not joint and activity.joint_controllers:
            yield finding(
                INFO,
                f"activity '{activity.id}' names joint controllers but its role is "
                f"{activity.role}: set `role: joint-controller`",
                activity.origin.key_loc("joint_controllers"),
            )
