"""The register as an Excel workbook, laid out like the ICO and CNIL templates.

Sheets: Organisation, the controller register (Art. 30(1)), the processor register
(Art. 30(2), only when the organisation processes for others), then Transfers, Recipients,
Data categories, Data subjects and Security measures.

Every cell is written as a text value, never a formula: a registry text that starts with
`=`, `+`, `-` or `@` is stored as an inline string and flagged `quotePrefix`, so no
spreadsheet program evaluates it, even after the user edits the cell. Dates (created, last
reviewed) are dates with a date format and the activity count is a number.

Printed, every sheet reads: each row is as tall as its most wrapped cell (the line count
of each text, measured in the font, at its column's width: `ropa.register.text_width`;
spreadsheet programs do not grow the rows of a file they open), every cell starts at the
top of its row (a label beside its value), landscape, A3 for the wide sheets, the header
row and the id column repeated on every page, and as many pages wide as keep the text at
8 pt or more (never under 7 pt) instead of one page shrunk to a sixth. The font is Arial
10, which Excel has and LibreOffice replaces with the metric-compatible Liberation Sans;
it is the workbook's default font too, so a column's width unit (the default font's digit
width) is the same in both, whatever other fonts the system has (LibreOffice would
otherwise measure columns in whatever font stands in for Calibri: a quarter wider with
DejaVu Sans than with Carlito).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ropa.i18n.register_words import Words
from ropa.register.document import Register
from ropa.register.tables import (
    Step,
    Table,
    annex_tables,
    controller_table,
    no_progress,
    organisation_rows,
    processor_table,
    revision_history_table,
)
from ropa.register.text_width import longest_word, units_for, wrapped_lines

MAX_CELL = 32_767  # Excel's limit on characters in a cell
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 forbids these control characters; openpyxl refuses them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
HEADER_FILL = "1F3864"
BAND_FILL = "EEF2F8"
FREEZE = {"controller_register": "D2", "processor_register": "B2"}
SHEET_NAME_MAX = 31
# Named styles, registered once per workbook: a cell then takes a style by name (a copy of
# a small array of ids) instead of hashing a new Font/Fill/Alignment object per cell.
HEADER_STYLE = "ROPA header"
CELL_STYLE = "ROPA cell"
BANDED_STYLE = "ROPA cell, banded"
LABEL_STYLE = "ROPA label"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
FONT = "Arial"
FONT_SIZE = 10
# Points, one line of Arial 10: Excel's (17 px at 96 dpi); LibreOffice sets 11.2.
LINE_HEIGHT = 12.75
ROW_PADDING = 3.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit
DATE_COLUMNS = frozenset({"created", "last_reviewed"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Printable width in column units at 100 %, landscape, 0.4 in side margins: the paper's
# width (842 and 1191 pt) less the margins, at the wider of Excel's and LibreOffice's
# units (5.55 pt, Liberation Sans' digit width at 10 pt), so a sheet fits in both.
PAGE_UNITS = {"A4": (842 - 57.6) / 5.55, "A3": (1191 - 57.6) / 5.55}
MIN_SCALE = 0.8  # 10 pt text printed at 8 pt at the least
MAX_WORD_WIDTH = 45.0  # units a column may grow to so that its longest word fits


def cell_text(value: str) -> str:
    """A registry text made storable: no control characters, no more than Excel holds."""
    text = _ILLEGAL.sub("", value)
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    return text


def put(sheet: Any, row: int, column: int, value: str, style: str | None = None) -> Any:
    """Write `value` as text, whatever it starts with, in the named `style` if given."""
    cell = sheet.cell(row=row, column=column)
    cell.value = cell_text(value)
    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    if style is not None:
        cell.style = style  # replaces the whole style, so before quotePrefix
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def _sheet_name(title: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", title)[:SHEET_NAME_MAX].strip()


def _named_styles(workbook: Any) -> None:
    """Register the few styles every sheet uses, once for the whole workbook."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    wrap = Alignment(wrap_text=True, vertical="top")
    body = Font(name=FONT, size=FONT_SIZE)
    label = Font(name=FONT, size=FONT_SIZE, bold=True)
    # The default font is what column widths are counted in; it is Arial 10, the cells'
    # font, so that Excel and LibreOffice give a column the width the heights assume.
    from openpyxl.utils.indexed_list import IndexedList

    workbook._fonts = IndexedList([Font(name=FONT, sz=FONT_SIZE, family=2)])
    workbook._named_styles["Normal"].font = Font(name=FONT, sz=FONT_SIZE, family=2)
    for style in (
        NamedStyle(
            HEADER_STYLE,
            font=Font(name=FONT, size=FONT_SIZE, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=Alignment(wrap_text=True, vertical="center"),
            border=Border(bottom=Side(style="medium", color="000000")),
        ),
        NamedStyle(CELL_STYLE, font=body, alignment=wrap),
        NamedStyle(
            BANDED_STYLE, font=body, alignment=wrap, fill=PatternFill("solid", fgColor=BAND_FILL)
        ),
        NamedStyle(LABEL_STYLE, font=label, alignment=wrap),
    ):
        workbook.add_named_style(style)


def row_height(values: list[str], widths: list[float], bold: frozenset[int] = frozenset()) -> float:
    """Points for a row whose cells hold `values` in columns of `widths`; the columns
    numbered in `bold` (from 0) are set in bold."""
    lines = max(
        (
            wrapped_lines(value, width, index in bold)
            for index, (value, width) in enumerate(zip(values, widths, strict=True))
        ),
        default=1,
    )
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING)


