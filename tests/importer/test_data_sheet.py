"""The hidden `ropa-data` sheet as untrusted input: a sheet changed by hand or damaged is
refused with the cell that is wrong and what is wrong with it, exit 2, no traceback, and
no folder written; a data sheet of the earlier format is still read, and the report says
what that format did not carry."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = tmp_path_factory.mktemp("export") / "ampere.en.xlsx"
    assert main(["export", "xlsx", str(FIXTURES / "ampere"), "-o", str(book), "--lang", "en"]) == 0
    return book


def _row(sheet: Any, kind: str, id_: str = "") -> int:
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == kind and (not id_ or row[1].value == id_):
            return int(row[0].row)
    raise AssertionError(f"no {kind} {id_} row")


def _broken(exported: Path, tmp_path: Path, change: Callable[[Any], None]) -> Path:
    from openpyxl import load_workbook

    book = load_workbook(exported)
    change(book["ropa-data"])
    target = tmp_path / "broken.xlsx"
    book.save(target)
    return target


def _entry(sheet: Any, row: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(str(sheet.cell(row, 3).value))
    return data


def _set(sheet: Any, row: int, data: dict[str, Any]) -> None:
    sheet.cell(row, 3).value = json.dumps(data)


def _refused(capsys: pytest.CaptureFixture[str], book: Path, tmp_path: Path) -> str:
    capsys.readouterr()
    code = main(["import", str(book), "-o", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert "Traceback" not in err and not out
    assert not (tmp_path / "out").exists()
    assert err.endswith(
        "; the hidden data sheet was changed or damaged: export the workbook again from the "
        "registry\n"
    ), err
    return err


def test_a_cell_that_is_not_json(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        sheet.cell(row, 3).value = str(sheet.cell(row, 3).value)[:-2]

    book = _broken(exported, tmp_path, change)
    err = _refused(capsys, book, tmp_path)
    assert err.startswith(f"ropa: {book}: ropa-data!C")
    assert ": the entry's data is not JSON (" in err and " at character " in err


def test_a_code_that_the_format_does_not_know(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[int] = []

    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        data = _entry(sheet, row)
        data["purposes"][0]["legal_basis"] = ["consentt"]
        _set(sheet, row, data)
        rows.append(row)

    book = _broken(exported, tmp_path, change)
    err = _refused(capsys, book, tmp_path)
    assert err.startswith(
        f"ropa: {book}: ropa-data!C{rows[0]}: activity 'newsletter', "
        "purposes[0].legal_basis[0]: 'consentt' is not one of: consent, contract, "
        "legal-obligation, vital-interests, public-task, legitimate-interests; did you mean "
        "'consent'?"
    ), err


def test_a_field_of_the_wrong_type(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[int] = []

    def change(sheet: Any) -> None:
        row = _row(sheet, "data_subjects")
        data = _entry(sheet, row)
        data["minors"] = "yes"
        _set(sheet, row, data)
        rows.append(row)

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert f"ropa-data!C{rows[0]}: data subject '" in err
    assert "', minors: expected true or false, found the string 'yes';" in err


def test_a_text_in_another_language_than_the_sheet(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        data = _entry(sheet, row)
        data["name"] = {"@text": {"fr": "Lettre d'information"}}
        _set(sheet, row, data)

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert (
        ': activity \'newsletter\': name: a text must be {"@text": {"en": a string}} in '
        "this en sheet;" in err
    )


def test_an_id_that_is_not_the_entry_s(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[int] = []

    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        sheet.cell(row, 2).value = "news"
        rows.append(row)

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert (
        f"ropa-data!B{rows[0]}: the id 'news' is not the one in the entry's data ('newsletter')"
        in err
    )


def test_the_same_entry_twice(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[int] = []

    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        last = sheet.max_row + 1
        for column in (1, 2, 3):
            sheet.cell(last, column).value = sheet.cell(row, column).value
        rows.extend((row, last))

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert (
        f"ropa-data!B{rows[1]}: activities 'newsletter' a second time (first in row {rows[0]})"
        in err
    )


def test_an_unknown_kind(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(sheet: Any) -> None:
        sheet.cell(_row(sheet, "activities", "newsletter"), 1).value = "activity"

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert ": unknown kind 'activity';" in err


@pytest.mark.parametrize(
    ("payload", "said"),
    [
        ("[" * 50_000, "the entry's data nests deeper than 24 levels"),
        ('{"a": ' * 30 + "1" + "}" * 30, "the entry's data nests deeper than 24 levels"),
        ('["newsletter"]', "the entry's data is not a mapping of fields"),
    ],
    ids=["bracket-bomb", "deep", "list"],
)
def test_data_of_the_wrong_shape(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], payload: str, said: str
) -> None:
    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        for index in range(0, len(payload), 30_000):
            sheet.cell(row, 3 + index // 30_000).value = payload[index : index + 30_000]

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert f": {said};" in err


def test_a_cell_longer_than_a_cell_holds(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """openpyxl cuts a cell at 32,767 characters when writing, not when reading: the
    long cell is put into the sheet's XML."""
    from openpyxl import load_workbook

    row = _row(load_workbook(exported)["ropa-data"], "activities", "newsletter")
    book = tmp_path / "long.xlsx"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(book, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if b"<t>ropa-register-data</t>" in data:
                end = data.index(b"</row>", data.index(f'<row r="{row}"'.encode()))
                cell = f'<c r="D{row}" t="inlineStr"><is><t>{"x" * 40_000}</t></is></c>'
                data = data[:end] + cell.encode() + data[end:]
            target.writestr(info, data)
    err = _refused(capsys, book, tmp_path)
    assert (
        f"ropa-data!D{row}: the cell holds 40,000 characters, more than a cell can (32,767)" in err
    )


def test_an_entry_longer_than_any_register_needs(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(sheet: Any) -> None:
        row = _row(sheet, "activities", "newsletter")
        for column in range(4, 4 + 34):
            sheet.cell(row, column).value = " " * 30_000

    err = _refused(capsys, _broken(exported, tmp_path, change), tmp_path)
    assert "characters long; refusing more than 1,000,000;" in err


def test_a_data_sheet_from_a_newer_ropa(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(sheet: Any) -> None:
        sheet.cell(_row(sheet, "format"), 3).value = "3"

    book = _broken(exported, tmp_path, change)
    assert main(["import", str(book), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"ropa: {book}: ropa-data!A2: data format ropa-register-data 3 is not one this ropa "
        "reads (ropa-register-data 1, 2); import it with the ropa that wrote it\n"
    )


def test_a_data_sheet_without_its_organisation(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def change(sheet: Any) -> None:
        sheet.delete_rows(_row(sheet, "organization"))

    book = _broken(exported, tmp_path, change)
    assert main(["import", str(book), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"ropa: {book}: the ropa-data sheet is incomplete (no organization row); export the "
        "workbook again\n"
    )


def test_a_data_sheet_of_the_earlier_format_is_read_and_its_gaps_reported(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Format 1 wrote the authority out with its id, and had no notices."""

    def change(sheet: Any) -> None:
        sheet.cell(_row(sheet, "format"), 3).value = "1"
        row = _row(sheet, "organization")
        data = _entry(sheet, row)
        data["supervisory_authority"] = {"id": "CNIL", "name": {"@text": {"en": "CNIL"}}}
        _set(sheet, row, data)
        for row in range(2, sheet.max_row + 1):
            if sheet.cell(row, 1).value == "notices":
                sheet.delete_rows(row)

    book = _broken(exported, tmp_path, change)
    assert main(["import", str(book), "-o", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    assert "supervisory_authority: CNIL\n" in (out / "organization.yaml").read_text("utf-8")
    report = (out / "IMPORT-REPORT.md").read_text("utf-8")
    assert (
        "| broken.xlsx | data format 1 | written by an earlier ropa, whose data sheet left out "
        "the privacy notices and these fields: data\\_subjects.minors, "
    ) in report
