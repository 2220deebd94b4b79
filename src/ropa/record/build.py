"""Registry → Record: every reference resolved once, for every output."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from ropa.model import Activity, Notice, Organization, Registry
from ropa.record.types import (
    ActivityRecord,
    AuthorityRecord,
    CategoryRetentionRecord,
    NoticeRecord,
    Record,
    TransferRecord,
)
from ropa.reference import jurisdiction

_T = TypeVar("_T")


def _found(entries: Iterable[_T | None]) -> tuple[_T, ...]:
    """The entries a list of ids resolved to; an unresolved id is a validation error."""
    return tuple(entry for entry in entries if entry is not None)


def _activity(registry: Registry, value: Activity) -> ActivityRecord:
    per_category: tuple[CategoryRetentionRecord, ...] = ()
    if value.retention is not None:
        per_category = tuple(
            CategoryRetentionRecord(
                _found(registry.data_category(i) for i in exception.data_categories), index
            )
            for index, exception in enumerate(value.retention.per_category)
        )
    return ActivityRecord(
        entry=value,
        data_subjects=_found(registry.data_subject(i) for i in value.data_subjects),
        data_categories=_found(registry.data_category(i) for i in value.data_categories),
        recipients=_found(registry.recipient(i) for i in value.recipients),
        joint_controllers=_found(registry.recipient(i) for i in value.joint_controllers),
        on_behalf_of=_found(registry.client(i) for i in value.on_behalf_of),
        transfers=tuple(TransferRecord(r, t) for r, t in registry.transfers_for(value)),
        security_measures=tuple(registry.measures_for(value)),
        retention_per_category=per_category,
    )


def _notice(
    registry: Registry, value: Notice, activities: dict[str, ActivityRecord]
) -> NoticeRecord:
    organization = registry.organization
    return NoticeRecord(
        entry=value,
        activities=_found(activities.get(i) for i in value.activities),
        rights_contact=value.rights_contact or (organization.dpo if organization else None),
    )


def _authority(registry: Registry, law: jurisdiction.Jurisdiction) -> AuthorityRecord | None:
    organization = registry.organization
    if organization is None or organization.supervisory_authority is None:
        return None
    given = organization.supervisory_authority
    known = None if given.authority_id is None else law.authority(given.authority_id)
    return AuthorityRecord(given, known)


def build_record(registry: Registry) -> Record:
    """The resolved record of a registry that validated without errors."""
    activities = tuple(_activity(registry, a) for a in registry.activities)
    by_id: dict[str, ActivityRecord] = {}
    for activity in activities:
        by_id.setdefault(activity.id, activity)
    law = jurisdiction.of(registry.organization)
    return Record(
        organization=registry.organization,
        authority=_authority(registry, law),
        activities=activities,
        recipients=registry.recipients,
        clients=registry.clients,
        data_subjects=registry.data_subjects,
        data_categories=registry.data_categories,
        security_measures=registry.security_measures,
        notices=tuple(_notice(registry, n, by_id) for n in registry.notices),
        jurisdiction=law,
    )


def revised(
    record: Record, organization: Organization | None, entries: Mapping[str, tuple[Any, ...]]
) -> Record:
    """The record built again with `organization` and, for each kind named in `entries`,
    those model entries instead of its own: a version that differs by what is replaced,
    every reference resolved anew (a history undoing one change reads it)."""

    def kept(kind: str) -> tuple[Any, ...]:
        return entries[kind] if kind in entries else record.written(kind)

    return build_record(
        Registry(
            sources=(),
            organization=organization,
            organizations=(organization,) if organization is not None else (),
            data_subjects=kept("data_subjects"),
            data_categories=kept("data_categories"),
            security_measures=kept("security_measures"),
            recipients=kept("recipients"),
            clients=kept("clients"),
            activities=kept("activities"),
            notices=kept("notices"),
        )
    )
