"""The age of digital consent (GDPR Art. 8(1)) in each EEA state and in the UK.

Below this age, consent to an information-society service offered directly to a child is
lawful only if it is given or authorised by the holder of parental responsibility. Art. 8(1)
sets 16 and lets each Member State lower it to no less than 13; the EEA-EFTA states apply
the same article through the EEA Agreement, and the UK GDPR sets 13 (Data Protection Act
2018, s. 9). `law` names the national provision, or says that the state kept the
Regulation's 16.

Sources: the comment above a row names what its age and provision were checked against
(title and address); README.md says how a row counts as confirmed. "Commission SWD" is the
European Commission's staff working document SWD(2020) 115 on two years of the GDPR, p. 17
(ages of the EU states in 2020, no provisions), as tabulated in "Children's consent GDPR
Art.8 - Member State differences", https://blog.kuan0.com/2020/06/. "Bird & Bird tracker"
is "GDPR tracker: Children" (rows reviewed 2018-2019),
https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

AS_OF = date(2026, 12, 1)

# Rows to check first at the next update: two consistent sources for the age, or one for
# the provision, were not found at AS_OF, or the latest source seen reports a bill that
# would change the age. Each row's comment says which.
UNCONFIRMED: frozenset[str] = frozenset({"ES", "IS", "LT", "LV", "NO", "RO", "SI"})

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
        # Bird & Bird tracker (s. 4(4), 14); DataGuidance, "EU: Age of consent for children",
        # https://platform.dataguidance.com/opinion/eu-age-consent-children (s. 4(4), 14).
        DigitalConsentAge("AT", 14, "Datenschutzgesetz (DSG), § 4(4)"),
        # Bird & Bird tracker (13); Commission SWD (13); DataGuidance, as for AT (art. 7).
        DigitalConsentAge("BE", 13, "Loi du 30 juillet 2018 / Wet van 30 juli 2018, art. 7"),
        # GDPRhub, "Data Protection in Bulgaria",
        # https://gdprhub.eu/index.php?title=Data_Protection_in_Bulgaria (art. 25c PDPA, 14);
        # Commission SWD (14).
        DigitalConsentAge("BG", 14, "Personal Data Protection Act (ZZLD), art. 25c"),
        # "Mišljenja Agencije za zaštitu osobnih podataka" (opinions of the Croatian DPA),
        # https://www.javni-sektor.hr/33/misljenja-agencije-za-zastitu-osobnih-podataka-uniqueidmRRWSbk196E4DjKFq6pChCIlnaxBaAPQ5LQVOD7-9vNuQ6ifQaoFHg/
        # (art. 19(1) of the Act, OG 42/2018, 16); Commission SWD (16).
        DigitalConsentAge("HR", 16, "Act on the Implementation of the GDPR, art. 19"),
        # CyLaw, Law 125(I)/2018, section 8,
        # http://www.cylaw.org/nomoi/enop/ind/2018_1_125/section-sc37ee18bb-ce6a-46ae-9441-b2ce6c435b56.html
        # (14); Harris Kyriakides, "Law 125(I)/2018 officially published in the Cyprus
        # Government Gazette", https://www.harriskyriakides.law/insights/news/law-125-i-2018-officially-published-in-the-cyprus-government-gazette (14).
        DigitalConsentAge("CY", 14, "Law 125(I)/2018, art. 8"),
        # Bird & Bird tracker (s. 7, 15); Commission SWD (15).
        DigitalConsentAge("CZ", 15, "Act No. 110/2019 Coll., s. 7"),
        # Bill L 79 (2023-24) as introduced, https://ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm
        # (§ 6(2) and (3): 13 becomes 15, in force 1 January 2024; the bill was split);
        # GapSolutions, "Ændringer i databeskyttelsesloven" (March 2024),
        # https://gapsolutions.dk/artikel_aendringer_databeskyttelsesloven/ (§ 6 age changed,
        # in force 1 January 2024); Kristeligt Dagblad, "TikTok og Snapchat vil ikke følge
        # regler om forældresamtykke" (April 2024), https://www.kristeligt-dagblad.dk/kultur/tiktok-og-snapchat-vil-ikke-foelge-regler-om-foraeldresamtykke
        # (parental consent under 15 since 1 January, 13 before). This table said 13 until 2026-12-01.
        DigitalConsentAge("DK", 15, "Databeskyttelsesloven, § 6(2)-(3) (15 since 1 January 2024)"),
        # Commission SWD (13); provision not re-read.
        DigitalConsentAge("EE", 13, "Isikuandmete kaitse seadus, § 8"),
        # Bird & Bird tracker (13); Commission SWD (13).
        DigitalConsentAge("FI", 13, "Tietosuojalaki (1050/2018), § 5"),
        # Bird & Bird tracker (15; it cites the pre-2018 numbering, art. 7-1); Commission SWD.
        DigitalConsentAge("FR", 15, "Loi n° 78-17 Informatique et Libertés, art. 45"),
        # Bird & Bird tracker (no lower age); Commission SWD (16).
        DigitalConsentAge("DE", 16, _KEPT),
        # Ministry of Justice consultation of the bill, art. 21, http://www.opengov.gr/ministryofjustice/?p=10627
        # (15); activeMind.legal, "Legal basis under Greek data protection law",
        # https://www.activemind.legal/law/gr-legal-basis/ (art. 21 of Law 4624/2019, 15).
        DigitalConsentAge("GR", 15, "Law 4624/2019, art. 21"),
        # Bird & Bird tracker (no specific provisions, reviewed 1 April 2019); Commission SWD (16).
        DigitalConsentAge("HU", 16, _KEPT),
        # Bird & Bird tracker (s. 31, 16); Commission SWD (16).
        DigitalConsentAge("IE", 16, "Data Protection Act 2018, s. 31"),
        # Bird & Bird tracker (art. 2-quinquies, 14); Commission SWD (14).
        DigitalConsentAge("IT", 14, "Codice in materia di protezione dei dati personali, art. 2-quinquies"),
        # NJORD, "Work on national personal data processing law",
        # https://njordlaw.com/work-national-personal-data-processing-law (13, in the bill);
        # Commission SWD (13). Section 33 is named only by a service's help page
        # (https://scout.distantrace.com/en/hc/498076130/22/children-under-13), not by a
        # legal source: unconfirmed provision.
        DigitalConsentAge("LV", 13, "Personal Data Processing Law, s. 33"),
        # EU-REP, "Lithuania's data protection in comparison to the GDPR",
        # https://eu-rep.global/lt-compare-privacy-laws (14); Commission SWD (14). No source
        # seen names the article: unconfirmed provision.
        DigitalConsentAge("LT", 14, "Law on the Legal Protection of Personal Data, art. 6"),
        # Commission SWD (16); provision not re-read.
        DigitalConsentAge("LU", 16, _KEPT),
        # PL&B, "Malta applies its new GDPR style law in a pragmatic way",
        # https://www.privacylaws.com/reports-gateway/articles/int162/int162malta/ (13);
        # Commission SWD (13); White & Case, "GDPR Guide to National Implementation: Malta",
        # https://whitecase.com/publications/article/gdpr-guide-national-implementation-malta
        # (S.L. 586.11, in force 1 June 2018).
        DigitalConsentAge("MT", 13, "Processing of Child's Personal Data Regulations (S.L. 586.11)"),
        # Bird & Bird tracker (16); Commission SWD (16).
        DigitalConsentAge("NL", 16, "Uitvoeringswet AVG, art. 5 (keeps 16)"),
        # Bird & Bird tracker (no lower age); Commission SWD (16).
        DigitalConsentAge("PL", 16, _KEPT),
        # Commission SWD (13); provision not re-read.
        DigitalConsentAge("PT", 13, "Lei n.º 58/2019, art. 16"),
        # Commission SWD (16) only; no second source seen that Law 190/2018 sets no lower
        # age. A "digital majority" bill (16, passed by the Senate on 6 October 2025) is a
        # separate law on online accounts, not an Art. 8 provision.
        DigitalConsentAge("RO", 16, _KEPT),
        # Bird & Bird tracker (16); Commission SWD (16).
        DigitalConsentAge("SK", 16, "Act No. 18/2018 Coll., s. 15 (keeps 16)"),
        # Karanovic & Partners, "The Novelties Brought by the New Personal Data Protection
        # Act", https://www.karanovicpartners.com/news/the-novelties-brought-by-the-new-personal-data-protection-act/
        # (15, ZVOP-2 applies from 26 January 2023); Jadek & Pensa, "Slovenia finally one step
        # closer to the new Data protection act" (draft ZVOP-2, 15),
        # https://www.jadek-pensa.si/en/it-is-no-secret-that-slovenia-is-the-last-eu-member-state-that-still-does-not-have-the-new-local-law-which-would-localize-some-of-the-data-protection-related-questions-which-the-general-data-protecti/
        # No source seen names the article: unconfirmed provision.
        DigitalConsentAge("SI", 15, "Zakon o varstvu osebnih podatkov (ZVOP-2), art. 8"),
        # Bird & Bird tracker (art. 7, 14); Ejaso, "Aprobado el proyecto de ley para la
        # protección de menores en entornos digitales" (26 March 2025),
        # https://ejaso.com/conocimiento/aprobado-el-proyecto-de-ley-para-la-proteccion-de-menores-en-entornos-digitales
        # (art. 7, 14 now). Pending: that bill (Congreso 121/000052, April 2025) raises it to 16.
        DigitalConsentAge("ES", 14, "Ley Orgánica 3/2018 (LOPDGDD), art. 7"),
        # Bird & Bird tracker (13); Commission SWD (13).
        DigitalConsentAge("SE", 13, "Dataskyddslag (2018:218), ch. 2, s. 4"),
        # No source seen for the age or the article.
        DigitalConsentAge("IS", 13, "Act No. 90/2018, art. 10"),
        # White & Case, "GDPR Guide to National Implementation: Liechtenstein",
        # https://www.whitecase.com/insight-our-thinking/gdpr-guide-national-implementation-liechtenstein
        # (Q4: 16); "Das liechtensteinische Datenschutzrecht im Lichte der europäischen
        # Datenschutz-Grundverordnung", p. 139, https://www.eliechtensteinensia.li/viewer/fulltext/000438757/139/
        # (Art. 8 GDPR's 16, no national rule).
        DigitalConsentAge("LI", 16, _KEPT),
        # Datatilsynet, "Barn og unge forbrukere", https://www.datatilsynet.no/personvern-pa-ulike-omrader/kundehandtering-handel-og-medlemskap/digitale-tjenester-og-forbrukeres-personopplysninger/barn-og-unge-forbrukere/
        # (13); Advokatforeningen, hearing answer of October 2025, https://www.advokatforeningen.no/horingsuttalelser/2025/oktober/forslag-til-endringer-i-personopplysningsloven--aldersgrense-for-barns-samtykke-ved-bruk-av-informasjonssamfunnstjenester-sosiale-medier-mv
        # (13 now). Pending: the ministry's proposal raises it to 15. No source seen names § 5.
        DigitalConsentAge("NO", 13, "Personopplysningsloven, § 5"),
        # Not re-read at this update (the UK GDPR's own age, s. 9 DPA 2018).
        DigitalConsentAge("GB", 13, "Data Protection Act 2018, s. 9 (UK GDPR)"),
    )
}  # fmt: skip


def digital_consent_age(country: str) -> DigitalConsentAge | None:
    """The Art. 8 age for an EEA state or the UK (ISO code, case-insensitive); None elsewhere."""
    return AGES.get(country.strip().upper())
