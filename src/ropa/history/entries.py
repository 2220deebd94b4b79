"""The adapter between the resolved record and the diff: each entry as comparable fields.

This is the only module of `ropa.history` that reads the record's entry types field by
field (`ropa.record.Record`, built once per version). An entry becomes a flat mapping from a field path (`retention.period`, `dpo.email`,
the registry's own field names) to a JSON value in which order carries no meaning: lists
of ids and of items are sorted, so reordering them changes nothing, while
`organization.languages` keeps its order (the first is the default language). Texts are
language maps (`{"en": ..., "fr": ...}`); texts that read the same in every language (an
address) are plain strings. References are compared as what they resolve to: an
activity's security measures include the organisation-wide ones, and a supervisory
authority given by its short id is the authority that id names.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from ropa.model import Organization, Text, TextList
from ropa.record import Record
from ropa.record.build import revised

# The kinds of entries a change is about, with the record's list that holds each.
KINDS = {
    "activity": "activities",
    "recipient": "recipients",
    "data_category": "data_categories",
    "data_subject": "data_subjects",
    "security_measure": "security_measures",
    "client": "clients",
    "notice": "notices",
}
ORGANIZATION = "organization"
KIND_ORDER = (*KINDS, ORGANIZATION)
# Where the model names a field otherwise than the registry does.
_FIELD_NAMES = {"start": "from", "legal_bases": "legal_basis", "authority_id": "id"}
# Fields whose order is part of their meaning.
_ORDERED = frozenset({"languages"})
_SKIPPED = frozenset({"origin", "profiling_origin"})

AttrPath = tuple[str, ...]


@dataclass(frozen=True)
class EntryFields:
    kind: str
    id: str
    fields: dict[str, Any]
    # for each field, the model attributes that hold it (to put an old value back)
    attrs: dict[str, tuple[AttrPath, ...]]

    def nested(self) -> dict[str, Any]:
        """The fields as one JSON object, for an added or removed entry."""
        result: dict[str, Any] = {}
        for path, value in self.fields.items():
            node = result
            *parents, last = path.split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[last] = value
        return result


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _json(value: Any, ordered: bool = False) -> Any:
    if isinstance(value, Text):
        if value.neutral:
            return next(iter(value.values.values()), "")
        return dict(sorted(value.values.items()))
    if isinstance(value, TextList):
        if value.neutral:
            return sorted(next(iter(value.values.values()), ()))
        return {lang: sorted(items) for lang, items in sorted(value.values.items())}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result = {}
        for item in dataclasses.fields(value):
            if item.name in _SKIPPED:
                continue
            converted = _json(getattr(value, item.name), item.name in _ORDERED)
            if converted is not None and converted != [] and converted != {}:
                result[_FIELD_NAMES.get(item.name, item.name)] = converted
        return result
    if isinstance(value, tuple | list):
        items = [_json(item) for item in value]
        return items if ordered else sorted(items, key=_canonical)
    return value


def _flatten(
    value: Any, prefix: str, attr: AttrPath, fields: dict[str, Any], attrs: dict[str, Any]
) -> None:
    for item in dataclasses.fields(value):
        if item.name in _SKIPPED or (not attr and item.name == "id"):
            continue
        inner = getattr(value, item.name)
        name = prefix + _FIELD_NAMES.get(item.name, item.name)
        path = (*attr, item.name)
        if (
            dataclasses.is_dataclass(inner)
            and not isinstance(inner, type)
            and not isinstance(inner, Text | TextList)
        ):
            _flatten(inner, f"{name}.", path, fields, attrs)
            continue
        converted = _json(inner, item.name in _ORDERED)
        if converted is None or converted == [] or converted == {}:
            continue
        fields[name] = converted
        attrs[name] = (path,)


def _entry(kind: str, id_: str, value: Any, record: Record) -> EntryFields:
    """The fields of one entry of the record: for an activity or a notice, its model entry
    as written (`attrs` name that entry's attributes), with what the record applied."""
    fields: dict[str, Any] = {}
    attrs: dict[str, tuple[AttrPath, ...]] = {}
    written = value.entry if kind in ("activity", "notice") else value
    _flatten(written, "", (), fields, attrs)
    if kind == "activity":
        # `profiling:` present means the activity profiles people, with or without a text:
        # the field is its description, or true when it has none
        description = fields.pop("profiling", None)
        if written.profiling_origin is not None:
            fields["profiling"] = description if description is not None else True
            attrs["profiling"] = (("profiling",), ("profiling_origin",))
        measures = sorted(measure.id for measure in value.security_measures)
        fields.pop("security_measures", None)
        if measures:
            fields["security_measures"] = measures
            attrs["security_measures"] = (("security_measures",),)
    if kind == ORGANIZATION and record.authority is not None:
        known = record.authority.known
        if known is not None:
            # as if written out in the registry's default language
            language = record.default_language
            fields.setdefault("supervisory_authority.name", {language: known.name})
            fields.setdefault("supervisory_authority.url", known.website)
            fields["supervisory_authority.id"] = known.id
    return EntryFields(kind, id_, dict(sorted(fields.items())), attrs)


def entries(record: Record) -> dict[tuple[str, str], EntryFields]:
    """Every entry of the record by (kind, id); the first of a duplicated id wins, as
    everywhere (a duplicate is a validation error)."""
    result: dict[tuple[str, str], EntryFields] = {}
    if record.organization is not None:
        result[(ORGANIZATION, ORGANIZATION)] = _entry(
            ORGANIZATION, ORGANIZATION, record.organization, record
        )
    for kind, attribute in KINDS.items():
        for id_, value in record.entries(attribute).items():
            result[(kind, id_)] = _entry(kind, id_, value, record)
    return result


# ------------------------------------------------------------------- putting values back


def _put(after: Any, before: Any, path: AttrPath) -> Any:
    head, rest = path[0], path[1:]
    old = getattr(before, head)
    new = getattr(after, head)
    if rest and new is not None and old is not None and dataclasses.is_dataclass(new):
        return dataclasses.replace(after, **{head: _put(new, old, rest)})
    return dataclasses.replace(after, **{head: old})


def revert(
    after: Record, before: Record, kind: str, id_: str, how: str, paths: tuple[AttrPath, ...]
) -> Record:
    """`after` with one change undone: the entry removed (`added`), put back (`removed`)
    or the fields at `paths` given their value in `before` (`changed`); the record is
    built again from the entries as written, so every reference resolves anew."""
    if kind == ORGANIZATION:
        old, new = before.organization, after.organization
        organization: Organization | None
        if how == "added" or old is None:
            organization = None
        elif how == "removed" or new is None:
            organization = old
        else:
            organization = new
            for path in paths:
                organization = _put(organization, old, path)
        return revised(after, organization, {})
    attribute = KINDS[kind]
    current = after.written(attribute)
    previous = next((e for e in before.written(attribute) if e.id == id_), None)
    if how == "added" or previous is None:
        updated = tuple(e for e in current if e.id != id_)
    elif how == "removed":
        updated = (*current, previous)
    else:
        items = []
        for value in current:
            if value.id == id_:
                for path in paths:
                    value = _put(value, previous, path)
            items.append(value)
        updated = tuple(items)
    return revised(after, after.organization, {attribute: updated})
