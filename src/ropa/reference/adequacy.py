"""EU adequacy decisions in force (GDPR Art. 45): to which third countries data may go
without further safeguards, and how far each decision reaches.

A decision of `full` scope covers every recipient in the country. The others cover only
part of it (Canada: commercial organisations under PIPEDA; Japan: the private sector under
the APPI; Korea: organisations under PIPA with exclusions; the United States: only
organisations certified under the EU-US Data Privacy Framework).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

AS_OF = date(2026, 6, 1)


@dataclass(frozen=True)
class AdequacyDecision:
    country: str  # ISO 3166-1 alpha-2
    name: str
    decision: str
    full: bool
    scope: str


def _decision(country: str, name: str, decision: str, scope: str = "") -> AdequacyDecision:
    return AdequacyDecision(country, name, decision, full=not scope, scope=scope or "full")


DECISIONS: dict[str, AdequacyDecision] = {
    entry.country: entry
    for entry in (
        _decision("AD", "Andorra", "2010/625/EU"),
        _decision("AR", "Argentina", "2003/490/EC"),
        _decision("BR", "Brazil", "(EU) 2026/179 of 26 January 2026"),
        _decision("CA", "Canada", "2002/2/EC",
                  "commercial organisations subject to PIPEDA"),
        _decision("FO", "Faroe Islands", "2010/146/EU"),
        _decision("GG", "Guernsey", "2003/821/EC"),
        _decision("IM", "Isle of Man", "2004/411/EC"),
        _decision("IL", "Israel", "2011/61/EU"),
        _decision("JP", "Japan", "(EU) 2019/419", "private-sector organisations under the APPI"),
        _decision("JE", "Jersey", "2008/393/EC"),
        _decision("NZ", "New Zealand", "2013/65/EU"),
        _decision("KR", "Republic of Korea", "(EU) 2022/254",
                  "organisations subject to PIPA, with some exclusions"),
        _decision("CH", "Switzerland", "2000/518/EC"),
        _decision("GB", "United Kingdom", "(EU) 2021/1772, renewed in December 2025 "
                  "until 27 December 2031"),
        _decision("US", "United States", "(EU) 2023/1795",
                  "only organisations certified under the EU-US Data Privacy Framework"),
        _decision("UY", "Uruguay", "2012/484/EU"),
    )
}  # fmt: skip

# Adequacy decisions for international organisations, keyed by a short name: a transfer
# names a country, so these are kept for reference and for notices.
INTERNATIONAL_ORGANISATIONS: dict[str, AdequacyDecision] = {
    "european-patent-organisation": _decision("", "European Patent Organisation", "(EU) 2025/1382"),
}


def decision_for(country: str) -> AdequacyDecision | None:
    """The adequacy decision in force for an ISO country code, if any (case-insensitive)."""
    return DECISIONS.get(country.strip().upper())
