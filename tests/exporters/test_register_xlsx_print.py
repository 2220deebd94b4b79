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

from ropa.register.text_width import wrapped_lines
from ropa.register.xlsx import pages_wide

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or pdftotext is not installed; .ci/run installs both",
)
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
needs_liberation = pytest.mark.skipif(
    not (LIBERATION / "LiberationSans-Regular.ttf").is_file(),
    reason="Liberation Sans (fonts-liberation) is not installed; .ci/run installs it",
)
# pdftotext's word box is the font's ascent plus descent: 1.15 em for Liberation Sans
BOX_PER_POINT = 1.15
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


# Printed as a user prints them: the examples in their languages, and a record whose
# organisation has a long address and a long DPO contact in capitals (wider than small
# letters, so a count of characters would give them too few lines).
PRINTED = {
    "lohnwerk": (FIXTURES / "lohnwerk", ()),
    "uk-shop": (FIXTURES / "uk-shop", ()),
    "ampere-fr": (FIXTURES / "ampere", ("--lang", "fr")),
    "lohnwerk-de": (FIXTURES / "lohnwerk-5", ("--lang", "de")),
    "long-values": (None, ()),
}
LONG_ADDRESS = (
    "UNIT 4 WHARF YARD WAREHOUSE, CANAL STREET WORKSHOPS, NOTTINGHAM NG1 7EH, "
    "WEST MIDLANDS, UNITED KINGDOM"
)
LONG_DPO_ADDRESS = (
    "ASHDOWN PRIVACY SERVICES, 12 MILL LANE, DERBY DE1 1AB, DERBYSHIRE, UNITED KINGDOM, "
    "FOR THE ATTENTION OF MR WILLIAM WOMACK-WADSWORTH, DATA PROTECTION OFFICER"
)


def long_values_registry(folder: Path) -> Path:
    registry = folder / "long-values"
    shutil.copytree(FIXTURES / "uk-shop", registry)
    organization = registry / "organization.yaml"
    text = organization.read_text("utf-8")
    text = text.replace(
        "address: Unit 4, Wharf Yard, Canal Street, Nottingham NG1 7EH, United Kingdom",
        f"address: {LONG_ADDRESS}",
    ).replace(
        "address: Ashdown Privacy Services, 12 Mill Lane, Derby DE1 1AB, United Kingdom",
        f"address: {LONG_DPO_ADDRESS}",
    )
    assert LONG_ADDRESS in text and LONG_DPO_ADDRESS in text
    organization.write_text(text, "utf-8")
    return registry


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    made = {}
    for name, (registry, extra) in PRINTED.items():
        source = registry or long_values_registry(tmp_path_factory.mktemp("registry"))
        made[name] = export_once(tmp_path_factory, "xlsx", source, *extra)
    return made


@pytest.fixture(scope="module")
def printed(
    books: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, Path]]:
    """Each workbook and its PDF, printed by one LibreOffice run."""
    folder = tmp_path_factory.mktemp("printed")
    inputs = folder / "in"
    inputs.mkdir()
    copies = {name: inputs / f"{name}.xlsx" for name in books}
    for name, book in books.items():
        shutil.copy(book, copies[name])
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, copies.values()),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {name: (copies[name], folder / f"{name}.pdf") for name in books}


def _pages(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in WORD.findall(page)]
        for page in out.split("<page ")[1:]
    ]


@needs_soffice
@pytest.mark.parametrize("name", PRINTED)
def test_no_words_overlap_and_no_text_under_7_pt(
    printed: dict[str, tuple[Path, Path]], name: str
) -> None:
    pages = _pages(printed[name][1])
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
@pytest.mark.parametrize("name", PRINTED)
def test_every_cell_is_printed_to_its_last_word(
    printed: dict[str, tuple[Path, Path]], name: str
) -> None:
    book, pdf = printed[name]
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    # LibreOffice may break a word at a hyphen (which pdftotext then drops), and pdftotext
    # reads columns in any order: look for the cell's last piece between hyphens
    seen = re.sub(r"[\-‐]", "", text)
    for sheet in load_workbook(book).worksheets:
        if sheet.sheet_state != "visible":
            continue
        # the header too: a heading word broken over two lines would not be found whole
        for row in sheet.iter_rows(min_row=1):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip():
                    last = [p for p in re.split(r"[\-‐]+", cell.value.split()[-1]) if p][-1]
                    assert last in seen, (sheet.title, cell.coordinate, last)


