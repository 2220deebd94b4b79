"""Checks across files that no per-file schema can make: ids, references, languages."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import Any

from ropa.findings import Finding, Location, Severity
from ropa.model import KIND_NAMES, Registry, Text, TextList

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


# The findings after which a file's content is unknown: it may define any id.
_UNPARSED = frozenset({"ROPA001", "ROPA002", "ROPA005", "ROPA006"})
_LISTED = 5


def _unknown_references(registry: Registry) -> Iterator[Finding]:
    """ROPA021 for each reference that resolves to no entry of its kind."""
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
        # Version 1.1: retention exceptions name data categories too.
        for exception in activity.retention.per_category if activity.retention else ():
            for index, wanted in enumerate(exception.data_categories):
                if wanted in known["data_categories"]:
                    continue
                hint = _suggestion(wanted, existing["data_categories"])
                yield Finding(
                    "ROPA021",
                    Severity.ERROR,
                    f"unknown data category '{wanted}'{hint}",
                    exception.origin.loc("data_categories", index),
                )


def unresolved_references(registry: Registry) -> Iterator[Finding]:
    """Unknown references (ROPA021), unless a file failed to parse: it may define the ids,
    so one mistake stays one error, and a single note (ROPA026) says what went unchecked."""
    unknown = list(_unknown_references(registry))
    unparsed = [
        source
        for source in registry.sources
        if source.data is None and any(f.rule in _UNPARSED for f in source.findings)
    ]
    if not unparsed or not unknown:
        yield from unknown
    else:
        files = ", ".join(source.path for source in unparsed)
        listed = "; ".join(
            f"{f.message.split(';')[0].removeprefix('unknown ')} at {f.location}"
            for f in unknown[:_LISTED]
        )
        more = f"; and {len(unknown) - _LISTED} more" if len(unknown) > _LISTED else ""
        count = len(unknown)
        yield Finding(
            "ROPA026",
            Severity.INFO,
            f"{count} reference{'s' if count > 1 else ''} could not be checked, because "
            f"{files} could not be read and may define {'them' if count > 1 else 'it'}: "
            f"{listed}{more}",
            next(f.location for f in unparsed[0].findings if f.rule in _UNPARSED),
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
    """ROPA022 when no file declares `organization`, ROPA023 at every declaration after the
    first. A declaration of the wrong shape still counts (the schema reports its shape), and
    a file that could not be read may hold the organization, so neither is called missing."""
    declared = [
        source
        for source in registry.sources
        if isinstance(source.data, dict) and "organization" in source.data
    ]
    if not declared:
        if not registry.sources or any(not isinstance(s.data, dict) for s in registry.sources):
            return
        yield Finding(
            "ROPA022",
            Severity.ERROR,
            "the registry has no 'organization': add one, with name, address and country",
            Location(registry.sources[0].path, 1, 1),
        )
        return
    first = declared[0].key_loc(("organization",))
    for other in declared[1:]:
        yield Finding(
            "ROPA023",
            Severity.ERROR,
            f"'organization' is defined again (first at {first}): a registry has exactly one",
            other.key_loc(("organization",)),
        )


def all_texts(registry: Registry) -> Iterator[Text | TextList]:
    """Every text written as a language map: the builder records them as it meets them."""
    yield from registry.language_maps


_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def _languages_well_formed(registry: Registry) -> bool:
    """Whether organization.languages is absent or a list of language codes: when it is
    not, the schema reports it and every text would otherwise be reported here too."""
    if registry.organization is None:
        return False
    data = registry.organization.origin.source.data
    written = data.get("organization", {}).get("languages") if isinstance(data, dict) else None
    if written is None:
        return True
    return isinstance(written, list) and all(
        isinstance(code, str) and _LANGUAGE_CODE.match(code) for code in written
    )


def undeclared_languages(registry: Registry) -> Iterator[Finding]:
    if not _languages_well_formed(registry):
        return
    declared = set(registry.languages)
    listed = ", ".join(registry.languages)
    for text in all_texts(registry):
        if text.neutral or (isinstance(text, Text) and text.plain):
            continue
        for lang in text.languages:
            # A key that is no language code at all is the schema's finding, not this one.
            if lang not in declared and _LANGUAGE_CODE.match(lang):
                yield Finding(
                    "ROPA024",
                    Severity.ERROR,
                    f"text in '{lang}', a language that organization.languages does not list "
                    f"({listed}): add '{lang}' there or remove this translation",
                    text.origin.key_loc(lang),
                )
    for notice in registry.notices:
        for index, lang in enumerate(notice.languages):
            if lang not in declared and _LANGUAGE_CODE.match(lang):
                yield Finding(
                    "ROPA024",
                    Severity.ERROR,
                    f"notice language '{lang}' is not in organization.languages ({listed})",
                    notice.origin.loc("languages", index),
                )


_COUNTRY_SHAPE = re.compile(r"^[A-Z]{2}$")


def unknown_countries(registry: Registry) -> Iterator[Finding]:
    """ROPA012 for a country code of the right shape that ISO 3166-1 does not define."""
    from ropa import countries

    places: list[tuple[str | None, Location]] = []
    for organization in registry.organizations:
        places.append((organization.country, organization.origin.loc("country")))
        if organization.representative is not None:
            rep = organization.representative
            places.append((rep.country, rep.origin.loc("country")))
    for recipient in registry.recipients:
        places.append((recipient.country, recipient.origin.loc("country")))
        for transfer in recipient.transfers:
            places.append((transfer.country, transfer.origin.loc("country")))
    for client in registry.clients:
        if client.representative is not None:
            rep = client.representative
            places.append((rep.country, rep.origin.loc("country")))
    for code, location in places:
        if not code or not _COUNTRY_SHAPE.match(code):
            continue  # absent, or the schema's finding
        problem = countries.problem(code)
        if problem is not None:
            yield Finding("ROPA012", Severity.ERROR, f"country: {problem}", location)


def check(registry: Registry) -> list[Finding]:
    findings: list[Finding] = []
    findings.extend(unknown_countries(registry))
    findings.extend(organization_count(registry))
    findings.extend(duplicate_ids(registry))
    findings.extend(unresolved_references(registry))
    findings.extend(undeclared_languages(registry))
    return findings
