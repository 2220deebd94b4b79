"""The `columns` layout (and so the ICO template): one row per activity, read by a mapping.

The header row is looked for in every sheet; the best match (most titles recognised, at
least the mapping's `min_columns`) wins. Merged cells give their value to every cell they
cover. Above the header, label/value rows give the controller, DPO and representative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ruamel.yaml.comments import CommentedMap

from ropa.importer import freetext as ft
from ropa.importer.draft import Draft, comment, seq
from ropa.importer.mapping import ColumnSpec, Mapping

HEADER_SEARCH_ROWS = 60
NAME_LIMIT = 80


@dataclass(frozen=True)
class Header:
    sheet: Any
    row: int
    columns: dict[int, ColumnSpec]  # column number → spec
    unknown: dict[int, str]  # column number → header text with no spec


def cell_text(value: Any) -> str:
    """A cell's value as text: dates as ISO dates, numbers without a stray `.0`."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


class Grid:
    """A sheet's values with merged ranges filled in from their top-left cell."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.title = sheet.title
        self.merged: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in sheet.merged_cells.ranges:
            top = (merged.min_row, merged.min_col)
            for row in range(merged.min_row, merged.max_row + 1):
                for column in range(merged.min_col, merged.max_col + 1):
                    self.merged[(row, column)] = top
        self.max_row = sheet.max_row
        self.max_column = sheet.max_column

    def text(self, row: int, column: int) -> str:
        row, column = self.merged.get((row, column), (row, column))
        return cell_text(self.sheet.cell(row=row, column=column).value)

    def place(self, row: int, column: int) -> str:
        from openpyxl.utils import get_column_letter

        return f"{self.title}!{get_column_letter(column)}{row}"


def find_header(book: Any, mapping: Mapping) -> tuple[Grid, Header] | None:
    best: tuple[int, Grid, Header] | None = None
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        grid = Grid(sheet)
        for row in range(1, min(grid.max_row, HEADER_SEARCH_ROWS) + 1):
            matched: dict[int, ColumnSpec] = {}
            unknown: dict[int, str] = {}
            for column in range(1, grid.max_column + 1):
                if grid.merged.get((row, column), (row, column)) != (row, column):
                    continue  # the rest of a merged header cell
                title = grid.text(row, column)
                if not title:
                    continue
                spec = mapping.match(title)
                if spec is None:
                    unknown[column] = title
                else:
                    matched[column] = spec
            if len(matched) >= mapping.min_columns and (best is None or len(matched) > best[0]):
                best = (len(matched), grid, Header(sheet, row, matched, unknown))
    return (best[1], best[2]) if best else None


class RowReader:
    """Turns the rows under the header into activities of `draft`."""

    def __init__(self, draft: Draft, grid: Grid, header: Header, mapping: Mapping) -> None:
        self.draft = draft
        self.grid = grid
        self.header = header
        self.mapping = mapping

    # ------------------------------------------------------------------ the organisation

    def read_block(self) -> None:
        grid, draft = self.grid, self.draft
        sub_header: dict[int, str] = {}
        contacts: dict[str, tuple[dict[str, str], str, str]] = {}
        for row in range(1, self.header.row):
            cells = [(c, grid.text(row, c)) for c in range(1, grid.max_column + 1)]
            cells = [(c, t) for c, t in cells if t]
            if not cells:
                continue
            labels = {c: _contact_field(t) for c, t in cells}
            if sum(1 for v in labels.values() if v) >= 2:
                sub_header = {c: v for c, v in labels.items() if v}
                continue
            first_column, first = cells[0]
            key = self.mapping.block_key(first)
            if key is None and ":" in first:
                label, _, rest = first.partition(":")
                key = self.mapping.block_key(label)
                if key is not None and rest.strip():
                    cells = [(first_column, label), (first_column, rest.strip()), *cells[1:]]
            if key is None:
                if len(cells) == 1 and row < self.header.row - 0:
                    draft.note(
                        "info",
                        grid.place(row, first_column),
                        first,
                        "text above the table, not imported",
                    )
                continue
            values = cells[1:]
            if not values:
                continue
            if sub_header and all(c in sub_header for c, _ in values):
                parts = {sub_header[c]: t for c, t in values}
            else:
                parts = ft.contact_parts(", ".join(t for _, t in values))
            contacts[key] = (parts, grid.place(row, values[0][0]), " | ".join(t for _, t in values))
        self._organisation(contacts)

    def _organisation(self, contacts: dict[str, tuple[dict[str, str], str, str]]) -> None:
        draft = self.draft
        org = draft.organization
        parts, place, held = contacts.get("controller", ({}, "", ""))
        org["name"] = parts.get("name") or "TODO: the organisation's name"
        if "name" not in parts:
            draft.note(
                "unmapped",
                self.grid.title,
                "",
                "no controller name above the table: organisation name left to fill in",
            )
            comment(org, "name", "import: fill in the organisation's name")
        address = parts.get("address", "")
        org["address"] = address or "TODO: the organisation's postal address"
        if not address:
            comment(org, "address", "import: fill in the postal address")
            draft.note(
                "unmapped",
                place or self.grid.title,
                held,
                "no postal address found: left to fill in",
            )
        country = _country_of_address(address)
        if country is not None:
            org["country"] = country.code
        elif self.mapping.default_country:
            org["country"] = self.mapping.default_country
            draft.guess(
                org,
                "country",
                place or self.grid.title,
                address,
                f"no country in the address: {self.mapping.default_country}, the template's",
            )
        else:
            org["country"] = "ZZ"
            draft.note(
                "unmapped",
                place or self.grid.title,
                address,
                "no country found: fill in the ISO code",
            )
        for key in ("email", "phone", "website"):
            if parts.get(key):
                org[key] = parts[key]
        if org["country"] == "GB":
            org["jurisdiction"] = "uk-gdpr"
            draft.guess(
                org,
                "jurisdiction",
                place or self.grid.title,
                org["country"],
                "an organisation in the United Kingdom: the record is kept under the UK GDPR",
            )
        for key in ("dpo", "representative"):
            if key not in contacts:
                continue
            found, where, raw = contacts[key]
            contact = CommentedMap()
            for field in ("name", "email", "phone", "address"):
                if found.get(field):
                    contact[field] = found[field]
            if key == "representative":
                rep_country = _country_of_address(found.get("address", ""))
                if rep_country is not None:
                    contact["country"] = rep_country.code
            if contact:
                org[key] = contact
            else:
                draft.note("unmapped", where, raw, f"no {key} contact could be read")

    # ------------------------------------------------------------------ activities

    def read_rows(self) -> None:
        header, grid = self.header, self.grid
        for column, title in header.unknown.items():
            self.draft.note(
                "unmapped",
                grid.place(header.row, column),
                title,
                "column not in the mapping: its cells were not imported",
            )
        for row in range(header.row + 1, grid.max_row + 1):
            values = {c: grid.text(row, c) for c in header.columns}
            filled = {
                c: v for c, v in values.items() if v and header.columns[c].field != "unmapped"
            }
            if not filled:
                continue
            if len(filled) < 2:
                ((column, text),) = filled.items()
                self.draft.note(
                    "unmapped",
                    grid.place(row, column),
                    text,
                    "a row with one filled cell, read as a note under the table, not as an activity",
                )
                continue
            self._activity(row, values)
            for column, text in header.unknown.items():
                del text
                held = grid.text(row, column)
                if held:
                    self.draft.note(
                        "unmapped",
                        grid.place(row, column),
                        held,
                        f"column '{header.unknown[column]}' is not in the mapping",
                    )

    def _activity(self, row: int, values: dict[int, str]) -> None:
        draft, grid = self.draft, self.grid
        by_field: dict[str, list[tuple[str, str, ColumnSpec]]] = {}
        for column, text in values.items():
            if not text:
                continue
            spec = self.header.columns[column]
            if spec.field == "unmapped":
                draft.note("unmapped", grid.place(row, column), text, spec.reason or "not imported")
                continue
            by_field.setdefault(spec.field, []).append((text, grid.place(row, column), spec))
        Activity(self, by_field, row).build()


def _contact_field(text: str) -> str | None:
    folded = ft.fold(text)
    return {
        "name": "name",
        "nom": "name",
        "address": "address",
        "adresse": "address",
        "postal address": "address",
        "email": "email",
        "e mail": "email",
        "email address": "email",
        "courriel": "email",
        "telephone": "phone",
        "phone": "phone",
        "telephone number": "phone",
        "phone number": "phone",
        "tel": "phone",
    }.get(folded)


def _country_of_address(address: str) -> ft.Reading | None:
    if not address:
        return None
    last = re.split(r"[,\n]", address)[-1].strip()
    found = ft.country(last) if last else None
    if found is not None and found.guess is None:
        return found
    return None


def _items(text: str, split: str) -> list[str]:
    if split == "none":
        return [text.strip()] if text.strip() else []
    if split == "lines":
        return ft.split_lines(text)
    return ft.split_items(text, commas=split == "list")


_NONE = {
    "none",
    "n a",
    "na",
    "no",
    "not applicable",
    "nil",
    "aucun",
    "aucune",
    "sans objet",
    "non",
    "neant",
}


def is_none(text: str) -> bool:
    return ft.fold(text) in _NONE or not ft.fold(text)


class Activity:
    """One row: the activity's fields, read cell by cell."""

    def __init__(
        self, reader: RowReader, by_field: dict[str, list[tuple[str, str, ColumnSpec]]], row: int
    ) -> None:
        self.reader = reader
        self.draft = reader.draft
        self.fields = by_field
        self.row = row
        self.entry = CommentedMap()
        self.purposes: list[CommentedMap] = []

    def first(self, field: str) -> tuple[str, str] | None:
        found = self.fields.get(field)
        return (found[0][0], found[0][1]) if found else None

    def all(self, field: str) -> list[tuple[str, str, str]]:
        """(item, place, whole cell) for every item of every cell of `field`."""
        return [
            (item, place, text)
            for text, place, spec in self.fields.get(field, [])
            for item in _items(text, spec.split)
        ]

    def build(self) -> None:
        draft, entry = self.draft, self.entry
        self._name_and_purposes()
        if found := self.first("description"):
            entry["description"] = found[0]
        if found := self.first("owner"):
            entry["owner"] = " ".join(found[0].split())
        self._purposes_bases()
        self._people_and_data()
        self._recipients()
        self._retention()
        self._measures()
        self._sources()
        self._consent()
        self._automated()
        self._systems()
        self._dpia()
        for key in ("created", "last_reviewed"):
            if found := self.first(key):
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", found[0]):
                    entry[key] = found[0]
                else:
                    draft.note(
                        "unmapped", found[1], found[0], f"not a date (YYYY-MM-DD): {key} left out"
                    )
        ordered = CommentedMap()
        for key in ("id", "name", "description", "owner"):
            if key in entry:
                ordered[key] = entry[key]
        for key in entry:
            if key not in ordered:
                ordered[key] = entry[key]
        ordered.ca.items.update(entry.ca.items)
        draft.activities.append(ordered)

    # -------------------------------------------------------------- name and purposes

    def _name_and_purposes(self) -> None:
        draft, entry = self.draft, self.entry
        name_cell = self.first("name")
        cells = self.fields.get("purposes", [])
        lines: list[str] = []
        raw_name = None
        place = cells[0][1] if cells else self.reader.grid.place(self.row, 1)
        for text, _place, _spec in cells:
            raw = [line for line in text.splitlines() if line.strip()]
            if len(raw) > 1 and not _bulleted(raw[0]) and all(_bulleted(x) for x in raw[1:]):
                raw_name = raw_name or raw[0].strip().rstrip(":")
                lines.extend(ft.strip_bullet(x) for x in raw[1:])
            else:
                lines.extend(ft.split_lines(text))
        if name_cell:
            name = " ".join(name_cell[0].split())
        elif raw_name:
            name = raw_name
        elif lines:
            name = _short(lines[0])
        else:
            name = f"Activity in row {self.row}"
        entry["id"] = draft.id_maker("activities").make(name)
        entry["name"] = name
        if not name_cell and not raw_name:
            if lines:
                draft.guess(
                    entry, "name", place, lines[0], "activity named after its first purpose"
                )
            else:
                draft.guess(
                    entry, "name", place, "", "no purpose given: activity named after its row"
                )
        for line in lines or [name]:
            purpose = CommentedMap()
            purpose["description"] = line
            self.purposes.append(purpose)
        if not lines:
            draft.note(
                "unmapped",
                place,
                "",
                "no purpose of processing: the activity's name is used, state the purpose",
            )

    def _purposes_bases(self) -> None:
        draft = self.draft
        purposes = self.purposes
        cells = self.fields.get("legal_basis", [])
        numbered_any = False
        flat: list[tuple[ft.Reading, str, str]] = []
        for text, place, _spec in cells:
            numbered = ft.numbered_lines(text)
            if numbered and len(purposes) > 1:
                numbered_any = True
                for number, line in numbered.items():
                    if 1 <= number <= len(purposes):
                        self._add_bases(purposes[number - 1], ft.legal_bases(line), place, line)
                    else:
                        draft.note(
                            "unmapped",
                            place,
                            line,
                            f"basis numbered {number}, but there are {len(purposes)} purposes",
                        )
                continue
            readings = ft.legal_bases(text)
            if not readings and not is_none(text):
                draft.note(
                    "unmapped",
                    place,
                    text,
                    "no Art. 6(1) lawful basis recognised: legal_basis left to fill in",
                )
            flat.extend((reading, place, text) for reading in readings)
        if flat:
            codes = list(dict.fromkeys(r.code for r, _, _ in flat))
            place, text = flat[0][1], flat[0][2]
            for purpose in purposes:
                self._add_bases(purpose, [r for r, _, _ in flat], place, text)
            if len(purposes) > 1 and not numbered_any:
                draft.guess(
                    purposes[0],
                    "legal_basis",
                    place,
                    text,
                    f"{', '.join(codes)} given for the activity, set on each of its {len(purposes)} purposes: check which applies to which",
                )
        self._interests()
        self.entry["purposes"] = seq(purposes)
        if found := self.first("special_category_condition"):
            text, place = found
            reading = ft.art9_condition(text)
            if reading is not None:
                self.entry["special_category_condition"] = reading.code
                if reading.guess:
                    draft.guess(
                        self.entry, "special_category_condition", place, text, reading.guess
                    )
            elif not is_none(text):
                draft.note(
                    "unmapped", place, text, "no Art. 9(2) condition recognised: left to fill in"
                )
        if (found := self.first("criminal_data_authority")) and not is_none(found[0]):
            self.entry["criminal_data_authority"] = found[0]

    def _add_bases(
        self, purpose: CommentedMap, readings: list[ft.Reading], place: str, text: str
    ) -> None:
        existing = purpose.get("legal_basis")
        codes = [existing] if isinstance(existing, str) else list(existing or [])
        for reading in readings:
            if reading.code not in codes:
                codes.append(reading.code)
        if not codes:
            return
        purpose["legal_basis"] = codes[0] if len(codes) == 1 else seq(codes)
        for reading in readings:
            if reading.guess:
                self.draft.guess(purpose, "legal_basis", place, text, reading.guess)

    def _interests(self) -> None:
        with_li = [p for p in self.purposes if _has_basis(p, "legitimate-interests")]
        targets = with_li or self.purposes[:1]
        for field, key in (("legitimate_interest", "legitimate_interest"), ("lia", "lia")):
            cells = self.fields.get(field, [])
            for text, place, _spec in cells:
                if is_none(text):
                    continue
                numbered = ft.numbered_lines(text)
                pairs: list[tuple[CommentedMap, str]]
                if numbered and len(self.purposes) > 1:
                    pairs = [
                        (self.purposes[n - 1], v)
                        for n, v in numbered.items()
                        if 1 <= n <= len(self.purposes)
                    ]
                else:
                    pairs = [(p, text.strip()) for p in targets]
                for purpose, value in pairs:
                    if key == "lia":
                        lia = CommentedMap()
                        lia["reference"] = value
                        purpose["lia"] = lia
                    else:
                        purpose["legitimate_interest"] = value
                if not with_li:
                    self.draft.guess(
                        targets[0],
                        key,
                        place,
                        text,
                        "no purpose relies on legitimate interests; set on the first purpose",
                    )

    # -------------------------------------------------------------- people and data

    def _people_and_data(self) -> None:
        draft = self.draft
        for field, kind in (
            ("data_subjects", "data_subjects"),
            ("data_categories", "data_categories"),
        ):
            ids = seq()
            for item, place, _text in self.all(field):
                if is_none(item):
                    continue
                entry, created = draft.entry(kind, item, place)
                if entry["id"] not in ids:
                    ids.append(entry["id"])
                if created and kind == "data_categories":
                    self._special(entry, item, place)
            if ids:
                self.entry[field] = ids
        condition = self.entry.get("special_category_condition")
        if condition and not any(_special_of(c) for c in self._categories()):
            found = self.first("special_category_condition")
            draft.note(
                "guess" if self._categories() else "unmapped",
                found[1] if found else "",
                condition,
                "an Art. 9 condition is given but no data category reads as special: mark the special category (`special:`) on the right data category",
            )

    def _categories(self) -> list[CommentedMap]:
        ids = set(self.entry.get("data_categories", []))
        return [c for c in self.draft.entries["data_categories"] if c["id"] in ids]

    def _special(self, entry: CommentedMap, item: str, place: str) -> None:
        kind = special_kind(item)
        if kind is not None:
            entry["special"] = kind
            self.draft.guess(
                entry, "special", place, item, f"'{item}' read as special category data ({kind})"
            )
        if re.search(
            r"\b(criminal|convictions?|offences?|casier|condamnations?|infractions?|dbs)\b",
            ft.fold(item),
        ):
            entry["criminal"] = True
            self.draft.guess(
                entry, "criminal", place, item, f"'{item}' read as criminal offence data (Art. 10)"
            )

    # -------------------------------------------------------------- recipients, transfers

    def _recipients(self) -> None:
        draft = self.draft
        ids = seq()
        names: dict[str, CommentedMap] = {}
        for item, place, _text in self.all("recipients"):
            if is_none(item):
                continue
            name, role = _name_and_role(item)
            entry, created = draft.entry("recipients", name, place)
            if created and role:
                entry["role"] = role
            if entry["id"] not in ids:
                ids.append(entry["id"])
            names[ft.same_name(name)] = entry
        joint = seq()
        for item, place, _text in self.all("joint_controllers"):
            if is_none(item):
                continue
            parts = ft.contact_parts(item)
            entry, created = draft.entry("recipients", parts.get("name", item), place)
            if created:
                entry["role"] = "joint-controller"
                contact = CommentedMap(
                    (k, v) for k, v in parts.items() if k in ("email", "phone", "address")
                )
                if contact:
                    entry["contact"] = contact
            if entry["id"] not in joint:
                joint.append(entry["id"])
        for item, place, text in self.all("processor_contracts"):
            if is_none(item):
                continue
            name, _, reference = (
                item.partition(":")
                if ":" in item and not item.lower().startswith("http")
                else ("", "", item)
            )
            target = names.get(ft.same_name(name)) if name else None
            if target is None and len(names) == 1 and not name:
                target = next(iter(names.values()))
            if target is None:
                draft.note(
                    "unmapped",
                    place,
                    item,
                    "a processor contract whose recipient could not be told: write 'Recipient: reference'",
                )
                continue
            contract = CommentedMap()
            contract["type"] = "dpa"
            contract["reference"] = reference.strip()
            target["contract"] = contract
            target.setdefault("role", "processor")
            del text
        self._transfers(names, ids)
        if ids:
            self.entry["recipients"] = ids
        if joint:
            self.entry["joint_controllers"] = joint

    def _transfers(self, names: dict[str, CommentedMap], ids: list[str]) -> None:
        draft = self.draft
        countries = [
            (item, place) for item, place, _ in self.all("third_countries") if not is_none(item)
        ]
        safeguards = [
            (item, place) for item, place, _ in self.all("transfer_safeguards") if not is_none(item)
        ]
        if not countries:
            for item, place in safeguards:
                draft.note(
                    "unmapped", place, item, "a safeguard with no third country named: not imported"
                )
            return
        for index, (item, place) in enumerate(countries):
            country_text, detail, recipient_name = _transfer_parts(item)
            if recipient_name and ft.same_name(recipient_name) not in names:
                # "(module 2)", "(see DPA)": not one of the activity's recipients
                country_text, detail, recipient_name = _transfer_parts(item, with_recipient=False)
            reading = ft.country(country_text)
            if reading is None:
                draft.note("unmapped", place, item, "no country recognised: transfer not imported")
                continue
            guard = ft.safeguard(detail) if detail else None
            guard_place, guard_text = place, detail
            if guard is None and safeguards:
                pick = safeguards[index] if len(safeguards) == len(countries) else safeguards[0]
                guard = ft.safeguard(pick[0])
                guard_place, guard_text = pick[1], pick[0]
            recipient = names.get(ft.same_name(recipient_name)) if recipient_name else None
            why = ""
            if recipient is None:
                recipient = self._located(names, reading.code)
                if recipient is not None:
                    why = f"transfer set on {recipient['name']}, the recipient the sheet places in {reading.code}"
            if recipient is None:
                external = [r for r in names.values() if r.get("role") not in ("internal",)]
                if len(external) == 1:
                    recipient = external[0]
                    why = f"transfer set on the activity's only recipient, {recipient['name']}"
                else:
                    recipient, created = draft.entry(
                        "recipients", f"Recipient in {_country_name(reading.code)}", place
                    )
                    if recipient["id"] not in ids:
                        ids.append(recipient["id"])
                    if created:
                        draft.guess(
                            recipient,
                            "name",
                            place,
                            item,
                            "the sheet does not say who receives the data there: rename this entry or move its transfer",
                        )
            transfers = recipient.setdefault("transfers", seq())
            if any(t.get("country") == reading.code for t in transfers):
                continue
            transfer = CommentedMap()
            transfer["country"] = reading.code
            if reading.guess:
                draft.guess(transfer, "country", place, item, reading.guess)
            if guard is not None:
                transfer["mechanism"] = guard.mechanism
                if guard.scc_module:
                    transfer["scc_module"] = guard.scc_module
                if guard.derogation:
                    transfer["derogation"] = guard.derogation
            else:
                draft.note(
                    "unmapped",
                    guard_place,
                    guard_text or item,
                    f"no transfer safeguard recognised for {reading.code}: mechanism left to fill in",
                )
            transfers.append(transfer)
            if why:
                draft.guess(transfer, "country", place, item, why)

    def _located(self, names: dict[str, CommentedMap], code: str) -> CommentedMap | None:
        """The one recipient that the location column or the recipients column places in
        country `code` ("Mailchimp (United States)"), when there is exactly one."""
        found = []
        for item, _place, _text in [*self.all("systems"), *self.all("recipients")]:
            match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)
            if not match:
                continue
            recipient = names.get(ft.same_name(match.group(1)))
            inside = [ft.country(part) for part in re.split(r"[,;]", match.group(2))]
            placed = any(r is not None and r.code == code for r in inside)
            if recipient is not None and placed and recipient not in found:
                found.append(recipient)
        return found[0] if len(found) == 1 else None

    # -------------------------------------------------------------- the rest

    def _retention(self) -> None:
        found = self.fields.get("retention", [])
        if not found:
            return
        text, place, _spec = found[0]
        if is_none(text):
            return
        reading = ft.retention("\n".join(t for t, _, _ in found))
        retention = CommentedMap()
        if reading.period:
            retention["period"] = reading.period
        if reading.start:
            retention["from"] = reading.start
            if reading.guess:
                self.draft.guess(retention, "from", place, text, reading.guess)
        if reading.criteria:
            retention["criteria"] = seq(list(reading.criteria))
        if reading.archive:
            retention["archive"] = reading.archive
        if not reading.period:
            self.draft.note("info", place, text, "no duration in the retention: kept as criteria")
        self.entry["retention"] = retention

    def _measures(self) -> None:
        ids = seq()
        for item, place, _text in self.all("security_measures"):
            if is_none(item):
                continue
            entry, _ = self.draft.entry("security_measures", item, place)
            if entry["id"] not in ids:
                ids.append(entry["id"])
        if ids:
            self.entry["security_measures"] = ids

    def _sources(self) -> None:
        sources = seq()
        for item, place, _text in self.all("sources"):
            if is_none(item):
                continue
            kind, description, guessed = source_kind(item)
            source = CommentedMap()
            source["type"] = kind
            if description:
                source["description"] = description
            sources.append(source)
            if guessed:
                self.draft.guess(source, "type", place, item, f"source type read as {kind}")
        if sources:
            self.entry["sources"] = sources

    def _consent(self) -> None:
        found = self.first("consent_records")
        if found and not is_none(found[0]):
            consent = CommentedMap()
            consent["records"] = found[0]
            self.entry["consent"] = consent

    def _automated(self) -> None:
        found = self.first("automated_decisions")
        if not found:
            return
        text, place = found
        answer = ft.yes_no(text.split(":")[0].split("-")[0])
        if answer is False or is_none(text):
            return
        detail = re.sub(r"^\s*(yes|oui)\s*[:,.-]?\s*", "", text, flags=re.IGNORECASE).strip()
        profiling = CommentedMap()
        if detail:
            profiling["description"] = detail
        self.entry["profiling"] = profiling
        self.draft.guess(
            self.entry,
            "profiling",
            place,
            text,
            "read as profiling; if decisions with legal or similar effects are made solely by machine, add automated_decisions (Art. 22)",
        )

    def _systems(self) -> None:
        items = [item for item, _place, _ in self.all("systems") if not is_none(item)]
        if items:
            self.entry["systems"] = seq(list(dict.fromkeys(items)))

    def _dpia(self) -> None:
        required = self.first("dpia_required")
        progress = self.first("dpia_progress")
        reference = self.first("dpia_reference")
        reading = ft.dpia_status(required[0] if required else "", progress[0] if progress else "")
        if reading is None and not (reference and not is_none(reference[0])):
            if required and not is_none(required[0]):
                self.draft.note(
                    "unmapped", required[1], required[0], "DPIA answer not understood: left out"
                )
            return
        dpia = CommentedMap()
        dpia["status"] = reading.code if reading else "completed"
        if reading and reading.guess:
            place = progress[1] if progress else ""
            self.draft.guess(dpia, "status", place, progress[0] if progress else "", reading.guess)
        if reference and not is_none(reference[0]):
            match = re.match(r"^(.*?)\s*\((?:dated|du|of)\s+(\d{4}-\d{2}-\d{2})\)$", reference[0])
            if match:
                dpia["reference"] = match.group(1)
                dpia["date"] = match.group(2)
            else:
                dpia["reference"] = reference[0]
            if reading is None:
                self.draft.guess(
                    dpia,
                    "status",
                    reference[1],
                    reference[0],
                    "a DPIA is linked: read as completed",
                )
        self.entry["dpia"] = dpia