@needs_soffice
@pytest.mark.parametrize("name", PRINTED)
def test_each_label_is_printed_on_the_line_of_its_value(
    printed: dict[str, tuple[Path, Path]], name: str
) -> None:
    """On the Organisation sheet a label and its value start at the top of their row: a
    label at the foot of a tall row would read as the next row's."""
    book, pdf = printed[name]
    sheet = load_workbook(book).worksheets[0]
    words = sorted(_pages(pdf)[0], key=lambda w: (round(w[1]), w[0]))
    heading = str(sheet["B1"].value).split()[0]
    split = next(w[0] for w in words if w[4] == heading) - 1
    cursor = 0.0
    checked = 0
    for label, value in sheet.iter_rows(min_row=2, max_col=2, values_only=True):
        first_label, first_value = str(label).split()[0], str(value).split()[0]
        top = next(w[1] for w in words if w[1] > cursor and w[0] < split and w[4] == first_label)
        beside = [w[1] for w in words if w[0] >= split and w[4] == first_value]
        assert any(abs(y - top) < 1.0 for y in beside), (label, value, top, beside)
        cursor = top + 1
        checked += 1
    assert checked >= 10


@needs_soffice
def test_the_long_values_print_whole_in_tall_enough_rows(
    printed: dict[str, tuple[Path, Path]],
) -> None:
    book, pdf = printed["long-values"]
    sheet = load_workbook(book).worksheets[0]
    values = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    address, dpo = values["Address"][1], values["Data protection officer"][1]
    assert address.value == LONG_ADDRESS
    assert LONG_DPO_ADDRESS in dpo.value
    for cell in (address, dpo):
        lines = wrapped_lines(cell.value, sheet.column_dimensions["B"].width)
        assert lines >= 2
        assert sheet.row_dimensions[cell.row].height >= lines * 12.75
    text = " ".join(poppler_words(pdf))
    assert " ".join(LONG_ADDRESS.split()) in text
    assert " ".join(LONG_DPO_ADDRESS.split()) in text


def poppler_words(pdf: Path) -> list[str]:
    return [w[4] for w in _pages(pdf)[0]]


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


@pytest.mark.parametrize("name", PRINTED)
def test_rows_are_as_tall_as_their_wrapped_text(books: dict[str, Path], name: str) -> None:
    """Read back: every row of every sheet is as tall as its most wrapped cell (the header
    and the Organisation sheet's labels are bold), and no taller than a line more."""
    for sheet in load_workbook(books[name]).worksheets:
        if sheet.sheet_state != "visible":
            continue
        for row in range(1, sheet.max_row + 1):
            tallest = max(
                wrapped_lines(
                    str(cell.value),
                    sheet.column_dimensions[cell.column_letter].width,
                    bold=row == 1 or (sheet is sheet.parent.worksheets[0] and cell.column == 1),
                )
                for cell in sheet[row]
                if cell.value is not None
            )
            height = sheet.row_dimensions[row].height
            assert height >= tallest * 12.75, (sheet.title, row)
            if row > 1 and tallest * 12.75 + 3 <= 409:
                assert height <= (tallest + 1) * 12.75, (sheet.title, row)


@needs_liberation
@pytest.mark.parametrize("name", PRINTED)
def test_the_estimate_holds_the_text_as_the_font_sets_it(books: dict[str, Path], name: str) -> None:
    """The estimate against the printing font itself (Liberation Sans, Arial's metrics) in
    a column as narrow as Excel makes it: never fewer lines."""
    from fontTools.ttLib import TTFont

    faces = {}
    for bold, face in ((False, "Regular"), (True, "Bold")):
        font = TTFont(LIBERATION / f"LiberationSans-{face}.ttf", lazy=True)
        metrics, per_em, cmap = font["hmtx"].metrics, font["head"].unitsPerEm, font.getBestCmap()
        faces[bold] = lambda t, m=metrics, e=per_em, c=cmap: (
            sum(m[c[ord(ch)]][0] if ord(ch) in c else e for ch in t) * 10 / e
        )

    def set_lines(text: str, width: float, bold: bool) -> int:
        room = (7 * width - 4) * 0.75  # Excel: 7 px a unit at 96 dpi, less the margins
        measure, count = faces[bold], 0
        for paragraph in text.split("\n"):
            line = ""
            count += 1
            for word in paragraph.split(" "):
                trial = f"{line} {word}" if line else word
                if line and measure(trial) > room:
                    count += 1
                    line = word
                else:
                    line = trial
                while measure(line) > room and len(line) > 1:  # a word broken at the edge
                    cut = max(i for i in range(1, len(line)) if measure(line[:i]) <= room)
                    line = line[cut:]
                    count += 1
        return count

    book = load_workbook(books[name])
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    width = sheet.column_dimensions[cell.column_letter].width
                    bold = cell.row == 1 or (sheet is book.worksheets[0] and cell.column == 1)
                    assert wrapped_lines(cell.value, width, bold) >= set_lines(
                        cell.value, width, bold
                    ), (sheet.title, cell.coordinate)


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
