"""Exporters of the register, and the tables they share.

The Excel workbook and the PDF are drawn from the same `Table`s, built here from the
normalized `Register`: a cell reads the same in both formats because it is the same string.
Each exporter module imports its heavy library (openpyxl, typst) inside its
functions, so importing this package costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ropa.i18n.register_words import Words
from ropa.register.document import (
    ActivityEntry,
    ClientEntry,
    ContactEntry,
    RecipientEntry,
    Register,
    TransferEntry,
)

Step = Callable[[], None]


def no_progress() -> None:
    """The default progress callback: report nothing."""


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    width: int  # in characters, for the workbook; the PDF derives proportions from it


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    reference: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]


# ---------------------------------------------------------------------------- cell texts


def lines(items: Iterable[str]) -> str:
    return "\n".join(item for item in items if item)


def numbered(items: list[str]) -> str:
    if len(items) <= 1:
        return lines(items)
    return lines(f"{index}. {item}" for index, item in enumerate(items, 1) if item)


def contact_text(contact: ContactEntry | None) -> str:
    if contact is None:
        return ""
    return ", ".join(
        part for part in (contact.name, contact.email, contact.phone, contact.address) if part
    )


def dated(words: Words, reference: str | None, date: str | None, thing: str = "") -> str:
    """A reference with its date; without a reference, the date says what it dates
    (`thing`), never a bare "dated 2023-10-20"."""
    if reference and date:
        return f"{reference} ({words['dated']} {date})"
    if reference:
        return reference
    if date and thing:
        return f"{thing} {words['dated']} {date}"
    return ""


def dpf_listing_text(transfer: TransferEntry) -> str:
    """The date of the last check, then the list entry checked."""
    parts = (transfer.dpf_listing_date, transfer.dpf_listing_reference)
    return ", ".join(part for part in parts if part)


def transfer_text(words: Words, transfer: TransferEntry, with_recipient: bool = True) -> str:
    safeguard = words.label("mechanism", transfer.mechanism)
    detail = words.label("scc_module", transfer.scc_module) or words.label(
        "derogation", transfer.derogation
    )
    text = f"{words.country(transfer.country)}{words.colon}{safeguard}"
    if detail:
        text += f", {detail}"
    if transfer.tia_reference or transfer.tia_date:
        tia = dated(words, transfer.tia_reference, transfer.tia_date)
        text += f"{words.semicolon}{words['tia']} {tia}"
    if transfer.dpf_listing_date:
        text += f"{words.semicolon}{words['dpf_checked']}{words.colon}{transfer.dpf_listing_date}"
    if with_recipient:
        text += f" ({transfer.recipient_name})"
    return text


def contract_text(words: Words, recipient: RecipientEntry) -> str:
    contract = recipient.contract
    if contract is None:
        return ""
    kind = words.label("contract", contract.type) or words["contract"]
    if contract.reference:
        return f"{kind} {dated(words, contract.reference, contract.date)}"
    return dated(words, None, contract.date, kind) or kind


def retention_text(words: Words, activity: ActivityEntry) -> str:
    retention = activity.retention
    if retention is None:
        return ""
    first = words.period(retention.period)
    if retention.start:
        first = (words["period_from"] % {"period": first, "start": retention.start}).strip()
    parts = [first, *retention.criteria]
    if retention.archive:
        parts.append(f"{words['then']}{words.colon}{retention.archive}")
    for rule in retention.per_category:
        period = words.period(rule.period)
        if rule.start:
            period = (words["period_from"] % {"period": period, "start": rule.start}).strip()
        parts.append(f"{', '.join(rule.categories)}{words.colon}{period}")
    return lines(parts)


def retention_schedule(words: Words, activity: ActivityEntry) -> Table | None:
    """Art. 30(1)(f) per data category: one row for each `per_category` entry, then the
    activity's default for all other data; None when the activity has no such entry."""
    retention = activity.retention
    if retention is None or not retention.per_category:
        return None
    rows = [
        (
            ", ".join(rule.categories),
            words.period(rule.period),
            rule.start or "",
            lines(rule.criteria),
            rule.archive or "",
        )
        for rule in retention.per_category
    ]
    rows.append(
        (
            words["retention_default"],
            words.period(retention.period),
            retention.start or "",
            lines(retention.criteria),
            retention.archive or "",
        )
    )
    spec = (
        ("categories", 30),
        ("period", 16),
        ("retention_from", 30),
        ("criteria", 30),
        ("archive", 24),
    )
    return without_empty_columns(
        Table(
            "retention_schedule",
            words["retention_schedule"],
            "",
            _columns(words, spec),
            tuple(rows),
        )
    )