def _country_name(code: str) -> str:
    from babel import Locale

    return str(Locale("en").territories.get(code, code))


def _bulleted(line: str) -> bool:
    return bool(re.match(r"^\s*(?:[-•*·–]|\d{1,2}[.)])\s+", line))


def _short(text: str) -> str:
    text = " ".join(text.split()).rstrip(".")
    if len(text) <= NAME_LIMIT:
        return text
    cut = text[:NAME_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _has_basis(purpose: CommentedMap, code: str) -> bool:
    basis = purpose.get("legal_basis")
    return basis == code or (isinstance(basis, list) and code in basis)


_ROLE_WORDS = (
    ("sub processor", "sub-processor"),
    ("sous traitant ulterieur", "sub-processor"),
    ("joint controller", "joint-controller"),
    ("responsable conjoint", "joint-controller"),
    ("processor", "processor"),
    ("sous traitant", "processor"),
    ("controller", "controller"),
    ("responsable de traitement", "controller"),
    ("public authority", "public-authority"),
    ("autorite publique", "public-authority"),
    ("internal", "internal"),
    ("interne", "internal"),
)


def _name_and_role(item: str) -> tuple[str, str | None]:
    """ "Mailchimp (processor, United States)" → ("Mailchimp", "processor")."""
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)
    if not match:
        return item.strip(), None
    inside = ft.fold(match.group(2))
    for words, role in _ROLE_WORDS:
        if words in inside:
            return match.group(1).strip(), role
    return item.strip(), None


