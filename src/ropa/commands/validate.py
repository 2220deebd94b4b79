"""`ropa validate`: report findings in the chosen format and exit 0, 1 or 2."""

from __future__ import annotations

import gc
import sys

from ropa.core import exit_code
from ropa.findings import Finding, Severity
from ropa.reporters import Format, reporter
from ropa.validate import Validation, validate, validate_cached


def _styled(finding: Finding) -> str:
    from rich.markup import escape

    colour = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}[
        finding.severity
    ]
    return (
        f"[bold]{escape(str(finding.location))}[/bold]: "
        f"[{colour}]{finding.severity.value}[/{colour}][dim]\\[{finding.rule}][/dim] "
        f"{escape(finding.message)}"
    )


def _print_text(result: Validation) -> None:
    from ropa.reporters import text

    if not sys.stdout.isatty():
        sys.stdout.write(text.render(result))
        return
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    for finding in result.findings:
        console.print(_styled(finding))
    style = "red" if result.errors else "yellow" if result.warnings else "green"
    console.print(f"[{style}]{text.summary(result)}[/{style}]")


def run(path: str, output_format: str, strict: bool, use_cache: bool = True) -> int:
    from ropa.catalog import all_rules
    from ropa.config import load_config

    try:
        chosen = Format(output_format)
    except ValueError:
        sys.stderr.write(
            f"ropa: unknown format '{output_format}': use text, json, github or sarif\n"
        )
        return 2
    config, problems = load_config(path, lambda: set(all_rules()))
    if problems:
        from ropa.reporters.text import line

        for problem in problems:
            sys.stderr.write(line(problem) + "\n")
        return 2
    # The run builds many small, acyclic objects and then exits: the cycle collector would
    # only rescan them (a fifth of a cold run on a large registry).
    gc.disable()
    try:
        result = validate_cached(path, config) if use_cache else validate(path, config=config)
    finally:
        gc.enable()
    if result.problem is not None:
        sys.stderr.write(f"ropa: {result.problem}\n")
        return 2
    if chosen is Format.TEXT:
        _print_text(result)
    else:
        sys.stdout.write(reporter(chosen)(result))
    return exit_code(result, strict)