def category_text(words: Words, activity: ActivityEntry) -> str:
    items = []
    for category in activity.data_categories:
        marks = []
        if category.special:
            marks.append(
                f"{words['special']}{words.colon}{words.label('special', category.special)}"
            )
        if category.criminal:
            marks.append(words["criminal"])
        items.append(f"{category.name} [{'; '.join(marks)}]" if marks else category.name)
    return lines(items)


def legal_basis_text(words: Words, activity: ActivityEntry) -> str:
    per_purpose = []
    for purpose in activity.purposes:
        text = ", ".join(words.labels_of("legal_basis", purpose.legal_bases))
        if purpose.basis_note:
            text = f"{text} ({purpose.basis_note})" if text else purpose.basis_note
        per_purpose.append(text or "—")
    return numbered(per_purpose)


def interest_text(activity: ActivityEntry) -> str:
    return lines(p.legitimate_interest or "" for p in activity.purposes)


def lia_text(words: Words, activity: ActivityEntry) -> str:
    return lines(dated(words, p.lia_reference, p.lia_date, words["lia"]) for p in activity.purposes)


def recipient_name_text(words: Words, recipient: RecipientEntry) -> str:
    role = words.label("recipient_role", recipient.role)
    details = ", ".join(part for part in (role, words.country(recipient.country)) if part)
    return f"{recipient.name} ({details})" if details else recipient.name


def processor_contracts_text(words: Words, activity: ActivityEntry) -> str:
    return lines(
        f"{r.name}{words.colon}{contract_text(words, r) or '—'}"
        for r in activity.recipients
        if r.role in ("processor", "sub-processor")
    )


def joint_controllers_text(activity: ActivityEntry) -> str:
    return lines(
        f"{r.name} ({contact_text(r.contact)})" if r.contact else r.name
        for r in activity.joint_controllers
    )


def sources_text(words: Words, activity: ActivityEntry) -> str:
    return lines(
        f"{words.label('source', s.type)}{words.colon}{s.description}"
        if s.description
        else words.label("source", s.type)
        for s in activity.sources
    )


def consent_text(words: Words, activity: ActivityEntry) -> str:
    consent = activity.consent
    if consent is None:
        return ""
    return lines(
        f"{words[key]}{words.colon}{value}"
        for key, value in (
            ("consent_how", consent.how),
            ("consent_withdraw", consent.withdraw),
            ("consent_records", consent.records),
        )
        if value
    )


def profiling_text(words: Words, activity: ActivityEntry) -> str:
    if not activity.profiling:
        return words["no"]
    if not activity.profiling_description:
        return words["yes"]
    return f"{words['yes']}{words.colon}{activity.profiling_description}"


def automated_text(words: Words, activity: ActivityEntry) -> str:
    decisions = activity.automated_decisions
    if decisions is None:
        return words["no"]
    details = lines(
        f"{words[key]}{words.colon}{value}"
        for key, value in (
            ("logic", decisions.logic),
            ("significance", decisions.significance),
            ("consequences", decisions.consequences),
        )
        if value
    )
    return lines([words["yes"], details])


def provision_text(words: Words, activity: ActivityEntry) -> str:
    provision = activity.provision
    if provision is None:
        return ""
    return lines([words.label("provision", provision.requirement), provision.consequences or ""])


def dpia_status_text(words: Words, activity: ActivityEntry) -> str:
    """The DPIA's status; without a DPIA reference, the date is the status's own (the day
    the need for a DPIA was assessed), so it goes here."""
    dpia = activity.dpia
    if dpia is None:
        return ""
    status = words.label("dpia", dpia.status)
    if dpia.date and not dpia.reference:
        status = f"{status} ({dpia.date})"
    return lines([status, dpia.reason or ""])


def dpia_reference_text(words: Words, activity: ActivityEntry) -> str:
    dpia = activity.dpia
    return dated(words, dpia.reference, dpia.date) if dpia and dpia.reference else ""


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


# ---------------------------------------------------------------------------- the columns

