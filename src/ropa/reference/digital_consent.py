"""The age of digital consent (GDPR Art. 8(1)) in each EEA state and in the UK.

Below this age, consent to an information-society service offered directly to a child is
lawful only if it is given or authorised by the holder of parental responsibility. Art. 8(1)
sets 16 and lets each Member State lower it to no less than 13; the EEA-EFTA states apply
the same article through the EEA Agreement, and the UK GDPR sets 13 (Data Protection Act
2018, s. 9). `law` names the national provision, or says that the state kept the
Regulation's 16.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

AS_OF = date(2026, 12, 1)

# Rows whose age is settled in the literature but whose provision was not re-read in the
# national act at AS_OF: check these first at the next update.
UNCONFIRMED: frozenset[str] = frozenset(
    {"BG", "CY", "HR", "HU", "LI", "LT", "LV", "MT", "RO", "SI"}
)

DEFAULT_AGE = 16  # Art. 8(1), first subparagraph


@dataclass(frozen=True)
class DigitalConsentAge:
    country: str  # ISO 3166-1 alpha-2
    age: int
    law: str


_KEPT = "Art. 8(1) GDPR (no lower age set in national law)"

AGES: dict[str, DigitalConsentAge] = {
    entry.country: entry
    for entry in (
        DigitalConsentAge("AT", 14, "Datenschutzgesetz (DSG), § 4(4)"),
        DigitalConsentAge("BE", 13, "Loi du 30 juillet 2018 / Wet van 30 juli 2018, art. 7"),
        DigitalConsentAge("BG", 14, "Personal Data Protection Act (ZZLD), art. 25c"),
        DigitalConsentAge("HR", 16, "Act on the Implementation of the GDPR, art. 19"),
        DigitalConsentAge("CY", 14, "Law 125(I)/2018, art. 8"),
        DigitalConsentAge("CZ", 15, "Act No. 110/2019 Coll., s. 7"),
        DigitalConsentAge("DK", 13, "Databeskyttelsesloven, § 6(2)"),
        DigitalConsentAge("EE", 13, "Isikuandmete kaitse seadus, § 8"),
        DigitalConsentAge("FI", 13, "Tietosuojalaki (1050/2018), § 5"),
        DigitalConsentAge("FR", 15, "Loi n° 78-17 Informatique et Libertés, art. 45"),
        DigitalConsentAge("DE", 16, _KEPT),
        DigitalConsentAge("GR", 15, "Law 4624/2019, art. 21"),
        DigitalConsentAge("HU", 16, _KEPT),
        DigitalConsentAge("IE", 16, "Data Protection Act 2018, s. 31"),
        DigitalConsentAge("IT", 14, "Codice in materia di protezione dei dati personali, art. 2-quinquies"),
        DigitalConsentAge("LV", 13, "Personal Data Processing Law, s. 33"),
        DigitalConsentAge("LT", 14, "Law on the Legal Protection of Personal Data, art. 6"),
        DigitalConsentAge("LU", 16, _KEPT),
        DigitalConsentAge("MT", 13, "Processing of Child's Personal Data Regulations (S.L. 586.11)"),
        DigitalConsentAge("NL", 16, "Uitvoeringswet AVG, art. 5 (keeps 16)"),
        DigitalConsentAge("PL", 16, _KEPT),
        DigitalConsentAge("PT", 13, "Lei n.º 58/2019, art. 16"),
        DigitalConsentAge("RO", 16, _KEPT),
        DigitalConsentAge("SK", 16, "Act No. 18/2018 Coll., s. 15 (keeps 16)"),
        DigitalConsentAge("SI", 15, "Zakon o varstvu osebnih podatkov (ZVOP-2), art. 8"),
        DigitalConsentAge("ES", 14, "Ley Orgánica 3/2018 (LOPDGDD), art. 7"),
        DigitalConsentAge("SE", 13, "Dataskyddslag (2018:218), ch. 2, s. 4"),
        DigitalConsentAge("IS", 13, "Act No. 90/2018, art. 10"),
        DigitalConsentAge("LI", 16, _KEPT),
        DigitalConsentAge("NO", 13, "Personopplysningsloven, § 5"),
        DigitalConsentAge("GB", 13, "Data Protection Act 2018, s. 9 (UK GDPR)"),
    )
}  # fmt: skip


def digital_consent_age(country: str) -> DigitalConsentAge | None:
    """The Art. 8 age for an EEA state or the UK (ISO code, case-insensitive); None elsewhere."""
    return AGES.get(country.strip().upper())
