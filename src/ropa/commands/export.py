"""`ropa export [xlsx|pdf|json|notice] [PATH]`: the register for regulators, and notices.

Without a format, every format (and every notice) is written into `reports/`. A registry
with validation errors is never exported: its errors are shown instead and the exit code
is 1. Every file is written to a temporary file first and renamed into place.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Annotated

import typer

FORMATS = ("xlsx", "pdf", "json", "notice", "all")
DEFAULT_OUTPUT = "reports"


def export(
    what: Annotated[
        str | None,
        typer.Argument(
            help="xlsx, pdf, json or notice; leave out to write everything into reports/.",
            show_default=False,
        ),
    ] = None,
    path: Annotated[str | None, typer.Argument(help="Registry folder or file.")] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Output file or folder.")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language of texts and headings.")
    ] = None,
    notice: Annotated[
        str | None, typer.Option("--notice", help="Only this notice (export notice).")
    ] = None,
    notice_format: Annotated[
        str | None,
        typer.Option("--format", help="Notice format: md, html, docx or txt (export notice)."),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Write nothing; exit 1 when the notice files differ from the registry.",
        ),
    ] = False,
    fragment: Annotated[
        bool, typer.Option("--fragment", help="HTML without page wrapper, for a CMS.")
    ] = False,
) -> None:
    """Export the register (Art. 30) or the privacy notices (Arts. 13 and 14)."""
    from ropa.cli import DEFAULT_REGISTRY

    if what is not None and what not in FORMATS:
        if path is None:
            what, path = None, what
        else:
            sys.stderr.write(f"ropa: unknown export '{what}': use {', '.join(FORMATS[:4])}\n")
            raise typer.Exit(2)
    registry_path = path or DEFAULT_REGISTRY
    options = ExportOptions(
        output=output,
        lang=lang,
        notice=notice,
        notice_format=notice_format,
        check=check,
        fragment=fragment,
    )
    try:
        code = run(what or "all", registry_path, options)
    except KeyboardInterrupt:
        sys.stderr.write("ropa: interrupted; earlier outputs are untouched\n")
        code = 130
    except OSError as exc:
        # A full disk, a read-only folder: the file being written was a temporary one.
        where = f" {exc.filename}" if exc.filename else ""
        sys.stderr.write(
            f"ropa: cannot write{where}: {exc.strerror or exc}; earlier outputs are untouched\n"
        )
        code = 1
    raise typer.Exit(code)


@dataclass(frozen=True)
class ExportOptions:
    """What the user asked for, passed down unchanged to the exporter commands."""

    output: str | None
    lang: str | None
    notice: str | None
    notice_format: str | None
    check: bool
    fragment: bool


def run(what: str, registry_path: str, options: ExportOptions) -> int:
    if what == "notice":
        from ropa.commands import export_notice

        return export_notice.run(registry_path, options)
    from ropa.commands import export_register

    if what in ("xlsx", "pdf", "json"):
        return export_register.run(what, registry_path, options)
    return export_register.run_all(registry_path, options)
