"""Reference data for the notice languages: Art. 8 ages, EU country names, authority names."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from ropa.i18n.format import country
from ropa.notices import MissingTranslation, build, render
from ropa.record import build_record
from ropa.reference import authorities, country_names, digital_consent, eea
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


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


# Rows confirmed by the check of 2026-12-01 (sources in the comments of digital_consent.py).
@pytest.mark.parametrize(
    ("code", "age"),
    [
        ("BG", 14),
        ("CY", 14),
        ("DK", 15),
        ("GR", 15),
        ("HR", 16),
        ("HU", 16),
        ("LI", 16),
        ("MT", 13),
    ],
)
def test_ages_confirmed_at_the_last_check(code: str, age: int) -> None:
    found = digital_consent.digital_consent_age(code)
    assert found is not None and found.age == age
    assert code not in digital_consent.UNCONFIRMED


def test_denmark_raised_its_age_to_15_in_2024() -> None:
    denmark = digital_consent.AGES["DK"]
    assert denmark.age == 15
    assert "§ 6(2)" in denmark.law and "2024" in denmark.law


def test_rows_still_to_confirm() -> None:
    # ES and NO: bills seen that would raise the age; IS: no source seen; LT, LV, SI: the
    # age is confirmed, the article is not; RO: one source only.
    to_confirm = set(digital_consent.UNCONFIRMED)
    assert to_confirm == {"ES", "IS", "LT", "LV", "NO", "RO", "SI"}


def test_states_that_kept_16_say_so_rather_than_cite_a_provision() -> None:
    kept = {code for code, entry in digital_consent.AGES.items() if "no lower age" in entry.law}
    assert kept == {"DE", "HU", "LI", "LU", "PL", "RO"}
    assert all(digital_consent.AGES[code].age == digital_consent.DEFAULT_AGE for code in kept)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "the age of digital consent that applies to us is 15 (Denmark; Art. 8 GDPR)"),
        ("fr", "l'âge du consentement numérique qui s'applique à nous est de 15 ans (Danemark ;"),
    ],
)
def test_a_danish_organisations_notice_states_15(lang: str, sentence: str, tmp_path: Path) -> None:
    target = tmp_path / "v11"
    shutil.copytree(FIXTURES / "v11", target)
    organization = target / "organization.yaml"
    source = organization.read_text("utf-8")
    for old, new in [
        ("address: 14 rue de la Charité, 69002 Lyon, France", "address: København"),
        ("country: FR", "country: DK"),
        ("supervisory_authority: CNIL", "supervisory_authority: DATATILSYNET-DK"),
    ]:
        assert old in source, old
        source = source.replace(old, new)
    organization.write_text(source, "utf-8")
    result = validate(str(target))
    assert result.registry is not None and result.errors == 0, result.findings
    content = build(build_record(result.registry), "families", lang)
    assert not isinstance(content, MissingTranslation), content.line()
    text = render(content, "md").decode("utf-8").replace("\u00a0", " ").replace("\u202f", " ")
    assert sentence in text


def test_an_authority_is_named_with_the_abbreviation_it_writes_itself_by() -> None:
    from ropa.reference.authorities import authority

    berlin, garante, belgian = authority("blnbdi"), authority("GARANTE"), authority("APD")
    assert berlin is not None and garante is not None and belgian is not None
    assert berlin.named_in("de") == (
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit (BlnBDI)"
    )
    # ropa's lookup id is not the Garante's name: its name stands alone
    assert garante.named_in("it") == "Garante per la protezione dei dati personali"
    assert belgian.named_in("fr") == "Autorité de protection des données (APD)"
    assert belgian.named_in("nl") == "Gegevensbeschermingsautoriteit (GBA)"
