"""A transfer to the United States claims plain adequacy.

The Art. 45 adequacy decision for the United States, (EU) 2023/1795, is not general: it covers
only organisations certified under the EU-US Data Privacy Framework. Writing `adequacy`
hides the condition that makes the transfer lawful, which the record, the notices and
anyone checking the recipient's certification need to see.

Under the UK GDPR the UK adequacy regulations for the United States (SI 2023/1028) are
just as narrow: they cover only organisations listed on the Data Privacy Framework List
as participating in the UK Extension to the EU-US Data Privacy Framework.

How to fix: write `mechanism: dpf` if the recipient is certified (check the Data Privacy
Framework list), otherwise rely on another mechanism such as standard contractual clauses
with a transfer impact assessment. Under the UK GDPR, write `mechanism: uk-extension` if
the recipient participates in the UK Extension, otherwise use the IDTA or the UK Addendum
with a transfer risk assessment.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA104",
    name="adequacy-for-us",
    severity=Severity.ERROR,
    summary="A transfer to the US claims adequacy instead of the Data Privacy Framework.",
    doc=__doc__ or "",
    article="Art. 45, Decision (EU) 2023/1795; Art. 45 UK GDPR, SI 2023/1028",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if context.jurisdiction.uk:
        advice = (
            "the UK adequacy regulations for the US cover only organisations certified to the "
            "UK Extension to the Data Privacy Framework: write `mechanism: uk-extension` if the "
            "recipient participates in it, otherwise use the IDTA or the UK Addendum"
        )
    else:
        advice = (
            "the US decision covers only organisations certified under the Data Privacy "
            "Framework: write `mechanism: dpf` if the recipient is certified, otherwise use "
            "standard contractual clauses"
        )
    for recipient, transfer in transfers(registry, "adequacy"):
        if transfer.country.upper() != "US":
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} claims adequacy, but {advice}",
            transfer.origin.loc("mechanism"),
        )
