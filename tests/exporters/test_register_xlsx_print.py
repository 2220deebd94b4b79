"""The workbook as LibreOffice prints it: `soffice --headless --convert-to pdf`, then the
word boxes of `pdftotext -bbox-layout`: no two words overlap (rows tall enough for their
wrapped text), no text under 7 pt, no cell's text cut off; and the print setup itself."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from export_support import FIXTURES, export_once
from openpyxl import load_workbook

from ropa.register.xlsx import pages_wide, wrapped_lines

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or pdftotext is not installed; .ci/run installs both",
)
# pdftotext's word box is the font's ascent plus descent: 1.15 em for Liberation Sans
BOX_PER_POINT = 1.15
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    book = export_once(tmp_path_factory, "xlsx", FIXTURES / "lohnwerk")
    folder = book.parent / "printed"
    profile = book.parent / "profile"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(book),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return book, folder / (book.stem + ".pdf")


def _pages(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(page)]
        for page in out.split("<page ")[1:]
    ]


@needs_soffice
def test_no_words_overlap_and_no_text_under_7_pt(printed: tuple[Path, Path]) -> None:
    pages = _pages(printed[1])
    assert len(pages) > 5
    for number, words in enumerate(pages, 1):
        assert words, f"page {number} is empty"
        for _x0, y0, _x1, y1, word in words:
            assert (y1 - y0) / BOX_PER_POINT >= 6.95, (number, word, y1 - y0)
        ordered = sorted(words, key=lambda w: w[1])
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if b[1] >= a[3]:
                    break
                across = min(a[2], b[2]) - max(a[0], b[0])
                down = min(a[3], b[3]) - max(a[1], b[1])
                # boxes of neighbouring lines touch; overlapping text covers a third
                assert not (across > 0.5 and down > 0.3 * min(a[3] - a[1], b[3] - b[1])), (
                    number,
                    a[4],
                    b[4],
                )


@needs_soffice
def test_every_cell_is_printed_to_its_last_word(printed: tuple[Path, Path]) -> None:
    book, pdf = printed
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # LibreOffice may break a word at a hyphen (which pdftotext then drops), and pdftotext
    # reads columns in any order: look for the cell's last piece between hyphens
    printed = re.sub(r"[\-‐]", "", text)
    for sheet in load_workbook(book).worksheets:
        if sheet.sheet_state != "visible":
            continue
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip():
                    last = [p for p in re.split(r"[\-‐]+", cell.value.split()[-1]) if p][-1]
                    assert last in printed, (sheet.title, cell.coordinate, last)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_once(tmp_path_factory, "xlsx", FIXTURES / "lohnwerk")


def test_print_setup_repeats_header_and_id_and_keeps_text_readable(workbook: Path) -> None:
    book = load_workbook(workbook)
    register = book["Controller register"]
    assert register.page_setup.orientation == "landscape"
    assert int(register.page_setup.paperSize) == int(register.PAPERSIZE_A3)
    assert register.print_title_rows == "$1:$1"
    assert register.print_title_cols == "$A:$A"
    assert register.page_setup.fitToWidth > 1  # several pages wide, not one shrunk page
    assert register.page_setup.fitToHeight == 0
    organisation = book.worksheets[0]
    assert int(organisation.page_setup.paperSize) == int(organisation.PAPERSIZE_A4)
    assert organisation.page_setup.fitToWidth == 1


def test_rows_are_as_tall_as_their_wrapped_text(workbook: Path) -> None:
    sheet = load_workbook(workbook)["Controller register"]
    for row in range(2, sheet.max_row + 1):
        tallest = max(
            wrapped_lines(str(cell.value), sheet.column_dimensions[cell.column_letter].width)
            for cell in sheet[row]
            if cell.value is not None
        )
        assert sheet.row_dimensions[row].height >= tallest * 12.75


def test_dates_are_dates_and_counts_are_numbers(workbook: Path) -> None:
    book = load_workbook(workbook)
    register = book["Controller register"]
    header = [cell.value for cell in register[1]]
    reviewed = register.cell(row=2, column=header.index("Last reviewed") + 1)
    assert isinstance(reviewed.value, date)
    assert reviewed.number_format == "yyyy-mm-dd"
    organisation = book.worksheets[0]
    counts = [row[1].value for row in organisation.iter_rows() if row[0].value == "Activities"]
    assert counts == [5] or (counts and isinstance(counts[0], int))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"  # still no formula anywhere


def test_wrapping_estimate() -> None:
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("short", 20) == 1
    assert wrapped_lines("one\ntwo\nthree", 20) == 3
    assert wrapped_lines("word " * 20, 10) >= 10
    assert wrapped_lines("x" * 50, 10) == 6  # a long word is broken over lines
    assert pages_wide([18.0, 30.0]) == ("A4", 1)
    paper, pages = pages_wide([30.0] * 30)
    assert paper == "A3" and pages >= 4
