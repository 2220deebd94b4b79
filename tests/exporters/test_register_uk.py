"""The register of a record kept under the UK GDPR (`tests/fixtures/uk-shop`), cell by cell
against a reviewed text dump, and the words that must follow the UK's law.

After an intended change:
    ROPA_UPDATE_GOLDEN=1 pytest tests/exporters/test_register_uk.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from export_support import FIXTURES, export_once
from test_register_languages import dump

GOLDEN = Path(__file__).resolve().parent / "golden" / "uk-shop" / "register.en.xlsx.txt"


@pytest.fixture(scope="module")
def cells(tmp_path_factory: pytest.TempPathFactory) -> str:
    return dump(export_once(tmp_path_factory, "xlsx", FIXTURES / "uk-shop"))


def test_register_matches_golden(cells: str) -> None:
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(cells, encoding="utf-8")
    assert cells == GOLDEN.read_text(encoding="utf-8")


def test_register_speaks_of_the_uk_gdpr(cells: str) -> None:
    for eu_word in ("European Economic Area", "European Commission", "Adequacy decision"):
        assert eu_word not in cells
    assert "UK adequacy regulations (Art. 45)" in cells
    assert "International Data Transfer Agreement, IDTA (Art. 46(2)(d))" in cells
    assert "UK Extension to the EU-US Data Privacy Framework (Art. 45)" in cells
    assert "Transfer risk assessment" in cells and "Transfer impact assessment" not in cells
    assert "Information Commissioner's Office (ICO)" in cells


def test_uk_register_words_in_french() -> None:
    from ropa.i18n.register_words import Words

    words = Words("fr", "uk-gdpr")
    assert words["no_transfers"] == "Aucun transfert hors du Royaume-Uni."
    assert words["representative"] == "Représentant au Royaume-Uni"
    assert words["controller_register_ref"] == "Article 30.1 du RGPD britannique"
    assert (
        words.label("mechanism", "adequacy") == "Règlements d'adéquation du Royaume-Uni (art. 45)"
    )
    assert words.label("mechanism", "uk-addendum").startswith(
        "Clauses contractuelles types de l'UE"
    )