# key → (heading key, width, how to read it from an activity)
ActivityCell = Callable[[Words, ActivityEntry], str]
ACTIVITY_FIELDS: tuple[tuple[str, str, int, ActivityCell], ...] = (
    ("id", "id", 18, lambda w, a: a.id),
    ("business_function", "business_function", 16, lambda w, a: a.owner or ""),
    ("activity", "activity", 28, lambda w, a: a.name),
    ("description", "description", 36, lambda w, a: a.description or ""),
    ("purposes", "purposes", 48, lambda w, a: numbered([p.description or "" for p in a.purposes])),
    ("legal_basis", "legal_basis", 30, legal_basis_text),
    (
        "art9_condition",
        "art9_condition",
        26,
        lambda w, a: w.label("art9", a.special_category_condition),
    ),
    ("art10_authority", "art10_authority", 22, lambda w, a: a.criminal_data_authority or ""),
    ("legitimate_interest", "legitimate_interest", 32, lambda w, a: interest_text(a)),
    ("lia", "lia", 22, lia_text),
    ("subjects", "subjects", 30, lambda w, a: lines(s.name for s in a.data_subjects)),
    ("categories", "categories", 36, category_text),
    (
        "recipient_categories",
        "recipient_categories",
        36,
        lambda w, a: lines(unique(r.category or r.name for r in a.recipients)),
    ),
    (
        "recipient_names",
        "recipient_names",
        40,
        lambda w, a: lines(recipient_name_text(w, r) for r in a.recipients),
    ),
    ("joint_controllers", "joint_controllers", 26, lambda w, a: joint_controllers_text(a)),
    ("processor_contracts", "processor_contracts", 40, processor_contracts_text),
    (
        "third_countries",
        "third_countries",
        48,
        lambda w, a: lines(transfer_text(w, t) for t in a.transfers) or w["no_transfers"],
    ),
    ("retention", "retention", 36, retention_text),
    ("measures", "measures", 40, lambda w, a: lines(m.name for m in a.security_measures)),
    ("sources", "sources", 32, sources_text),
    ("systems", "systems", 20, lambda w, a: lines(a.systems)),
    ("consent", "consent", 36, consent_text),
    ("profiling", "profiling", 30, profiling_text),
    ("automated_decisions", "automated_decisions", 24, automated_text),
    ("provision", "provision", 30, provision_text),
    ("risk", "risk", 22, lambda w, a: lines(w.labels_of("risk", a.risk))),
    ("dpia_status", "dpia_status", 16, dpia_status_text),
    ("dpia_reference", "dpia_reference", 22, dpia_reference_text),
    ("created", "created", 12, lambda w, a: a.created or ""),
    ("last_reviewed", "last_reviewed", 12, lambda w, a: a.last_reviewed or ""),
)


def applies(key: str, activity: ActivityEntry) -> bool:
    """Whether the field `key` is one this activity needs, so that its absence is worth
    saying ("Not recorded"): an LIA only with legitimate interests, an Art. 9 condition
    only with special categories, and so on."""
    bases = {basis for purpose in activity.purposes for basis in purpose.legal_bases}
    if key in ("legitimate_interest", "lia"):
        return "legitimate-interests" in bases
    if key == "art9_condition":
        return any(category.special for category in activity.data_categories)
    if key == "art10_authority":
        return any(category.criminal for category in activity.data_categories)
    if key == "consent":
        return "consent" in bases or activity.special_category_condition == "explicit-consent"
    if key == "dpia_reference":
        return activity.dpia is not None and activity.dpia.status in ("in-progress", "completed")
    if key == "joint_controllers":
        return activity.role == "joint-controller"
    if key == "processor_contracts":
        return any(r.role in ("processor", "sub-processor") for r in activity.recipients)
    return True


def activity_cells(words: Words, activity: ActivityEntry) -> list[tuple[str, str, str]]:
    """Every Art. 30 field of one activity: (key, heading, text)."""
    return [
        (key, words[heading], read(words, activity))
        for key, heading, _width, read in ACTIVITY_FIELDS
    ]


def _columns(words: Words, spec: Iterable[tuple[str, int]]) -> tuple[Column, ...]:
    return tuple(Column(key, words[key], width) for key, width in spec)


def controller_table(register: Register, words: Words, step: Step = no_progress) -> Table:
    rows: list[tuple[str, ...]] = []
    for activity in register.controller_activities:
        rows.append(tuple(text for _key, _heading, text in activity_cells(words, activity)))
        step()
    return Table(
        "controller_register",
        words["controller_register"],
        words["controller_register_ref"],
        tuple(Column(key, words[heading], width) for key, heading, width, _ in ACTIVITY_FIELDS),
        tuple(rows),
    )


def _client_row(words: Words, activity: ActivityEntry, client: ClientEntry) -> tuple[str, ...]:
    return (
        client.name,
        contact_text(client.contact),
        contact_text(client.representative),
        contact_text(client.dpo),
        activity.id,
        activity.name,
        numbered([p.description or "" for p in activity.purposes]),
        lines(s.name for s in activity.data_subjects),
        category_text(words, activity),
        lines(recipient_name_text(words, r) for r in activity.recipients),
        lines(transfer_text(words, t) for t in activity.transfers) or words["no_transfers"],
        retention_text(words, activity),
        lines(m.name for m in activity.security_measures),
        activity.last_reviewed or "",
    )


