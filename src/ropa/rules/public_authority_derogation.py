"""A public authority relies on a transfer derogation that the GDPR closes to it.

Art. 49(3) excludes, for activities that public authorities carry out in the exercise of
their public powers, the derogations of Art. 49(1)(a) to (c) (explicit consent, a
contract with the person, a contract in the person's interest) and the compelling
legitimate interests of the second subparagraph. A public authority transfers data on an
adequacy decision, on the safeguards of Art. 46 (in particular a legally binding
instrument or an administrative arrangement between public authorities, Art. 46(2)(a)
and (3)(b)), or on the other derogations (important public interest, legal claims, vital
interests, a public register).

Reported, when `organization.public_authority` is true, at each such transfer's
`derogation`.

How to fix: choose a ground open to a public authority and record it under `mechanism`.
If the transfer is not made in the exercise of public powers, say so in its `note` and
silence the finding in place with `# ropa: ignore[ROPA183] <why>`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, is_public_authority, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA183",
    name="public-authority-derogation",
    severity=Severity.ERROR,
    summary="A public authority relies on a derogation closed to it by Art. 49(3).",
    doc=__doc__ or "",
    article="Art. 49(3)",
)

# The derogations Art. 49(3) closes to public authorities, with the point that grants them.
CLOSED = {
    "explicit-consent": "Art. 49(1)(a)",
    "contract-with-data-subject": "Art. 49(1)(b)",
    "contract-in-data-subject-interest": "Art. 49(1)(c)",
    "compelling-legitimate-interests": "Art. 49(1), second subparagraph",
}


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if not is_public_authority(registry):
        return
    for recipient, transfer in transfers(registry, "derogation"):
        point = CLOSED.get(transfer.derogation or "")
        if point is None:
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on the '{transfer.derogation}' "
            f"derogation ({point}), which a public authority cannot use in the exercise "
            "of its public powers (Art. 49(3)): rely on an adequacy decision, an Art. 46 "
            "safeguard or another derogation",
            transfer.origin.loc("derogation"),
        )
