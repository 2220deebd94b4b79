"""The embedded reference tables: dated, consistent, and matching the facts the rules use."""

from __future__ import annotations

from datetime import date
from types import ModuleType

import pytest

from ropa.reference import adequacy, authorities, eea


@pytest.mark.parametrize("table", [eea, adequacy, authorities])
def test_every_table_is_dated(table: ModuleType) -> None:
    as_of = table.AS_OF
    assert isinstance(as_of, date)
    assert as_of <= date.today()


def test_eea() -> None:
    assert len(eea.EU_MEMBER_STATES) == 27
    assert {"IS", "LI", "NO"} == eea.EEA_STATES - eea.EU_MEMBER_STATES
    assert eea.in_eea("gr") and not eea.in_eea("EL") and not eea.in_eea("GB")


def test_adequacy() -> None:
    assert not set(adequacy.DECISIONS) & eea.EEA_STATES
    assert adequacy.decision_for("gb") is not None
    assert adequacy.decision_for("IN") is None
    partial = {c for c, d in adequacy.DECISIONS.items() if not d.full}
    assert partial == {"CA", "JP", "KR", "US"}
    assert all(d.decision for d in adequacy.DECISIONS.values())


REQUIRED_IDS = [
    "CNIL",
    "ICO",
    "DPC",
    "BFDI",
    "BLNBDI",
    "BAYLDA",
    "HMBBFDI",
    "AEPD",
    "GARANTE",
    "AP",
    "APD",
    "CNPD-LU",
    "DSB",
    "UODO",
    "IMY",
    "DATATILSYNET-DK",
    "DATATILSYNET-NO",
    "TIETOSUOJA",
    "CNPD-PT",
]


@pytest.mark.parametrize("authority_id", REQUIRED_IDS)
def test_authority(authority_id: str) -> None:
    found = authorities.authority(authority_id.lower())
    assert found is not None and found.id == authority_id
    assert found.website.startswith("https://")
    assert found.country == "GB" or eea.in_eea(found.country)
    assert found.name and found.english_name


def test_unknown_authority() -> None:
    assert authorities.authority("LFDI-XX") is None
    assert authorities.authority("gba") == authorities.authority("APD")
