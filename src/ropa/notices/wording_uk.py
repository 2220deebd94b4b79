"""The sentences of a notice that say something else under the UK GDPR, as message ids.

Most sentences are the same under both laws: they name the law, its articles and its
home area through the jurisdiction's tokens (`{law}`, `{cite:6(1)(a)}`, `{outside}`, see
`ropa.reference.jurisdiction`), so `wording` has them once. What is here is the UK's own
law: its transfer tools (UK adequacy regulations and section 17A DPA 2018, the IDTA, the
UK Addendum, the UK Extension) and who approves them (the Information Commissioner), UK
law on inquiries, the rights under the UK GDPR and the Data Protection Act 2018, and the
ICO as the one authority for complaints. Each name mirrors the EU constant it replaces.
"""

from __future__ import annotations

from ropa.i18n.marks import N_

MECHANISMS = {
    "adequacy": N_(
        "UK adequacy regulations recognise that this country protects personal data "
        "adequately ({cite:45})."
    ),
    "idta": N_(
        "The recipient has signed with us the International Data Transfer Agreement "
        "(IDTA) issued by the Information Commissioner ({cite:46(2)(d)})."
    ),
    "uk-addendum": N_(
        "The recipient is bound by the EU standard contractual clauses together with the "
        "International Data Transfer Addendum (UK Addendum) issued by the Information "
        "Commissioner ({cite:46(2)(d)})."
    ),
    "bcr": N_(
        "The recipient applies binding corporate rules approved by the Information "
        "Commissioner ({cite:47})."
    ),
    "code-of-conduct": N_(
        "The recipient has made binding commitments under an approved code of conduct."
    ),
    "certification": N_(
        "The recipient has made binding commitments under an approved certification."
    ),
    "public-authority-instrument": N_(
        "A legally binding instrument between public authorities protects the data."
    ),
    "ad-hoc-clauses": N_(
        "The recipient is bound by contractual clauses authorised by the Information Commissioner."
    ),
    "administrative-arrangement": N_(
        "An administrative arrangement between public authorities, authorised by the "
        "Information Commissioner, protects the data."
    ),
}
# Mechanisms that rest on safeguards a person may ask a copy of (Art. 13(1)(f) UK GDPR).
SAFEGUARDS = frozenset(MECHANISMS) - {"adequacy"}
# The ICO publishes these two texts: the notice says where.
ICO_PUBLISHED = frozenset({"idta", "uk-addendum"})

# The UK Extension: "certified" only when the record holds a check of the DPF List.
EXTENSION_CERTIFIED = N_(
    "The recipient is certified to the UK Extension to the EU-US Data Privacy Framework, "
    "which UK adequacy regulations recognise as protecting personal data adequately; we "
    "last checked its certification on the Data Privacy Framework List on %(date)s."
)
EXTENSION_RELIED_ON = N_(
    "The transfer relies on the UK Extension to the EU-US Data Privacy Framework, under "
    "which UK adequacy regulations recognise as adequate the protection given by US "
    "organisations certified to it."
)

DEROGATION = N_(
    "No UK adequacy regulations or safeguard cover this transfer; it takes place only for "
    "this reason: %(reason)s."
)
AUTHORITY_INFORMED = N_("%(reason)s; we informed the Information Commissioner on %(date)s")

INQUIRY_AUTHORITIES = N_(
    "This list does not include authorities that may obtain data for a particular "
    "inquiry under UK law: the {law} does not count them as recipients ({cite:4(9)})."
)
# Where the standard texts are published, for the tools the notice names.
ICO_TEXTS = {
    frozenset({"idta"}): N_(
        "The Information Commissioner publishes the standard text of the IDTA on its website, "
        "%(website)s."
    ),
    frozenset({"uk-addendum"}): N_(
        "The Information Commissioner publishes the standard text of the UK Addendum on its "
        "website, %(website)s."
    ),
    frozenset({"idta", "uk-addendum"}): N_(
        "The Information Commissioner publishes the standard text of the IDTA and of the UK "
        "Addendum on its website, %(website)s."
    ),
}
RIGHTS_INTRO = N_(
    "Under the {law} and the Data Protection Act 2018, you have the following rights "
    "over your personal data:"
)
# The ICO is the only supervisory authority under the UK GDPR: no "in particular".
COMPLAINT = N_(
    "If you believe that the processing of your data breaks the rules, you can lodge a "
    "complaint with the UK's supervisory authority, the %(authority)s, whose website is "
    "%(website)s."
)
