"""The law a record is kept under, as one object: the EU GDPR or the UK GDPR.

A `Jurisdiction` answers what the rules and the outputs would otherwise read from module
globals: where data moves without a transfer (the home area), which third countries are
adequate and under which instrument, which transfer tools exist, which authority hears
complaints, and the law's short name for messages. `of(organization)` picks it from
`organization.jurisdiction` (default `eu-gdpr`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Protocol

from ropa.i18n.marks import pgettext
from ropa.reference import adequacy, authorities, digital_consent, eea, uk_adequacy

if TYPE_CHECKING:
    from ropa.model import Organization
    from ropa.reference.authorities import Authority
    from ropa.reference.digital_consent import DigitalConsentAge


class Words(Protocol):
    """What a jurisdiction needs of a catalog (`ropa.i18n.catalog.Catalog`)."""

    def pgettext(self, context: str, message: str) -> str: ...


class UnknownCitation(ValueError):
    """A message cites an article in a form `Jurisdiction.cite` does not know: our bug."""


# Each phrase token: the message context of its words, and the field that holds them.
# `{law-defined}` is the name where a text first names the law, with what it stands for
# where the language's authorities define it ("Regolamento (UE) 2016/679
# («Regolamento»)").
_PHRASES: dict[str, tuple[str, str]] = {
    "law": ("law", "law"),
    "law-defined": ("law-defined", "law_defined"),
    "law-title": ("law-title", "law_title"),
    "outside": ("home-area", "outside"),
    "outside-defined": ("home-area-defined", "outside_defined"),
    "representative-area": ("representative-area", "representative_in"),
}
# `{law}` and `{cite:6(1)(a)}` in a message id (and, unchanged, in every translation):
# the jurisdiction fills them in the reader's language.
_TOKEN = re.compile(r"\{(" + "|".join(map(re.escape, _PHRASES)) + r")\}|\{cite:([^{}]+)\}")
# An article reference as the English message ids write it: "26", "6(1)", "6(1)(a)",
# "21(2) and (3)".
_REFERENCE = re.compile(
    r"(?P<article>\d+)(?:\((?P<paragraph>\d+)\)"
    r"(?:\((?P<point>[a-z])\)| and \((?P<paragraph2>\d+)\))?)?"
)

# How each language's authorities cite an article of the law: the English form is the
# message id (context "citation"), each catalog writes its own ("art. 6.1.a du RGPD",
# "Art. 6 Abs. 1 lit. a DSGVO", "artikel 6, lid 1, onder a, AVG").
_ARTICLE = pgettext("citation", "Art. %(article)s %(law)s")
_PARAGRAPH = pgettext("citation", "Art. %(article)s(%(paragraph)s) %(law)s")
_POINT = pgettext("citation", "Art. %(article)s(%(paragraph)s)(%(point)s) %(law)s")
_PARAGRAPHS = pgettext("citation", "Art. %(article)s(%(paragraph)s) and (%(paragraph2)s) %(law)s")
# Art. 4 numbers its definitions: "Art. 4 Nr. 9 DSGVO", not "Abs. 9" (context
# "citation-definition").
_DEFINITION = pgettext("citation-definition", "Art. %(article)s(%(paragraph)s) %(law)s")
# A provision of national law cited with the article it supplements.
_SUPPLEMENTED = pgettext("citation", "%(citation)s and %(supplement)s")


@dataclass(frozen=True)
class Adequacy:
    """A third country's adequacy under one law, in the words a message needs."""

    country: str  # ISO 3166-1 alpha-2
    instrument: str  # "Decision 2010/625/EU", "DPA 2018, Schedule 21, paragraph 5"
    in_force: date | None  # None where the table does not record it
    full: bool
    scope: str  # "full", or the recipients covered, in English
    # The instrument as a message cites it, with its date: "Commission Decision
    # 2000/518/EC of 26 July 2000", "... (SI 2022/1213), in force since 19 December 2022".
    citation: str = ""


def _eu_adequacy(country: str) -> Adequacy | None:
    decision = adequacy.decision_for(country)
    if decision is None:
        return None
    return Adequacy(
        decision.country,
        f"Decision {decision.decision}",
        None,
        decision.full,
        decision.scope,
        decision.citation,
    )


