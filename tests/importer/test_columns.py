"""`--layout columns --map MAP.toml`: a home-made sheet described by a mapping file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.cli import main
from ropa.importer import mapping
from ropa.validate import validate

MAP = """
[layout]
name = "shop"
title = "Our shop's processing list"
min_columns = 3

[defaults]
country = "FR"

[block]
controller = ["Company"]

[[column]]
field = "name"
titles = ["Activity"]

[[column]]
field = "purposes"
titles = ["What for"]

[[column]]
field = "data_subjects"
titles = ["Whose data"]

[[column]]
field = "data_categories"
titles = ["Which data"]
split = "items"

[[column]]
field = "legal_basis"
titles = ["Legal basis"]

[[column]]
field = "retention"
titles = ["Kept for"]

[[column]]
field = "recipients"
titles = ["Shared with"]

[[column]]
field = "third_countries"
titles = ["Countries outside the EU"]
"""


def _sheet(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Traitements"
    sheet["A1"] = "Company"
    sheet["B1"] = (
        "Les Thés de Léa SARL, 4 rue des Lices, 35000 Rennes, France, contact@thes-de-lea.example"
    )
    for column, title in enumerate(
        [
            "Activity",
            "What for",
            "Whose data",
            "Which data",
            "Legal basis",
            "Kept for",
            "Shared with",
            "Countries outside the EU",
            "Comments",
        ],
        1,
    ):
        sheet.cell(row=3, column=column, value=title)
    rows = [
        [
            "Commandes en ligne",
            "Livrer les commandes\nFacturer",
            "Clients",
            "Nom, adresse; Historique des commandes",
            "Contrat",
            "10 ans à compter de la vente",
            "Transporteur; Expert-comptable",
            "",
            "à revoir",
        ],
        [
            "Lettre d'information",
            "Envoyer nos nouveautés",
            "Clients; Prospects",
            "Adresse électronique",
            "Consentement",
            "jusqu'à la désinscription",
            "Plateforme d'envoi (sous-traitant)",
            "États-Unis: clauses contractuelles types (module 2)",
            "",
        ],
    ]
    for row, values in enumerate(rows, 4):
        for column, value in enumerate(values, 1):
            if value:
                sheet.cell(row=row, column=column, value=value)
    book.save(path)
    return path


def test_a_home_made_sheet_with_a_mapping(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "shop.toml").write_text(MAP, "utf-8")
    book = _sheet(tmp_path / "traitements.xlsx")
    target = tmp_path / "registry"
    code = main(
        [
            "import",
            str(book),
            "--layout",
            "columns",
            "--map",
            str(tmp_path / "shop.toml"),
            "--lang",
            "fr",
            "-o",
            str(target),
        ]
    )
    assert code == 0, capsys.readouterr().err
    result = validate(str(target))
    assert result.errors == 0, [str(f) for f in result.findings]
    registry = result.registry
    assert registry is not None
    assert registry.languages == ("fr",)
    assert registry.organization.name == "Les Thés de Léa SARL"
    assert registry.organization.country == "FR"
    orders, newsletter = registry.activities
    assert orders.id == "commandes-en-ligne"
    assert [p.description.get("fr") for p in orders.purposes] == [
        "Livrer les commandes",
        "Facturer",
    ]
    assert orders.purposes[0].legal_bases == ("contract",)
    assert orders.retention.period == "P10Y"
    assert orders.retention.start.get("fr") == "la vente"
    assert newsletter.retention.criteria.get("fr") == ("jusqu'à la désinscription",)
    assert newsletter.data_subjects == ("clients", "prospects")
    assert "clients" in orders.data_subjects  # one entry for both rows
    ((recipient, transfer),) = registry.transfers_for(newsletter)
    assert (transfer.country, transfer.mechanism, transfer.scc_module) == (
        "US",
        "scc",
        "controller-to-processor",
    )
    assert recipient.role == "processor"
    report = (target / "IMPORT-REPORT.md").read_text("utf-8")
    assert (
        "| Traitements!I3 | Comments | column not in the mapping: its cells were not imported |"
        in report
    )
    assert "| Traitements!I4 | à revoir | column 'Comments' is not in the mapping |" in report


def test_the_shipped_ico_mapping_is_a_valid_example() -> None:
    ico = mapping.shipped("ico")
    assert ico.name == "ico"
    assert len(ico.columns) == 30
    assert ico.match("Purposes of processing (if applicable)") is not None
    assert ico.match("purpose of the processing").field == "purposes"  # type: ignore[union-attr]
    assert ico.match("Article 6 lawful basis for processing personal data").field == "legal_basis"  # type: ignore[union-attr]
    assert ico.match("Favourite colour") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[layout\n", "not valid TOML"),
        ("[layout]\n", "no [[column]] entries: a mapping lists the sheet's columns"),
        (
            '[[column]]\nfield = "name"\n',
            "[[column]] number 1: titles must be a list of the column's header texts",
        ),
        (
            '[[column]]\nfield = "name"\ntitles = ["A"]\nsplit = "words"\n',
            "[[column]] number 1: split 'words' is not one of: none, lines, items, list",
        ),
        (
            '[defaults]\ncountry = "France"\n[[column]]\nfield = "name"\ntitles = ["A"]\n',
            "[defaults] country must be an ISO code such as 'GB'",
        ),
        ("[colums]\n", "unknown table [colums]; use layout, defaults, block, column"),
    ],
)
def test_mapping_mistakes_are_named(text: str, message: str) -> None:
    with pytest.raises(mapping.MappingError) as raised:
        mapping.parse(text, "map.toml")
    assert str(raised.value).startswith("map.toml: ")
    assert message in str(raised.value)
