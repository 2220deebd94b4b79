"""Every declared language is complete: what `ropa export` would refuse, found at validate.

For the languages of `organization.languages` (the register is written in each) and the
languages of each notice, the outputs themselves are built from the resolved record,
once each, through a `ropa.record.language.Probe`: the strict resolver that notes, for
every one of those languages, the texts the output needs and the language lacks. They
become ROPA030 findings at the texts' own places, all of them in one run. No second list
of "text fields" exists to drift from what the outputs read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ropa.findings import Finding, Location, Severity

if TYPE_CHECKING:
    from ropa.model import Registry

RULE = "ROPA030"
# Any fixed time: the register's build needs one, and it changes no text it needs.
_GENERATED = datetime(2000, 1, 1, tzinfo=UTC)


def _complete_by_construction(registry: Registry) -> bool:
    """A one-language registry whose language maps all hold that language lacks nothing
    (a plain string is in the default language): no output needs to be built to know."""
    if len(registry.languages) > 1:
        return False
    (only,) = registry.languages
    if any(set(notice.languages) - {only} for notice in registry.notices):
        return False
    return all(only in text.values for text in registry.language_maps)


def _uncatalogued(registry: Registry, available: tuple[str, ...]) -> list[tuple[str, Location]]:
    """Each language of `organization.languages` that ropa has no catalog for, at its place
    (a notice's language outside that list is already ROPA024's error)."""
    organization = registry.organization
    if organization is None:
        return []
    return [
        (lang, organization.origin.loc("languages", index))
        for index, lang in enumerate(organization.languages)
        if lang not in available
    ]


def missing_translations(registry: Registry) -> list[Finding]:
    """ROPA030 for each text an output needs in a declared language and lacks in it: one
    finding per text and language, naming every output that needs it."""
    from ropa.i18n.catalog import catalog_languages
    from ropa.i18n.format import language as language_name
    from ropa.notices import build as build_notice
    from ropa.record import build_record
    from ropa.record.language import Probe
    from ropa.register.document import build_register

    uncatalogued = _uncatalogued(registry, catalog_languages())
    if _complete_by_construction(registry) and not uncatalogued:
        return []
    record = build_record(registry)
    declared = tuple(lang for lang in registry.languages if lang not in dict(uncatalogued))
    needs: dict[tuple[Location, str], list[str]] = {}

    def note(probe: Probe, output: str) -> None:
        for lang in probe.languages:
            for location in probe.lacking(lang):
                needs.setdefault((location, lang), []).append(output)

    # What an output needs does not depend on its language: one build of each output,
    # probing every language it is written in, finds what a build in each would lack.
    if declared:
        probe = Probe(declared[0], "the register", languages=declared)
        build_register(record, declared[0], _GENERATED, None, probe)
        note(probe, "the register")
    for notice in registry.notices:
        # an undeclared language is ROPA024's error
        languages = tuple(lang for lang in dict.fromkeys(notice.languages) if lang in declared)
        if languages:
            probe = Probe(languages[0], f"notice '{notice.id}'", languages=languages)
            build_notice(record, notice.id, languages[0], probe)
            note(probe, f"notice '{notice.id}'")
    available = ", ".join(catalog_languages())
    findings = [
        Finding(
            RULE,
            Severity.ERROR,
            f"ropa has no catalog for '{lang}' ({language_name(lang)}), so neither the register "
            f"nor a notice can be written in it (available: {available}); remove it or add "
            "the catalog as docs/languages.md says",
            location,
        )
        for lang, location in uncatalogued
    ]
    for (location, lang), outputs in needs.items():
        users = " and ".join(dict.fromkeys(outputs))
        findings.append(
            Finding(
                RULE,
                Severity.ERROR,
                f"text has no '{lang}' translation ({language_name(lang)}), needed by "
                f"{users}: add `{lang}:` to it",
                location,
            )
        )
    return sorted(findings, key=Finding.sort_key)
