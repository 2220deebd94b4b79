"""A data subject, data category, recipient, client or security measure that no activity uses.

Vocabulary entries exist to be referred to by activities. One that nothing refers to is
usually a leftover from a change, or a sign that an activity forgot to list it: either way
the record is less accurate than it looks (Art. 30(1)(c) and (d) ask for the categories
actually processed and disclosed), and a notice generated from it would miss it.
Security measures with `scope: organization` apply to every activity and always count as
used; recipients count as used when an activity lists them in `recipients` or
`joint_controllers`, clients when an activity lists them in `on_behalf_of`.

How to fix: list the entry in the activities that use it, or remove it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from ropa.findings import Finding, RuleInfo, Severity
from ropa.model import Origin, Registry
from ropa.rules._common import finding
from ropa.rules.context import RuleContext

INFO = RuleInfo(
    id="ROPA151",
    name="unused-entry",
    severity=Severity.INFO,
    summary="An entry is defined but no activity uses it.",
    doc=__doc__ or "",
    article="Art. 30(1)",
)


class _Entry(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def origin(self) -> Origin: ...


def _unused(kind: str, entries: Sequence[_Entry], used: set[str]) -> Iterator[Finding]:
    for entry in entries:
        if entry.id and entry.id not in used:
            yield finding(
                INFO,
                f"{kind} '{entry.id}' is defined but no activity uses it: list it in the "
                "activities concerned, or remove it",
                entry.origin.loc("id"),
            )


def check(registry: Registry, context: RuleContext) -> Iterator[Finding]:
    subjects: set[str] = set()
    categories: set[str] = set()
    recipients: set[str] = set()
    clients: set[str] = set()
    measures: set[str] = set()
    for activity in registry.activities:
        subjects.update(activity.data_subjects)
        categories.update(activity.data_categories)
        recipients.update(activity.recipients, activity.joint_controllers)
        clients.update(activity.on_behalf_of)
        measures.update(activity.security_measures)
    measures.update(m.id for m in registry.security_measures if m.scope == "organization")
    yield from _unused("data subject", registry.data_subjects, subjects)
    yield from _unused("data category", registry.data_categories, categories)
    yield from _unused("recipient", registry.recipients, recipients)
    yield from _unused("client", registry.clients, clients)
    yield from _unused("security measure", registry.security_measures, measures)
