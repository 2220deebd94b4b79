"""Our plain-words sentence for each closed value of the format, as message ids.

`N_` only marks a string for extraction into the catalog; it is translated where used.
"""

from __future__ import annotations

from ropa.i18n.marks import N_

LEGAL_BASES = {
    "consent": N_("Your consent ({cite:6(1)(a)})"),
    "contract": N_(
        "The performance of a contract with you, or steps you asked for before entering "
        "into one ({cite:6(1)(b)})"
    ),
    "legal-obligation": N_("A legal obligation that applies to us ({cite:6(1)(c)})"),
    "vital-interests": N_(
        "The protection of your vital interests or those of another person ({cite:6(1)(d)})"
    ),
    "public-task": N_(
        "A task carried out in the public interest or in the exercise of official "
        "authority ({cite:6(1)(e)})"
    ),
    "legitimate-interests": N_("Our legitimate interests ({cite:6(1)(f)})"),
}
LEGITIMATE_INTEREST = N_("Our legitimate interests ({cite:6(1)(f)}): %(interest)s")

# Art. 9(2) conditions, cited with their point. Worded impersonally ("explicit consent",
# not "your explicit consent"): the data may be a child's read by a parent.
SPECIAL_CONDITIONS = {
    "explicit-consent": N_("explicit consent ({cite:9(2)(a)})"),
    "employment-social-protection": N_(
        "obligations and rights in employment, social security and social protection law "
        "({cite:9(2)(b)})"
    ),
    "vital-interests": N_(
        "the protection of the vital interests of a person who cannot give consent ({cite:9(2)(c)})"
    ),
    "not-for-profit-body": N_(
        "the legitimate activities of a not-for-profit body, for its members or regular "
        "contacts ({cite:9(2)(d)})"
    ),
    "made-public": N_("data manifestly made public by the person concerned ({cite:9(2)(e)})"),
    "legal-claims": N_("the establishment, exercise or defence of legal claims ({cite:9(2)(f)})"),
    "substantial-public-interest": N_(
        "reasons of substantial public interest, on the basis of law ({cite:9(2)(g)})"
    ),
    "health-social-care": N_(
        "preventive or occupational medicine, medical diagnosis, or health or social care "
        "({cite:9(2)(h)})"
    ),
    "public-health": N_("reasons of public interest in the area of public health ({cite:9(2)(i)})"),
    "archiving-research-statistics": N_(
        "archiving in the public interest, scientific or historical research, or "
        "statistics ({cite:9(2)(j)})"
    ),
}

SOURCES = {
    "data-subject": N_("You, when you give the data to us (in a form or a message, for example)"),
    "observed": N_("Automatic collection while you use our services"),
    "third-party": N_("Other organisations"),
    "publicly-available": N_("Sources open to the public"),
}

REQUIREMENTS = {
    "statutory": N_("The law requires this data."),
    "contractual": N_("This data is needed for our contract with you."),
    "contract-prerequisite": N_("We need this data before we can enter into a contract with you."),
    "voluntary": N_("Giving us this data is up to you."),
    "mixed": N_("Some of this data is required and some is optional."),
}

MECHANISMS = {
    "adequacy": N_(
        "The European Commission has recognised that this country protects personal data "
        "adequately (adequacy decision)."
    ),
    "scc": N_(
        "The recipient is bound by standard contractual clauses adopted by the European Commission."
    ),
    "bcr": N_("The recipient applies binding corporate rules approved by a supervisory authority."),
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
        "The recipient is bound by contractual clauses authorised by a supervisory authority."
    ),
    "administrative-arrangement": N_(
        "An administrative arrangement between public authorities, authorised by a "
        "supervisory authority, protects the data."
    ),
}
# Mechanisms that rest on safeguards a person may ask a copy of (Art. 13(1)(f)).
SAFEGUARDS = frozenset(MECHANISMS) - {"adequacy"}

# The Data Privacy Framework: "certified" only when the record holds a check of the DPF List.
DPF_CERTIFIED = N_(
    "The recipient is certified under the EU-US Data Privacy Framework, which the European "
    "Commission has recognised as adequate; we last checked its certification on the Data "
    "Privacy Framework List on %(date)s."
)
DPF_RELIED_ON = N_(
    "The transfer relies on the EU-US Data Privacy Framework, under which the European "
    "Commission has recognised as adequate the protection given by US organisations "
    "certified to it."
)

