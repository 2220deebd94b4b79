"""The workbook's machine-readable part: a hidden sheet that lets `ropa import` read it back.

The visible sheets are for people: codes become words, references become names, several
fields share a cell. The hidden sheet `ropa-data` carries the same record as data: every
entry as the registry files write it (ids, codes as codes, references as ids), and each
text in the workbook's language, marked as a text so that workbooks of one register in
several languages merge into texts with every language. One row an entry: kind, id, then
its JSON (split over further cells when longer than a cell holds). Nothing on the visible
sheets changes.

The entries are written from the record's model entries field by field, not from the
one-language register document, so that every field of the model travels (a field added
to the model travels too, unless the registry files name it otherwise than the model:
then it needs a line in `FIELD_NAMES`). The round-trip tests (tests/importer/
test_roundtrip_model.py) check that importing the workbook gives back the same model.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache
from typing import TYPE_CHECKING, Any

from ropa.model import (
    Activity,
    Organization,
    SecurityMeasure,
    SupervisoryAuthority,
    Text,
    TextList,
)

if TYPE_CHECKING:
    from ropa.record import Record
    from ropa.register.document import Register

SHEET = "ropa-data"
FORMAT = "ropa-register-data"
# 2: every field of the model, written from the record (1, until December 2026, carried
# the register document's fields only: no version 1.1 field but the organisation's).
VERSION = "2"
READABLE_VERSIONS = ("1", "2")
TEXT = "@text"  # {"@text": {"en": "..."}}: a text in the workbook's language
TEXTS = "@texts"  # {"@texts": {"en": ["...", ...]}}: a list of texts
CHUNK = 30_000  # characters of JSON per cell (Excel holds 32,767)

# Where the model names a field otherwise than the registry files do.
FIELD_NAMES = {"start": "from", "legal_bases": "legal_basis"}
# Model fields that are no field of the files: where an entry was read.
NOT_WRITTEN = frozenset({"origin", "profiling_origin"})
# Fields the model builder fills in when a file leaves them out, with that value: left out
# here too, as a hand-written registry would (a dataclass default is left out the same way).
BUILDER_DEFAULTS: dict[tuple[type, str], Any] = {
    (Activity, "role"): "controller",
    (SecurityMeasure, "scope"): "activity",
}
# The kinds of entries, in the order of the registry's top-level keys.
ENTRY_KINDS = (
    "data_subjects",
    "data_categories",
    "security_measures",
    "recipients",
    "clients",
    "activities",
    "notices",
)


def _text(lang: str, text: Text) -> Any:
    """A text as data: a plain string when it reads the same in every language (a proper
    name, an address written once), else its version in the workbook's language."""
    if text.neutral:
        return text.get(lang)
    value = text.get(lang)
    return {TEXT: {lang: value}} if value else None


def _texts(lang: str, texts: TextList) -> Any:
    values = texts.get(lang)
    return {TEXTS: {lang: list(values)}} if values else None


@cache
def _plan(owner: type, not_written: frozenset[str]) -> tuple[tuple[str, str, tuple[Any, ...]], ...]:
    """For each field of a model type that the files write: the attribute, the key in the
    files, and the values that mean the field was left out (besides None and empty):
    its dataclass default, false for a flag without a default, the builder's default."""
    plan = []
    for item in dataclasses.fields(owner):
        if item.name in not_written or item.name == "authority_id":
            continue
        absent: list[Any] = []
        if item.default is not dataclasses.MISSING:
            absent.append(item.default)
        if item.type == "bool":  # a flag without a default: false is absence
            absent.append(False)
        if (owner, item.name) in BUILDER_DEFAULTS:
            absent.append(BUILDER_DEFAULTS[(owner, item.name)])
        plan.append((item.name, FIELD_NAMES.get(item.name, item.name), tuple(absent)))
    return tuple(plan)


