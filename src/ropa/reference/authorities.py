"""Data-protection supervisory authorities, by the short id a registry names them with.

`organization.supervisory_authority: CNIL` resolves here; ids match case-insensitively.
Germany has a federal authority (BFDI) and one per federal state for private bodies; only
some state authorities are listed: write the others out in full in the registry.
The UK's ICO applies the UK GDPR, not the GDPR.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

AS_OF = date(2026, 6, 1)


@dataclass(frozen=True)
class Authority:
    id: str
    name: str  # the official name, in the authority's own language
    english_name: str
    country: str  # ISO 3166-1 alpha-2
    website: str
    # The authority's own name in each further language it officially uses or publishes
    # in (Belgium's in French, Dutch and German); `name` is the one in its country's
    # first language, `english_name` the one English readers get.
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def abbreviation(self) -> str | None:
        """The abbreviation the authority writes itself by ("BlnBDI"), where it has one;
        ropa's id is a lookup key ("BLNBDI", "GARANTE"), not always a name."""
        return _ABBREVIATIONS.get(self.id)

    def named_in(self, lang: str) -> str:
        """The name a reader of `lang` gets, with the authority's abbreviation where it
        has one: "Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI)"."""
        abbreviation = _ABBREVIATIONS_IN.get((self.id, lang), self.abbreviation)
        name = self.name_in(lang)
        return f"{name} ({abbreviation})" if abbreviation else name

    def name_in(self, lang: str) -> str:
        """The name a reader of `lang` gets: the authority's own name in that language
        where it has one, the English name in English, otherwise its official name."""
        if lang in self.names:
            return self.names[lang]
        return self.english_name if lang == "en" else self.name


AUTHORITIES: dict[str, Authority] = {
    entry.id: entry
    for entry in (
        Authority("CNIL", "Commission nationale de l'informatique et des libertés",
                  "French Data Protection Authority", "FR", "https://www.cnil.fr"),
        Authority("DPC", "Data Protection Commission", "Data Protection Commission",
                  "IE", "https://www.dataprotection.ie",
                  {"ga": "An Coimisiún um Chosaint Sonraí"}),
        Authority("BFDI",
                  "Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit",
                  "Federal Commissioner for Data Protection and Freedom of Information",
                  "DE", "https://www.bfdi.bund.de"),
        Authority("BLNBDI", "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
                  "Berlin Commissioner for Data Protection and Freedom of Information",
                  "DE", "https://www.datenschutz-berlin.de"),
        Authority("BAYLDA", "Bayerisches Landesamt für Datenschutzaufsicht",
                  "Bavarian Data Protection Authority", "DE", "https://www.lda.bayern.de"),
        Authority("HMBBFDI",
                  "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
                  "Hamburg Commissioner for Data Protection and Freedom of Information",
                  "DE", "https://datenschutz-hamburg.de"),
        Authority("AEPD", "Agencia Española de Protección de Datos",
                  "Spanish Data Protection Agency", "ES", "https://www.aepd.es"),
        Authority("GARANTE", "Garante per la protezione dei dati personali",
                  "Italian Data Protection Authority", "IT", "https://www.garanteprivacy.it"),
        Authority("AP", "Autoriteit Persoonsgegevens", "Dutch Data Protection Authority",
                  "NL", "https://www.autoriteitpersoonsgegevens.nl"),
        Authority("APD", "Autorité de protection des données / Gegevensbeschermingsautoriteit",
                  "Belgian Data Protection Authority", "BE",
                  "https://www.dataprotectionauthority.be",
                  {"fr": "Autorité de protection des données",
                   "nl": "Gegevensbeschermingsautoriteit",
                   "de": "Datenschutzbehörde"}),
        Authority("CNPD-LU", "Commission nationale pour la protection des données",
                  "Luxembourg National Data Protection Commission", "LU",
                  "https://cnpd.public.lu"),
        Authority("DSB", "Datenschutzbehörde", "Austrian Data Protection Authority", "AT",
                  "https://www.dsb.gv.at"),
        Authority("UODO", "Urząd Ochrony Danych Osobowych",
                  "Polish Personal Data Protection Office", "PL", "https://uodo.gov.pl"),
        Authority("IMY", "Integritetsskyddsmyndigheten", "Swedish Authority for Privacy "
                  "Protection", "SE", "https://www.imy.se"),
        Authority("DATATILSYNET-DK", "Datatilsynet", "Danish Data Protection Agency", "DK",
                  "https://www.datatilsynet.dk"),
        Authority("DATATILSYNET-NO", "Datatilsynet", "Norwegian Data Protection Authority",
                  "NO", "https://www.datatilsynet.no"),
        Authority("TIETOSUOJA", "Tietosuojavaltuutetun toimisto",
                  "Office of the Data Protection Ombudsman", "FI", "https://tietosuoja.fi",
                  {"sv": "Dataombudsmannens byrå"}),
        Authority("CNPD-PT", "Comissão Nacional de Proteção de Dados",
                  "Portuguese National Data Protection Commission", "PT",
                  "https://www.cnpd.pt"),
        Authority("ICO", "Information Commissioner's Office", "Information Commissioner's "
                  "Office", "GB", "https://ico.org.uk"),
    )
}  # fmt: skip

# How each authority abbreviates itself, where it does (not the Garante, the two
# Datatilsynet or the Finnish Ombudsman's office: their names are shown alone).
_ABBREVIATIONS: dict[str, str] = {
    "CNIL": "CNIL",
    "DPC": "DPC",
    "BFDI": "BfDI",
    "BLNBDI": "BlnBDI",
    "BAYLDA": "BayLDA",
    "HMBBFDI": "HmbBfDI",
    "AEPD": "AEPD",
    "AP": "AP",
    "APD": "APD",
    "CNPD-LU": "CNPD",
    "DSB": "DSB",
    "UODO": "UODO",
    "IMY": "IMY",
    "CNPD-PT": "CNPD",
    "ICO": "ICO",
}
# The Belgian authority abbreviates its Dutch name otherwise.
_ABBREVIATIONS_IN: dict[tuple[str, str], str] = {("APD", "nl"): "GBA"}

# Other spellings people use for the same authority.
ALIASES: dict[str, str] = {"GBA": "APD", "HMBFDI": "HMBBFDI"}


def authority(authority_id: str) -> Authority | None:
    """The authority with this id, matched case-insensitively, or None."""
    key = authority_id.strip().upper()
    return AUTHORITIES.get(ALIASES.get(key, key))
