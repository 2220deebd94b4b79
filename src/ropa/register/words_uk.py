"""The register's headings and code labels that say something else under the UK GDPR.

The law's name, its articles and its home area come from the jurisdiction (`{law}`,
`{outside}` in the register's headings). What is here is the UK's own vocabulary: a record
kept under the UK GDPR (`organization.jurisdiction: uk-gdpr`) calls adequacy "UK adequacy
regulations", names the IDTA, the UK Addendum and the UK Extension, its representative's
place, and the transfer risk assessment by the ICO's name. They go through the gettext
catalog in every language; the other register words are those of the EU GDPR.
"""

from __future__ import annotations

from ropa.i18n.marks import N_

HEADINGS = {
    "representative": N_("Representative in the UK"),
    "tia": N_("Transfer risk assessment"),
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