def column_widths(table: Table) -> list[float]:
    """Each column's width: as the table asks, or wider where its heading (bold) or one of
    its values holds a longer word, up to MAX_WORD_WIDTH units, so that no word is broken
    in the middle (a URL longer than that still is)."""
    widths = []
    for index, column in enumerate(table.columns):
        values = [row[index] for row in table.rows]
        word = max(longest_word([column.heading], bold=True), longest_word(values))
        widths.append(max(float(column.width), min(MAX_WORD_WIDTH, round(units_for(word) + 0.5))))
    return widths


def _header(sheet: Any, headings: list[str], widths: list[float]) -> None:
    for column, heading in enumerate(headings, 1):
        put(sheet, 1, column, heading, HEADER_STYLE)
    every = frozenset(range(len(headings)))
    sheet.row_dimensions[1].height = max(32.0, row_height(headings, widths, every))


def pages_wide(widths: list[float]) -> tuple[str, int]:
    """The paper and the number of pages across that print a sheet of these column widths
    at MIN_SCALE or larger, the first column (repeated on every page) counted each time."""
    total = sum(widths)
    paper = "A4" if total * MIN_SCALE <= PAGE_UNITS["A4"] else "A3"
    per_page = PAGE_UNITS[paper] / MIN_SCALE
    first = widths[0] if widths else 0.0
    pages = 1
    while total + first * (pages - 1) > per_page * pages:
        pages += 1
    return paper, pages


def _print_setup(
    sheet: Any, title: str, register: Register, words: Words, widths: list[float]
) -> None:
    paper, pages = pages_wide(widths)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3 if paper == "A3" else sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = pages
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    if len(widths) > 2:
        sheet.print_title_cols = "A:A"
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    # header and footer codes start with "&", so a literal "&" is written "&&"
    org = register.organization.name.replace("&", "&&")
    sheet.oddHeader.left.text = f"{org}{words.colon}{title.replace('&', '&&')}"
    sheet.oddFooter.left.text = (
        f"{register.revision or ''} {register.generated_date}".strip().replace("&", "&&")
    )
    sheet.oddFooter.right.text = "&P / &N"


