"""The register: one normalized, language-resolved view of the registry for every export.

Every exporter (JSON, Excel, PDF) reads this model and nothing else, so the formats can
never disagree. References are resolved into the entries they name, an activity's
transfers are derived from its recipients, and organisation-wide security measures are
applied to every activity. Codes (legal bases, mechanisms...) stay codes here; turning
them into words is the job of `ropa.i18n.register_words` (through the gettext catalogs).

The functions are pure apart from `revision()`, which asks git, and `generation_time()`,
which reads the clock (or `SOURCE_DATE_EPOCH`, so builds and tests are reproducible).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ropa import __version__
from ropa.model import Client, Contact, DataCategory, DataSubject, Recipient, SecurityMeasure
from ropa.record import ActivityRecord, MissingTranslation, Record, Strict, TransferRecord

SCHEMA_VERSION = 1
GIT_TIMEOUT_SECONDS = 5.0


# ---------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class ContactEntry:
    name: str | None
    email: str | None
    phone: str | None
    address: str | None
    country: str | None


@dataclass(frozen=True)
class AuthorityEntry:
    id: str | None
    name: str | None
    url: str | None
    address: str | None


@dataclass(frozen=True)
class OrganizationEntry:
    name: str
    legal_form: str | None
    address: str
    country: str
    email: str | None
    phone: str | None
    website: str | None
    languages: tuple[str, ...]
    dpo: ContactEntry | None
    representative: ContactEntry | None
    supervisory_authority: AuthorityEntry | None
    jurisdiction: str = "eu-gdpr"
    public_authority: bool = False


@dataclass(frozen=True)
class DataSubjectEntry:
    id: str
    name: str
    description: str | None
    vulnerable: bool


@dataclass(frozen=True)
class DataCategoryEntry:
    id: str
    name: str
    examples: tuple[str, ...]
    special: str | None
    criminal: bool
    dpv: str | None


@dataclass(frozen=True)
class MeasureEntry:
    id: str
    name: str
    description: str | None
    scope: str


@dataclass(frozen=True)
class ContractEntry:
    type: str | None
    date: str | None
    reference: str | None


@dataclass(frozen=True)
class TransferEntry:
    recipient: str
    recipient_name: str
    country: str
    mechanism: str
    scc_module: str | None
    derogation: str | None
    tia_date: str | None
    tia_reference: str | None
    supplementary_measures: tuple[str, ...]
    note: str | None
    authority_informed: str | None = None  # version 1.1, for compelling-interests derogations
    # version 1.1, for dpf and uk-extension: the last check of the recipient's entry on the
    # Data Privacy Framework List, and that entry
    dpf_listing_date: str | None = None
    dpf_listing_reference: str | None = None


@dataclass(frozen=True)
class RecipientEntry:
    id: str
    name: str
    category: str | None
    role: str | None
    country: str | None
    contact: ContactEntry | None
    contract: ContractEntry | None
    transfers: tuple[TransferEntry, ...]


@dataclass(frozen=True)
class ClientEntry:
    id: str
    name: str
    contact: ContactEntry | None
    representative: ContactEntry | None
    dpo: ContactEntry | None


@dataclass(frozen=True)
class PurposeEntry:
    description: str | None
    legal_bases: tuple[str, ...]
    basis_note: str | None
    legitimate_interest: str | None
    lia_date: str | None
    lia_reference: str | None


@dataclass(frozen=True)
class SourceEntry:
    type: str
    description: str | None


@dataclass(frozen=True)
class CategoryRetentionEntry:
    """Version 1.1: data categories (by name) kept for another time than the default."""

    categories: tuple[str, ...]
    period: str | None
    start: str | None
    criteria: tuple[str, ...]
    archive: str | None


@dataclass(frozen=True)
class RetentionEntry:
    period: str | None
    start: str | None
    criteria: tuple[str, ...]
    archive: str | None
    per_category: tuple[CategoryRetentionEntry, ...] = ()


@dataclass(frozen=True)
class ConsentEntry:
    how: str | None
    withdraw: str | None
    records: str | None


@dataclass(frozen=True)
class AutomatedDecisionsEntry:
    logic: str | None
    significance: str | None
    consequences: str | None


@dataclass(frozen=True)
class ProvisionEntry:
    requirement: str | None
    consequences: str | None


@dataclass(frozen=True)
class DpiaEntry:
    status: str | None
    date: str | None
    reference: str | None
    reason: str | None


@dataclass(frozen=True)
class ActivityEntry:
    """One row of the register with every reference replaced by what it names."""

    id: str
    name: str
    description: str | None
    role: str
    owner: str | None
    systems: tuple[str, ...]
    purposes: tuple[PurposeEntry, ...]
    legal_bases: tuple[str, ...]
    data_subjects: tuple[DataSubjectEntry, ...]
    data_categories: tuple[DataCategoryEntry, ...]
    special_category_condition: str | None
    criminal_data_authority: str | None
    sources: tuple[SourceEntry, ...]
    recipients: tuple[RecipientEntry, ...]
    joint_controllers: tuple[RecipientEntry, ...]
    on_behalf_of: tuple[ClientEntry, ...]
    transfers: tuple[TransferEntry, ...]
    retention: RetentionEntry | None
    security_measures: tuple[MeasureEntry, ...]
    consent: ConsentEntry | None
    profiling: bool
    profiling_description: str | None
    automated_decisions: AutomatedDecisionsEntry | None
    provision: ProvisionEntry | None
    risk: tuple[str, ...]
    dpia: DpiaEntry | None
    created: str | None
    last_reviewed: str | None

    @property
    def is_processor(self) -> bool:
        return self.role == "processor"

    @property
    def has_special_data(self) -> bool:
        return any(category.special for category in self.data_categories)


@dataclass(frozen=True)
class RevisionRow:
    """One commit of the register's revision history: date, short hash, and its changes
    worded in the register's language, one line per entry (see ropa.history.revisions)."""

    date: str
    commit: str
    changes: tuple[str, ...]


