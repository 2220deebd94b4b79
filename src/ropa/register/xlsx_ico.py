"""The controller register in the ICO template's columns (`ropa export xlsx --layout ico`).

A DPO can hand colleagues the sheet they know and take their edits back with
`ropa import`: the columns are the ICO's thirty, in the template's order and with its
titles (they come from the shipped mapping `ropa/importer/layouts/ico.toml`, so export and
import can never disagree on them), and each cell is written as a person would type it:
names one a line, the activity's name above its purposes, bases numbered per purpose, a
retention period in words, each transfer as "country: safeguard (recipient)". What the
template has no column for (transfer impact assessments, basis notes...) is left out: the
full register stays the default layout. Above the header, the controller, the DPO and the
representative, as in the template. Texts are in the register's language; words of ours
come from the register's word source.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any

from ropa.i18n.register_words import Words
from ropa.register.document import ActivityEntry, ContactEntry, Register, TransferEntry
from ropa.register.tables import (
    Step,
    dated,
    lines,
    no_progress,
    retention_text,
    sources_text,
)

HEADER_ROW = 8
WIDTHS = {"purposes": 44, "third_countries": 44, "retention": 32, "legal_basis": 30}
DEFAULT_WIDTH = 24
FIRST_WIDTH = 42  # the contact block's labels sit in the first column too
LINE_POINTS = 15  # one line of 10 pt text, and some air


def _width(field: str) -> int:
    return WIDTHS.get(field, DEFAULT_WIDTH)


def wrapped_lines(text: str, width: int) -> int:
    """How many lines `text` takes in a column `width` units wide, wrapped at words and
    measured in the workbook's font (as the default layout's rows are)."""
    from ropa.register.text_width import wrapped_lines as measured

    return sum(measured(line, width) for line in text.splitlines() or [""])


def _capital(text: str) -> str:
    """A line begins with a capital, as a person writes a cell ("The person concerned")."""
    return text[:1].upper() + text[1:]


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _purposes(activity: ActivityEntry) -> str:
    bullets = [f"- {_one_line(p.description)}" for p in activity.purposes if p.description]
    return lines([_one_line(activity.name), *bullets])


def _per_purpose(activity: ActivityEntry, values: list[str]) -> str:
    """One value for a single purpose; numbered like the purposes when there are several."""
    if len(activity.purposes) <= 1:
        return values[0] if values else ""
    return lines(f"{n}. {v}" for n, v in enumerate(values, 1) if v)


def _bases(words: Words, activity: ActivityEntry) -> str:
    return _per_purpose(
        activity,
        [", ".join(words.labels_of("legal_basis", p.legal_bases)) for p in activity.purposes],
    )


def _interests(activity: ActivityEntry) -> str:
    return _per_purpose(activity, [_one_line(p.legitimate_interest) for p in activity.purposes])


def _lias(words: Words, activity: ActivityEntry) -> str:
    return _per_purpose(
        activity, [dated(words, p.lia_reference, p.lia_date) for p in activity.purposes]
    )


def _contact_line(name: str | None, contact: ContactEntry | None) -> str:
    if contact is None:
        return _one_line(name)
    parts = [name or contact.name, contact.email, contact.phone, contact.address]
    return ", ".join(_one_line(p) for p in parts if p)


def _recipients(words: Words, activity: ActivityEntry) -> str:
    found = []
    for recipient in activity.recipients:
        role = words.label("recipient_role", recipient.role)
        found.append(f"{recipient.name} ({role})" if role else recipient.name)
    return lines(found)


def _contracts(words: Words, activity: ActivityEntry) -> str:
    found = []
    for recipient in activity.recipients:
        contract = recipient.contract
        if recipient.role in ("processor", "sub-processor") and contract is not None:
            reference = dated(words, contract.reference, contract.date)
            if reference:
                found.append(f"{recipient.name}: {reference}")
    return lines(found)


def _transfer(words: Words, transfer: TransferEntry) -> str:
    """ "United States (US): Standard contractual clauses (Art. 46(2)(c)), Module 2,
    controller to processor (Mailchimp)": country, safeguard and recipient on one line."""
    detail = words.label("scc_module", transfer.scc_module) or words.label(
        "derogation", transfer.derogation
    )
    safeguard = words.label("mechanism", transfer.mechanism)
    if detail:
        safeguard = f"{safeguard}, {detail}"
    return f"{words.country(transfer.country)}: {safeguard} ({transfer.recipient_name})"


def _derogations(words: Words, activity: ActivityEntry) -> str:
    return lines(
        f"{words.country(t.country)}: {_one_line(t.note)}"
        for t in activity.transfers
        if t.mechanism == "derogation" and t.note
    )


def _automated(words: Words, activity: ActivityEntry) -> str:
    decisions = activity.automated_decisions
    details = [
        _one_line(activity.profiling_description),
        *(
            _one_line(x)
            for x in (
                (decisions.logic, decisions.significance, decisions.consequences)
                if decisions
                else ()
            )
        ),
    ]
    if not activity.profiling and decisions is None:
        return words["no"].capitalize()
    detail = "; ".join(d for d in details if d)
    return f"{words['yes'].capitalize()}: {detail}" if detail else words["yes"].capitalize()


