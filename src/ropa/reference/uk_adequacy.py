"""UK adequacy regulations in force (Art. 45 UK GDPR, s. 17A Data Protection Act 2018):
the "data bridges" to which personal data may go from the United Kingdom without further
safeguards, and how far each one reaches.

Under the UK GDPR the United Kingdom is the home area: data sent to the EEA is a
restricted transfer too, but one the UK adequacy regulations cover. The list differs from
the EU's: Gibraltar is on it, Brazil (adequate for the EU since January 2026) is not, the
Republic of Korea's regulations cover everyone subject to PIPA, and the United States only
organisations certified to the UK Extension to the EU-US Data Privacy Framework (mechanism
`uk-extension`, not `adequacy`).

Where each entry comes from:
- the EEA states, Gibraltar and the countries the EU had found adequate before the end of
  the transition period: DPA 2018, Schedule 21, paragraph 5 (inserted by the Data
  Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) Regulations
  2019, SI 2019/419), in force since 1 January 2021;
- the Republic of Korea: The Data Protection (Adequacy) (Republic of Korea) Regulations
  2022, SI 2022/1213, in force since 19 December 2022;
- the United States: The Data Protection (Adequacy) (United States of America) Regulations
  2023, SI 2023/1028, in force since 12 October 2023.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ropa.reference.eea import EEA_STATES

AS_OF = date(2026, 6, 1)
SOURCE = (
    "legislation.gov.uk (DPA 2018 Schedule 21; SI 2022/1213; SI 2023/1028) and the ICO's "
    "guidance on international transfers (ico.org.uk)"
)

# The home area of the UK GDPR: data that stays here is not a restricted transfer.
# Gibraltar and the Crown Dependencies (Guernsey, Jersey, the Isle of Man) are not part
# of the United Kingdom: data sent there is a transfer that adequacy regulations cover.
HOME_AREA: frozenset[str] = frozenset({"GB"})

# Transfer tools that exist only under the UK GDPR.
UK_ONLY_MECHANISMS: frozenset[str] = frozenset({"idta", "uk-addendum", "uk-extension"})

_TRANSITIONAL = "DPA 2018, Schedule 21, paragraph 5"
_TRANSITIONAL_START = date(2021, 1, 1)


@dataclass(frozen=True)
class AdequacyRegulation:
    country: str  # ISO 3166-1 alpha-2
    instrument: str  # the UK provision that makes the country adequate
    in_force: date
    full: bool
    scope: str  # "full", or the recipients covered, in English


def _transitional(country: str, scope: str = "") -> AdequacyRegulation:
    return AdequacyRegulation(
        country, _TRANSITIONAL, _TRANSITIONAL_START, full=not scope, scope=scope or "full"
    )


REGULATIONS: dict[str, AdequacyRegulation] = {
    entry.country: entry
    for entry in (
        *(_transitional(state) for state in sorted(EEA_STATES)),
        _transitional("GI"),  # Gibraltar
        _transitional("AD"),  # Andorra
        _transitional("AR"),  # Argentina
        _transitional("CA", "recipients subject to PIPEDA"),
        _transitional("FO"),  # Faroe Islands
        _transitional("GG"),  # Guernsey
        _transitional("IM"),  # Isle of Man
        _transitional("IL"),  # Israel
        _transitional("JP", "data subject to the APPI"),
        _transitional("JE"),  # Jersey
        _transitional("NZ"),  # New Zealand
        _transitional("CH"),  # Switzerland
        _transitional("UY"),  # Uruguay
        AdequacyRegulation(
            "KR",
            "The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (SI 2022/1213)",
            date(2022, 12, 19),
            full=False,
            scope="recipients subject to PIPA",
        ),
        AdequacyRegulation(
            "US",
            "The Data Protection (Adequacy) (United States of America) Regulations 2023 "
            "(SI 2023/1028)",
            date(2023, 10, 12),
            full=False,
            scope="only organisations certified to the UK Extension to the EU-US Data "
            "Privacy Framework",
        ),
    )
}


def regulation_for(country: str) -> AdequacyRegulation | None:
    """The UK adequacy regulation in force for an ISO country code, if any (case-insensitive)."""
    return REGULATIONS.get(country.strip().upper())


def in_home_area(country: str) -> bool:
    """Whether an ISO country code names the United Kingdom (case-insensitive)."""
    return country.strip().upper() in HOME_AREA
