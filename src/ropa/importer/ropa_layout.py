"""The `ropa` layout: our own xlsx export, read back from its hidden `ropa-data` sheet.

Each workbook holds the register in one language. Workbooks of the same register in several
languages are merged: entries are matched by id, and each text gathers the version of every
workbook, so `{en: ..., fr: ...}` comes back whole.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ropa.importer.draft import KINDS, Draft
from ropa.importer.workbook import Opened
from ropa.model import KIND_NAMES
from ropa.register.xlsx_data import FORMAT, READABLE_VERSIONS, SHEET, TEXT, TEXTS, VERSION

ENTRY_KINDS = (*KINDS, "activities", "notices")
# fields holding a proper name: the same in every language, so written once when alike
# (a data sheet of format 1 marked them as texts; format 2 writes them as plain strings)
PROPER_NAMES = frozenset({("recipients", "name"), ("clients", "name"), ("contact", "name")})

# Bounds for an untrusted data sheet, far above what a register needs: Excel's own limit
# for a cell, the JSON of one entry (a large activity is a few kilobytes), its nesting.
MAX_CELL_CHARS = 32_767
MAX_ENTRY_CHARS = 1_000_000
MAX_DEPTH = 24
_LANGUAGE = re.compile(r"^[a-z]{2}$")
# how `ropa validate` names the field at the start of a message: "minors: ", "systems, item 2: "
_FIELD_PREFIX = re.compile(r"^[a-z_]+(, item \d+)?: ")


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
    version: str = VERSION


def _refuse(opened: Opened, place: str, problem: str) -> DataSheetError:
    return DataSheetError(
        f"{opened.path}: {SHEET}!{place}: {problem}; the hidden data sheet was changed or "
        "damaged: export the workbook again from the registry"
    )


def _cells(opened: Opened, index: int, row: tuple[Any, ...]) -> tuple[str, str, str]:
    """The row's kind, id and JSON payload (the C, D, ... cells joined), bounded."""
    for column, cell in enumerate(row, 1):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            from openpyxl.utils import get_column_letter

            raise _refuse(
                opened,
                f"{get_column_letter(column)}{index}",
                f"the cell holds {len(cell):,} characters, more than a cell can "
                f"({MAX_CELL_CHARS:,})",
            )
    kind = str(row[0])
    id_ = "" if len(row) < 2 or row[1] is None else str(row[1])
    payload = "".join(str(cell) for cell in row[2:] if cell is not None)
    if len(payload) > MAX_ENTRY_CHARS:
        raise _refuse(
            opened,
            f"C{index}",
            f"the entry's data is {len(payload):,} characters long; refusing more than "
            f"{MAX_ENTRY_CHARS:,}",
        )
    return kind, id_, payload


