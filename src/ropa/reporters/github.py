"""GitHub Actions workflow commands, so findings show as annotations on the diff."""

from __future__ import annotations

from ropa.findings import Finding, Severity
from ropa.validate import Validation

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(finding: Finding) -> str:
    loc = finding.location
    props = [f"file={_escape_property(loc.file)}"]
    if loc.line:
        props += [f"line={loc.line}", f"col={loc.column}"]
    props.append(f"title={finding.rule}")
    message = _escape_data(f"[{finding.rule}] {finding.message}")
    return f"::{_COMMAND[finding.severity]} {','.join(props)}::{message}"


def render(result: Validation) -> str:
    return "".join(line(finding) + "\n" for finding in result.findings)
