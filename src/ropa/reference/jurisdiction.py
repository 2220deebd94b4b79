"""The law a record is kept under, as one object: the EU GDPR or the UK GDPR.

A `Jurisdiction` answers what the rules and the outputs would otherwise read from module
globals: where data moves without a transfer (the home area), which third countries are
adequate and under which instrument, which transfer tools exist, which authority hears
complaints, and the law's short name for messages. `of(organization)` picks it from
`organization.jurisdiction` (default `eu-gdpr`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ropa.reference import adequacy, eea, uk_adequacy

if TYPE_CHECKING:
    from ropa.model import Organization


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

    def in_home_area(self, country: str) -> bool:
        return country.strip().upper() in self.home_area

    def adequacy(self, country: str) -> Adequacy | None:
        """The adequacy decision (EU) or regulations (UK) for a country, if any."""
        return self._adequacy(country.strip().upper())

    @property
    def uk(self) -> bool:
        return self.id == "uk-gdpr"


EU_GDPR = Jurisdiction(
    id="eu-gdpr",
    law="GDPR",
    home_area=eea.EEA_STATES,
    home_area_name="the EEA",
    representative_area="the Union",
    mechanisms=_SHARED_TOOLS | {"dpf", "scc"},
    adequacy_as_of=adequacy.AS_OF,
    sole_authority=None,
    _adequacy=_eu_adequacy,
)

UK_GDPR = Jurisdiction(
    id="uk-gdpr",
    law="UK GDPR",
    home_area=uk_adequacy.HOME_AREA,
    home_area_name="the UK",
    representative_area="the UK",
    # The EU clauses and the EU-US DPF are not tools of the UK GDPR on their own
    # (ROPA171, ROPA172 say what they lack).
    mechanisms=_SHARED_TOOLS | uk_adequacy.UK_ONLY_MECHANISMS,
    adequacy_as_of=uk_adequacy.AS_OF,
    sole_authority="ICO",
    _adequacy=_uk_adequacy,
)

JURISDICTIONS: dict[str, Jurisdiction] = {j.id: j for j in (EU_GDPR, UK_GDPR)}


def of(organization: Organization | None) -> Jurisdiction:
    """The jurisdiction a record is kept under (the EU GDPR when it does not say)."""
    if organization is None:
        return EU_GDPR
    return JURISDICTIONS.get(organization.jurisdiction, EU_GDPR)
