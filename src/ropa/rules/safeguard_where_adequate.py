"""A transfer relies on an Art. 46 safeguard or an Art. 49 derogation although an
adequacy decision covers every recipient in the country.

Where the Commission has decided that a third country ensures an adequate level of
protection, a transfer there "shall not require any specific authorisation" (Art. 45(1)):
no standard contractual clauses, binding corporate rules or other Art. 46 tool, and no
derogation, which Art. 49(1) allows only "in the absence of an adequacy decision". The
tool in place does no harm, but the record then describes the transfer less precisely
than it could, and a derogation recorded for such a country is misleading: no output may
say that no adequacy decision covers the transfer.

This is a note, naming the decision and its date. Decisions that cover only part of the
country (Canada, Japan, the Republic of Korea, the United States) are not reported: the
tool may be what protects a recipient outside their scope. Under the UK GDPR the UK
adequacy regulations are read instead (Art. 45 UK GDPR, s. 17A DPA 2018), with the date
each came into force, and the IDTA and the UK Addendum count among the tools.

How to fix: record the transfer with `mechanism: adequacy`; keep the contract as a
contract if you wish. If the tool is kept on purpose (for instance for a renewal date
that the decision might not survive), say so in `note` and silence the note in place
with `# ropa: ignore[ROPA182] <why>`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import MECHANISM_NAMES, finding, transfer_label, transfers
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA182",
    name="safeguard-where-adequate",
    severity=Severity.INFO,
    summary="A safeguard or derogation is recorded where an adequacy decision suffices.",
    doc=__doc__ or "",
    article="Art. 45(1), Art. 46(1), Art. 49(1)",
)

# The Art. 46 tools and the Art. 49 derogation: the grounds an adequacy decision makes
# unnecessary.
NOT_NEEDED = frozenset(
    {
        "scc",
        "bcr",
        "code-of-conduct",
        "certification",
        "public-authority-instrument",
        "ad-hoc-clauses",
        "administrative-arrangement",
        "derogation",
        "idta",
        "uk-addendum",
    }
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    for recipient, transfer in transfers(registry, *NOT_NEEDED):
        if transfer.mechanism not in context.jurisdiction.mechanisms:
            continue  # a tool of the other law: ROPA170 says so
        adequate = context.jurisdiction.adequacy(transfer.country)
        if adequate is None or not adequate.full:
            continue
        covered = (
            "UK adequacy regulations cover"
            if context.jurisdiction.uk
            else "an adequacy decision covers"
        )
        relied = MECHANISM_NAMES.get(transfer.mechanism, transfer.mechanism)
        yield finding(
            INFO,
            f"{transfer_label(recipient, transfer)} relies on {relied}, but {covered} "
            f"every recipient in {adequate.country} ({adequate.citation}): it is not "
            "needed; record `mechanism: adequacy`",
            transfer.origin.loc("mechanism"),
        )
