"""Opening an untrusted workbook: bounded checks first, then openpyxl.

A workbook is a zip of XML parts. Before openpyxl parses anything, the file's size, each
part's declared uncompressed size (a zip bomb declares little and inflates a lot, so the
inflated bytes are counted too, with a cap) and the number of rows in each sheet are checked
against fixed bounds. Formulas are read as the values the spreadsheet program cached, never
evaluated; external links and macros are not loaded.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024
MAX_PART_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # inflated / compressed for any large part
MAX_ROWS = 100_000
MAX_PARTS = 10_000
_CHUNK = 1 << 20
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


class WorkbookError(Exception):
    """Why a file cannot be imported: the message names the file and what to do."""


@dataclass
class Opened:
    path: Path
    book: Any  # openpyxl Workbook, values only
    formulas: list[str] = field(default_factory=list)  # "Sheet!B4" of each formula cell
    macros: bool = False
    external_links: int = 0


def _scan(path: Path, archive: zipfile.ZipFile) -> tuple[bool, bool, int]:
    """Inflate every part once, bounded: (has formulas, has macros, external links)."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise WorkbookError(
            f"{path}: the workbook has {len(infos)} parts; refusing more than {MAX_PARTS}"
        )
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookError(
            f"{path}: the workbook would unpack to {declared // (1024 * 1024)} MB; "
            f"refusing more than {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB (a zip bomb?)"
        )
    formulas = macros = False
    links = 0
    total = 0
    for info in infos:
        name = info.filename
        if name.endswith("vbaProject.bin"):
            macros = True
        if name.startswith("xl/externalLinks/") and name.endswith(".xml"):
            links += 1
        is_sheet = name.startswith("xl/worksheets/") and name.endswith(".xml")
        rows = 0
        inflated = 0
        tail = b""
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                inflated += len(chunk)
                total += len(chunk)
                if inflated > MAX_PART_BYTES or total > MAX_UNCOMPRESSED_BYTES:
                    raise WorkbookError(
                        f"{path}: the part {name} unpacks to more than "
                        f"{min(MAX_PART_BYTES, MAX_UNCOMPRESSED_BYTES) // (1024 * 1024)} MB "
                        "(a zip bomb?); refusing it"
                    )
                if inflated > 10 * _CHUNK and inflated > MAX_RATIO * max(info.compress_size, 1):
                    raise WorkbookError(
                        f"{path}: the part {name} inflates more than {MAX_RATIO} times "
                        "(a zip bomb?); refusing it"
                    )
                if is_sheet:
                    window = tail + chunk
                    rows += len(_ROW.findall(window)) - len(_ROW.findall(tail))
                    if not formulas and _FORMULA.search(window):
                        formulas = True
                    tail = window[-16:]
                    if rows > MAX_ROWS:
                        raise WorkbookError(
                            f"{path}: the sheet {name} has more than {MAX_ROWS:,} rows; "
                            "a register that long cannot be imported, split it"
                        )
    return formulas, macros, links


def open_workbook(path: Path) -> Opened:
    """The workbook's values, or a `WorkbookError` that says why not."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WorkbookError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    if path.is_dir():
        raise WorkbookError(f"{path}: is a folder, not a workbook")
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            f"{path}: the file is {size // (1024 * 1024)} MB; refusing workbooks over "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise WorkbookError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise WorkbookError(
            f"{path}: is an Excel 97-2003 (.xls) file or encrypted; save it as .xlsx and import that"
        )
    if not head.startswith(b"PK"):
        raise WorkbookError(f"{path}: is not an .xlsx workbook (not a zip file); save it as .xlsx")
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                raise WorkbookError(
                    f"{path}: is a zip file but not an .xlsx workbook (no xl/workbook.xml)"
                )
            formulas, macros, links = _scan(path, archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise WorkbookError(f"{path}: is not a readable .xlsx workbook: {exc}") from None
    except OSError as exc:
        raise WorkbookError(f"{path}: cannot read it: {exc.strerror or exc}") from None
    book = _load(path, data_only=True)
    opened = Opened(path, book, macros=macros, external_links=links)
    if formulas:
        opened.formulas = _formula_cells(path)
    return opened


def _load(path: Path, data_only: bool) -> Any:
    import warnings

    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops
            return load_workbook(path, data_only=data_only, keep_vba=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on malformed XML
        raise WorkbookError(
            f"{path}: is not a readable .xlsx workbook: {type(exc).__name__}: {exc}"
        ) from None


def _formula_cells(path: Path) -> list[str]:
    book = _load(path, data_only=False)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    found.append(f"{sheet.title}!{cell.coordinate}")
    return found