def _dpia(words: Words, activity: ActivityEntry) -> tuple[str, str, str]:
    dpia = activity.dpia
    if dpia is None or dpia.status is None:
        return "", "", ""
    required = words["no"] if dpia.status == "not-required" else words["yes"]
    progress = "" if dpia.status == "not-required" else words.label("dpia", dpia.status)
    return required.capitalize(), progress, dated(words, dpia.reference, dpia.date)


def ico_cells(words: Words, activity: ActivityEntry) -> dict[str, str]:
    """The cells of one activity, by the field each ICO column maps to."""
    required, progress, reference = _dpia(words, activity)
    return {
        "owner": activity.owner or "",
        "purposes": _purposes(activity),
        "joint_controllers": lines(
            _contact_line(r.name, r.contact) for r in activity.joint_controllers
        ),
        "data_subjects": lines(s.name for s in activity.data_subjects),
        "data_categories": lines(c.name for c in activity.data_categories),
        "recipients": _recipients(words, activity),
        "processor_contracts": _contracts(words, activity),
        "third_countries": lines(_transfer(words, t) for t in activity.transfers),
        "transfer_safeguards": _derogations(words, activity),
        "retention": retention_text(words, activity),
        "security_measures": lines(m.name for m in activity.security_measures),
        "legal_basis": _bases(words, activity),
        "special_category_condition": words.label("art9", activity.special_category_condition),
        "legitimate_interest": _interests(activity),
        "lia": _lias(words, activity),
        "automated_decisions": _automated(words, activity),
        "sources": lines(_capital(x) for x in sources_text(words, activity).splitlines()),
        "consent_records": _one_line(activity.consent.records) if activity.consent else "",
        "systems": lines(activity.systems),
        "dpia_required": required,
        "dpia_progress": progress,
        "dpia_reference": reference,
    }


# the template's own labels for its contact block, like its column titles
CONTACT_HEADINGS = ("Name", "Address", "Email", "Telephone")


def _block(
    sheet: Any,
    register: Register,
    words: Words,
    labels: dict[str, tuple[str, ...]],
    put: Any,
    style: str,
    cell_style: str,
) -> None:
    org = register.organization
    put(sheet, 1, 1, f"{words['title']}: {org.name}", style)
    for column, heading in enumerate(CONTACT_HEADINGS, 2):
        put(sheet, 3, column, heading, style)
    rows: list[tuple[str, str | None, str | None, str | None, str | None]] = [
        (labels["controller"][0], org.name, org.address, org.email, org.phone)
    ]
    if org.dpo is not None:
        dpo = org.dpo
        rows.append((labels["dpo"][0], dpo.name, dpo.address, dpo.email, dpo.phone))
    if org.representative is not None:
        rep = org.representative
        rows.append((labels["representative"][0], rep.name, rep.address, rep.email, rep.phone))
    # the block shares the table's columns: owner, purposes, joint controllers, subjects...
    widths = (FIRST_WIDTH, _width("purposes"), DEFAULT_WIDTH, DEFAULT_WIDTH, DEFAULT_WIDTH)
    for row, values in enumerate(rows, 4):
        tallest = 1
        for column, value in enumerate(values, 1):
            if value:
                cell = put(sheet, row, column, _one_line(value), cell_style)
                if column == 1:  # the label: bold, at the top of its row like the values
                    cell.font = copy(sheet.cell(row=3, column=2).font)
                tallest = max(tallest, wrapped_lines(_one_line(value), widths[column - 1]))
        sheet.row_dimensions[row].height = LINE_POINTS * tallest + 4


def write(register: Register, target: Path, step: Step = no_progress) -> None:
    """Write the ICO-layout workbook to `target`, which the caller opened atomically."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from ropa.importer.mapping import shipped
    from ropa.register.xlsx import (
        CELL_STYLE,
        HEADER_STYLE,
        LABEL_STYLE,
        _named_styles,
        _properties,
        put,
    )

    words = Words(register.language, register.organization.jurisdiction)
    mapping = shipped("ico")
    workbook = Workbook()
    _named_styles(workbook)
    sheet = workbook.active
    sheet.title = "Controller"
    _block(sheet, register, words, mapping.block, put, LABEL_STYLE, CELL_STYLE)
    for column, spec in enumerate(mapping.columns, 1):
        put(sheet, HEADER_ROW, column, spec.titles[0], HEADER_STYLE)
        width = FIRST_WIDTH if column == 1 else _width(spec.field)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 75
    for row, activity in enumerate(register.controller_activities, HEADER_ROW + 1):
        cells = ico_cells(words, activity)
        filled: set[str] = set()
        tallest = 1
        for column, spec in enumerate(mapping.columns, 1):
            value = cells.get(spec.field, "") if spec.field not in filled else ""
            filled.add(spec.field)  # the template's second Article 6 column stays empty
            if value:
                put(sheet, row, column, value, CELL_STYLE)
                width = _width(spec.field) if column > 1 else FIRST_WIDTH
                tallest = max(tallest, wrapped_lines(value, width))
        # LibreOffice does not grow rows of an openpyxl file: give each its wrapped height
        sheet.row_dimensions[row].height = LINE_POINTS * tallest + 4
        step()
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _properties(workbook, register, words)
    workbook.save(target)
