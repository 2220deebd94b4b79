"""A transfer under the UK GDPR relies on the EU standard contractual clauses alone.

The EU standard contractual clauses (Decision (EU) 2021/914) are not a safeguard under the
UK GDPR on their own. Since 21 March 2024 a restricted transfer from the United Kingdom
on contractual clauses needs either the International Data Transfer Agreement (IDTA) or
the EU clauses together with the International Data Transfer Addendum (the UK Addendum),
both issued by the Information Commissioner under s. 119A of the Data Protection Act 2018
(Art. 46(2)(d) UK GDPR). Older contracts on the previous EU clauses stopped counting then.

Reported for `scc` transfers in a record with `organization.jurisdiction: uk-gdpr`.

How to fix: if the clauses were signed with the UK Addendum, write
`mechanism: uk-addendum` and keep `scc_module`; if the IDTA was signed instead, write
`mechanism: idta`. Otherwise sign one of them before the transfer continues.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA171",
    name="scc-without-uk-addendum",
    severity=Severity.ERROR,
    summary="A UK GDPR transfer relies on the EU SCCs without the UK Addendum.",
    doc=__doc__ or "",
    article="Art. 46(2)(d) UK GDPR, s. 119A DPA 2018",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if not context.jurisdiction.uk:
        return
    for recipient, transfer in transfers(registry, "scc"):
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on the EU standard contractual "
            "clauses alone, which the UK GDPR does not accept: write `mechanism: "
            "uk-addendum` (keeping `scc_module`) if the UK Addendum was signed with them, "
            "or `mechanism: idta` if the IDTA was",
            transfer.origin.loc("mechanism"),
        )