def _depth(value: Any) -> int:
    """How deeply lists and mappings nest in `value` (without recursion)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, depth)
            todo.extend(
                (child, depth + 1) for child in (item.values() if isinstance(item, dict) else item)
            )
    return deepest


def _parse(opened: Opened, index: int, payload: str) -> dict[str, Any]:
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise _refuse(
            opened,
            f"C{index}",
            f"the entry's data is not JSON ({exc.msg} at character {exc.pos + 1})",
        ) from None
    except RecursionError:
        data = None
    if data is None or _depth(data) > MAX_DEPTH:
        raise _refuse(opened, f"C{index}", f"the entry's data nests deeper than {MAX_DEPTH} levels")
    if not isinstance(data, dict):
        raise _refuse(opened, f"C{index}", "the entry's data is not a mapping of fields")
    return data


def _unmarked(value: Any, lang: str, path: str, problems: list[str]) -> Any:
    """`value` with each marked text replaced by its string (or list of strings), as a
    registry file in one language holds it; a malformed mark is one of `problems`."""
    if isinstance(value, dict):
        for marker, many in ((TEXT, False), (TEXTS, True)):
            if marker not in value:
                continue
            versions = value[marker]
            shaped = (
                len(value) == 1
                and isinstance(versions, dict)
                and list(versions) == [lang]
                and (
                    all(isinstance(v, str) for v in versions[lang])
                    if many and isinstance(versions[lang], list)
                    else isinstance(versions[lang], str) and not many
                )
            )
            if not shaped:
                expected = "a list of strings" if many else "a string"
                problems.append(
                    f'{path or "the entry"}: a text must be {{"{marker}": {{"{lang}": '
                    f"{expected}}}}} in this {lang} sheet"
                )
                return None
            return versions[lang]
        return {
            key: _unmarked(child, lang, f"{path}.{key}" if path else str(key), problems)
            for key, child in value.items()
        }
    if isinstance(value, list):
        return [_unmarked(child, lang, f"{path}[{i}]", problems) for i, child in enumerate(value)]
    return value


def _check(
    opened: Opened, index: int, kind: str, id_: str, data: dict[str, Any], lang: str
) -> None:
    """The entry as the registry's JSON Schema wants it, else the first problem, placed."""
    problems: list[str] = []
    plain = _unmarked(data, lang, "", problems)
    entry = f"{KIND_NAMES.get(kind, kind)} '{id_}'" if kind != "organization" else "organization"
    if problems:
        raise _refuse(opened, f"C{index}", f"{entry}: {problems[0]}")
    if kind != "organization" and data.get("id") != id_:
        raise _refuse(
            opened,
            f"B{index}",
            f"the id {id_!r} is not the one in the entry's data ({data.get('id')!r})",
        )
    from ropa.schema import data_problems

    found = data_problems({kind: plain if kind == "organization" else [plain]})
    if found:
        path, message = found[0]
        inner = path[1:] if kind == "organization" else path[2:]
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in inner)
        message = _FIELD_PREFIX.sub("", message, count=1)  # the path names the field already
        raise _refuse(
            opened, f"C{index}", f"{entry}, {where.lstrip('.') or 'the entry'}: {message}"
        )


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
    seen: dict[tuple[str, str], int] = {}
    for index, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
        if not row or row[0] is None:
            continue
        kind, id_, payload = _cells(opened, index, row)
        if kind in ("format", "language", "revision"):
            if kind in meta:
                raise _refuse(opened, f"A{index}", f"a second '{kind}' row")
            meta[kind] = id_ if kind != "revision" else payload
            if kind == "format":
                meta["version"] = payload
            if kind == "format" and (id_ != FORMAT or payload not in READABLE_VERSIONS):
                raise DataSheetError(
                    f"{opened.path}: {SHEET}!A{index}: data format {id_} {payload} is not one "
                    f"this ropa reads ({FORMAT} {', '.join(READABLE_VERSIONS)}); import it with "
                    "the ropa that wrote it"
                )
            if kind == "language" and not _LANGUAGE.match(id_):
                raise _refuse(opened, f"B{index}", f"{id_!r} is not a language code such as en")
            continue
        if "language" not in meta:
            raise _refuse(opened, f"A{index}", "an entry before the 'language' row")
        if kind != "organization" and kind not in entries:
            raise _refuse(opened, f"A{index}", f"unknown kind '{kind}'")
        if (kind, id_) in seen:
            raise _refuse(
                opened,
                f"B{index}",
                f"{kind} '{id_}' a second time (first in row {seen[(kind, id_)]})",
            )
        seen[(kind, id_)] = index
        data = _parse(opened, index, payload)
        authority = data.get("supervisory_authority") if kind == "organization" else None
        if isinstance(authority, dict) and isinstance(authority.get("id"), str):
            data["supervisory_authority"] = authority["id"]  # format 1 wrote it out
        _check(opened, index, kind, id_, data, meta["language"])
        if kind == "organization":
            organization = data
        else:
            entries[kind].append((id_, data))
    if "format" not in meta or "language" not in meta or organization is None:
        missing = [k for k in ("format", "language") if k not in meta]
        missing += ["organization"] if organization is None else []
        raise DataSheetError(
            f"{opened.path}: the {SHEET} sheet is incomplete (no {', no '.join(missing)} row); "
            "export the workbook again"
        )
    sheet_data = Sheet(
        name,
        meta["language"],
        meta.get("revision", ""),
        organization,
        entries,
        version=meta["version"],
    )
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
    # format 2 writes what reads the same in every language as a plain string already
    names = PROPER_NAMES if any(s.version == "1" for s in sheets) else frozenset()
    draft.organization = _final(organization, languages, "organization", names=names)
    for kind in ENTRY_KINDS:
        for index, (id_, data) in enumerate(first.entries[kind]):
            merged = data
            for other in sheets[1:]:
                merged = _merge(
                    merged, other.entries[kind][index][1], draft, f"{other.name}: {kind} {id_}"
                )
            final = _final(merged, languages, kind, names=names)
            draft.id_maker(kind).take(id_)
            if kind == "activities":
                draft.activities.append(final)
            elif kind == "notices":
                draft.notices.append(final)
            else:
                draft.entries[kind].append(final)
    for sheet in sheets:
        if sheet.version == "1":
            draft.note(
                "info",
                sheet.name,
                f"data format {sheet.version}",
                "written by an earlier ropa, whose data sheet left out the privacy notices and "
                "these fields: data_subjects.minors, purposes.direct_marketing, "
                "recipients.arrangement, transfers.dpf_listing and authority_informed, "
                "retention.per_category; add them again from your previous registry, or export "
                "the workbook again with this ropa",
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


def _final(
    value: Any,
    languages: list[str],
    kind: str,
    key: str = "",
    names: frozenset[tuple[str, str]] = PROPER_NAMES,
) -> Any:
    """Data as the YAML files hold it: texts plain in a one-language registry, else maps;
    the `names` alike in every language plain too (format 1 marked them as texts)."""
    if isinstance(value, dict):
        for marker in (TEXT, TEXTS):
            if marker in value:
                versions = value[marker]
                proper = (kind, key) in names
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
            result[child_key] = _final(child, languages, child_kind, child_key, names)
        return result
    if isinstance(value, list):
        return _plain([_final(item, languages, kind, key, names) for item in value])
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        seq = CommentedSeq()
        seq.extend(value)
        return seq
    return value
