"""Which two-letter codes are ISO 3166-1 alpha-2 country codes, from pycountry's copy of
the ISO list (maintained with each ISO 3166 update), and the fix for the usual mistakes."""

from __future__ import annotations

from functools import cache

# Codes people write for a country whose ISO code is another one: the EU's own
# abbreviations (the Interinstitutional Style Guide writes EL for Greece and UK for the
# United Kingdom), which ISO 3166-1 does not use.
MISTAKES = {
    "UK": ("GB", "the United Kingdom"),
    "EL": ("GR", "Greece"),
}


@cache
def iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(country.alpha_2 for country in pycountry.countries)


def problem(code: str) -> str | None:
    """Why `code` is not a country code that exists, with the fix, or None when it is one.
    Only codes of the right shape are asked about: the schema explains the others."""
    if code in iso_codes():
        return None
    mistake = MISTAKES.get(code)
    if mistake is not None:
        right, name = mistake
        return f"'{code}' is not an ISO 3166-1 alpha-2 country code: {name} is '{right}'"
    return (
        f"'{code}' is not an ISO 3166-1 alpha-2 country code that exists: write the "
        "country's two-letter code, such as 'FR', 'DE' or 'US'"
    )
