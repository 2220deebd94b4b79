"""Reference data for the notice languages: Art. 8 ages, EU country names, authority names."""

from __future__ import annotations

from datetime import date

import pytest

from ropa.i18n.format import country
from ropa.reference import authorities, country_names, digital_consent, eea


@pytest.mark.parametrize("table", [digital_consent, country_names])
def test_tables_are_dated(table: object) -> None:
    as_of = table.AS_OF  # type: ignore[attr-defined]
    assert isinstance(as_of, date) and as_of <= date.today()


def test_every_eea_state_and_the_uk_has_an_age_of_digital_consent() -> None:
    assert set(digital_consent.AGES) == eea.EEA_STATES | {"GB"}
    assert all(13 <= entry.age <= 16 and entry.law for entry in digital_consent.AGES.values())


@pytest.mark.parametrize(
    ("code", "age"),
    [("FR", 15), ("DE", 16), ("IE", 16), ("NL", 16), ("ES", 14), ("IT", 14), ("GB", 13)],
)
def test_ages_the_notices_state(code: str, age: int) -> None:
    found = digital_consent.digital_consent_age(code.lower())
    assert found is not None and found.age == age


def test_no_age_outside_the_eea_and_the_uk() -> None:
    assert digital_consent.digital_consent_age("US") is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Republic of Korea"),
        ("fr", "République de Corée"),
        ("de", "Republik Korea"),
        ("es", "República de Corea"),
        ("it", "Repubblica di Corea"),
        ("nl", "Republiek Korea"),
    ],
)
def test_country_names_are_the_eus_where_babel_differs(lang: str, expected: str) -> None:
    assert country("KR", lang) == expected


def test_other_countries_come_from_babel() -> None:
    assert country("US", "de") == "Vereinigte Staaten"
    assert country("GB", "nl") == "Verenigd Koninkrijk"
    assert country("BA", "en") == "Bosnia and Herzegovina"
    assert country("BA", "de") == "Bosnien und Herzegowina"
    assert country("XK", "xx-nonsense") == "XK"


def test_authority_names_in_the_readers_language() -> None:
    belgian = authorities.authority("GBA")
    assert belgian is not None
    assert belgian.name_in("nl") == "Gegevensbeschermingsautoriteit"
    assert belgian.name_in("fr") == "Autorité de protection des données"
    assert belgian.name_in("de") == "Datenschutzbehörde"
    assert belgian.name_in("en") == "Belgian Data Protection Authority"
    berlin = authorities.authority("BLNBDI")
    assert berlin is not None
    assert berlin.name_in("es") == berlin.name  # no Spanish name: its official one
    assert berlin.name_in("en").startswith("Berlin Commissioner")


def test_unconfirmed_rows_are_rows() -> None:
    assert set(digital_consent.AGES) >= digital_consent.UNCONFIRMED
