"""The register's headings and code labels that change under the UK GDPR, as message ids.

A record kept under the UK GDPR (`organization.jurisdiction: uk-gdpr`) cites the UK GDPR,
calls adequacy "UK adequacy regulations", names the IDTA, the UK Addendum and the UK
Extension, and the transfer risk assessment by the ICO's name. They go through the gettext
catalog in every language; the other register words are those of the EU GDPR.
"""

from __future__ import annotations


def N_(message: str) -> str:
    return message


HEADINGS = {
    "subtitle": N_("Article 30 of the UK General Data Protection Regulation"),
    "controller_register_ref": N_("Article 30(1) UK GDPR"),
    "processor_register_ref": N_("Article 30(2) UK GDPR"),
    "representative": N_("Representative in the UK"),
    "tia": N_("Transfer risk assessment"),
    "no_transfers": N_("No transfer outside the United Kingdom."),
}

LABELS = {
    "mechanism": {
        "adequacy": N_("UK adequacy regulations (Art. 45)"),
        "idta": N_("International Data Transfer Agreement, IDTA (Art. 46(2)(d))"),
        "uk-addendum": N_("EU standard contractual clauses with the UK Addendum (Art. 46(2)(d))"),
        "uk-extension": N_("UK Extension to the EU-US Data Privacy Framework (Art. 45)"),
        "scc": N_("EU standard contractual clauses without the UK Addendum"),
        "dpf": N_("EU-US Data Privacy Framework without the UK Extension"),
    },
}
