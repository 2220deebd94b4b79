"""A transfer under the UK GDPR relies on the EU-US Data Privacy Framework.

The EU-US Data Privacy Framework (Decision (EU) 2023/1795) is an adequacy decision of the
European Commission: it covers data leaving the EEA. For data leaving the United Kingdom,
the UK adequacy regulations for the United States (The Data Protection (Adequacy) (United
States of America) Regulations 2023, SI 2023/1028, Art. 45 UK GDPR) cover only a US
organisation that the Data Privacy Framework List shows as participating in the UK
Extension to the Framework. A certification to the EU-US Framework alone is not enough.

Reported for `dpf` transfers in a record with `organization.jurisdiction: uk-gdpr`.

How to fix: check the recipient's entry on the Data Privacy Framework List; if it
participates in the UK Extension, write `mechanism: uk-extension` (and record the check
under `dpf_listing`), otherwise use the IDTA or the UK Addendum.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA172",
    name="dpf-without-uk-extension",
    severity=Severity.ERROR,
    summary="A UK GDPR transfer relies on the EU-US DPF instead of its UK Extension.",
    doc=__doc__ or "",
    article="Art. 45 UK GDPR, SI 2023/1028",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if not context.jurisdiction.uk:
        return
    for recipient, transfer in transfers(registry, "dpf"):
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on the EU-US Data Privacy "
            "Framework, which covers transfers from the EEA, not from the UK: write "
            "`mechanism: uk-extension` if the recipient participates in the UK Extension "
            "(check the Data Privacy Framework List), otherwise use the IDTA or the UK "
            "Addendum",
            transfer.origin.loc("mechanism"),
        )