def _uk_adequacy(country: str) -> Adequacy | None:
    regulation = uk_adequacy.regulation_for(country)
    if regulation is None:
        return None
    return Adequacy(
        regulation.country,
        regulation.instrument,
        regulation.in_force,
        regulation.full,
        regulation.scope,
        f"{regulation.instrument}, in force since {regulation.in_force.day} "
        f"{regulation.in_force:%B %Y}",
    )


# Art. 46 and 49 tools common to both laws.
_SHARED_TOOLS = frozenset(
    {
        "adequacy",
        "bcr",
        "code-of-conduct",
        "certification",
        "public-authority-instrument",
        "ad-hoc-clauses",
        "administrative-arrangement",
        "derogation",
    }
)


@dataclass(frozen=True)
class Jurisdiction:
    id: str  # the value of `organization.jurisdiction`
    law: str  # the law's short name in English messages: "GDPR", "UK GDPR"
    home_area: frozenset[str]  # ISO codes where data moves without a transfer
    home_area_name: str  # "the EEA", "the UK", for English messages
    representative_area: str  # where an Art. 27 representative sits: "the Union", "the UK"
    mechanisms: frozenset[str]  # the transfer tools this law knows
    adequacy_as_of: date
    # The one authority that hears every complaint, where the law has one (the ICO).
    sole_authority: str | None
    _adequacy: Callable[[str], Adequacy | None]
    # The law's words, as message ids translated in every catalog: where data goes when
    # it is transferred ("outside the European Economic Area"), the same where a text
    # first names it (with its abbreviation), where a representative sits.
    law_defined: str = ""  # `law`, in the context "law-defined"
    law_title: str = ""  # the law's full title: "General Data Protection Regulation"
    outside: str = ""
    outside_defined: str = ""
    representative_in: str = ""
    # National provisions cited with an article wherever ropa cites it: under the UK
    # GDPR, Art. 10 with section 10(5) DPA 2018 (message ids, context "law-supplement").
    supplements: Mapping[str, str] = field(default_factory=dict)
    # Articles whose numbered items are points, not paragraphs (the definitions).
    definitions: frozenset[str] = frozenset({"4"})

    def in_home_area(self, country: str) -> bool:
        return country.strip().upper() in self.home_area

    def adequacy(self, country: str) -> Adequacy | None:
        """The adequacy decision (EU) or regulations (UK) for a country, if any."""
        return self._adequacy(country.strip().upper())

    @property
    def uk(self) -> bool:
        return self.id == "uk-gdpr"

    def authority(self, authority_id: str) -> Authority | None:
        """The supervisory authority a record names by its short id ("CNIL", "ICO"), from
        ropa's table of the authorities of the EEA states and the UK."""
        return authorities.authority(authority_id)

    @property
    def authority_ids(self) -> tuple[str, ...]:
        """The short ids the table knows, for messages that list them."""
        return tuple(sorted(authorities.AUTHORITIES))

    def digital_consent_age(self, country: str) -> DigitalConsentAge | None:
        """The age of digital consent (Art. 8) that applies to an organisation established
        in `country`, where ropa's table has it."""
        return digital_consent.digital_consent_age(country)

    def law_name(self, words: Words) -> str:
        """The law's short name in the catalog's language: "RGPD", "DSGVO", "UK GDPR"."""
        return words.pgettext("law", self.law)

    def cite(self, words: Words, reference: str) -> str:
        """An article of this law as the authorities of the catalog's language cite it:
        `cite(fr, "6(1)(a)")` is "art. 6.1.a du RGPD", with the national provision that
        supplements it where the law has one."""
        found = _REFERENCE.fullmatch(reference)
        if found is None:
            raise UnknownCitation(reference)
        parts = {k: v for k, v in found.groupdict().items() if v is not None}
        parts["law"] = self.law_name(words)
        if "point" in parts:
            template = words.pgettext("citation", _POINT)
        elif "paragraph2" in parts:
            template = words.pgettext("citation", _PARAGRAPHS)
        elif "paragraph" in parts and parts["article"] in self.definitions:
            template = words.pgettext("citation-definition", _DEFINITION)
        elif "paragraph" in parts:
            template = words.pgettext("citation", _PARAGRAPH)
        else:
            template = words.pgettext("citation", _ARTICLE)
        citation = template % parts
        supplement = self.supplements.get(reference)
        if supplement is None:
            return citation
        return words.pgettext("citation", _SUPPLEMENTED) % {
            "citation": citation,
            "supplement": words.pgettext("law-supplement", supplement),
        }

    def fill(self, words: Words, text: str) -> str:
        """A translated message with this law's tokens filled: `{law}` (its name),
        `{law-defined}` (its name where a text first names it), `{law-title}` (its title),
        `{cite:REF}` (an article, see `cite`), `{outside}`, `{outside-defined}` and
        `{representative-area}` (its home area's words)."""

        def replace(match: re.Match[str]) -> str:
            if match.group(2) is not None:
                return self.cite(words, match.group(2))
            context, attribute = _PHRASES[match.group(1)]
            return words.pgettext(context, getattr(self, attribute))

        return _TOKEN.sub(replace, text)


