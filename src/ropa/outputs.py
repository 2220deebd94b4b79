"""The table of output formats ropa writes, and the options that mean something for each.

`ropa export WHAT` names an `Export`: one register format (xlsx, pdf, json), the notices
(in one or more `NoticeFormat`s), or everything. Each kind of export has its own frozen
options; `options_for` builds them from what was typed and refuses (`UsageError`, exit 2)
an option that means nothing for the chosen output, saying which option and why. Adding
an output is: a member here, its options, a branch in `options_for` and in the export
command's dispatch (`assert_never` points at every place that must learn of it).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import assert_never


class Export(enum.StrEnum):
    """What `ropa export` writes."""

    XLSX = "xlsx"
    PDF = "pdf"
    JSON = "json"
    NOTICE = "notice"
    SUBPROCESSORS = "subprocessors"
    # no WHAT given: every register format in every language, every notice, and a
    # processor's sub-processor list
    ALL = "all"


REGISTER_FORMATS = (Export.XLSX, Export.PDF, Export.JSON)


class NoticeFormat(enum.StrEnum):
    """The formats of a privacy notice (`ropa export notice --format`)."""

    MD = "md"
    HTML = "html"
    DOCX = "docx"
    TXT = "txt"
    PDF = "pdf"


DEFAULT_NOTICE_FORMATS = (NoticeFormat.MD, NoticeFormat.HTML)


class XlsxLayout(enum.StrEnum):
    """How `ropa export xlsx` lays the register out (`--layout`)."""

    ROPA = "ropa"  # every Art. 30 column and the annexes, with the hidden data sheet
    ICO = "ico"  # the controller register in the ICO template's columns, to edit and import


def choices(kind: type[enum.StrEnum], *leave_out: str) -> str:
    """`[a|b|c]`, for --help."""
    return "[" + "|".join(m.value for m in kind if m.value not in leave_out) + "]"


class UsageError(ValueError):
    """An option that means nothing for the chosen output; the message says why."""


@dataclass(frozen=True)
class Given:
    """The export options as typed, before they are checked against the output."""

    output: str | None = None
    lang: str | None = None
    notice: str | None = None
    notice_format: str | None = None
    check: bool = False
    fragment: bool = False
    layout: str | None = None
    client: str | None = None


class ListFormat(enum.StrEnum):
    """The formats of the sub-processor list (`ropa export subprocessors --format`)."""

    HTML = "html"
    MD = "md"
    JSON = "json"
    ATOM = "atom"


@dataclass(frozen=True)
class SubprocessorOptions:
    """`ropa export subprocessors`: the public list, or its Atom feed, for one client or all."""

    output: str | None
    lang: str | None
    format: ListFormat
    client: str | None


@dataclass(frozen=True)
class RegisterOptions:
    """`ropa export xlsx|pdf|json`: one register file in one language."""

    format: Export
    output: str | None
    lang: str | None
    layout: XlsxLayout = XlsxLayout.ROPA
    client: str | None = None  # only the Art. 30(2) register kept for this client


@dataclass(frozen=True)
class NoticeOptions:
    """`ropa export notice`: the notices, or with `check` whether their files are fresh."""

    output: str | None
    lang: str | None
    notice: str | None
    formats: tuple[NoticeFormat, ...]
    check: bool
    fragment: bool


@dataclass(frozen=True)
class AllOptions:
    """`ropa export` alone: every register format, every notice and a processor's
    sub-processor list into one folder."""

    output: str | None
    lang: str | None


Options = RegisterOptions | NoticeOptions | AllOptions | SubprocessorOptions


def parse_export(typed: str) -> Export:
    try:
        return Export(typed)
    except ValueError:
        raise UsageError(
            f"unknown export '{typed}': use {choices(Export, 'all')} "
            "(or leave it out to write everything)"
        ) from None


def _notice_only(given: Given, what: str) -> None:
    """Refuse the notice options for an output that is not a notice."""
    if given.notice is not None:
        raise UsageError(
            f"--notice {given.notice} chooses a notice, but {what} is not a notice: "
            "use `ropa export notice --notice ID`"
        )
    if given.notice_format is not None:
        raise UsageError(
            f"--format {given.notice_format} is a notice format, but {what} is not a notice: "
            "use `ropa export notice --format FORMAT`"
        )
    if given.fragment:
        raise UsageError(
            f"--fragment leaves the page wrapper out of an HTML notice; {what} has none: "
            "use `ropa export notice --format html --fragment`"
        )


_CLIENT_ONLY = (
    "--client writes one client's processor register: use it with "
    "`ropa export pdf` or `ropa export xlsx`"
)


def options_for(what: Export, given: Given) -> Options:
    """The options of `what`, or UsageError naming the option that means nothing for it."""
    match what:
        case Export.XLSX | Export.PDF | Export.JSON:
            name = f"the {what.value} register"
            _notice_only(given, name)
            if given.check:
                raise UsageError(
                    f"--check compares notice files with the registry; {name} carries its "
                    "generation time and revision, so it is never byte-identical: export it "
                    "again instead"
                )
            if given.client is not None and what is Export.JSON:
                raise UsageError(_CLIENT_ONLY)
            return RegisterOptions(
                what, given.output, given.lang, _layout(what, given), given.client
            )
        case Export.NOTICE:
            if given.client is not None:
                raise UsageError(_CLIENT_ONLY)
            _no_layout(given, "a notice")
            return _notice_options(given)
        case Export.SUBPROCESSORS:
            return _list_options(given)
        case Export.ALL:
            _notice_only(given, "everything (no WHAT given)")
            _no_layout(given, "everything (no WHAT given)")
            if given.check:
                raise UsageError(
                    "--check compares notice files: use `ropa export notice --check`; the "
                    "registers carry their generation time and are never byte-identical"
                )
            if given.client is not None:
                raise UsageError(_CLIENT_ONLY)
            return AllOptions(given.output, given.lang)
        case _:
            assert_never(what)


def _list_options(given: Given) -> SubprocessorOptions:
    what = "the sub-processor list"
    if given.notice is not None or given.fragment or given.check:
        raise UsageError(f"--notice, --fragment and --check mean nothing for {what}")
    _no_layout(given, what)
    typed = given.notice_format or ListFormat.HTML.value
    try:
        chosen = ListFormat(typed)
    except ValueError:
        raise UsageError(
            f"--format {typed}: {what} is {', '.join(f.value for f in ListFormat)}"
        ) from None
    return SubprocessorOptions(given.output, given.lang, chosen, given.client)


def _no_layout(given: Given, what: str) -> None:
    if given.layout is not None:
        raise UsageError(
            f"--layout {given.layout} lays out a workbook; {what} is not one: "
            "use `ropa export xlsx --layout ico`"
        )


def _layout(what: Export, given: Given) -> XlsxLayout:
    if given.layout is None:
        return XlsxLayout.ROPA
    if what is not Export.XLSX:
        _no_layout(given, f"the {what.value} register")
    try:
        return XlsxLayout(given.layout)
    except ValueError:
        raise UsageError(
            f"unknown workbook layout '{given.layout}': use {choices(XlsxLayout)}"
        ) from None


def _notice_options(given: Given) -> NoticeOptions:
    try:
        formats = (
            (NoticeFormat(given.notice_format),)
            if given.notice_format is not None
            else DEFAULT_NOTICE_FORMATS
        )
    except ValueError:
        raise UsageError(
            f"unknown notice format '{given.notice_format}': use "
            f"{', '.join(f.value for f in NoticeFormat)}"
        ) from None
    if given.fragment and formats != (NoticeFormat.HTML,):
        shown = " and ".join(f.value for f in formats)
        raise UsageError(
            f"--fragment leaves the page wrapper out of an HTML notice; {shown} has "
            "none: add --format html"
        )
    if given.check and NoticeFormat.PDF in formats:
        raise UsageError(
            "--check compares notice files byte for byte; a PDF notice carries its "
            "creation time, so --check is refused for --format pdf"
        )
    return NoticeOptions(
        given.output, given.lang, given.notice, formats, given.check, given.fragment
    )
