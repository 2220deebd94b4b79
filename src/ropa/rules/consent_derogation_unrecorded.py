"""A transfer relies on explicit consent, but an activity using it records no consent.

Art. 49(1)(a) allows an occasional transfer without adequacy or safeguards when the person
has explicitly consented to it after being told of its risks. That consent has to be
collected and provable like any other (Arts. 7(1) and 5(2)), so every activity that sends
data to a recipient through this derogation should say how consent is asked and where it is
recorded, in its `consent` section.

One finding per transfer, naming the activities without a `consent` section.

How to fix: add to each named activity a `consent` section (`how`, `withdraw`, `records`)
that covers the transfer, stating that people are told the risks before they agree; or,
if the activity never sends data to this recipient, remove it from the activity's
`recipients`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import (
    activities_by_recipient,
    counted,
    finding,
    transfer_label,
    transfers,
)
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA108",
    name="consent-derogation-unrecorded",
    severity=Severity.WARNING,
    summary="A transfer relies on explicit consent that the activity does not record.",
    doc=__doc__ or "",
    article="Art. 49(1)(a), Art. 7(1)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    users = activities_by_recipient(registry)
    for recipient, transfer in transfers(registry, "derogation"):
        if transfer.derogation != "explicit-consent":
            continue
        without = [a.id for a in users.get(recipient.id, []) if a.consent is None]
        if not without:
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on the explicit consent of the "
            f"people concerned, but "
            f"{counted(without, 'activity {} records', 'activities {} record')} no consent: add "
            "a `consent` section saying how it is asked, after telling people the risks, "
            "and where it is recorded",
            transfer.origin.loc("derogation"),
        )
