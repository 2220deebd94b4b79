"""A transfer relies on Art. 46 safeguards without a transfer impact assessment.

Safeguards such as standard contractual clauses or binding corporate rules bind the
parties, not the authorities of the destination country. Since the Schrems II judgment
(C-311/18), the exporter must assess whether the law and practice of that country let the
recipient keep its promises, and add supplementary measures where they do not (EDPB
Recommendations 01/2020; Clause 14 of the SCCs). The record keeps when that assessment was
made and where it is.

Checked for `scc`, `bcr`, `ad-hoc-clauses`, `code-of-conduct` and `certification`
transfers without `tia`. A transfer to a country whose adequacy decision covers every
recipient there needs no such assessment and is not reported.

Under the UK GDPR the ICO calls it a transfer risk assessment: it is expected before
relying on the IDTA or the UK Addendum (`idta`, `uk-addendum`, Art. 46 UK GDPR) as on the
other Art. 46 tools, and the record keeps it under `tia` too. A country that the UK
adequacy regulations cover in full needs none.

How to fix: carry out the assessment and record it, for example
`tia: {date: 2024-01-10, reference: TIA-2024-02}`; list any supplementary measures under
`supplementary_measures`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import MECHANISM_NAMES, finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA107",
    name="transfer-impact-assessment-missing",
    severity=Severity.WARNING,
    summary="A transfer on Art. 46 safeguards has no transfer impact assessment.",
    doc=__doc__ or "",
    article="Art. 46, C-311/18 (Schrems II)",
)

NEEDS_ASSESSMENT = frozenset(
    {"scc", "bcr", "ad-hoc-clauses", "code-of-conduct", "certification", "idta", "uk-addendum"}
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    assessment = (
        "a transfer risk assessment" if context.jurisdiction.uk else "a transfer impact assessment"
    )
    for recipient, transfer in transfers(registry, *NEEDS_ASSESSMENT):
        if transfer.tia is not None:
            continue
        decision = context.jurisdiction.adequacy(transfer.country)
        if decision is not None and decision.full:
            continue
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on "
            f"{MECHANISM_NAMES[transfer.mechanism]} without {assessment}: "
            f"assess whether the law and practice of {transfer.country.upper()} let the "
            "recipient honour them, and record it under `tia` with its date and reference",
            transfer.origin.loc("mechanism"),
        )
