"""Country names as the EU writes them, where Babel's CLDR names differ.

The EU's Interinstitutional Style Guide (Publications Office, section 7.1 and Annex A5, the
list of countries, territories and currencies) fixes the short name of each country in
every official language. Babel's CLDR names are the everyday ones ("South Korea", "Congo -
Kinshasa", "Bosnia & Herzegovina"); a notice or a register cites adequacy decisions and
treaties, which use the EU's names ("Republic of Korea"). The English name is the message
id (context `country`); each catalog holds the name in its language.
"""

from __future__ import annotations

from datetime import date

from ropa.i18n.marks import pgettext

AS_OF = date(2026, 12, 1)


# code -> the EU's short name in English, the message id of its name in every catalog
EU_SHORT_NAMES: dict[str, str] = {
    "KR": pgettext("country", "Republic of Korea"),
    "CD": pgettext("country", "Democratic Republic of the Congo"),
    "CG": pgettext("country", "Congo"),
    "HK": pgettext("country", "Hong Kong"),
    "MO": pgettext("country", "Macao"),
    "BA": pgettext("country", "Bosnia and Herzegovina"),
    "AG": pgettext("country", "Antigua and Barbuda"),
    "TT": pgettext("country", "Trinidad and Tobago"),
    "KN": pgettext("country", "Saint Kitts and Nevis"),
    "LC": pgettext("country", "Saint Lucia"),
    "VC": pgettext("country", "Saint Vincent and the Grenadines"),
    "ST": pgettext("country", "São Tomé and Príncipe"),
}


def eu_short_name(code: str) -> str | None:
    """The message id of a country's EU short name, where it differs from Babel's."""
    return EU_SHORT_NAMES.get(code.strip().upper())
