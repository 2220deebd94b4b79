"""Country names as the EU writes them, where Babel's CLDR names differ.

The EU's Interinstitutional Style Guide (Publications Office, section 7.1 and Annex A5, the
list of countries, territories and currencies) fixes the short name of each country in
every official language. Babel's CLDR names are the everyday ones ("South Korea", "Congo -
Kinshasa", "Bosnia & Herzegovina"); a notice or a register cites adequacy decisions and
treaties, which use the EU's names ("Republic of Korea"). Only the languages ropa writes
are listed; any other language gets Babel's name.
"""

from __future__ import annotations

from datetime import date

AS_OF = date(2026, 12, 1)

# code -> language -> the EU's short name
EU_SHORT_NAMES: dict[str, dict[str, str]] = {
    "KR": {"en": "Republic of Korea", "fr": "République de Corée", "de": "Republik Korea",
           "es": "República de Corea", "it": "Repubblica di Corea", "nl": "Republiek Korea"},
    "CD": {"en": "Democratic Republic of the Congo", "fr": "République démocratique du Congo",
           "de": "Demokratische Republik Kongo", "it": "Repubblica democratica del Congo",
           "nl": "Democratische Republiek Congo"},
    "CG": {"en": "Congo", "fr": "Congo", "de": "Kongo", "it": "Congo", "nl": "Congo"},
    "HK": {"en": "Hong Kong", "fr": "Hong Kong", "de": "Hongkong", "es": "Hong Kong",
           "it": "Hong Kong", "nl": "Hongkong"},
    "MO": {"en": "Macao", "fr": "Macao", "de": "Macau", "es": "Macao", "it": "Macao",
           "nl": "Macau"},
    "BA": {"en": "Bosnia and Herzegovina"},
    "AG": {"en": "Antigua and Barbuda"},
    "TT": {"en": "Trinidad and Tobago"},
    "KN": {"en": "Saint Kitts and Nevis"},
    "LC": {"en": "Saint Lucia"},
    "VC": {"en": "Saint Vincent and the Grenadines"},
    "ST": {"en": "São Tomé and Príncipe"},
}  # fmt: skip


def eu_short_name(code: str, lang: str) -> str | None:
    """The EU's short name of a country in `lang`, where it differs from Babel's; else None."""
    return EU_SHORT_NAMES.get(code.strip().upper(), {}).get(lang)