DEROGATION = N_(
    "No adequacy decision or safeguard covers this transfer; it takes place only for this "
    "reason: %(reason)s."
)
# For a country that has an adequacy decision (one that does not cover this recipient, or
# is not relied on): the derogation is stated without denying the decision exists.
DEROGATION_ONLY = N_("This transfer takes place only for this reason: %(reason)s.")
AUTHORITY_INFORMED = N_("%(reason)s; we informed the supervisory authority on %(date)s")
DEROGATIONS = {
    "explicit-consent": N_(
        "you have explicitly agreed to it after being told of the possible risks"
    ),
    "contract-with-data-subject": N_(
        "it is necessary to perform a contract with you or steps you asked for"
    ),
    "contract-in-data-subject-interest": N_(
        "it is necessary for a contract concluded in your interest"
    ),
    "public-interest": N_("it is necessary for important reasons of public interest"),
    "legal-claims": N_("it is necessary to establish, exercise or defend legal claims"),
    "vital-interests": N_(
        "it is necessary to protect someone's vital interests when consent cannot be given"
    ),
    "public-register": N_("the data comes from a register open to the public"),
    "compelling-legitimate-interests": N_(
        "it serves a compelling legitimate interest of ours, is not repeated and concerns "
        "only a limited number of people"
    ),
}

RIGHTS = {
    "access": (
        N_("Access"),
        N_("You can ask whether we process your data and receive a copy of it."),
    ),
    "rectification": (
        N_("Rectification"),
        N_("You can have inaccurate data corrected and incomplete data completed."),
    ),
    "erasure": (
        N_("Erasure"),
        N_(
            "You can ask us to erase your data in the cases the law provides, for example when "
            "we no longer need it, unless we must keep it to comply with a legal obligation or "
            "for legal claims."
        ),
    ),
    "restriction": (
        N_("Restriction"),
        N_(
            "You can ask us to keep your data but stop any other use of it: while we check its "
            "accuracy or examine your objection; instead of erasing it, if its use is unlawful; "
            "or if we no longer need it but you need it to establish, exercise or defend legal "
            "claims."
        ),
    ),
    "portability": (
        N_("Portability"),
        N_(
            "For data you gave us that we process on the basis of your consent or a contract, "
            "you can receive it in a structured, commonly used, machine-readable format, or "
            "have it sent to another organisation."
        ),
    ),
    "objection": (
        N_("Objection"),
        N_("You can object to some uses of your data, as set out in the box above."),
    ),
    "automated-decisions": (
        N_("Decisions made by automated means"),
        N_(
            "You can ask for a person to review a decision made by automated means alone, "
            "give your point of view and contest the decision."
        ),
    ),
}


# Sentences of the notice's sections. `{law}`, `{cite:REF}`, `{outside}` and the other
# tokens are the law's words, filled by the record's jurisdiction in the notice's
# language; `wording_uk` has the UK GDPR's version of the few that say something else.
IDENTITY_PROOF = N_(
    "If we have reasonable doubts about the identity of the person making a request, "
    "we may ask for the additional information needed to confirm it ({cite:12(6)})."
)
RIGHTS_INTRO = N_("Under the {law}, you have the following rights over your personal data:")
CHILDREN = N_(
    "Some of this processing concerns children and rests on consent: %(activities)s. "
    "For an online service offered directly to a child, the age of digital consent "
    "that applies to us is %(age)s (%(country)s; {cite:8}): below that age, consent "
    "is given or authorised by the holder of parental responsibility. Parents and "
    "guardians can also exercise their child's rights on the child's behalf."
)
DIRECT_MARKETING = N_(
    "You may object at any time, without giving any reason, to the use of your data "
    "for direct marketing, including profiling to the extent that it is related to it "
    "({cite:21(2) and (3)}); we will then no longer use your data for that purpose. "
    "This concerns the following purposes:"
)
TRANSFERS_HEADING = N_("Transfers {outside}")
TRANSFERS_INTRO = N_(
    "Some recipients process your data in countries {outside-defined}. Each of these "
    "transfers is protected as follows:"
)
INQUIRY_AUTHORITIES = N_(
    "This list does not include authorities that may obtain data for a particular "
    "inquiry under Union or Member State law: the {law} does not count them as "
    "recipients ({cite:4(9)})."
)
SPECIAL_INTRO = N_(
    "Some of this data belongs to the special categories that the {law} protects more "
    "strictly ({cite:9}). We process it only under the condition given for each "
    "processing:"
)
CRIMINAL = N_(
    "data about criminal convictions or offences is processed only under this "
    "authority ({cite:10}): %(authority)s."
)
PURPOSES_INTRO = N_(
    "We use your personal data for the purposes below, each resting on a legal basis "
    "set by the {law-defined}:"
)
JOINT_RIGHTS = N_(
    "Whatever our arrangement provides, you can exercise your rights with and against "
    "each of us ({cite:26(3)})."
)
JOINT_CONTROLLERS = N_(
    "We decide jointly with the organisation below why and how your data is used, as "
    "joint controllers ({cite:26}), for the following processing: %(activities)s."
)
REPRESENTATIVE = N_(
    "Our representative {representative-area} ({cite:27}), whom you can contact in "
    "addition to us or instead of us:"
)
