"""`ropa history`: every commit that changed the registry, newest first, with its changes.

Exit codes: 0 listed; 2 usage, not a git repository, or git unusable.
"""

from __future__ import annotations

import sys
from datetime import date

from ropa.history.report import FORMATS


def _err(message: str) -> None:
    sys.stderr.write(f"ropa: {message}\n")


def run(path: str, output_format: str, since: str | None) -> int:
    from ropa.history import report
    from ropa.history.log import walk
    from ropa.history.revision import RevisionProblem, Versions

    if output_format not in FORMATS:
        _err(f"unknown format '{output_format}': use {', '.join(FORMATS)}")
        return 2
    if since is not None:
        try:
            since = date.fromisoformat(since).isoformat()
        except ValueError:
            _err(f"--since {since}: give a date as YYYY-MM-DD, such as 2026-01-31")
            return 2
    try:
        history = walk(Versions(path, rules=False), since=since)
    except RevisionProblem as problem:
        _err(str(problem))
        return 2
    if output_format == "json":
        sys.stdout.write(report.as_json(report.history_data(history)))
    elif output_format == "md":
        sys.stdout.write(report.history_md(history))
    else:
        sys.stdout.write(report.history_text(history))
    if history.partial:
        _err("history is partial: this is a shallow clone (git fetch --unshallow)")
    return 0
