"""The workbook, reopened with openpyxl: every activity, every Art. 30 column, both registers."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from export_support import EXAMPLES, FIXTURES, REGISTRIES, export, export_once
from openpyxl import load_workbook

from ropa.i18n.register_words import Words
from ropa.register.tables import ACTIVITY_FIELDS
from ropa.validate import validate

EN = Words("en").headings
ART30_COLUMNS = [EN[heading] for _key, heading, _width, _read in ACTIVITY_FIELDS]


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {name: export_once(tmp_path_factory, "xlsx", FIXTURES / name) for name in EXAMPLES}


def rows(sheet: Any) -> list[dict[str, str]]:
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def test_sheets_follow_the_templates(workbooks: dict[str, Path]) -> None:
    common = ["Transfers", "Recipients", "Data categories", "Data subjects", "Security measures"]
    ampere = load_workbook(workbooks["ampere"]).sheetnames
    lohnwerk = load_workbook(workbooks["lohnwerk"]).sheetnames
    # the last sheet is the hidden, machine-readable one that `ropa import` reads back
    assert ampere == ["Organisation", "Controller register", *common, "ropa-data"]
    assert lohnwerk == [
        "Organisation",
        "Controller register",
        "Processor register",
        *common,
        "ropa-data",
    ]
    assert load_workbook(workbooks["ampere"])["ropa-data"].sheet_state == "hidden"


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_activity_has_a_row_with_every_art30_column(
    workbooks: dict[str, Path], name: str
) -> None:
    registry = validate(str(FIXTURES / name)).registry
    assert registry is not None
    book = load_workbook(workbooks[name])
    sheet = book["Controller register"]
    assert [cell.value for cell in sheet[1]] == ART30_COLUMNS
    controller = {row[EN["id"]]: row for row in rows(sheet)}
    processor = (
        {row[EN["id"]] for row in rows(book["Processor register"])}
        if "Processor register" in book.sheetnames
        else set()
    )
    for activity in registry.activities:
        if activity.role == "processor":
            assert activity.id in processor
            continue
        row = controller[activity.id]
        assert row[EN["activity"]] == activity.name.get("en")  # type: ignore[union-attr]
        for column in (
            "purposes",
            "legal_basis",
            "subjects",
            "categories",
            "recipient_names",
            "retention",
            "measures",
            "sources",
            "dpia_status",
            "last_reviewed",
        ):
            assert row[EN[column]], f"{activity.id}: {column} is empty"


def test_ampere_rows_resolve_references_and_derive_transfers(workbooks: dict[str, Path]) -> None:
    book = load_workbook(workbooks["ampere"])
    row = {r[EN["id"]]: r for r in rows(book["Controller register"])}["newsletter"]
    assert row[EN["legal_basis"]] == "Consent (Art. 6(1)(a))"
    assert "Email campaign platform (processor, United States (US))" in row[EN["recipient_names"]]
    assert row[EN["third_countries"]].startswith(
        "United States (US): Standard contractual clauses (Art. 46(2)(c)), Module 2"
    )
    assert "TIA-2023-07" in row[EN["third_countries"]]
    # organisation-wide measures apply to an activity that lists none
    assert "Encryption of data in transit (TLS)" in row[EN["measures"]]
    assert "DPA-2023-017" in row[EN["processor_contracts"]]
    assert row[EN["retention"]].startswith("3 years from your last interaction")
    marketing = {r[EN["id"]]: r for r in rows(book["Controller register"])}[
        "personalised-marketing"
    ]
    assert marketing[EN["lia"]] == "LIA-2023-04 (dated 2023-10-18)"
    assert marketing[EN["profiling"]].startswith("yes: We combine")
    assert marketing[EN["dpia_reference"]] == "DPIA-2023-03 (dated 2023-10-19)"


def test_lohnwerk_processor_register_names_each_controller(workbooks: dict[str, Path]) -> None:
    book = load_workbook(workbooks["lohnwerk"])
    served = rows(book["Processor register"])
    assert [row[EN["controller"]] for row in served] == [
        "Bäckerei Sonnenschein KG",
        "Stadtwerke Nordheim GmbH",
    ]
    first = served[0]
    assert "verwaltung@sonnenschein.example" in first[EN["controller_contact"]]
    assert served[1][EN["controller_dpo"]] == "datenschutz@stadtwerke-nordheim.example"
    assert "Calculating pay" in first[EN["processing_categories"]]
    assert (
        "Sick leave and incapacity certificates [special category: health]"
        in first[EN["categories"]]
    )
    assert "India (IN): Standard contractual clauses" in first[EN["third_countries"]]
    assert "Logical separation of each client's data" in first[EN["measures"]]
    assert "Encryption in transit and at rest" in first[EN["measures"]]


@pytest.mark.parametrize(("name", "expected"), [("ampere", 4), ("lohnwerk", 6)])
def test_transfers_sheet_has_one_row_per_activity_and_recipient(
    workbooks: dict[str, Path], name: str, expected: int
) -> None:
    transfers = rows(load_workbook(workbooks[name])["Transfers"])
    assert len(transfers) == expected
    relocation = [t for t in transfers if t[EN["recipient"]] == "Gulf Relocation Services LLC"]
    if name == "lohnwerk":
        # the derogation in its own column, with its paragraph; the module column only
        # holds SCC modules
        assert relocation[0][EN["derogation"]] == "Explicit consent (Art. 49(1)(a))"
        assert EN["scc_module"] not in relocation[0] or not relocation[0][EN["scc_module"]]
        assert "Only for candidates who ask" in relocation[0][EN["derogation_record"]]
        assert relocation[0][EN["country"]] == "United Arab Emirates (AE)"
    else:
        assert EN["derogation"] not in transfers[0]  # no derogation: the column is left out


def test_sheets_are_ready_to_filter_read_and_print(workbooks: dict[str, Path]) -> None:
    book = load_workbook(workbooks["lohnwerk"])
    for sheet in book.worksheets:
        if sheet.sheet_state == "hidden":
            continue
        assert sheet.freeze_panes in ("A2", "B2", "D2")
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth >= 1  # as many pages wide as keep text readable
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet["A1"].font.bold
    register = book["Controller register"]
    assert register.freeze_panes == "D2"
    assert register.auto_filter.ref == "A1:AD4"
    assert register["E2"].alignment.wrap_text
    assert register.column_dimensions["E"].width == 48


def test_organisation_sheet_and_properties_carry_revision_and_date(
    workbooks: dict[str, Path],
) -> None:
    book = load_workbook(workbooks["ampere"])
    facts = dict(book["Organisation"].iter_rows(min_row=2, values_only=True))
    assert facts["Name"] == "AMPERE SAS"
    assert facts["Generated on"] == "2026-01-01T00:00:00+00:00"
    assert facts["Registry revision"]
    assert facts["Supervisory authority"] == (
        "Commission nationale de l'informatique et des libertés (CNIL), https://www.cnil.fr"
    )
    assert book.properties.creator == "AMPERE SAS"
    assert book.properties.created.year == 2026
    assert facts["Registry revision"] in book.properties.description


def test_french_headings(tmp_path: Path) -> None:
    target = tmp_path / "fr.xlsx"
    assert export("xlsx", FIXTURES / "ampere", target, "--lang", "fr") == 0
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Organisme", "Registre responsable"]
    header = [cell.value for cell in book["Registre responsable"][1]]
    assert "Base légale" in header and "Durée de conservation" in header
    assert book["Registre responsable"]["C2"].value == "Reporting d'activité"
    # the document properties and the printed page header follow French typography too
    assert book.properties.title == "Registre des activités de traitement\u00a0: AMPERE SAS"
    assert book.properties.description.startswith("Révision du registre\u00a0: ")
    assert book["Organisme"].oddHeader.left.text == (
        "AMPERE SAS\u00a0: Registre des activités de traitement"
    )


# texts of the registry that fill a whole cell; "\r=1" starts the examples cell
TRAPS = ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\t=1"]


def test_no_formula_reaches_the_workbook(tmp_path: Path) -> None:
    target = tmp_path / "trap.xlsx"
    assert export("xlsx", REGISTRIES / "formula-injection.yaml", target) == 0
    with zipfile.ZipFile(target) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        for name in sheets:
            xml = archive.read(name).decode()
            assert "<f>" not in xml and "<f " not in xml, name
    book = load_workbook(target)
    seen = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(
                    ("=", "+", "-", "@", "\t", "\r")
                ):
                    assert cell.data_type == "s"
                    assert cell.quotePrefix
                    seen.add(cell.value)
    assert set(TRAPS) <= seen
    assert any(value.startswith("\r=1") for value in seen)


@pytest.mark.parametrize(
    ("lang", "heading", "in_row"),
    [
        (
            "en",
            "Data Privacy Framework List, last checked",
            "; Data Privacy Framework List, last checked: 2026-05-20 (Streamwise Inc.)",
        ),
        (
            "fr",
            "Liste du Data Privacy Framework, dernière vérification",
            "\u202f; Liste du Data Privacy Framework, dernière vérification\u00a0: 2026-05-20 "
            "(Streamwise Inc.)",
        ),
    ],
)
def test_a_dpf_transfer_shows_when_the_list_was_last_checked(
    tmp_path: Path, lang: str, heading: str, in_row: str
) -> None:
    """Art. 30(1)(e): a DPF transfer is covered only while the recipient is certified; the
    register shows the last check of the list (`dpf_listing`), in the Transfers sheet
    (date and entry) and beside the transfer in the activity's row, as the PDF does."""
    target = tmp_path / "v11.xlsx"
    assert export("xlsx", FIXTURES / "v11", target, "--lang", lang) == 0
    book = load_workbook(target)
    sheet = next(s for s in book.worksheets if heading in [c.value for c in s[1]])
    transfers = rows(sheet)
    checked = [row for row in transfers if row[heading]]
    assert checked
    assert {row[heading] for row in checked} == {"2026-05-20, DPF List entry 0001234"}
    # a DPF transfer with no recorded check leaves the cell empty, never a made-up date
    assert any(not row[heading] for row in transfers)
    cells = [str(v) for row in rows(book.worksheets[1]) for v in row.values() if v]
    assert any(in_row in cell for cell in cells)


def test_no_dpf_column_where_no_transfer_records_a_check(workbooks: dict[str, Path]) -> None:
    header = [c.value for c in load_workbook(workbooks["ampere"])["Transfers"][1]]
    assert "Data Privacy Framework List, last checked" not in header
