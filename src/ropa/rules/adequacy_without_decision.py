"""A transfer relies on an adequacy decision that does not exist.

Art. 45 lets data go to a third country without further safeguards only when the
European Commission has decided that the country ensures an adequate level of protection.
ropa compares the transfer's country with its embedded table of adequacy decisions in
force (see `ropa.reference.adequacy`, dated by its AS_OF).

The United States is left to ROPA104 (its decision covers only certified organisations),
and countries of the EEA are not third countries at all.

Under the UK GDPR (`organization.jurisdiction: uk-gdpr`, Art. 45 UK GDPR) adequacy means
the UK adequacy regulations, the "data bridges" made under s. 17A of the Data Protection
Act 2018 (see `ropa.reference.uk_adequacy`): the EEA, Gibraltar and the countries the EU
had found adequate before 2021, the Republic of Korea and, for certified organisations,
the United States. The lists differ: Brazil has an EU adequacy decision but no UK data
bridge, so a UK record cannot claim adequacy for it.

How to fix: choose the mechanism actually relied on, most often standard contractual
clauses (`mechanism: scc` with `scc_module` and a transfer impact assessment), or under
the UK GDPR the IDTA (`idta`) or the UK Addendum (`uk-addendum`). If the Commission (or,
for the UK, the Secretary of State) has adopted one that the table does not list yet,
update the table
(see the README of `ropa.reference`) or silence this finding in place with a
`# ropa: ignore[ROPA102] reason` comment.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA102",
    name="adequacy-without-decision",
    severity=Severity.ERROR,
    summary="A transfer claims adequacy for a country without an adequacy decision.",
    doc=__doc__ or "",
    article="Art. 45 (EU GDPR and UK GDPR)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    uk = context.jurisdiction.uk
    law = "the UK has no adequacy regulations" if uk else "the EU has no adequacy decision"
    tools = "the IDTA or the UK Addendum" if uk else "standard contractual clauses"
    for recipient, transfer in transfers(registry, "adequacy"):
        country = transfer.country.upper()
        if not country or country == "US":
            continue
        if (
            context.jurisdiction.in_home_area(country)
            or context.jurisdiction.adequacy(country) is not None
        ):
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on adequacy, but {law} for "
            f"{country} (as of {context.jurisdiction.adequacy_as_of}): use the mechanism actually "
            f"relied on, such as {tools}",
            transfer.origin.loc("mechanism"),
        )