EU_GDPR = Jurisdiction(
    id="eu-gdpr",
    law=pgettext("law", "GDPR"),
    law_defined=pgettext("law-defined", "GDPR"),
    law_title=pgettext("law-title", "General Data Protection Regulation"),
    home_area=eea.EEA_STATES,
    home_area_name="the EEA",
    representative_area="the Union",
    mechanisms=_SHARED_TOOLS | {"dpf", "scc"},
    adequacy_as_of=adequacy.AS_OF,
    sole_authority=None,
    _adequacy=_eu_adequacy,
    outside=pgettext("home-area", "outside the European Economic Area"),
    outside_defined=pgettext("home-area-defined", "outside the European Economic Area (EEA)"),
    representative_in=pgettext("representative-area", "in the European Union"),
)

UK_GDPR = Jurisdiction(
    id="uk-gdpr",
    law=pgettext("law", "UK GDPR"),
    law_defined=pgettext("law-defined", "UK GDPR"),
    law_title=pgettext("law-title", "UK General Data Protection Regulation"),
    home_area=uk_adequacy.HOME_AREA,
    home_area_name="the UK",
    representative_area="the UK",
    # The EU clauses and the EU-US DPF are not tools of the UK GDPR on their own
    # (ROPA171, ROPA172 say what they lack).
    mechanisms=_SHARED_TOOLS | uk_adequacy.UK_ONLY_MECHANISMS,
    adequacy_as_of=uk_adequacy.AS_OF,
    sole_authority="ICO",
    _adequacy=_uk_adequacy,
    outside=pgettext("home-area", "outside the United Kingdom"),
    outside_defined=pgettext("home-area-defined", "outside the United Kingdom"),
    representative_in=pgettext("representative-area", "in the United Kingdom"),
    supplements={
        # Arts. 9(2)(b), (g)-(j) are met only with a condition of Schedule 1 (s. 10 DPA 2018).
        "9(2)(b)": pgettext("law-supplement", "Schedule 1, Part 1, DPA 2018"),
        "9(2)(g)": pgettext("law-supplement", "Schedule 1, Part 2, DPA 2018"),
        "9(2)(h)": pgettext("law-supplement", "Schedule 1, Part 1, DPA 2018"),
        "9(2)(i)": pgettext("law-supplement", "Schedule 1, Part 1, DPA 2018"),
        "9(2)(j)": pgettext("law-supplement", "Schedule 1, Part 1, DPA 2018"),
        "10": pgettext("law-supplement", "section 10(5) of the Data Protection Act 2018"),
        "8": pgettext("law-supplement", "section 9 of the Data Protection Act 2018"),
        "45": pgettext("law-supplement", "section 17A of the Data Protection Act 2018"),
    },
)

JURISDICTIONS: dict[str, Jurisdiction] = {j.id: j for j in (EU_GDPR, UK_GDPR)}


def of(organization: Organization | None) -> Jurisdiction:
    """The jurisdiction a record is kept under (the EU GDPR when it does not say)."""
    if organization is None:
        return EU_GDPR
    return JURISDICTIONS.get(organization.jurisdiction, EU_GDPR)
