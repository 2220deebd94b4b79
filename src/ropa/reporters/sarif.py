"""SARIF 2.1.0, as GitHub code scanning accepts it."""

from __future__ import annotations

import json
from typing import Any

from ropa import __version__
from ropa.catalog import all_rules
from ropa.findings import Severity
from ropa.validate import Validation

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"


def render(result: Validation) -> str:
    rules = all_rules()
    rule_ids = list(rules)
    driver_rules: list[dict[str, Any]] = [
        {
            "id": info.id,
            "name": info.name,
            "shortDescription": {"text": info.summary},
            "fullDescription": {"text": info.doc},
            "defaultConfiguration": {"level": _LEVEL[info.severity]},
            "help": {"text": info.doc},
            "properties": {"tags": ["gdpr"] + ([info.article] if info.article else [])},
        }
        for info in rules.values()
    ]
    results: list[dict[str, Any]] = []
    for finding in result.findings:
        region: dict[str, int] = {}
        if finding.location.line:
            region = {"startLine": finding.location.line, "startColumn": finding.location.column}
        physical: dict[str, Any] = {
            "artifactLocation": {"uri": finding.location.file.replace("\\", "/")}
        }
        if region:
            physical["region"] = region
        entry: dict[str, Any] = {
            "ruleId": finding.rule,
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": physical}],
        }
        if finding.rule in rules:
            entry["ruleIndex"] = rule_ids.index(finding.rule)
        results.append(entry)
    document = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ropa",
                        "version": __version__,
                        "informationUri": "https://github.com/ropa-dev/ropa",
                        "rules": driver_rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
