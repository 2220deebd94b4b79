"""The `ropa` command line: parse options, call the core, pick a reporter, return an exit code.

Exit codes: 0 clean (warnings allowed), 1 findings at error level (warnings too with
--strict) or a failed export, 2 usage, configuration or unreadable input, 130 interrupted.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ropa import __version__

DEFAULT_REGISTRY = "registry"

app = typer.Typer(
    name="ropa",
    help="Records of processing activities (GDPR Art. 30) as code: validate the registry, "
    "export the register, generate privacy notices.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ropa {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """ropa keeps the Record of Processing Activities as YAML in git."""


def _err(message: str) -> None:
    sys.stderr.write(f"ropa: {message}\n")


@app.command()
def validate(
    path: Annotated[str, typer.Argument(help="Registry folder or file.")] = DEFAULT_REGISTRY,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="[text|json|github|sarif]", help="How to report findings."
        ),
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too.")] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Parse every file again, ignoring the cache.")
    ] = False,
) -> None:
    """Check the registry: YAML, JSON Schema, references and GDPR rules."""
    from ropa.commands.validate import run

    raise typer.Exit(run(path, output_format, strict, use_cache=not no_cache))


@app.command()
def schema() -> None:
    """Print the JSON Schema that every registry file follows."""
    from ropa.schema import schema_text

    sys.stdout.write(schema_text())


@app.command()
def init(
    directory: Annotated[str, typer.Argument(help="Folder for the new registry.")] = "registry",
) -> None:
    """Write a small, valid, commented starter registry to edit."""
    from ropa.commands.init import run

    raise typer.Exit(run(directory))


@app.command()
def rules(
    rule_id: Annotated[str | None, typer.Argument(help="A rule id, such as ROPA112.")] = None,
) -> None:
    """List every rule, or print one rule's documentation."""
    from ropa.commands.rules import run

    raise typer.Exit(run(rule_id))


@app.command()
def diff(
    path: Annotated[str, typer.Argument(help="Registry folder or file.")] = DEFAULT_REGISTRY,
    before: Annotated[
        str | None,
        typer.Option("--from", help="Git revision or folder to compare from (default HEAD)."),
    ] = None,
    after: Annotated[
        str | None,
        typer.Option("--to", help="Git revision or folder to compare to (default: the files)."),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text, json or md.")
    ] = "text",
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Exit 1 when a notice's text changed but its last_updated did not."
        ),
    ] = False,
) -> None:
    """Show what changed in meaning between two versions, and what it obliges you to do."""
    from ropa.commands.diff import run

    raise typer.Exit(run(path, before, after, output_format, check))


@app.command()
def history(
    path: Annotated[str, typer.Argument(help="Registry folder or file.")] = DEFAULT_REGISTRY,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="text, json or md.")
    ] = "text",
    since: Annotated[
        str | None, typer.Option("--since", help="Only commits on or after this date (YYYY-MM-DD).")
    ] = None,
) -> None:
    """List the commits that changed the registry, newest first, with their changes."""
    from ropa.commands.history import run

    raise typer.Exit(run(path, output_format, since))


@app.command(name="export")
def export(
    what: Annotated[
        str | None,
        typer.Argument(
            metavar="[xlsx|pdf|json|notice|subprocessors]",
            help="What to write; leave out to write everything into reports/: the "
            "register as xlsx, pdf and json, the notices (md and html) and, for an "
            "organisation that processes data for clients, its sub-processor list (html).",
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
        typer.Option(
            "--format",
            metavar="[md|html|docx|txt|pdf|json|atom]",
            help="Notice format (export notice: md|html|docx|txt|pdf, md and html when left "
            "out); list format (export subprocessors: html|md|json|atom, html when left out).",
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="Write nothing; exit 1 when the notice files differ from the registry "
            "(export notice).",
        ),
    ] = False,
    fragment: Annotated[
        bool,
        typer.Option(
            "--fragment", help="HTML without page wrapper, for a CMS (export notice --format html)."
        ),
    ] = False,
    layout: Annotated[
        str | None,
        typer.Option(
            "--layout",
            metavar="[ropa|ico]",
            help="Workbook layout (export xlsx): ropa, or the ICO template's columns to edit "
            "and import back.",
        ),
    ] = None,
    client: Annotated[
        str | None,
        typer.Option(
            "--client",
            help="Only this client: its Art. 30(2) register (export pdf|xlsx), or what its "
            "data goes through (export subprocessors).",
        ),
    ] = None,
) -> None:
    """Export the register (Art. 30) or the privacy notices (Arts. 13 and 14)."""
    from ropa.commands.export import run
    from ropa.outputs import Export, Given, UsageError, options_for, parse_export

    try:
        if what is None:
            chosen = Export.ALL
        elif what in {e.value for e in Export} - {Export.ALL.value}:
            chosen = Export(what)
        elif path is None:
            # `ropa export FOLDER`: the one argument is the registry
            chosen, path = Export.ALL, what
        else:
            chosen = parse_export(what)
        options = options_for(
            chosen,
            Given(output, lang, notice, notice_format, check, fragment, layout, client),
        )
    except UsageError as problem:
        _err(str(problem))
        raise typer.Exit(2) from None
    try:
        code = run(path or DEFAULT_REGISTRY, options)
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


@app.command(name="import")
def import_(
    files: Annotated[list[str], typer.Argument(help="Workbooks (.xlsx) to import.")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Registry folder to write.")
    ] = None,
    layout: Annotated[
        str,
        typer.Option("--layout", help="auto, ropa (our own export), ico or columns (with --map)."),
    ] = "auto",
    map_path: Annotated[
        str | None, typer.Option("--map", help="Column mapping (TOML) for --layout columns.")
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="Language of the sheet's texts (default en); with ropa's own workbooks, "
            "the language to take (default: every workbook given, merged).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the YAML files of an existing folder.")
    ] = False,
) -> None:
    """Import a spreadsheet register (ropa, ICO template, any columns) as a registry."""
    from ropa.commands.import_registry import run

    raise typer.Exit(run(files, output, layout, map_path, lang, force))


def _whole_summaries() -> None:
    """Each command's summary in `ropa --help` is its docstring's first paragraph, whole:
    left to click, it is cut at the first full stop ("Export the register (Art.") or at
    45 characters mid-phrase."""
    for info in app.registered_commands:
        if info.short_help is None and info.callback is not None and info.callback.__doc__:
            info.short_help = " ".join(info.callback.__doc__.strip().split("\n\n")[0].split())


def main(argv: list[str] | None = None) -> int:
    """Run the CLI in-process and return its exit code (never raises SystemExit)."""
    _whole_summaries()
    try:
        app(args=argv, prog_name="ropa")
    except SystemExit as exit_:
        code = exit_.code
        if code is None:
            return 0
        return code if isinstance(code, int) else 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    return 0