@dataclass(frozen=True)
class Register:
    """The whole record, in one language, as of one registry revision."""

    schema_version: int
    generator: str
    generated: str
    revision: str | None
    language: str
    organization: OrganizationEntry
    activities: tuple[ActivityEntry, ...]
    recipients: tuple[RecipientEntry, ...]
    clients: tuple[ClientEntry, ...]
    data_subjects: tuple[DataSubjectEntry, ...]
    data_categories: tuple[DataCategoryEntry, ...]
    security_measures: tuple[MeasureEntry, ...]
    # the last commits that changed the register, newest first (ropa.history.revisions)
    revision_history: tuple[RevisionRow, ...] = ()
    # the record it was built from: the workbook's hidden data sheet writes its entries
    # field by field (ropa.register.xlsx_data), so that `ropa import` loses nothing
    record: Record | None = field(default=None, repr=False, compare=False)

    @property
    def controller_activities(self) -> tuple[ActivityEntry, ...]:
        """Art. 30(1): what the organisation does as controller or joint controller."""
        return tuple(a for a in self.activities if not a.is_processor)

    @property
    def processor_activities(self) -> tuple[ActivityEntry, ...]:
        """Art. 30(2): what the organisation does on behalf of its clients."""
        return tuple(a for a in self.activities if a.is_processor)

    @property
    def generated_date(self) -> str:
        return self.generated[:10]


# ---------------------------------------------------------------------------- building


