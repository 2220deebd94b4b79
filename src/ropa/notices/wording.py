"""Our plain-words sentence for each closed value of the format, as message ids.

`N_` only marks a string for extraction into the catalog; it is translated where used.
"""

from __future__ import annotations


def N_(message: str) -> str:
    return message


LEGAL_BASES = {
    "consent": N_("Your consent (Art. 6(1)(a) GDPR)"),
    "contract": N_(
        "The performance of a contract with you, or steps you asked for before entering "
        "into one (Art. 6(1)(b) GDPR)"
    ),
    "legal-obligation": N_("A legal obligation that applies to us (Art. 6(1)(c) GDPR)"),
    "vital-interests": N_(
        "The protection of your vital interests or those of another person (Art. 6(1)(d) GDPR)"
    ),
    "public-task": N_(
        "A task carried out in the public interest or in the exercise of official "
        "authority (Art. 6(1)(e) GDPR)"
    ),
    "legitimate-interests": N_("Our legitimate interests (Art. 6(1)(f) GDPR)"),
}
LEGITIMATE_INTEREST = N_("Our legitimate interests (Art. 6(1)(f) GDPR): %(interest)s")

SPECIAL_CONDITIONS = {
    "explicit-consent": N_("your explicit consent"),
    "employment-social-protection": N_("our duties under employment and social security law"),
    "vital-interests": N_("the protection of vital interests when consent cannot be given"),
    "not-for-profit-body": N_("the activities of a not-for-profit body, for its members"),
    "made-public": N_("the fact that you have manifestly made the data public"),
    "legal-claims": N_("the establishment, exercise or defence of legal claims"),
    "substantial-public-interest": N_("a substantial public interest set out in law"),
    "health-social-care": N_("the provision of health or social care"),
    "public-health": N_("public health"),
    "archiving-research-statistics": N_("archiving in the public interest, research or statistics"),
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
    "dpf": N_(
        "The recipient is certified under the EU-US Data Privacy Framework, which the "
        "European Commission has recognised as adequate."
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
SAFEGUARDS = frozenset(MECHANISMS) - {"adequacy", "dpf"}

DEROGATION = N_(
    "No adequacy decision or safeguard covers this transfer; it takes place only for this "
    "reason: %(reason)s."
)
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
        "it serves a compelling legitimate interest of ours, is not repeated and concerns few "
        "people, and the supervisory authority has been informed"
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
            "You can ask us to delete your data, within the limits of our legal and "
            "contractual duties."
        ),
    ),
    "restriction": (
        N_("Restriction"),
        N_(
            "In the cases the law provides, you can ask us to put the use of your data on "
            "hold while a question is being settled."
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
