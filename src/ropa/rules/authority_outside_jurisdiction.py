"""The supervisory authority named does not apply the law the record is kept under.

The notices name the authority to complain to (Arts. 13(2)(d), 14(2)(e) and 77, in the
UK GDPR as in the EU GDPR). Under the UK GDPR that is the Information Commissioner's
Office (ICO), the only supervisory authority in the United Kingdom (Data Protection Act
2018, s. 114). Under the EU GDPR it is an authority of an EEA state: the ICO has applied
the UK GDPR, not the EU GDPR, since the end of 2020.

Reported when a record with `organization.jurisdiction: uk-gdpr` names an authority of
ropa's table other than the ICO, and when an EU GDPR record names the ICO. An authority
written out in full is not judged.

How to fix: under the UK GDPR write `supervisory_authority: ICO`. Under the EU GDPR name
the lead or competent authority of the EEA state concerned; if the record should be kept
under the UK GDPR, set `organization.jurisdiction: uk-gdpr`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA173",
    name="authority-outside-jurisdiction",
    severity=Severity.WARNING,
    summary="The supervisory authority named does not apply the record's law.",
    doc=__doc__ or "",
    article="Art. 77, Art. 13(2)(d) (EU GDPR and UK GDPR)",
)


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    organization = registry.organization
    if organization is None or organization.supervisory_authority is None:
        return
    authority_id = organization.supervisory_authority.authority_id
    known = context.jurisdiction.authority(authority_id) if authority_id else None
    if known is None:
        return  # written out in full, or unknown (ROPA153)
    uk = context.jurisdiction.uk
    if uk and known.id != "ICO":
        message = (
            f"the record is kept under the UK GDPR, whose supervisory authority is the ICO, but "
            f"names {known.id} ({known.english_name}): write `supervisory_authority: ICO`"
        )
    elif not uk and known.id == "ICO":
        message = (
            "the record is kept under the EU GDPR, but names the ICO, which applies the UK "
            "GDPR: name the authority of the EEA state concerned, or set "
            "`organization.jurisdiction: uk-gdpr` if the UK GDPR applies"
        )
    else:
        return
    yield finding(INFO, message, organization.supervisory_authority.origin.loc())
