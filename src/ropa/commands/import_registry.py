"""`ropa import FILE...`: a spreadsheet register brought in as a registry folder.

Exit 0 when the folder was written (the findings of `ropa validate` on it follow, as the
next step), 2 when nothing could be imported: a file that is not a workbook, cannot be read
or holds no register layout, a refused output folder, or a bad mapping file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ropa.importer import ImportError_, Request, read
from ropa.importer.write import REPORT_FILE, files, holds_yaml, write_folder

DEFAULT_OUTPUT = "registry"


def _err(message: str) -> None:
    sys.stderr.write(f"ropa: {message}\n")


def run(
    paths: list[str],
    output: str | None,
    layout: str,
    map_path: str | None,
    lang: str | None,
    force: bool,
) -> int:
    target = Path(output or DEFAULT_OUTPUT)
    if target.exists() and not target.is_dir():
        _err(f"{target} is a file, not a folder: choose another -o")
        return 2
    if holds_yaml(target) and not force:
        _err(f"{target} already holds YAML files: choose another -o, or --force to replace them")
        return 2
    if lang is not None and not (len(lang) == 2 and lang.isalpha() and lang.islower()):
        _err(f"--lang {lang}: give an ISO 639-1 code such as en or fr")
        return 2
    request = Request(
        files=tuple(Path(p) for p in paths),
        layout=layout,
        map_path=Path(map_path) if map_path else None,
        lang=lang,
    )
    try:
        draft = read(request)
    except ImportError_ as problem:
        _err(str(problem))
        return 2
    try:
        write_folder(target, files(draft))
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        _err(f"cannot write{where}: {exc.strerror or exc}; nothing was imported")
        return 2
    counts = draft.counts()
    sys.stdout.write(
        f"wrote {target}/: {counts['activities']} activities, {counts['recipients']} recipients, "
        + (
            f"{counts['notices']} notice{'' if counts['notices'] == 1 else 's'}, "
            if counts["notices"]
            else ""
        )
        + f"{counts['guesses']} {'guess' if counts['guesses'] == 1 else 'guesses'} to check, "
        f"{counts['unmapped']} {'cell' if counts['unmapped'] == 1 else 'cells'} not imported "
        f"(see {target / REPORT_FILE})\n"
    )
    _next_step(target)
    return 0


def _next_step(target: Path) -> None:
    """What `ropa validate` says of the imported folder: the list of things to finish."""
    from ropa.reporters import text
    from ropa.validate import validate

    result = validate(str(target), use_cache=False)
    if result.problem is not None:
        sys.stdout.write(f"next: ropa validate {target}: {result.problem}\n")
        return
    if not result.findings:
        sys.stdout.write(f"next: ropa validate {target} finds nothing to fix\n")
        return
    sys.stdout.write(f"next: fix what `ropa validate {target}` finds:\n")
    sys.stdout.write(text.render(result))
