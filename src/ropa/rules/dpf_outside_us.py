"""A transfer relies on the EU-US Data Privacy Framework for a country other than the US.

The Data Privacy Framework is the Art. 45 adequacy decision (EU) 2023/1795 for the
United States: it covers organisations in the US that are certified under it, and nothing
else. A transfer to any other country cannot rely on it, even when the recipient's parent
company is certified. The same holds under the UK GDPR for the UK Extension to the
Data Privacy Framework (`uk-extension`, The Data Protection (Adequacy) (United States of
America) Regulations 2023, Art. 45 UK GDPR): it covers only certified organisations in
the US.

How to fix: set the transfer's `country` to US if the data go to the certified US
organisation, or choose the mechanism that covers the country the data go to.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA103",
    name="dpf-outside-us",
    severity=Severity.ERROR,
    summary="The Data Privacy Framework is claimed for a country other than the US.",
    doc=__doc__ or "",
    article="Art. 45, Decision (EU) 2023/1795; Art. 45 UK GDPR, SI 2023/1028",
)


FRAMEWORKS = {
    "dpf": "the EU-US Data Privacy Framework",
    "uk-extension": "the UK Extension to the EU-US Data Privacy Framework",
}


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient, transfer in transfers(registry, *FRAMEWORKS):
        if transfer.country.upper() in ("US", ""):
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on "
            f"{FRAMEWORKS[transfer.mechanism]}, which covers only certified organisations "
            f"in the US: use a mechanism that covers {transfer.country.upper()}",
            transfer.origin.loc("mechanism"),
        )
