"""A transfer on compelling legitimate interests does not record that the supervisory
authority was informed.

The last-resort derogation of Art. 49(1), second subparagraph, allows a transfer that is
not repetitive, concerns only a limited number of people and is necessary for compelling
legitimate interests that the rights of those people do not override, when no other
ground applies. The controller must assess the circumstances and provide suitable
safeguards, document both in the record (Art. 49(6)), inform the supervisory authority
of the transfer, and inform the people concerned of the transfer and of the interests
pursued. The record holds the date the authority was told in `authority_informed`;
notices do not say the authority was informed unless it is recorded.

Reported at the transfer's `derogation`.

How to fix: inform the supervisory authority of the transfer and record the date:
`authority_informed: 2026-03-02`. Describe the assessment and the safeguards in the
transfer's `note` and `supplementary_measures`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA181",
    name="compelling-interests-authority-uninformed",
    severity=Severity.WARNING,
    summary="A compelling-interests transfer does not record informing the authority.",
    doc=__doc__ or "",
    article="Art. 49(1), second subparagraph; Art. 49(6)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient, transfer in transfers(registry, "derogation"):
        if transfer.derogation != "compelling-legitimate-interests":
            continue
        if transfer.authority_informed is not None:
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on compelling legitimate "
            "interests, but the record does not say when the supervisory authority was "
            "informed of it: inform the authority and add `authority_informed` with the "
            "date",
            transfer.origin.loc("derogation"),
        )
