"""Countries, durations, dates, lists and typography in the reader's language.

Babel's CLDR data gives the words; the few places where the EU's usage differs from CLDR
(a country's name, "1er" for the first of the month) are corrected here, in one place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

# Babel's plain "en" is American English; notices are European, so dates read
# "6 January 2026" and lists have no serial comma.
_FORMAT_LOCALES = {"en": "en_GB"}

_DURATION = re.compile(
    r"^P(?:(?P<year>\d+)Y)?(?:(?P<month>\d+)M)?(?:(?P<week>\d+)W)?(?:(?P<day>\d+)D)?"
    r"(?:T(?:(?P<hour>\d+)H)?(?:(?P<minute>\d+)M)?(?:(?P<second>\d+)S)?)?$"
)


def _locale(lang: str) -> str:
    return _FORMAT_LOCALES.get(lang, lang)


def country(code: str, lang: str) -> str:
    """`KR` → "Republic of Korea" / "Republik Korea": the EU's short name where it differs
    from Babel's (reference/country_names.py, named in the catalogs), otherwise Babel's;
    the code if unknown."""
    from babel import Locale

    from ropa.i18n.catalog import catalog
    from ropa.reference.country_names import eu_short_name

    if (official := eu_short_name(code)) is not None:
        try:
            return catalog(lang).pgettext("country", official)
        except KeyError:  # a language ropa has no catalog for: Babel's name
            pass
    try:
        name = Locale.parse(_locale(lang)).territories.get(code.upper())
    except (ValueError, LookupError):
        name = None
    return str(name) if name else code


def language(code: str, in_lang: str = "en") -> str:
    """A language's name, e.g. 'French', for messages to the person running ropa."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code).get_display_name(in_lang))
    except (UnknownLocaleError, ValueError):
        return code


def period(iso: str, lang: str) -> str | None:
    """`P1Y6M` → "1 year and 6 months" / "1 an et 6 mois"; None if not a duration."""
    from babel.units import format_unit

    match = _DURATION.match(iso.strip())
    if match is None:
        return None
    parts = [
        format_unit(int(amount), f"duration-{unit}", length="long", locale=_locale(lang))
        for unit, amount in match.groupdict().items()
        if amount and int(amount)
    ]
    return joined(parts, lang) if parts else None


def day(iso: str, lang: str) -> str:
    """`2026-01-06` → "6 January 2026" / "6 janvier 2026"; the input itself if not a date."""
    from babel.dates import format_date

    try:
        value = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    formatted = str(format_date(value, format="long", locale=_locale(lang)))
    if lang.split("_")[0] == "fr" and value.day == 1:
        # French writes the first of the month as an ordinal: "1er juin 2026".
        formatted = re.sub(r"^1(?=\D)", "1er", formatted)
    return formatted


def joined(items: Sequence[str], lang: str) -> str:
    """ "a, b and c" in the reader's language."""
    from babel.lists import format_list

    return str(format_list(list(items), locale=_locale(lang))) if items else ""


# French sets a narrow no-break space (U+202F) before : ; ? ! and inside guillemets.
_FRENCH_BEFORE = re.compile(r"[ \u00a0\u202f]+([:;?!»])")
_FRENCH_AFTER = re.compile(r"(«)[ \u00a0\u202f]+")
# ...and a no-break space between "art." or "n°" and its number, so "art. 26" never splits.
_FRENCH_NUMBERED = re.compile(r"\b(art\.|n°) (?=\d)", re.IGNORECASE)


def typography(text: str, lang: str) -> str:
    """`text` with the spacing rules of `lang`: in French, "Base légale\u202f: …".

    Only an existing space is replaced, so "https://…" or "10:30" are never touched.
    """
    if lang.split("_")[0] != "fr":
        return text
    spaced = _FRENCH_AFTER.sub("\\1\u202f", _FRENCH_BEFORE.sub("\u202f\\1", text))
    return _FRENCH_NUMBERED.sub("\\1\u00a0", spaced)


def docx_language(lang: str) -> str:
    """The language tag Word's spelling checker expects: "en-GB", "fr-FR"."""
    from babel import Locale

    locale = Locale.parse(_locale(lang))
    if locale.territory is None:
        from babel.core import get_global

        likely = str(get_global("likely_subtags").get(locale.language, ""))
        territory = likely.split("_")[-1] if likely else ""
        return f"{locale.language}-{territory}" if territory else locale.language
    return f"{locale.language}-{locale.territory}"
