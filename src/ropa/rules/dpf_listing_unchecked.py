"""A transfer relies on the EU-US Data Privacy Framework without a recent check of the
recipient's certification.

The adequacy decision for the United States (Decision (EU) 2023/1795, Art. 45) covers
only organisations that are certified under the Data Privacy Framework and appear as
active on the Data Privacy Framework List. Certifications lapse and are withdrawn, so the
exporter has to verify the listing before relying on it and keep verifying it. The record
holds that check in `dpf_listing` (`date` of the last check and the list `reference`);
notices say that the recipient is certified only when it is recorded.

Under the UK GDPR the same holds for `uk-extension`: the UK adequacy regulations for the
United States cover only organisations certified to the UK Extension to the DPF, as the
List shows.

Reported when a `dpf` or `uk-extension` transfer has no `dpf_listing`, when the listing has no `date`, and
when the last check is older than the review period (12 months unless `review_months`
says otherwise).

How to fix: look the recipient up on the Data Privacy Framework List
(https://www.dataprivacyframework.gov/list), confirm that its certification is active and
covers the data concerned (HR data need HR coverage), and record
`dpf_listing: {date: <today>, reference: <its entry>}`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, parse_date, transfer_label, transfers
from ropa.rules.context import RuleContext
from ropa.rules.review_overdue import add_months

INFO = RuleInfo(
    id="ROPA180",
    name="dpf-listing-unchecked",
    severity=Severity.WARNING,
    summary="A DPF transfer records no recent check of the recipient's certification.",
    doc=__doc__ or "",
    article="Art. 45; Decision (EU) 2023/1795",
)

# The mechanisms that rest on a certification shown on the Data Privacy Framework List.
FRAMEWORKS = {
    "dpf": "the Data Privacy Framework",
    "uk-extension": "the UK Extension to the Data Privacy Framework",
}


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    months = context.review_months
    for recipient, transfer in transfers(registry, *FRAMEWORKS):
        framework = FRAMEWORKS[transfer.mechanism]
        label = transfer_label(recipient, transfer)
        listing = transfer.dpf_listing
        if listing is None:
            yield finding(
                INFO,
                f"{label} relies on {framework}, but no check of "
                f"'{recipient.id}' on the Data Privacy Framework List is recorded: add "
                "`dpf_listing` with the date of the check and the list entry",
                transfer.origin.loc("mechanism"),
            )
            continue
        checked = parse_date(listing.date)
        if listing.date is None:
            yield finding(
                INFO,
                f"{label}: `dpf_listing` does not say when the certification was "
                "checked: add its `date`",
                transfer.origin.key_loc("dpf_listing"),
            )
        elif checked is not None and context.today > add_months(checked, months):
            yield finding(
                INFO,
                f"{label}: the certification of '{recipient.id}' was last checked on "
                f"{checked.isoformat()}, more than {months} months ago: check the Data "
                "Privacy Framework List again and update `dpf_listing.date`",
                transfer.origin.loc("dpf_listing", "date"),
            )