class _Resolver:
    """Reads the record's entries into register entries in one language."""

    def __init__(self, record: Record, strict: Strict) -> None:
        self.record = record
        self.text = strict.text
        self.texts = strict.texts

    def contact(self, value: Contact | None) -> ContactEntry | None:
        if value is None:
            return None
        return ContactEntry(
            self.text(value.name), value.email, value.phone, self.text(value.address), value.country
        )

    def organization(self) -> OrganizationEntry:
        org = self.record.organization
        if org is None:  # validation reports this; an export never gets here
            return OrganizationEntry("", None, "", "", None, None, None, ("en",), None, None, None)
        authority = None
        if (found := self.record.authority) is not None:
            sa, known = found.given, found.known
            name, url = self.text(sa.name), sa.url
            if known is not None:
                # A short id names an authority in the embedded table: give its name and site.
                name = name or known.name
                url = url or known.website
            authority = AuthorityEntry(sa.authority_id, name, url, self.text(sa.address))
        return OrganizationEntry(
            name=org.name,
            legal_form=org.legal_form,
            address=self.text(org.address) or "",
            country=org.country,
            email=org.email,
            phone=org.phone,
            website=org.website,
            languages=org.languages,
            dpo=self.contact(org.dpo),
            representative=self.contact(org.representative),
            supervisory_authority=authority,
            jurisdiction=org.jurisdiction,
            public_authority=org.public_authority,
        )

    def data_subject(self, value: DataSubject) -> DataSubjectEntry:
        return DataSubjectEntry(
            value.id,
            self.text(value.name) or value.id,
            self.text(value.description),
            value.vulnerable,
        )

    def data_category(self, value: DataCategory) -> DataCategoryEntry:
        return DataCategoryEntry(
            value.id,
            self.text(value.name) or value.id,
            self.texts(value.examples),
            value.special,
            value.criminal,
            value.dpv,
        )

    def measure(self, value: SecurityMeasure) -> MeasureEntry:
        return MeasureEntry(
            value.id, self.text(value.name) or value.id, self.text(value.description), value.scope
        )

    def transfer(self, value: TransferRecord) -> TransferEntry:
        recipient, transfer = value.recipient, value.transfer
        return TransferEntry(
            recipient=recipient.id,
            recipient_name=self.text(recipient.name) or recipient.id,
            country=transfer.country,
            mechanism=transfer.mechanism,
            scc_module=transfer.scc_module,
            derogation=transfer.derogation,
            tia_date=transfer.tia.date if transfer.tia else None,
            tia_reference=transfer.tia.reference if transfer.tia else None,
            supplementary_measures=self.texts(transfer.supplementary_measures),
            note=self.text(transfer.note),
            authority_informed=transfer.authority_informed,
            dpf_listing_date=transfer.dpf_listing.date if transfer.dpf_listing else None,
            dpf_listing_reference=(
                transfer.dpf_listing.reference if transfer.dpf_listing else None
            ),
        )

    def recipient(self, value: Recipient) -> RecipientEntry:
        contract = None
        if value.contract is not None:
            contract = ContractEntry(
                value.contract.type, value.contract.date, value.contract.reference
            )
        return RecipientEntry(
            id=value.id,
            name=self.text(value.name) or value.id,
            category=self.text(value.category),
            role=value.role,
            country=value.country,
            contact=self.contact(value.contact),
            contract=contract,
            transfers=tuple(self.transfer(TransferRecord(value, t)) for t in value.transfers),
        )

    def client(self, value: Client) -> ClientEntry:
        return ClientEntry(
            value.id,
            self.text(value.name) or value.id,
            self.contact(value.contact),
            self.contact(value.representative),
            self.contact(value.dpo),
        )

    def activity(self, resolved: ActivityRecord) -> ActivityEntry:
        value = resolved.entry
        return ActivityEntry(
            id=value.id,
            name=self.text(value.name) or value.id,
            description=self.text(value.description),
            role=value.role,
            owner=value.owner,
            systems=value.systems,
            purposes=tuple(
                PurposeEntry(
                    self.text(p.description),
                    p.legal_bases,
                    self.text(p.basis_note),
                    self.text(p.legitimate_interest),
                    p.lia.date if p.lia else None,
                    p.lia.reference if p.lia else None,
                )
                for p in value.purposes
            ),
            legal_bases=value.legal_bases,
            data_subjects=tuple(self.data_subject(s) for s in resolved.data_subjects),
            data_categories=tuple(self.data_category(c) for c in resolved.data_categories),
            special_category_condition=value.special_category_condition,
            criminal_data_authority=self.text(value.criminal_data_authority),
            sources=tuple(SourceEntry(s.type, self.text(s.description)) for s in value.sources),
            recipients=tuple(self.recipient(r) for r in resolved.recipients),
            joint_controllers=tuple(self.recipient(r) for r in resolved.joint_controllers),
            on_behalf_of=tuple(self.client(c) for c in resolved.on_behalf_of),
            transfers=tuple(self.transfer(t) for t in resolved.transfers),
            retention=self.retention(resolved),
            security_measures=tuple(self.measure(m) for m in resolved.security_measures),
            consent=self.consent(resolved),
            profiling=value.profiling_origin is not None,
            profiling_description=self.text(value.profiling),
            automated_decisions=self.automated(resolved),
            provision=(
                ProvisionEntry(value.provision.requirement, self.text(value.provision.consequences))
                if value.provision
                else None
            ),
            risk=tuple(name for name, flag in vars(value.risk).items() if flag),
            dpia=(
                DpiaEntry(
                    value.dpia.status,
                    value.dpia.date,
                    value.dpia.reference,
                    self.text(value.dpia.reason),
                )
                if value.dpia
                else None
            ),
            created=value.created,
            last_reviewed=value.last_reviewed,
        )

    def retention(self, resolved: ActivityRecord) -> RetentionEntry | None:
        if (r := resolved.entry.retention) is None:
            return None
        return RetentionEntry(
            r.period,
            self.text(r.start),
            self.texts(r.criteria),
            self.text(r.archive),
            tuple(
                CategoryRetentionEntry(
                    tuple(self._category_name(i) for i in rule.data_categories),
                    rule.period,
                    self.text(rule.start),
                    self.texts(rule.criteria),
                    self.text(rule.archive),
                )
                for rule in r.per_category
            ),
        )

    def _category_name(self, id_: str) -> str:
        found = self.record.entry("data_categories", id_)
        return (self.text(found.name) if found is not None else None) or id_

    def consent(self, resolved: ActivityRecord) -> ConsentEntry | None:
        if (c := resolved.entry.consent) is None:
            return None
        return ConsentEntry(self.text(c.how), self.text(c.withdraw), self.text(c.records))

    def automated(self, resolved: ActivityRecord) -> AutomatedDecisionsEntry | None:
        if (d := resolved.entry.automated_decisions) is None:
            return None
        return AutomatedDecisionsEntry(
            self.text(d.logic), self.text(d.significance), self.text(d.consequences)
        )