def write_table(workbook: Any, table: Table, register: Register, words: Words) -> Any:
    """One sheet: styled and frozen header, autofilter, widths, wrapped text, print setup.

    The workbook's named styles must be registered first (`_named_styles`)."""
    from openpyxl.utils import get_column_letter

    short = words.headings.get(f"sheet_{table.key}", table.title)
    sheet = workbook.create_sheet(_sheet_name(short))
    widths = column_widths(table)
    _header(sheet, [column.heading for column in table.columns], widths)
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    dates = {i for i, column in enumerate(table.columns, 1) if column.key in DATE_COLUMNS}
    for row_index, row in enumerate(table.rows, 2):
        style = BANDED_STYLE if row_index % 2 else CELL_STYLE
        for column_index, value in enumerate(row, 1):
            if column_index in dates and _ISO_DATE.fullmatch(value):
                put_date(sheet, row_index, column_index, value, style)
            else:
                put(sheet, row_index, column_index, value, style)
        sheet.row_dimensions[row_index].height = row_height(list(row), widths)
    last = get_column_letter(len(table.columns))
    sheet.freeze_panes = FREEZE.get(table.key, "B2")
    sheet.auto_filter.ref = f"A1:{last}{max(len(table.rows) + 1, 2)}"
    _print_setup(sheet, f"{table.title} ({table.reference})", register, words, widths)
    return sheet


def put_date(sheet: Any, row: int, column: int, value: str, style: str) -> Any:
    """An ISO date as a date cell, shown as YYYY-MM-DD."""
    cell = sheet.cell(row=row, column=column)
    cell.value = date.fromisoformat(value)
    cell.style = style
    cell.number_format = "yyyy-mm-dd"
    return cell


def _organisation_sheet(workbook: Any, register: Register, words: Words) -> None:
    from openpyxl.styles import Alignment

    sheet = workbook.active
    sheet.title = _sheet_name(words["organisation"])
    widths = [34.0, 100.0]
    _header(sheet, [words["field"], words["value"]], widths)
    sheet.column_dimensions["A"].width = widths[0]
    sheet.column_dimensions["B"].width = widths[1]
    count = words["activity_count"]
    for row, (label, value) in enumerate(organisation_rows(register, words), 2):
        put(sheet, row, 1, label, LABEL_STYLE)
        if label == count and value.isdigit():
            cell = sheet.cell(row=row, column=2, value=int(value))
            cell.style = CELL_STYLE
            # a number under the texts above and below it, not at the far right
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        else:
            put(sheet, row, 2, value, CELL_STYLE)
        sheet.row_dimensions[row].height = row_height([label, value], widths, frozenset({0}))
    sheet.freeze_panes = "A2"
    _print_setup(sheet, words["title"], register, words, widths)


def _properties(workbook: Any, register: Register, words: Words) -> None:
    from openpyxl.packaging.custom import StringProperty

    generated = datetime.fromisoformat(register.generated).replace(tzinfo=None)
    props = workbook.properties
    props.title = cell_text(f"{words['title']}{words.colon}{register.organization.name}")
    props.subject = words["subtitle"]
    props.creator = cell_text(register.organization.name)
    props.lastModifiedBy = register.generator
    props.created = props.modified = generated
    props.keywords = "GDPR; Art. 30; ROPA"
    props.language = register.language
    revision = register.revision or words["not_in_git"]
    props.description = f"{words['revision']}{words.colon}{revision}"
    props.version = register.revision or ""
    workbook.custom_doc_props.append(
        StringProperty(name="Registry revision", value=register.revision or "")
    )
    workbook.custom_doc_props.append(StringProperty(name="Generated", value=register.generated))


def write(register: Register, target: Path, step: Step = no_progress) -> None:
    """Write the workbook to `target`, which the caller has opened atomically."""
    from openpyxl import Workbook

    words = Words(register.language, register.organization.jurisdiction)
    workbook = Workbook()
    _named_styles(workbook)
    _organisation_sheet(workbook, register, words)
    # a client's register (--client) holds processor activities only
    if register.controller_activities or not register.processor_activities:
        write_table(workbook, controller_table(register, words, step), register, words)
    if register.processor_activities:
        write_table(workbook, processor_table(register, words, step), register, words)
    for table in annex_tables(register, words):
        write_table(workbook, table, register, words)
    history = revision_history_table(register)
    if history is not None:
        sheet = write_table(workbook, history, register, words)
        sheet.freeze_panes = "A2"
    # ids and codes for `ropa import`, on a hidden sheet that people never need to see
    from ropa.register.xlsx_data import write_data_sheet

    write_data_sheet(workbook, register, put)
    _properties(workbook, register, words)
    workbook.save(target)
