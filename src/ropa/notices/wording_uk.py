"""The sentences of a notice that change under the UK GDPR, as message ids.

A record kept under the UK GDPR (`organization.jurisdiction: uk-gdpr`) cites the UK GDPR
and the Data Protection Act 2018, speaks of transfers outside the United Kingdom, of UK
adequacy regulations and of the Information Commissioner, and names the IDTA and the UK
Addendum. Every other sentence is the same as under the EU GDPR (`wording`). Each name
here mirrors the EU constant or sentence it replaces.

Special categories: under the UK GDPR, the conditions of Art. 9(2)(b), (g), (h), (i) and
(j) are met only with a condition of Schedule 1 to the Data Protection Act 2018 (s. 10
DPA 2018), and criminal-offence data needs one too (s. 10(5)); the citations say so.
"""

from __future__ import annotations

from ropa.notices.wording import N_

LEGAL_BASES = {
    "consent": N_("Your consent (Art. 6(1)(a) UK GDPR)"),
    "contract": N_(
        "The performance of a contract with you, or steps you asked for before entering "
        "into one (Art. 6(1)(b) UK GDPR)"
    ),
    "legal-obligation": N_("A legal obligation that applies to us (Art. 6(1)(c) UK GDPR)"),
    "vital-interests": N_(
        "The protection of your vital interests or those of another person (Art. 6(1)(d) UK GDPR)"
    ),
    "public-task": N_(
        "A task carried out in the public interest or in the exercise of official "
        "authority (Art. 6(1)(e) UK GDPR)"
    ),
    "legitimate-interests": N_("Our legitimate interests (Art. 6(1)(f) UK GDPR)"),
}
LEGITIMATE_INTEREST = N_("Our legitimate interests (Art. 6(1)(f) UK GDPR): %(interest)s")

SPECIAL_CONDITIONS = {
    "explicit-consent": N_("explicit consent (Art. 9(2)(a) UK GDPR)"),
    "employment-social-protection": N_(
        "obligations and rights in employment, social security and social protection law "
        "(Art. 9(2)(b) UK GDPR and Schedule 1, Part 1, DPA 2018)"
    ),
    "vital-interests": N_(
        "the protection of the vital interests of a person who cannot give consent "
        "(Art. 9(2)(c) UK GDPR)"
    ),
    "not-for-profit-body": N_(
        "the legitimate activities of a not-for-profit body, for its members or regular "
        "contacts (Art. 9(2)(d) UK GDPR)"
    ),
    "made-public": N_("data manifestly made public by the person concerned (Art. 9(2)(e) UK GDPR)"),
    "legal-claims": N_(
        "the establishment, exercise or defence of legal claims (Art. 9(2)(f) UK GDPR)"
    ),
    "substantial-public-interest": N_(
        "reasons of substantial public interest, on the basis of law (Art. 9(2)(g) UK GDPR "
        "and Schedule 1, Part 2, DPA 2018)"
    ),
    "health-social-care": N_(
        "preventive or occupational medicine, medical diagnosis, or health or social care "
        "(Art. 9(2)(h) UK GDPR and Schedule 1, Part 1, DPA 2018)"
    ),
    "public-health": N_(
        "reasons of public interest in the area of public health (Art. 9(2)(i) UK GDPR and "
        "Schedule 1, Part 1, DPA 2018)"
    ),
    "archiving-research-statistics": N_(
        "archiving in the public interest, scientific or historical research, or statistics "
        "(Art. 9(2)(j) UK GDPR and Schedule 1, Part 1, DPA 2018)"
    ),
}

MECHANISMS = {
    "adequacy": N_(
        "UK adequacy regulations recognise that this country protects personal data "
        "adequately (Art. 45 UK GDPR and section 17A of the Data Protection Act 2018)."
    ),
    "idta": N_(
        "The recipient has signed with us the International Data Transfer Agreement (IDTA) "
        "issued by the Information Commissioner (Art. 46(2)(d) UK GDPR)."
    ),
    "uk-addendum": N_(
        "The recipient is bound by the EU standard contractual clauses together with the "
        "International Data Transfer Addendum (UK Addendum) issued by the Information "
        "Commissioner (Art. 46(2)(d) UK GDPR)."
    ),
    "bcr": N_(
        "The recipient applies binding corporate rules approved by the Information "
        "Commissioner (Art. 47 UK GDPR)."
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

# Sentences of the notice's sections.
PURPOSES_INTRO = N_(
    "We use your personal data for the purposes below, each resting on a legal basis set by "
    "the UK GDPR:"
)
SPECIAL_INTRO = N_(
    "Some of this data belongs to the special categories that the UK GDPR protects more "
    "strictly (Art. 9 UK GDPR). We process it only under the condition given for each "
    "processing:"
)
CRIMINAL = N_(
    "data about criminal convictions or offences is processed only under this authority "
    "(Art. 10 UK GDPR and section 10(5) of the Data Protection Act 2018): %(authority)s."
)
REPRESENTATIVE = N_(
    "Our representative in the United Kingdom (Art. 27 UK GDPR), whom you can contact in "
    "addition to us or instead of us:"
)
JOINT_CONTROLLERS = N_(
    "We decide jointly with the organisation below why and how your data is used, as joint "
    "controllers (Art. 26 UK GDPR), for the following processing: %(activities)s."
)
JOINT_RIGHTS = N_(
    "Whatever our arrangement provides, you can exercise your rights with and against each "
    "of us (Art. 26(3) UK GDPR)."
)
INQUIRY_AUTHORITIES = N_(
    "This list does not include authorities that may obtain data for a particular inquiry "
    "under UK law: the UK GDPR does not count them as recipients (Art. 4(9) UK GDPR)."
)
TRANSFERS_HEADING = N_("Transfers outside the United Kingdom")
TRANSFERS_INTRO = N_(
    "Some recipients process your data in countries outside the United Kingdom. Each of "
    "these transfers is protected as follows:"
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
DIRECT_MARKETING = N_(
    "You may object at any time, without giving any reason, to the use of your data for "
    "direct marketing, including profiling to the extent that it is related to it "
    "(Art. 21(2) and (3) UK GDPR); we will then no longer use your data for that purpose. "
    "This concerns the following purposes:"
)
CHILDREN = N_(
    "Some of this processing concerns children and rests on consent: %(activities)s. For an "
    "online service offered directly to a child, the age of digital consent that applies to "
    "us is %(age)s (%(country)s; Art. 8 UK GDPR and section 9 of the Data Protection Act "
    "2018): below that age, consent is given or authorised by the holder of parental "
    "responsibility. Parents and guardians can also exercise their child's rights on the "
    "child's behalf."
)
RIGHTS_INTRO = N_(
    "Under the UK GDPR and the Data Protection Act 2018, you have the following rights over "
    "your personal data:"
)
IDENTITY_PROOF = N_(
    "If we have reasonable doubts about the identity of the person making a request, we may "
    "ask for the additional information needed to confirm it (Art. 12(6) UK GDPR)."
)
# The ICO is the only supervisory authority under the UK GDPR: no "in particular".
COMPLAINT = N_(
    "If you believe that the processing of your data breaks the rules, you can lodge a "
    "complaint with the UK's supervisory authority, the %(authority)s, whose website is "
    "%(website)s."
)
