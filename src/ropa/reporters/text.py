"""`path:line:col: error[ROPA012] message`, one line a finding, then a summary line."""

from __future__ import annotations

from ropa.findings import Finding
from ropa.validate import Validation


def line(finding: Finding) -> str:
    return f"{finding.location}: {finding.severity.value}[{finding.rule}] {finding.message}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(result: Validation) -> str:
    infos = len(result.findings) - result.errors - result.warnings
    counts = (
        f"{_plural(result.errors, 'error')}, {_plural(result.warnings, 'warning')}, "
        f"{_plural(infos, 'note')}"
    )
    files = _plural(result.files, "file")
    if not result.findings:
        return f"ok: {files} checked, no problems found"
    if result.rules_skipped:
        return f"{counts} in {files}; GDPR rules run once these errors are fixed"
    return f"{counts} in {files}"


def render(result: Validation) -> str:
    lines = [line(finding) for finding in result.findings]
    lines.append(summary(result))
    return "\n".join(lines) + "\n"
