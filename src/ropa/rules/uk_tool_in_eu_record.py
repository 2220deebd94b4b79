"""A record kept under the EU GDPR relies on a transfer tool of the UK GDPR.

The International Data Transfer Agreement (IDTA) and the International Data Transfer
Addendum to the EU standard contractual clauses (the UK Addendum) are issued by the UK's
Information Commissioner under s. 119A of the Data Protection Act 2018; they are safeguards
of Art. 46(2)(d) UK GDPR and make no transfer lawful under Chapter V of the EU GDPR
(Arts. 44 and 46). The UK Extension to the EU-US Data Privacy Framework covers transfers
from the United Kingdom; from the EEA, the same certified US organisation is covered by the
EU-US Data Privacy Framework itself (Art. 45, Decision (EU) 2023/1795).

Reported for `idta`, `uk-addendum` and `uk-extension` transfers in a record whose
`organization.jurisdiction` is `eu-gdpr` (the default).

How to fix: if the record is kept under the UK GDPR, set
`organization.jurisdiction: uk-gdpr`. Otherwise record the EU tool relied on: `scc` with
its `scc_module` instead of the IDTA or the UK Addendum, `dpf` instead of `uk-extension`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import MECHANISM_NAMES, finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA170",
    name="uk-tool-in-eu-record",
    severity=Severity.ERROR,
    summary="A record kept under the EU GDPR relies on a transfer tool of the UK GDPR.",
    doc=__doc__ or "",
    article="Arts. 44-46",
)

EU_TOOL = {
    "idta": "`scc` with its `scc_module`",
    "uk-addendum": "`scc` with its `scc_module`",
    "uk-extension": "`dpf`",
}


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    if registry.organization is None or context.jurisdiction.uk:
        return
    for recipient, transfer in transfers(registry, *EU_TOOL):
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on "
            f"{MECHANISM_NAMES[transfer.mechanism]}, a transfer tool of the UK GDPR, but "
            f"the record is kept under the EU GDPR: record {EU_TOOL[transfer.mechanism]}, "
            "or set `organization.jurisdiction: uk-gdpr` if the UK GDPR applies",
            transfer.origin.loc("mechanism"),
        )