def _transfer_parts(item: str, with_recipient: bool = True) -> tuple[str, str, str]:
    """ "United States (US): SCCs, module 2 (Mailchimp)" → country, safeguard, recipient."""
    recipient = ""
    match = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)
    if with_recipient and match and ":" in match.group(1):
        item, recipient = match.group(1), match.group(2).strip()
    country, _, detail = item.partition(":")
    if not detail:
        for separator in (" - ", " – ", " via ", " under "):
            if separator in item:
                country, _, detail = item.partition(separator)
                break
    return country.strip(), detail.strip(), recipient


_SPECIAL_WORDS = (
    (
        r"\b(health|medical|medicine|clinical|dental|treatment|diagnos\w*|allerg\w*|sickness|illness|disabilit\w*|sante|medicale?s?|handicap)\b",
        "health",
    ),
    (r"\b(biometric\w*|fingerprints?|facial|biometrique\w*|empreintes?)\b", "biometric"),
    (r"\b(genetic|dna|genetique\w*|adn)\b", "genetic"),
    (r"\b(ethnic\w*|racial|race|ethnique\w*)\b", "racial-ethnic-origin"),
    (r"\b(political|politiques?)\b", "political-opinions"),
    (r"\b(religio\w*|philosophical|belief\w*|croyances?)\b", "religious-philosophical-beliefs"),
    (r"\b(trade union|union membership|syndica\w*)\b", "trade-union-membership"),
    (r"\b(sex life|sexual|orientation sexuelle|vie sexuelle)\b", "sex-life-orientation"),
)


