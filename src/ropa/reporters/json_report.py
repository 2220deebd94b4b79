"""The JSON report: a stable interface for other tools (documented in the README)."""

from __future__ import annotations

import json

from ropa.validate import Validation


def render(result: Validation) -> str:
    document = {
        "errors": result.errors,
        "warnings": result.warnings,
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity.value,
                "message": f.message,
                "file": f.location.file,
                "line": f.location.line,
                "column": f.location.column,
            }
            for f in result.findings
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
