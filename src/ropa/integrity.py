"""Checks across files that no per-file schema can make: ids, references, languages."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterator
from typing import Any

from ropa.findings import Finding, Location, Severity
from ropa.model import Registry, Text, TextList

# (entry kind, field, referenced kind, human name of the referenced kind)
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("activities", "data_subjects", "data_subjects", "data subject"),
    ("activities", "data_categories", "data_categories", "data category"),
    ("activities", "recipients", "recipients", "recipient"),
    ("activities", "joint_controllers", "recipients", "recipient"),
    ("activities", "on_behalf_of", "clients", "client"),
    ("activities", "security_measures", "security_measures", "security measure"),
    ("notices", "activities", "activities", "activity"),
)

KIND_NAMES = {
    "data_subjects": "data subject",
    "data_categories": "data category",
    "security_measures": "security measure",
    "recipients": "recipient",
    "clients": "client",
    "activities": "activity",
    "notices": "notice",
}


def _suggestion(wanted: str, existing: list[str]) -> str:
    close = difflib.get_close_matches(wanted, existing, n=1, cutoff=0.5)
    return f"; did you mean '{close[0]}'?" if close else ""


def duplicate_ids(registry: Registry) -> Iterator[Finding]:
    for kind, name in KIND_NAMES.items():
        first_seen: dict[str, Any] = {}
        for entry in getattr(registry, kind):
            if not entry.id:
                continue
            first = first_seen.get(entry.id)
            if first is None:
                first_seen[entry.id] = entry
                continue
            here = entry.origin.loc("id")
            there = first.origin.loc("id")
            yield Finding(
                "ROPA020",
                Severity.ERROR,
                f"duplicate {name} id '{entry.id}', also defined at {there}: ids must be unique",
                here,
            )
            yield Finding(
                "ROPA020",
                Severity.ERROR,
                f"duplicate {name} id '{entry.id}', also defined at {here}: ids must be unique",
                there,
            )


def unresolved_references(registry: Registry) -> Iterator[Finding]:
    existing = {kind: registry.ids(kind) for kind in KIND_NAMES}
    known = {kind: set(ids) for kind, ids in existing.items()}
    for kind, field_name, target, target_name in REFERENCES:
        for entry in getattr(registry, kind):
            for index, wanted in enumerate(getattr(entry, field_name)):
                if wanted in known[target]:
                    continue
                yield Finding(
                    "ROPA021",
                    Severity.ERROR,
                    f"unknown {target_name} '{wanted}'{_suggestion(wanted, existing[target])}",
                    entry.origin.loc(field_name, index)
                    if isinstance(entry.origin.source.data, dict)
                    else entry.origin.loc(),
                )
    for activity in registry.activities:
        for index, recipient_id in enumerate(activity.joint_controllers):
            recipient = registry.recipient(recipient_id)
            if recipient is not None and recipient.role != "joint-controller":
                yield Finding(
                    "ROPA025",
                    Severity.ERROR,
                    f"'{recipient_id}' is listed as a joint controller but its role is "
                    f"'{recipient.role}': set its role to joint-controller or move it to "
                    "'recipients'",
                    activity.origin.loc("joint_controllers", index),
                )


def organization_count(registry: Registry) -> Iterator[Finding]:
    if not registry.organizations:
        first = registry.sources[0].path if registry.sources else "registry"
        yield Finding(
            "ROPA022",
            Severity.ERROR,
            "the registry has no 'organization': add one, with name, address and country",
            Location(first, 1, 1) if registry.sources else Location(first),
        )
        return
    first = registry.organizations[0]
    for other in registry.organizations[1:]:
        yield Finding(
            "ROPA023",
            Severity.ERROR,
            "'organization' is defined again (first at "
            f"{first.origin.key_loc()}): a registry has exactly one",
            other.origin.key_loc(),
        )


def _texts(value: Any) -> Iterator[Text | TextList]:
    if isinstance(value, (Text, TextList)):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name in ("origin", "profiling_origin"):
                continue
            yield from _texts(getattr(value, field.name))


def all_texts(registry: Registry) -> Iterator[Text | TextList]:
    for kind in ("organizations", *KIND_NAMES):
        for entry in getattr(registry, kind):
            yield from _texts(entry)


def undeclared_languages(registry: Registry) -> Iterator[Finding]:
    if registry.organization is None:
        return
    declared = set(registry.languages)
    listed = ", ".join(registry.languages)
    for text in all_texts(registry):
        if text.neutral or (isinstance(text, Text) and text.plain):
            continue
        for lang in text.languages:
            if lang not in declared:
                yield Finding(
                    "ROPA024",
                    Severity.ERROR,
                    f"text in '{lang}', a language that organization.languages does not list "
                    f"({listed}): add '{lang}' there or remove this translation",
                    text.origin.key_loc(lang),
                )
    for notice in registry.notices:
        for index, lang in enumerate(notice.languages):
            if lang not in declared:
                yield Finding(
                    "ROPA024",
                    Severity.ERROR,
                    f"notice language '{lang}' is not in organization.languages ({listed})",
                    notice.origin.loc("languages", index),
                )


def check(registry: Registry) -> list[Finding]:
    findings: list[Finding] = []
    findings.extend(organization_count(registry))
    findings.extend(duplicate_ids(registry))
    findings.extend(unresolved_references(registry))
    findings.extend(undeclared_languages(registry))
    return findings