def processor_table(register: Register, words: Words, step: Step = no_progress) -> Table:
    """Art. 30(2): one row for each controller served by each processing activity."""
    rows: list[tuple[str, ...]] = []
    for activity in register.processor_activities:
        rows.extend(_client_row(words, activity, client) for client in activity.on_behalf_of)
        step()
    spec = (
        ("controller", 28),
        ("controller_contact", 36),
        ("controller_representative", 26),
        ("controller_dpo", 26),
        ("id", 18),
        ("activity", 28),
        ("processing_categories", 44),
        ("subjects", 28),
        ("categories", 36),
        ("sub_processors", 40),
        ("third_countries", 48),
        ("retention", 32),
        ("measures", 40),
        ("last_reviewed", 12),
    )
    return Table(
        "processor_register",
        words["processor_register"],
        words["processor_register_ref"],
        _columns(words, spec),
        tuple(rows),
    )


def derogation_record(words: Words, transfer: TransferEntry) -> str:
    """For a derogation, what Art. 49(6) asks to be documented (the transfer's note) and,
    for compelling legitimate interests, when the supervisory authority was informed
    (Art. 49(1), second subparagraph); for any other transfer, its note."""
    informed = getattr(transfer, "authority_informed", None)
    return lines(
        [
            transfer.note or "",
            f"{words['authority_informed']}{words.colon}{informed}" if informed else "",
        ]
    )


def transfers_table(register: Register, words: Words) -> Table:
    """Art. 30(1)(e): each transfer with its safeguard; the SCC module and the derogation
    (with its exact paragraph) in columns of their own."""
    rows: list[tuple[str, ...]] = []
    for activity in register.activities:
        for transfer in activity.transfers:
            rows.append(
                (
                    activity.id,
                    activity.name,
                    transfer.recipient_name,
                    words.country(transfer.country),
                    words.label("mechanism", transfer.mechanism),
                    dpf_listing_text(transfer),
                    words.label("scc_module", transfer.scc_module),
                    words.label("derogation", transfer.derogation),
                    dated(words, transfer.tia_reference, transfer.tia_date, words["tia"]),
                    lines(transfer.supplementary_measures),
                    derogation_record(words, transfer),
                )
            )
    spec = (
        ("id", 18),
        ("activity", 28),
        ("recipient", 32),
        ("country", 18),
        ("mechanism", 34),
        ("dpf_listing", 30),
        ("scc_module", 28),
        ("derogation", 30),
        ("tia", 24),
        ("supplementary_measures", 40),
        ("derogation_record", 40),
    )
    headings = {"dpf_listing": words["dpf_checked"]}
    columns = tuple(
        Column(key, headings[key] if key in headings else words[key], width) for key, width in spec
    )
    return Table("transfers", words["transfers"], words["transfers_ref"], columns, tuple(rows))


def _used_by(
    register: Register, uses: Callable[[ActivityEntry], Iterable[str]]
) -> Callable[[str], str]:
    """The "used by" cell of an annex: the activities naming an id, in register order.

    The index is built in one pass over the activities, so an annex costs
    activities + entries rather than activities × entries."""
    index: dict[str, list[str]] = {}
    for activity in register.activities:
        for id_ in dict.fromkeys(uses(activity)):
            index.setdefault(id_, []).append(activity.name)
    return lambda id_: lines(index.get(id_, ()))


def recipients_table(register: Register, words: Words) -> Table:
    used_by = _used_by(register, lambda a: (x.id for x in (*a.recipients, *a.joint_controllers)))
    rows = tuple(
        (
            r.id,
            r.name,
            r.category or "",
            words.label("recipient_role", r.role),
            words.country(r.country),
            contact_text(r.contact),
            contract_text(words, r),
            lines(transfer_text(words, t, with_recipient=False) for t in r.transfers),
            used_by(r.id),
        )
        for r in register.recipients
    )
    spec = (
        ("id", 18),
        ("name", 32),
        ("category", 36),
        ("role", 18),
        ("country", 18),
        ("contact", 30),
        ("contract", 34),
        ("transfers", 44),
        ("used_by", 32),
    )
    return Table(
        "recipients", words["recipients"], words["recipients_ref"], _columns(words, spec), rows
    )


