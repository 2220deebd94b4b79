"""The UK adequacy regulations table: dated, sourced, and the list the UK GDPR mode uses."""

from __future__ import annotations

from datetime import date

from ropa.reference import eea, uk_adequacy


def test_dated_and_sourced() -> None:
    assert isinstance(uk_adequacy.AS_OF, date) and date.today() >= uk_adequacy.AS_OF
    assert "legislation.gov.uk" in uk_adequacy.SOURCE


def test_the_data_bridges() -> None:
    others = {"GI", "CH", "FO", "AD", "AR", "CA", "GG", "IM", "IL", "JP", "JE", "NZ", "UY"}
    assert set(uk_adequacy.REGULATIONS) == eea.EEA_STATES | others | {"KR", "US"}


def test_brazil_is_adequate_for_the_eu_but_not_the_uk() -> None:
    assert uk_adequacy.regulation_for("BR") is None


def test_korea_and_the_us_have_their_own_regulations() -> None:
    korea = uk_adequacy.regulation_for("kr")
    assert korea is not None and korea.in_force == date(2022, 12, 19)
    assert "SI 2022/1213" in korea.instrument
    us = uk_adequacy.regulation_for("US")
    assert us is not None and us.in_force == date(2023, 10, 12) and not us.full
    assert "UK Extension" in us.scope


def test_partial_scopes() -> None:
    partial = {c for c, r in uk_adequacy.REGULATIONS.items() if not r.full}
    assert partial == {"CA", "JP", "KR", "US"}


def test_home_area_is_the_united_kingdom_alone() -> None:
    assert uk_adequacy.in_home_area("gb")
    assert not uk_adequacy.in_home_area("GI") and not uk_adequacy.in_home_area("JE")
    assert uk_adequacy.regulation_for("GB") is None


def test_the_jurisdiction_follows_the_organisation() -> None:
    from ropa.reference import jurisdiction

    assert jurisdiction.of(None) is jurisdiction.EU_GDPR
    uk = jurisdiction.JURISDICTIONS["uk-gdpr"]
    assert uk.uk and uk.law == "UK GDPR" and uk.sole_authority == "ICO"
    assert uk.in_home_area("gb") and not uk.in_home_area("FR")
    assert jurisdiction.EU_GDPR.in_home_area("FR") and not jurisdiction.EU_GDPR.in_home_area("GB")
    assert uk.adequacy("BR") is None and jurisdiction.EU_GDPR.adequacy("BR") is not None
    france = uk.adequacy("fr")
    assert france is not None and france.full and france.in_force == date(2021, 1, 1)
    assert {"idta", "uk-addendum", "uk-extension"} <= uk.mechanisms
    assert not {"idta", "uk-addendum", "uk-extension"} & jurisdiction.EU_GDPR.mechanisms
    assert "scc" not in uk.mechanisms and "dpf" not in uk.mechanisms
