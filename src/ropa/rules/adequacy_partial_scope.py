"""A transfer relies on an adequacy decision that covers only part of the country.

Some Art. 45 adequacy decisions reach only certain recipients: Canada's covers commercial
organisations subject to PIPEDA, Japan's the private sector under the APPI, the Republic
of Korea's organisations subject to PIPA (with exclusions). A transfer to a recipient
outside that scope needs another mechanism. ropa cannot tell from the record whether the
recipient is covered, so this is a note asking to check it. (The United States, whose
decision covers only certified organisations, has its own mechanism, `dpf`: see ROPA104.)

Under the UK GDPR the UK adequacy regulations are read instead (Canada: recipients
subject to PIPEDA; Japan: data subject to the APPI; the Republic of Korea: recipients
subject to PIPA; the United States has `uk-extension`).

How to fix: confirm that the recipient falls within the decision and say so in the
transfer's `note`, then silence this note in place with
`# ropa: ignore[ROPA109] covered: <why>`; otherwise choose another mechanism.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA109",
    name="adequacy-partial-scope",
    severity=Severity.INFO,
    summary="The adequacy decision relied on covers only some recipients in the country.",
    doc=__doc__ or "",
    article="Art. 45 (EU GDPR and UK GDPR)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient, transfer in transfers(registry, "adequacy"):
        if transfer.country.upper() == "US":
            continue
        decision = context.jurisdiction.adequacy(transfer.country)
        if decision is None or decision.full:
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on adequacy "
            f"({decision.instrument}), which covers only {decision.scope}: check that "
            f"'{recipient.id}' is covered, or use another mechanism",
            transfer.origin.loc("mechanism"),
        )
