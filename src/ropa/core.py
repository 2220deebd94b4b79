"""The steps every command shares: load and validate a registry, and refuse with findings.

Commands call these and print what they return; nothing here reads command-line options
or reaches up to the CLI.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ropa.record import MissingTranslation, Record
    from ropa.validate import Validation

# Findings that mean the input could not be read at all: a usage-level failure (exit 2).
UNREADABLE = {"ROPA002"}


def err(message: str) -> None:
    """One line on stderr, prefixed like every message of ours."""
    sys.stderr.write(f"ropa: {message}\n")


def refuse(missing: MissingTranslation, what: str) -> int:
    """Print every missing translation (file:line:col first) and say nothing was written."""
    sys.stderr.write("".join(f"{line}\n" for line in missing.lines()))
    err(f"{what}, so nothing was written")
    return 1


def exit_code(result: Validation, strict: bool) -> int:
    """0 clean (warnings allowed unless strict), 1 findings at error level, 2 unreadable."""
    if any(f.rule in UNREADABLE for f in result.findings):
        return 2
    if result.errors or (strict and result.warnings):
        return 1
    return 0


def load_valid(registry_path: str, lang: str | None) -> tuple[Record, str] | int:
    """The resolved record of a valid registry and the language to export in, or the exit
    code to stop with (the reason already printed: configuration problems, findings, an
    unknown language)."""
    from ropa.catalog import all_rules
    from ropa.config import load_config
    from ropa.record import build_record
    from ropa.reporters import text
    from ropa.validate import validate

    if not Path(registry_path).exists():
        err(f"registry not found: {registry_path}")
        return 2
    config, problems = load_config(registry_path, set(all_rules()))
    if problems:
        sys.stderr.write("".join(text.line(problem) + "\n" for problem in problems))
        return 2
    # The per-file cache skips parsing and schema-checking unchanged files; the model is
    # still built (the export needs it) and the rules still run, so the verdict is the same.
    # Languages are left to the outputs: each refuses, with the same ROPA030 findings, the
    # texts it lacks in the languages it writes (so `--lang en` works while French is
    # still being translated).
    result = validate(registry_path, config=config, use_cache=True, languages=False)
    if result.problem is not None:
        err(result.problem)
        return 2
    code = exit_code(result, strict=False)
    if code or result.registry is None:
        sys.stderr.write(text.render(result))
        err("the registry has errors, so nothing was exported")
        return code or 1
    record = build_record(result.registry)
    chosen = lang or record.default_language
    if chosen not in record.languages:
        err(f"--lang {chosen}: the registry's languages are {', '.join(record.languages)}")
        return 2
    from ropa.i18n.catalog import catalog_languages

    if chosen not in catalog_languages():
        err(
            f"--lang {chosen}: ropa has no '{chosen}' catalog for its own words; available: "
            f"{', '.join(catalog_languages())} (add ropa/locale/{chosen}/LC_MESSAGES/ropa.po)"
        )
        return 2
    return record, chosen