def special_kind(name: str) -> str | None:
    """The Art. 9(1) category a data category's name reads as ("Medical history" → health)."""
    folded = ft.fold(name)
    for pattern, code in _SPECIAL_WORDS:
        if re.search(pattern, folded):
            return code
    return None


def _special_of(category: CommentedMap) -> str | None:
    value = category.get("special")
    return value if isinstance(value, str) else None


_SOURCE_WORDS = (
    (
        "data-subject",
        r"\b(data subject|the individual|individuals?|directly|themselves|from the person|person concerned|la personne|patients?|customers?|clients?|employees?|staff|applicants?|candidates?|members?|self)\b",
    ),
    (
        "observed",
        r"\b(observed|observation|cookies?|logs?|cctv|cameras?|tracking|website analytics|automatically|while using)\b",
    ),
    (
        "publicly-available",
        r"\b(public(ly)? (available|accessible|sources?)|companies house|public registers?|accessibles? au public|open sources?)\b",
    ),
    (
        "third-party",
        r"\b(third part(y|ies)|tiers|referr\w*|agenc\w*|employer|partners?|brokers?|gp|doctor|hmrc|credit reference)\b",
    ),
)
SOURCE_TYPES = ("data-subject", "observed", "third-party", "publicly-available")


def _source_codes() -> dict[str, str]:
    """How our own register writes each source type, in every language it is written in."""
    from ropa.importer.labels import code_labels

    return {ft.fold(label): code for code, label in code_labels("source", SOURCE_TYPES)}


def source_kind(item: str) -> tuple[str, str | None, bool]:
    """(type, description, guessed) for one source: "Third parties: GP referrals" is exact,
    "Patient registration form" is a guess (data-subject)."""
    label, _, rest = item.partition(":")
    code = _source_codes().get(ft.fold(label))
    if code is not None:
        return code, rest.strip() or None, False
    folded = ft.fold(item)
    for kind, pattern in _SOURCE_WORDS:
        if re.search(pattern, folded):
            return kind, item, True
    return "third-party", item, True
