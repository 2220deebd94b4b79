"""`ropa diff`: what changed in meaning between two versions of the registry, and what
that obliges the organisation to do; with `--check`, whether every notice whose text
changed has a new `last_updated`.

Exit codes: 0 compared (or checked clean); 1 a version does not validate, or `--check`
found a notice with a new text under an old date; 2 usage, not a repository, unknown
revision.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ropa.history.report import FORMATS

if TYPE_CHECKING:
    from ropa.history.revision import Version


def _err(message: str) -> None:
    sys.stderr.write(f"ropa: {message}\n")


def run(
    path: str, before_spec: str | None, after_spec: str | None, output_format: str, check: bool
) -> int:
    from ropa.history.revision import RevisionProblem, Versions

    if output_format not in FORMATS:
        _err(f"unknown format '{output_format}': use {', '.join(FORMATS)}")
        return 2
    versions = Versions(path)
    try:
        before = versions.read("HEAD" if before_spec is None else before_spec, "--from")
        after = versions.read(after_spec, "--to")
    except RevisionProblem as problem:
        _err(str(problem))
        return 2
    for version in (before, after):
        if version.errors:
            _invalid(version)
            return 1
    if check:
        return _check(before, after)
    from ropa.history import report
    from ropa.history.diff import diff

    result = diff(before.record, after.record, before.label, after.label)
    if output_format == "json":
        sys.stdout.write(report.as_json(report.diff_data(result)))
    elif output_format == "md":
        sys.stdout.write(report.diff_md(result))
    else:
        sys.stdout.write(report.diff_text(result))
    return 0


def _invalid(version: Version) -> None:
    from ropa.reporters.text import line

    sys.stderr.write("".join(line(f) + "\n" for f in version.errors))
    _err(
        f"the registry at {version.label} has errors, so it cannot be compared; "
        "fix them there (or compare another version)"
    )


def _check(before: Version, after: Version) -> int:
    from ropa.history.dated import undated_notices

    undated = undated_notices(before.record, after.record)
    if not undated:
        sys.stdout.write(
            f"ok: every notice whose text changed since {before.label} has a new last_updated\n"
        )
        return 0
    sys.stdout.write("".join(item.line() + "\n" for item in undated))
    _err(f"{len(undated)} notice(s) changed their text but not their last_updated date")
    return 1