def data_categories_table(register: Register, words: Words) -> Table:
    used_by = _used_by(register, lambda a: (x.id for x in a.data_categories))
    rows = tuple(
        (
            c.id,
            c.name,
            ", ".join(c.examples),
            words.label("special", c.special) or words["no"],
            words.yes_no(c.criminal),
            c.dpv or "",
            used_by(c.id),
        )
        for c in register.data_categories
    )
    spec = (
        ("id", 18),
        ("name", 32),
        ("examples", 44),
        ("special_column", 24),
        ("criminal_column", 14),
        ("dpv", 16),
        ("used_by", 32),
    )
    return Table(
        "data_categories",
        words["data_categories"],
        words["data_categories_ref"],
        _columns(words, spec),
        rows,
    )


def data_subjects_table(register: Register, words: Words) -> Table:
    used_by = _used_by(register, lambda a: (x.id for x in a.data_subjects))
    rows = tuple(
        (
            s.id,
            s.name,
            s.description or "",
            words.yes_no(s.vulnerable),
            used_by(s.id),
        )
        for s in register.data_subjects
    )
    spec = (("id", 18), ("name", 36), ("description", 44), ("vulnerable", 14), ("used_by", 32))
    return Table(
        "data_subjects",
        words["data_subjects"],
        words["data_subjects_ref"],
        _columns(words, spec),
        rows,
    )


def measures_table(register: Register, words: Words) -> Table:
    used_by = _used_by(register, lambda a: (x.id for x in a.security_measures))
    rows = tuple(
        (
            m.id,
            m.name,
            m.description or "",
            words.label("scope", m.scope),
            used_by(m.id),
        )
        for m in register.security_measures
    )
    spec = (("id", 18), ("name", 44), ("description", 44), ("scope", 18), ("used_by", 40))
    return Table(
        "security_measures",
        words["security_measures"],
        words["security_measures_ref"],
        _columns(words, spec),
        rows,
    )


def organisation_rows(register: Register, words: Words) -> list[tuple[str, str]]:
    """The Organisation sheet and the PDF cover: who keeps this record, as of when."""
    org = register.organization
    authority = org.supervisory_authority
    authority_text = ""
    if authority is not None:
        authority_text = ", ".join(
            part
            for part in (
                f"{authority.name} ({authority.id})"
                if authority.name and authority.id
                else authority.name or authority.id,
                authority.url,
                authority.address,
            )
            if part
        )
    rows = [
        (words["name"], org.name),
        (words["legal_form"], org.legal_form or ""),
        (words["address"], org.address),
        (words["country"], words.country(org.country)),
        (words["email"], org.email or ""),
        (words["phone"], org.phone or ""),
        (words["website"], org.website or ""),
        (words["dpo"], contact_text(org.dpo)),
        (words["representative"], contact_text(org.representative)),
        (words["supervisory_authority"], authority_text),
        (words["languages"], ", ".join(org.languages)),
        (words["activity_count"], str(len(register.activities))),
        (words["revision"], register.revision or words["not_in_git"]),
        (words["generated"], register.generated),
        (words["generator"], register.generator),
    ]
    return [(label, value) for label, value in rows if value]


def without_empty_columns(table: Table) -> Table:
    """The table without the columns that are empty in every row (an annex with no row
    keeps its columns)."""
    if not table.rows:
        return table
    keep = [i for i in range(len(table.columns)) if any(row[i] for row in table.rows)]
    if len(keep) == len(table.columns):
        return table
    return Table(
        table.key,
        table.title,
        table.reference,
        tuple(table.columns[i] for i in keep),
        tuple(tuple(row[i] for i in keep) for row in table.rows),
    )


def annex_tables(register: Register, words: Words) -> list[Table]:
    """The annexes, each without the columns that no row fills."""
    return [
        without_empty_columns(table)
        for table in (
            transfers_table(register, words),
            recipients_table(register, words),
            data_categories_table(register, words),
            data_subjects_table(register, words),
            measures_table(register, words),
        )
    ]


def revision_history_table(register: Register) -> Table | None:
    """The last commits that changed the register: date, short hash, a line per change."""
    if not register.revision_history:
        return None
    from ropa.history import words
    from ropa.i18n.catalog import catalog

    _ = catalog(register.language).gettext
    columns = (
        Column("date", _(words.DATE), 12),
        Column("commit", _(words.COMMIT), 10),
        Column("changes", _(words.CHANGES), 90),
    )
    rows = tuple((r.date, r.commit, "\n".join(r.changes)) for r in register.revision_history)
    return Table("revision_history", _(words.REVISION_HISTORY), "", columns, rows)
