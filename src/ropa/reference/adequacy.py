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
    adopted: date | None = None  # the date the Commission adopted the decision
    implementing: bool = False  # an implementing decision (Art. 45(3)), not a decision
    renewal: str = ""  # how it was renewed, if it was

    @property
    def citation(self) -> str:
        """The decision as EUR-Lex names it, e.g. "Commission Decision 2000/518/EC of
        26 July 2000"."""
        kind = "Commission Implementing Decision" if self.implementing else "Commission Decision"
        text = f"{kind} {self.decision}"
        if self.adopted is not None:
            text += f" of {self.adopted.day} {self.adopted:%B %Y}"
        return f"{text}, {self.renewal}" if self.renewal else text


def _decision(
    country: str,
    name: str,
    decision: str,
    adopted: date | None,
    scope: str = "",
    *,
    implementing: bool = False,
    renewal: str = "",
) -> AdequacyDecision:
    return AdequacyDecision(
        country,
        name,
        decision,
        full=not scope,
        scope=scope or "full",
        adopted=adopted,
        implementing=implementing,
        renewal=renewal,
    )


DECISIONS: dict[str, AdequacyDecision] = {
    entry.country: entry
    for entry in (
        _decision("AD", "Andorra", "2010/625/EU", date(2010, 10, 19)),
        _decision("AR", "Argentina", "2003/490/EC", date(2003, 6, 30)),
        _decision("BR", "Brazil", "(EU) 2026/179", date(2026, 1, 26), implementing=True),
        _decision("CA", "Canada", "2002/2/EC", date(2001, 12, 20),
                  "commercial organisations subject to PIPEDA"),
        _decision("FO", "Faroe Islands", "2010/146/EU", date(2010, 3, 5)),
        _decision("GG", "Guernsey", "2003/821/EC", date(2003, 11, 21)),
        _decision("IM", "Isle of Man", "2004/411/EC", date(2004, 4, 28)),
        _decision("IL", "Israel", "2011/61/EU", date(2011, 1, 31)),
        _decision("JP", "Japan", "(EU) 2019/419", date(2019, 1, 23),
                  "private-sector organisations under the APPI", implementing=True),
        _decision("JE", "Jersey", "2008/393/EC", date(2008, 5, 8)),
        _decision("NZ", "New Zealand", "2013/65/EU", date(2012, 12, 19), implementing=True),
        _decision("KR", "Republic of Korea", "(EU) 2022/254", date(2021, 12, 17),
                  "organisations subject to PIPA, with some exclusions", implementing=True),
        _decision("CH", "Switzerland", "2000/518/EC", date(2000, 7, 26)),
        _decision("GB", "United Kingdom", "(EU) 2021/1772", date(2021, 6, 28), implementing=True,
                  renewal="renewed in December 2025 until 27 December 2031"),
        _decision("US", "United States", "(EU) 2023/1795", date(2023, 7, 10),
                  "only organisations certified under the EU-US Data Privacy Framework",
                  implementing=True),
        _decision("UY", "Uruguay", "2012/484/EU", date(2012, 8, 21), implementing=True),
    )
}  # fmt: skip

# Adequacy decisions for international organisations, keyed by a short name: a transfer
# names a country, so these are kept for reference and for notices.
INTERNATIONAL_ORGANISATIONS: dict[str, AdequacyDecision] = {
    "european-patent-organisation": _decision(
        "", "European Patent Organisation", "(EU) 2025/1382", None, implementing=True
    ),
}


def decision_for(country: str) -> AdequacyDecision | None:
    """The adequacy decision in force for an ISO country code, if any (case-insensitive)."""
    return DECISIONS.get(country.strip().upper())
