"""`ropa import`: an existing spreadsheet register brought in as a registry folder.

Layouts: `ropa` (our own xlsx export, read back from its hidden data sheet), `ico` (the
ICO controller template, a shipped column mapping), `columns` (any one-row-per-activity
sheet described by a mapping file). `auto` tries them in that order.

The package is pure apart from reading the workbooks: `read` returns a `Draft` (the
registry and the notes on what was guessed or left out), `ropa.importer.write` writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ropa.importer.draft import Draft
from ropa.importer.mapping import Mapping, MappingError
from ropa.importer.workbook import Opened, WorkbookError, open_workbook

LAYOUTS = ("auto", "ropa", "ico", "columns")


class ImportError_(Exception):
    """An import that cannot be done: the message names the file and what to change."""


@dataclass(frozen=True)
class Request:
    files: tuple[Path, ...]
    layout: str = "auto"
    map_path: Path | None = None
    lang: str | None = None


def read(request: Request) -> Draft:
    """Every workbook of the request read into one draft registry, or `ImportError_`."""
    if request.layout not in LAYOUTS:
        raise ImportError_(f"--layout {request.layout}: use one of {', '.join(LAYOUTS)}")
    if request.layout == "columns" and request.map_path is None:
        raise ImportError_(
            "--layout columns needs --map MAP.toml (see the shipped ico.toml for the format)"
        )
    mapping = _mapping(request)
    opened: list[Opened] = []
    for path in request.files:
        try:
            opened.append(open_workbook(path))
        except WorkbookError as problem:
            raise ImportError_(str(problem)) from None
    from ropa.importer import ropa_layout

    layouts = [_layout_of(book, request.layout, mapping) for book in opened]
    if len(set(layouts)) > 1:
        raise ImportError_("the workbooks are in different layouts; import them one at a time")
    layout = layouts[0]
    if layout == "ropa":
        try:
            draft = ropa_layout.read(opened, request.lang)
        except ropa_layout.DataSheetError as problem:
            raise ImportError_(str(problem)) from None
    else:
        assert mapping is not None
        draft = _read_columns(opened, mapping, request.lang)
    for book in opened:
        _workbook_notes(draft, book)
    return draft


def _mapping(request: Request) -> Mapping | None:
    from ropa.importer import mapping

    try:
        if request.map_path is not None:
            return mapping.load(request.map_path)
        if request.layout in ("auto", "ico"):
            return mapping.shipped("ico")
    except MappingError as problem:
        raise ImportError_(str(problem)) from None
    return None


def _layout_of(book: Opened, asked: str, mapping: Mapping | None) -> str:
    from ropa.importer import ropa_layout
    from ropa.importer.columns import find_header

    if asked in ("auto", "ropa") and ropa_layout.is_ropa(book.book):
        return "ropa"
    if asked == "ropa":
        raise ImportError_(
            f"{book.path}: is not a workbook exported by ropa (no ropa data sheet); "
            "try --layout ico, or --layout columns --map MAP.toml"
        )
    assert mapping is not None
    if find_header(book.book, mapping) is None:
        where = "ropa's export, " if asked == "auto" else ""
        raise ImportError_(
            f"{book.path}: no register layout found: no sheet has a header row matching "
            f"{where}the {mapping.title} (at least {mapping.min_columns} of its column titles); "
            "describe your columns in a mapping file and use --layout columns --map MAP.toml"
        )
    return "columns"


def _read_columns(opened: list[Opened], mapping: Mapping, lang: str | None) -> Draft:
    from ropa.importer.columns import RowReader, find_header

    draft = Draft(source=", ".join(str(o.path.name) for o in opened), layout=mapping.title)
    for index, book in enumerate(opened):
        found = find_header(book.book, mapping)
        assert found is not None
        grid, header = found
        reader = RowReader(draft, grid, header, mapping)
        if index == 0:
            reader.read_block()
        reader.read_rows()
    draft.organization["languages"] = [lang or "en"]
    if not draft.activities:
        raise ImportError_(
            f"{opened[0].path}: the header row was found ({grid.title}, row {header.row}) "
            "but no activity is filled in under it"
        )
    return draft


def _workbook_notes(draft: Draft, book: Opened) -> None:
    name = book.path.name
    if book.formulas:
        shown = ", ".join(book.formulas[:20]) + (", …" if len(book.formulas) > 20 else "")
        draft.note(
            "info",
            name,
            shown,
            (
                "1 cell holds a formula: the value the spreadsheet program last saved was read"
                if len(book.formulas) == 1
                else f"{len(book.formulas)} cells hold formulas: the values the spreadsheet "
                "program last saved were read"
            )
            + "; no formula was evaluated",
        )
    if book.macros:
        draft.note("info", name, "vbaProject.bin", "the workbook holds macros: ignored, never run")
    if book.external_links:
        draft.note(
            "info",
            name,
            f"{book.external_links} external links",
            "links to other workbooks: ignored, nothing was fetched",
        )


__all__ = ["LAYOUTS", "Draft", "ImportError_", "Request", "read"]
