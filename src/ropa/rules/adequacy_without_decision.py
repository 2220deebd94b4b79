"""A transfer relies on an adequacy decision that does not exist.

Art. 45 lets data go to a third country without further safeguards only when the
European Commission has decided that the country ensures an adequate level of protection.
ropa compares the transfer's country with its embedded table of adequacy decisions in
force (see `ropa.reference.adequacy`, dated by its AS_OF).

The United States is left to ROPA104 (its decision covers only certified organisations),
and countries of the EEA are not third countries at all.

How to fix: choose the mechanism actually relied on, most often standard contractual
clauses (`mechanism: scc` with `scc_module` and a transfer impact assessment). If the
Commission has adopted a decision that the table does not list yet, update the table
(see the README of `ropa.reference`) or silence this finding in place with a
`# ropa: ignore[ROPA102] reason` comment.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.reference import adequacy
from ropa.reference.eea import in_eea
from ropa.rules._common import finding, transfer_label
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA102",
    name="adequacy-without-decision",
    severity=Severity.ERROR,
    summary="A transfer claims adequacy for a country without an adequacy decision.",
    doc=__doc__ or "",
    article="Art. 45",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient in registry.recipients:
        for transfer in recipient.transfers:
            country = transfer.country.upper()
            if transfer.mechanism != "adequacy" or not country or country == "US":
                continue
            if in_eea(country) or adequacy.decision_for(country) is not None:
                continue
            yield finding(
                INFO,
                f"{transfer_label(recipient, transfer)} relies on adequacy, but the EU has "
                f"no adequacy decision for {country} (as of {adequacy.AS_OF}): use the "
                "mechanism actually relied on, such as standard contractual clauses",
                transfer.origin.loc("mechanism"),
            )