def as_data(lang: str, value: Any) -> Any:
    """A model value as the registry files write it, texts in `lang`; None when absent."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, Text):
        return _text(lang, value)
    if isinstance(value, TextList):
        return _texts(lang, value)
    if isinstance(value, tuple | list):
        return [as_data(lang, item) for item in value]
    if isinstance(value, SupervisoryAuthority) and value.authority_id is not None:
        return value.authority_id  # a short id of the reference table, as written
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data: dict[str, Any] = {}
        for name, key, absent in _plan(type(value), NOT_WRITTEN):
            converted = as_data(lang, getattr(value, name))
            if converted is None or converted == [] or converted == {}:
                continue
            if any(
                converted is a or (type(converted) is type(a) and converted == a) for a in absent
            ):
                continue
            data[key] = converted
        if isinstance(value, Activity):
            _profiling(lang, value, data)
        return data
    return value


def _profiling(lang: str, activity: Activity, data: dict[str, Any]) -> None:
    """`profiling:` present means the activity profiles people, with or without a text."""
    data.pop("profiling", None)
    if activity.profiling_origin is None:
        return
    description = as_data(lang, activity.profiling) if activity.profiling else None
    data["profiling"] = {"description": description} if description else {}


def _organization(lang: str, organization: Organization) -> dict[str, Any]:
    data: dict[str, Any] = as_data(lang, organization)
    # always said, even when it is the default: the importer reads the registry's languages
    data["languages"] = list(organization.languages)
    return data


def _entries(register: Register, record: Record) -> list[tuple[str, Any]]:
    """(kind, model entry) of every entry the register holds, in register order.

    A client's register (`--client`) holds part of the record: only its entries are
    written, an activity names only that client, and a notice travels only with every
    activity it covers."""
    shown = {
        "data_subjects": [e.id for e in register.data_subjects],
        "data_categories": [e.id for e in register.data_categories],
        "security_measures": [e.id for e in register.security_measures],
        "recipients": [e.id for e in register.recipients],
        "clients": [e.id for e in register.clients],
        "activities": [e.id for e in register.activities],
    }
    clients = set(shown["clients"])
    activities = set(shown["activities"])
    found: list[tuple[str, Any]] = []
    for kind in ENTRY_KINDS:
        if kind == "notices":
            found.extend(
                ("notices", notice.entry)
                for notice in record.notices
                if set(notice.entry.activities) <= activities
            )
            continue
        for id_ in shown[kind]:
            entry = record.entry(kind, id_)
            if entry is None:
                continue
            if kind == "activities":
                entry = entry.entry
                if set(entry.on_behalf_of) - clients:
                    entry = dataclasses.replace(
                        entry, on_behalf_of=tuple(c for c in entry.on_behalf_of if c in clients)
                    )
            found.append((kind, entry))
    return found


def rows(register: Register) -> list[tuple[str, str, dict[str, Any] | str]]:
    """(kind, id, data) for every entry of the register, in register order."""
    record = register.record
    if record is None or record.organization is None:
        raise ValueError("the register was not built from a record: no data sheet can be written")
    lang = register.language
    found: list[tuple[str, str, dict[str, Any] | str]] = [
        ("format", FORMAT, VERSION),
        ("language", lang, lang),
        ("revision", register.revision or "", register.revision or ""),
        ("organization", "", _organization(lang, record.organization)),
    ]
    for kind, entry in _entries(register, record):
        data = as_data(lang, entry)
        if kind == "notices" and tuple(data.get("languages", ())) == record.languages:
            del data["languages"]  # the builder's default: the organisation's languages
        found.append((kind, entry.id, data))
    return found


def write_data_sheet(workbook: Any, register: Register, put: Any) -> None:
    """Add the hidden `ropa-data` sheet last, so the visible sheets keep their order."""
    sheet = workbook.create_sheet(SHEET)
    sheet.sheet_state = "hidden"
    for column, heading in enumerate(("kind", "id", "data"), 1):
        put(sheet, 1, column, heading)
    for row, (kind, id_, data) in enumerate(rows(register), 2):
        put(sheet, row, 1, kind)
        put(sheet, row, 2, id_)
        payload = (
            data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, sort_keys=False)
        )
        for index in range(0, max(len(payload), 1), CHUNK):
            put(sheet, row, 3 + index // CHUNK, payload[index : index + CHUNK])
