"""`ropa rules`: list every rule, or print one rule's documentation."""

from __future__ import annotations

import sys

from ropa.catalog import all_rules


def run(rule_id: str | None) -> int:
    rules = all_rules()
    if rule_id is None:
        width = max(len(info.name) for info in rules.values())
        for info in rules.values():
            sys.stdout.write(
                f"{info.id}  {info.severity.value:<7}  {info.name:<{width}}  {info.summary}\n"
            )
        return 0
    found = rules.get(rule_id.upper())
    if found is None:
        sys.stderr.write(f"ropa: unknown rule '{rule_id}': 'ropa rules' lists them\n")
        return 2
    info = found
    article = f"\nGDPR: {info.article}" if info.article else ""
    sys.stdout.write(
        f"{info.id} {info.name} (default severity: {info.severity.value}){article}\n\n"
        f"{info.summary}\n\n{info.doc.strip()}\n"
    )
    return 0
