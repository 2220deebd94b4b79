"""The `ropa` layout: our own xlsx export, read back from its hidden `ropa-data` sheet.

Each workbook holds the register in one language. Workbooks of the same register in several
languages are merged: entries are matched by id, and each text gathers the version of every
workbook, so `{en: ..., fr: ...}` comes back whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ropa.importer.draft import KINDS, Draft
from ropa.importer.workbook import Opened
from ropa.register.xlsx_data import FORMAT, SHEET, TEXT, TEXTS, VERSION

ENTRY_KINDS = (*KINDS, "activities")
# fields holding a proper name: the same in every language, so written once when alike
PROPER_NAMES = {("recipients", "name"), ("clients", "name"), ("contact", "name")}


class DataSheetError(Exception):
    """A `ropa-data` sheet that cannot be read: damaged, or from a newer ropa."""


def is_ropa(book: Any) -> bool:
    if SHEET in book.sheetnames:
        return True
    generator = (book.properties.lastModifiedBy or "") if book.properties else ""
    return str(generator).startswith("ropa ") and SHEET in book.sheetnames


@dataclass
class Sheet:
    name: str
    lang: str
    revision: str
    organization: dict[str, Any]
    entries: dict[str, list[tuple[str, dict[str, Any]]]]
    edits: list[tuple[str, str, str]] = field(default_factory=list)  # place, held, done


def _decode(opened: Opened) -> Sheet:
    book = opened.book
    name = opened.path.name
    if SHEET not in book.sheetnames:
        raise DataSheetError(
            f"{opened.path}: has ropa's sheet names but no '{SHEET}' sheet (exported by an older "
            "ropa, or the sheet was deleted): export it again, or use --layout ico / columns"
        )
    sheet = book[SHEET]
    meta: dict[str, str] = {}
    organization: dict[str, Any] | None = None
    entries: dict[str, list[tuple[str, dict[str, Any]]]] = {kind: [] for kind in ENTRY_KINDS}
    for index, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
        if not row or row[0] is None:
            continue
        kind, id_ = str(row[0]), str(row[1] or "")
        payload = "".join(str(cell) for cell in row[2:] if cell is not None)
        if kind in ("format", "language", "revision"):
            meta[kind] = id_ if kind != "revision" else payload
            if kind == "format" and (id_ != FORMAT or payload != VERSION):
                raise DataSheetError(
                    f"{opened.path}: {SHEET}!A{index}: data format {id_} {payload} is not the one "
                    f"this ropa reads ({FORMAT} {VERSION}); import it with the ropa that wrote it"
                )
            continue
        try:
            data = json.loads(payload)
        except json.JSONDecodeError as exc:
            raise DataSheetError(
                f"{opened.path}: {SHEET}!C{index}: damaged data ({exc.msg}); export the workbook again"
            ) from None
        if not isinstance(data, dict):
            raise DataSheetError(f"{opened.path}: {SHEET}!C{index}: damaged data (not an entry)")
        if kind == "organization":
            organization = data
        elif kind in entries:
            entries[kind].append((id_, data))
        else:
            raise DataSheetError(f"{opened.path}: {SHEET}!A{index}: unknown kind '{kind}'")
    if "format" not in meta or "language" not in meta or organization is None:
        raise DataSheetError(
            f"{opened.path}: the {SHEET} sheet is incomplete; export the workbook again"
        )
    sheet_data = Sheet(name, meta["language"], meta.get("revision", ""), organization, entries)
    _visible_edits(opened, sheet_data)
    return sheet_data


# controller-register columns that show one field each, as written: an edit there is read
EDITABLE = (
    ("activity", "name", True),
    ("description", "description", True),
    ("business_function", "owner", False),
)


def _visible_edits(opened: Opened, data: Sheet) -> None:
    """Take edits made in the controller register's one-field cells (activity name,
    description, business function): the visible cell wins over the hidden data, and the
    report says so. Cells that combine several fields are not read back."""
    from ropa.i18n.register_words import UnknownLanguage, Words
    from ropa.register.xlsx import cell_text

    try:
        words = Words(data.lang)
    except UnknownLanguage as error:
        raise DataSheetError(f"{opened.path}: {SHEET}: language '{data.lang}': {error}") from None
    wanted = {words[key]: (field_name, is_text) for key, field_name, is_text in EDITABLE}
    activities = {id_: entry for id_, entry in data.entries["activities"]}
    for sheet in opened.book.worksheets:
        if sheet.sheet_state != "visible" or sheet.max_row < 2:
            continue
        header = [cell.value for cell in sheet[1]]
        if not header or header[0] != words["id"] or words["activity"] not in header:
            continue
        columns = {i: wanted[h] for i, h in enumerate(header) if h in wanted}
        for row in sheet.iter_rows(min_row=2):
            entry = activities.get(str(row[0].value or ""))
            if entry is None:
                continue
            for index, (field_name, is_text) in columns.items():
                shown = "" if row[index].value is None else str(row[index].value)
                stored = entry.get(field_name)
                value = (
                    stored[TEXT].get(data.lang) if is_text and isinstance(stored, dict) else stored
                )
                if shown == cell_text(str(value or "")):
                    continue
                if not shown and field_name == "name":
                    continue  # an activity keeps a name
                if is_text:
                    entry[field_name] = {TEXT: {data.lang: shown}} if shown else None
                else:
                    entry[field_name] = shown or None
                if entry[field_name] is None:
                    del entry[field_name]
                data.edits.append(
                    (
                        f"{sheet.title}!{row[index].coordinate}",
                        shown,
                        f"edited in the sheet: taken instead of '{value or ''}' for {field_name}",
                    )
                )
        break


def read(opened: list[Opened], lang: str | None) -> Draft:
    sheets = [_decode(book) for book in opened]
    if lang is not None:
        sheets = [s for s in sheets if s.lang == lang] or sheets
    draft = Draft(
        source=", ".join(s.name for s in sheets), layout="ropa (a register exported by ropa)"
    )
    for sheet in sheets:
        for place, held, done in sheet.edits:
            draft.note("guess", f"{sheet.name}: {place}", held, done)
    languages = _languages(sheets, draft)
    first = sheets[0]
    for other in sheets[1:]:
        if other.revision != first.revision:
            draft.note(
                "guess",
                other.name,
                f"revision {other.revision or '(none)'}",
                f"exported from another revision than {first.name} ({first.revision or 'none'}): "
                f"where they differ, {first.name} was taken",
            )
        for kind in ENTRY_KINDS:
            if [i for i, _ in other.entries[kind]] != [i for i, _ in first.entries[kind]]:
                raise DataSheetError(
                    f"{other.name}: its {kind} are not those of {first.name}: these workbooks are "
                    "not the same register; import them one at a time"
                )
    organization = first.organization
    for other in sheets[1:]:
        organization = _merge(
            organization, other.organization, draft, f"{other.name}: organisation"
        )
    organization["languages"] = languages
    draft.organization = _final(organization, languages, "organization")
    for kind in ENTRY_KINDS:
        for index, (id_, data) in enumerate(first.entries[kind]):
            merged = data
            for other in sheets[1:]:
                merged = _merge(
                    merged, other.entries[kind][index][1], draft, f"{other.name}: {kind} {id_}"
                )
            final = _final(merged, languages, kind)
            draft.id_maker(kind).take(id_)
            if kind == "activities":
                draft.activities.append(final)
            else:
                draft.entries[kind].append(final)
    draft.note(
        "info",
        first.name,
        "notices",
        "privacy notices are not part of the register: add `notices:` again from your previous registry",
    )
    return draft


def _languages(sheets: list[Sheet], draft: Draft) -> list[str]:
    declared = [str(x) for x in sheets[0].organization.get("languages", [])]
    imported = list(dict.fromkeys(s.lang for s in sheets))
    ordered = [x for x in declared if x in imported] + [x for x in imported if x not in declared]
    missing = [x for x in declared if x not in imported]
    if missing:
        draft.note(
            "guess",
            sheets[0].name,
            f"languages: {', '.join(declared)}",
            f"no workbook in {', '.join(missing)} was given: the registry's languages are set to "
            f"{', '.join(ordered)}; import the other workbooks too to keep every language",
        )
    return ordered


def _merge(left: Any, right: Any, draft: Draft, where: str) -> Any:
    if isinstance(left, dict) and isinstance(right, dict):
        for marker in (TEXT, TEXTS):
            if marker in left and marker in right:
                return {marker: {**left[marker], **right[marker]}}
        merged = dict(left)
        for key, value in right.items():
            merged[key] = (
                _merge(left[key], value, draft, f"{where}.{key}") if key in left else value
            )
        return merged
    if isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
        return [
            _merge(a, b, draft, f"{where}[{i}]")
            for i, (a, b) in enumerate(zip(left, right, strict=True))
        ]
    if left != right:
        draft.note(
            "guess", where, f"{left!r} / {right!r}", "the workbooks disagree: the first was taken"
        )
    return left


def _final(value: Any, languages: list[str], kind: str, key: str = "") -> Any:
    """Data as the YAML files hold it: texts plain in a one-language registry, else maps."""
    if isinstance(value, dict):
        for marker in (TEXT, TEXTS):
            if marker in value:
                versions = value[marker]
                proper = (kind, key) in PROPER_NAMES
                alike = len({json.dumps(v) for v in versions.values()}) == 1
                if len(languages) == 1 or (proper and alike and set(versions) >= set(languages)):
                    return _plain(
                        versions[languages[0]]
                        if languages[0] in versions
                        else next(iter(versions.values()))
                    )
                result = CommentedMap()
                for lang in languages:
                    if lang in versions:
                        result[lang] = _plain(versions[lang])
                return result
        result = CommentedMap()
        for child_key, child in value.items():
            child_kind = "contact" if child_key in ("contact", "dpo", "representative") else kind
            if child_key == "supervisory_authority" and isinstance(child, dict) and child.get("id"):
                result[child_key] = child["id"]
                continue
            result[child_key] = _final(child, languages, child_kind, child_key)
        return result
    if isinstance(value, list):
        return _plain([_final(item, languages, kind, key) for item in value])
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        seq = CommentedSeq()
        seq.extend(value)
        return seq
    return value
