"""A recipient established outside the EEA has no transfer to its country.

Sending personal data to a recipient established in a third country is a transfer
(Chapter V GDPR). It is lawful only on one of the grounds of Arts. 45 to 49, and the
record must name the country and, for Art. 49(1) second-subparagraph transfers, the
safeguards (Art. 30(1)(e), 30(2)(c)). The registry format therefore asks every recipient
whose `country` is outside the EEA to document that country under `transfers`.

This applies to every kind of recipient, internal teams and authorities included: what
matters is that the data leave the EEA.

Under the UK GDPR (`organization.jurisdiction: uk-gdpr`) the home area is the United
Kingdom: a recipient in an EEA state receives a restricted transfer too (Art. 30(1)(e) and
Chapter V UK GDPR), which the UK adequacy regulations cover: document it as
`{country: FR, mechanism: adequacy}`.

How to fix: add a `transfers` entry for the recipient's country with the mechanism relied
on, for example::

    transfers:
      - country: IN
        mechanism: scc
        scc_module: controller-to-processor
        tia: {date: 2024-01-10, reference: TIA-2024-02}

If the recipient's country is wrong (the data stay with an EEA entity), correct `country`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA101",
    name="transfer-undocumented",
    severity=Severity.ERROR,
    summary="A recipient outside the EEA (or the UK) has no transfer entry for its country.",
    doc=__doc__ or "",
    article="Art. 30(1)(e), Arts. 44-49",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient in registry.recipients:
        country = (recipient.country or "").upper()
        if not country or context.jurisdiction.in_home_area(country):
            continue
        documented = {transfer.country.upper() for transfer in recipient.transfers}
        if country in documented:
            continue
        yield finding(
            INFO,
            f"recipient '{recipient.id}' is established in {country}, outside "
            f"{context.jurisdiction.home_area_name}, but has no transfer to {country}: add a `transfers` entry for {country} with the mechanism relied on",
            recipient.origin.loc("country"),
        )