def build_register(
    record: Record,
    lang: str,
    generated: datetime,
    revision: str | None,
    strict: Strict | None = None,
) -> Register | MissingTranslation:
    """The register in `lang`, or every text it needs that lacks `lang` (never a fallback).
    `strict` resolves the texts (a `Probe` notes what several languages lack)."""
    strict = strict or Strict(lang, "the register", prefix="register: ")
    resolve = _Resolver(record, strict)
    register = Register(
        schema_version=SCHEMA_VERSION,
        generator=f"ropa {__version__}",
        generated=generated.isoformat(timespec="seconds"),
        revision=revision,
        language=lang,
        organization=resolve.organization(),
        activities=tuple(resolve.activity(a) for a in record.activities),
        recipients=tuple(resolve.recipient(r) for r in record.recipients),
        clients=tuple(resolve.client(c) for c in record.clients),
        data_subjects=tuple(resolve.data_subject(s) for s in record.data_subjects),
        data_categories=tuple(resolve.data_category(c) for c in record.data_categories),
        security_measures=tuple(resolve.measure(m) for m in record.security_measures),
        record=record,
    )
    return strict.missing or register


# ---------------------------------------------------------------------------- provenance


def generation_time(environ: dict[str, str] | None = None) -> datetime:
    """Now in UTC, or `SOURCE_DATE_EPOCH` when set, so that outputs can be reproduced."""
    environ = dict(os.environ) if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def _git(directory: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(directory), *args],
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def revision(path: str | Path) -> str | None:
    """The git commit the registry is at, with `-dirty` when its files have local changes.

    None when the registry is not in a git repository or git is not installed.
    """
    where = Path(path).resolve()
    directory = where if where.is_dir() else where.parent
    commit = _git(directory, "rev-parse", "--short", "HEAD")
    if not commit:
        return None
    changes = _git(directory, "status", "--porcelain", "--", str(where))
    return f"{commit}-dirty" if changes else commit
