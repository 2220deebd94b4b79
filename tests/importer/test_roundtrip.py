"""Our own workbook read back: import, export again, and every cell of every sheet is the
same (the revision, which depends on git, and the generation time aside)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from ropa.cli import main
from ropa.validate import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# every fixture registry but the broken ones kept for validate's tests
REGISTRIES = sorted(
    path.name
    for path in FIXTURES.iterdir()
    if path.is_dir() and path.name not in ("invalid", "golden")
)


def _cells(path: Path) -> dict[tuple[str, str], Any]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    found: dict[tuple[str, str], Any] = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    found[(sheet.title, cell.coordinate)] = cell.value
    return found


REVISION = re.compile(r"^[0-9a-f]{7,40}(-dirty)?$")


def _provenance_rows(book_path: Path) -> tuple[str, set[int], set[int]]:
    """The first sheet's title, its rows that say from which commit and when the file was
    made (found by their values, so in any language), and the data sheet's revision row."""
    from openpyxl import load_workbook

    book = load_workbook(book_path)
    first = book.worksheets[0]
    rows = {
        row[1].row
        for row in first.iter_rows(min_row=2)
        if row[1].value
        and (REVISION.match(str(row[1].value)) or str(row[1].value).endswith("+00:00"))
    }
    data = {
        row[0].row for row in book["ropa-data"].iter_rows(min_row=2) if row[0].value == "revision"
    }
    return first.title, rows, data


def _without_provenance(
    cells: dict[tuple[str, str], Any], rows: tuple[str, set[int], set[int]]
) -> dict[tuple[str, str], Any]:
    title, organisation, data = rows

    def number(coordinate: str) -> int:
        return int("".join(filter(str.isdigit, coordinate)))

    return {
        (sheet, coordinate): value
        for (sheet, coordinate), value in cells.items()
        if not (sheet == title and number(coordinate) in organisation)
        and not (sheet == "ropa-data" and number(coordinate) in data)
    }


def _languages(registry: Path) -> tuple[str, ...]:
    result = validate(str(registry))
    assert result.registry is not None
    return result.registry.languages


@pytest.mark.parametrize("example", REGISTRIES)
def test_import_then_export_gives_the_same_cells(tmp_path: Path, example: str) -> None:
    source = FIXTURES / example
    languages = _languages(source)
    first: dict[str, Path] = {}
    for lang in languages:
        first[lang] = tmp_path / f"first.{lang}.xlsx"
        assert main(["export", "xlsx", str(source), "-o", str(first[lang]), "--lang", lang]) == 0
    imported = tmp_path / "imported"
    assert main(["import", *map(str, first.values()), "-o", str(imported)]) == 0
    assert _languages(imported) == languages
    assert validate(str(imported)).errors == 0
    report = (imported / "IMPORT-REPORT.md").read_text("utf-8")
    assert "| guesses to check | 0 |" in report and "| cells not imported | 0 |" in report
    for lang in languages:
        again = tmp_path / f"again.{lang}.xlsx"
        assert main(["export", "xlsx", str(imported), "-o", str(again), "--lang", lang]) == 0
        rows = _provenance_rows(first[lang])
        # the generation row always; the revision row when the fixture is in git (else both
        # workbooks say alike that it is not under version control)
        assert rows[1], "the generation row was not found"
        before = _without_provenance(_cells(first[lang]), rows)
        after = _without_provenance(_cells(again), rows)
        differences = {
            key: (before.get(key), after.get(key))
            for key in set(before) | set(after)
            if before.get(key) != after.get(key)
        }
        assert not differences, f"{example} {lang}: {sorted(differences.items())[:5]}"


def test_texts_of_every_language_are_merged(tmp_path: Path) -> None:
    books = []
    for lang in ("en", "fr"):
        books.append(tmp_path / f"ampere.{lang}.xlsx")
        assert (
            main(["export", "xlsx", str(FIXTURES / "ampere"), "-o", str(books[-1]), "--lang", lang])
            == 0
        )
    assert main(["import", *map(str, books), "-o", str(tmp_path / "out")]) == 0
    newsletter = (tmp_path / "out" / "activities" / "newsletter.yaml").read_text("utf-8")
    assert newsletter.startswith("# yaml-language-server: $schema=../ropa.schema.json\n")
    assert "  - id: newsletter\n    name:\n      en: Newsletter\n      fr: " in newsletter
    organization = (tmp_path / "out" / "organization.yaml").read_text("utf-8")
    assert "supervisory_authority: CNIL" in organization
    assert "languages: [en, fr]" in organization or "languages:\n    - en\n    - fr" in organization


def test_one_language_of_two_is_said_in_the_report(tmp_path: Path) -> None:
    book = tmp_path / "ampere.fr.xlsx"
    assert main(["export", "xlsx", str(FIXTURES / "ampere"), "-o", str(book), "--lang", "fr"]) == 0
    assert main(["import", str(book), "-o", str(tmp_path / "out")]) == 0
    report = (tmp_path / "out" / "IMPORT-REPORT.md").read_text("utf-8")
    assert "no workbook in en was given: the registry's languages are set to fr" in report
    assert _languages(tmp_path / "out") == ("fr",)


def test_edits_of_one_field_cells_are_read_and_reported(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book_path = tmp_path / "lohnwerk.xlsx"
    assert main(["export", "xlsx", str(FIXTURES / "lohnwerk"), "-o", str(book_path)]) == 0
    book = load_workbook(book_path)
    sheet = book["Controller register"]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "customer-accounts")
    row[header.index("Activity")].value = "Customer accounts and invoices"
    row[header.index("Business function")].value = "Finance"
    book.save(book_path)
    assert main(["import", str(book_path), "-o", str(tmp_path / "out")]) == 0
    registry = validate(str(tmp_path / "out")).registry
    assert registry is not None
    activity = registry.activity("customer-accounts")
    assert activity is not None
    assert activity.name.get("en") == "Customer accounts and invoices"
    assert activity.owner == "Finance"
    report = (tmp_path / "out" / "IMPORT-REPORT.md").read_text("utf-8")
    assert (
        "| lohnwerk.xlsx: Controller register!C2 | Customer accounts and invoices | edited in the sheet: taken instead of 'Customer contracts and billing' for name |"
        in report
    )


def test_the_summary_counts_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = tmp_path / "ampere.fr.xlsx"
    assert (
        main(["export", "xlsx", str(FIXTURES / "ampere"), "-o", str(workbook), "--lang", "fr"]) == 0
    )
    capsys.readouterr()
    assert main(["import", str(workbook), "-o", str(tmp_path / "imported")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    # one French workbook of a registry kept in English too: one guess, said in the singular
    assert first.endswith(
        f"1 guess to check, 0 cells not imported (see {tmp_path / 'imported' / 'IMPORT-REPORT.md'})"
    ), first
