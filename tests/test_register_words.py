"""The register's words come from the gettext catalogs: every schema code has a label in every
language, and a language without a catalog is an error, never English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ropa.i18n.catalog import catalog_languages
from ropa.i18n.register_words import HEADINGS, LABELS, UnknownLanguage, Words

SCHEMA = Path(__file__).parents[1] / "schemas" / "ropa.schema.json"

# Where each enum of the schema sits → the kind of label the register shows for it.
KIND_OF_ENUM = {
    "/$defs/legalBasis": "legal_basis",
    "/$defs/transfer/properties/mechanism": "mechanism",
    "/$defs/transfer/properties/scc_module": "scc_module",
    "/$defs/transfer/properties/derogation": "derogation",
    "/$defs/organization/properties/jurisdiction": "jurisdiction",
    "/$defs/dataCategory/properties/special": "special",
    "/$defs/securityMeasure/properties/scope": "scope",
    "/$defs/contract/properties/type": "contract",
    "/$defs/recipient/properties/role": "recipient_role",
    "/$defs/source/properties/type": "source",
    "/$defs/provision/properties/requirement": "provision",
    "/$defs/dpia/properties/status": "dpia",
    "/$defs/activity/properties/role": "activity_role",
    "/$defs/activity/properties/special_category_condition": "art9",
}


def _enums(node: Any, path: str = "") -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, dict):
        if "enum" in node:
            yield path, node["enum"]
        for key, value in node.items():
            yield from _enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _enums(value, f"{path}/{index}")


def _schema_enums() -> list[tuple[str, list[str]]]:
    found = list(_enums(json.loads(SCHEMA.read_text("utf-8"))))
    # `items` wraps array enums: name them by the property that holds them.
    return [(path.removesuffix("/items"), values) for path, values in found]


def test_every_schema_enum_has_a_kind_of_label() -> None:
    paths = {path for path, _values in _schema_enums()}
    assert paths == set(KIND_OF_ENUM), "add the new enum to KIND_OF_ENUM and give it labels"


@pytest.mark.parametrize("lang", catalog_languages())
def test_every_enum_value_has_a_label_in_every_catalog(lang: str) -> None:
    words = Words(lang)  # raises MissingMessage when a catalog lacks a label
    unlabelled = [
        f"{path}: {value}"
        for path, values in _schema_enums()
        for value in values
        if value not in LABELS[KIND_OF_ENUM[path]] or words.label(KIND_OF_ENUM[path], value) == ""
    ]
    assert unlabelled == []


@pytest.mark.parametrize("lang", [lang for lang in catalog_languages() if lang != "en"])
def test_headings_and_labels_are_translated(lang: str) -> None:
    words = Words(lang)
    assert len(words.headings) == len(HEADINGS)
    assert words["title"] != Words("en")["title"]
    assert words.label("legal_basis", "consent") != Words("en").label("legal_basis", "consent")


def test_german_register_words() -> None:
    words = Words("de")
    assert words["title"] == "Verzeichnis von Verarbeitungstätigkeiten"
    assert words["controller_register_ref"] == "Art. 30 Abs. 1 DSGVO"
    assert words["period_from"] % {"period": "10 Jahre", "start": "Ende des Jahres"} == (
        "10 Jahre ab Ende des Jahres"
    )
    assert words.label("legal_basis", "contract") == "Vertrag (Art. 6 Abs. 1 lit. b)"
    assert Words("de", "uk-gdpr")["controller_register_ref"] == "Art. 30 Abs. 1 UK-DSGVO"


def test_french_joins_a_period_to_any_start_text() -> None:
    # "à compter de le départ" would be wrong: the start text stands after a colon
    words = Words("fr")
    assert words["period_from"] % {"period": "3 ans", "start": "le départ du salarié"} == (
        "3 ans (point de départ\u00a0: le départ du salarié)"
    )


def test_one_english_word_two_meanings() -> None:
    # "controller" is a heading in one context and a role in another.
    words = Words("fr")
    assert words["sheet_controller_register"] == "Registre responsable"
    assert words["controller_register"] == "Registre du responsable de traitement"
    assert words["annex_title"] == "Annexe {number}\u00a0: {title}"


def test_a_language_without_catalog_is_an_error() -> None:
    with pytest.raises(UnknownLanguage, match="no 'pt' catalog"):
        Words("pt")


def test_the_importer_reads_labels_back_in_every_catalog_language() -> None:
    from ropa.importer.labels import code_labels

    found = code_labels("legal_basis", ["contract"])
    assert ("contract", "Vertrag (Art. 6 Abs. 1 lit. b)") in found
    assert ("contract", "Contrato (artículo 6.1.b))") in found
    assert ("contract", "Contrat (art. 6.1.b)") in found
    uk = code_labels("mechanism", ["adequacy"])
    assert ("adequacy", "UK adequacy regulations (Art. 45)") in uk
