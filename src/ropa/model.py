"""The registry as typed, frozen entries, each knowing where in which file it was written.

Types only: `ropa.model_build` builds them from parsed files. The builder is tolerant, so
a value of the wrong shape becomes None or an empty tuple here and the schema finding
explains it. Checks and outputs therefore never meet a type they did not expect.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ropa.findings import Location
from ropa.yamlsource import PathKey, SourceFile

# The registry's lists of entries, by top-level key, with the name a message gives one.
KIND_NAMES = {
    "data_subjects": "data subject",
    "data_categories": "data category",
    "security_measures": "security measure",
    "recipients": "recipient",
    "clients": "client",
    "activities": "activity",
    "notices": "notice",
}


@dataclass(frozen=True)
class Origin:
    """Where an entry or value sits: a file and the path to it inside that file."""

    source: SourceFile
    path: PathKey

    def loc(self, *sub: str | int) -> Location:
        return self.source.loc((*self.path, *sub))

    def key_loc(self, *sub: str | int) -> Location:
        return self.source.key_loc((*self.path, *sub))

    def child(self, *sub: str | int) -> Origin:
        return Origin(self.source, (*self.path, *sub))


@dataclass(frozen=True)
class Text:
    """A text in one or several languages.

    `neutral` texts were written as a plain string in a field that is not language
    specific (an address, a URL) or that holds a proper name (the name of a recipient, a
    client or a contact): they read the same in every language. Resolve a text in a
    language with `ropa.record.language`, which never falls back to another language.
    """

    values: Mapping[str, str]
    origin: Origin
    plain: bool = False
    neutral: bool = False

    def get(self, lang: str) -> str | None:
        if self.neutral:
            return next(iter(self.values.values()), None)
        return self.values.get(lang)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.values)


@dataclass(frozen=True)
class TextList:
    """A list of texts: per language, the list of strings."""

    values: Mapping[str, tuple[str, ...]]
    origin: Origin
    neutral: bool = False

    def get(self, lang: str) -> tuple[str, ...] | None:
        if self.neutral:
            return next(iter(self.values.values()), ())
        return self.values.get(lang)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.values)


@dataclass(frozen=True)
class Contact:
    name: Text | None
    email: str | None
    phone: str | None
    address: Text | None
    origin: Origin
    country: str | None = None


@dataclass(frozen=True)
class DateRef:
    date: str | None
    reference: str | None


@dataclass(frozen=True)
class SupervisoryAuthority:
    """Either a short id from the embedded table (`authority_id`) or written out in full."""

    authority_id: str | None
    name: Text | None
    url: str | None
    address: Text | None
    origin: Origin


@dataclass(frozen=True)
class Organization:
    name: str
    legal_form: str | None
    address: Text | None  # a plain string reads the same in every language
    country: str
    email: str | None
    phone: str | None
    website: str | None
    languages: tuple[str, ...]
    dpo: Contact | None
    representative: Contact | None
    supervisory_authority: SupervisoryAuthority | None
    origin: Origin
    public_authority: bool = False  # version 1.1
    # version 1.1: `eu-gdpr` or `uk-gdpr`, the law the record is kept under
    jurisdiction: str = "eu-gdpr"


@dataclass(frozen=True)
class DataSubject:
    id: str
    name: Text | None
    description: Text | None
    vulnerable: bool
    origin: Origin
    minors: bool = False  # version 1.1: the group includes children


@dataclass(frozen=True)
class DataCategory:
    id: str
    name: Text | None
    examples: TextList | None
    special: str | None
    criminal: bool
    dpv: str | None
    origin: Origin


@dataclass(frozen=True)
class SecurityMeasure:
    id: str
    name: Text | None
    description: Text | None
    scope: str
    origin: Origin


@dataclass(frozen=True)
class Contract:
    type: str | None
    date: str | None
    reference: str | None
    origin: Origin


@dataclass(frozen=True)
class Transfer:
    country: str
    mechanism: str
    scc_module: str | None
    derogation: str | None
    tia: DateRef | None
    supplementary_measures: TextList | None
    note: Text | None
    origin: Origin
    # Version 1.1: the last check of the recipient's DPF List entry (mechanism `dpf`).
    dpf_listing: DateRef | None = None
    # Version 1.1: when the authority was told of a compelling-legitimate-interests derogation.
    authority_informed: str | None = None


@dataclass(frozen=True)
class Recipient:
    id: str
    name: Text | None
    category: Text | None
    role: str | None
    country: str | None
    contact: Contact | None
    contract: Contract | None
    transfers: tuple[Transfer, ...]
    origin: Origin
    arrangement: Text | None = None  # version 1.1: a joint controller's Art. 26(2) essence


@dataclass(frozen=True)
class Client:
    id: str
    name: Text | None
    contact: Contact | None
    representative: Contact | None
    dpo: Contact | None
    origin: Origin


@dataclass(frozen=True)
class Purpose:
    description: Text | None
    legal_bases: tuple[str, ...]
    basis_note: Text | None
    legitimate_interest: Text | None
    lia: DateRef | None
    origin: Origin
    direct_marketing: bool = False  # version 1.1


@dataclass(frozen=True)
class DataSource:
    type: str
    description: Text | None
    origin: Origin


@dataclass(frozen=True)
class CategoryRetention:
    """Version 1.1: data categories of an activity kept for another time than its default."""

    data_categories: tuple[str, ...]
    period: str | None
    start: Text | None  # the `from` field
    criteria: TextList | None
    archive: Text | None
    origin: Origin


@dataclass(frozen=True)
class Retention:
    period: str | None
    start: Text | None  # the `from` field: the event that starts the clock
    criteria: TextList | None
    archive: Text | None
    origin: Origin
    per_category: tuple[CategoryRetention, ...] = ()  # version 1.1


@dataclass(frozen=True)
class Consent:
    how: Text | None
    withdraw: Text | None
    records: Text | None
    origin: Origin


@dataclass(frozen=True)
class AutomatedDecisions:
    logic: Text | None
    significance: Text | None
    consequences: Text | None
    origin: Origin


@dataclass(frozen=True)
class Provision:
    requirement: str | None
    consequences: Text | None
    origin: Origin


@dataclass(frozen=True)
class Risk:
    large_scale: bool = False
    systematic_monitoring: bool = False
    combines_datasets: bool = False
    innovative_technology: bool = False
    prevents_rights_or_service: bool = False


@dataclass(frozen=True)
class Dpia:
    status: str | None
    date: str | None
    reference: str | None
    reason: Text | None
    origin: Origin


@dataclass(frozen=True)
class Activity:
    id: str
    name: Text | None
    description: Text | None
    role: str
    owner: str | None
    systems: tuple[str, ...]
    purposes: tuple[Purpose, ...]
    data_subjects: tuple[str, ...]
    data_categories: tuple[str, ...]
    special_category_condition: str | None
    criminal_data_authority: Text | None
    sources: tuple[DataSource, ...]
    recipients: tuple[str, ...]
    joint_controllers: tuple[str, ...]
    on_behalf_of: tuple[str, ...]
    retention: Retention | None
    security_measures: tuple[str, ...]
    consent: Consent | None
    profiling: Text | None
    profiling_origin: Origin | None
    automated_decisions: AutomatedDecisions | None
    provision: Provision | None
    risk: Risk
    dpia: Dpia | None
    created: str | None
    last_reviewed: str | None
    origin: Origin

    @property
    def legal_bases(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for purpose in self.purposes:
            for basis in purpose.legal_bases:
                seen[basis] = None
        return tuple(seen)


@dataclass(frozen=True)
class Notice:
    id: str
    title: Text | None
    scope: Text | None
    intro: Text | None
    activities: tuple[str, ...]
    languages: tuple[str, ...]
    last_updated: str | None
    cookie_policy_url: Text | None
    rights_contact: Contact | None
    identity_proof: bool
    post_mortem_directives: bool | None
    origin: Origin


class EntrySet:
    """What the registry and its resolved record (`ropa.record.Record`) have alike: the
    languages the organisation keeps them in, and their entries by id."""

    organization: Organization | None
    _index: dict[str, dict[str, Any]]

    @property
    def languages(self) -> tuple[str, ...]:
        if self.organization and self.organization.languages:
            return self.organization.languages
        return ("en",)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def entries(self, kind: str) -> dict[str, Any]:
        """The entries of one kind (a key of KIND_NAMES) by id, the first one winning (a
        duplicate is integrity's finding), indexed once per kind."""
        index = self._index.get(kind)
        if index is None:
            index = {}
            for entry in getattr(self, kind):
                index.setdefault(entry.id, entry)
            self._index[kind] = index
        return index


@dataclass(frozen=True)
class Registry(EntrySet):
    """Every entry of every file, in file order; ids looked up through the indexes."""

    sources: tuple[SourceFile, ...]
    organization: Organization | None
    organizations: tuple[Organization, ...]
    data_subjects: tuple[DataSubject, ...]
    data_categories: tuple[DataCategory, ...]
    security_measures: tuple[SecurityMeasure, ...]
    recipients: tuple[Recipient, ...]
    clients: tuple[Client, ...]
    activities: tuple[Activity, ...]
    notices: tuple[Notice, ...]
    # Texts written as language maps ({en: ..., fr: ...}), wherever they stand.
    language_maps: tuple[Text | TextList, ...] = ()
    _index: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False, compare=False)

    def data_subject(self, id_: str) -> DataSubject | None:
        found: DataSubject | None = self.entries("data_subjects").get(id_)
        return found

    def data_category(self, id_: str) -> DataCategory | None:
        found: DataCategory | None = self.entries("data_categories").get(id_)
        return found

    def security_measure(self, id_: str) -> SecurityMeasure | None:
        found: SecurityMeasure | None = self.entries("security_measures").get(id_)
        return found

    def recipient(self, id_: str) -> Recipient | None:
        found: Recipient | None = self.entries("recipients").get(id_)
        return found

    def client(self, id_: str) -> Client | None:
        found: Client | None = self.entries("clients").get(id_)
        return found

    def activity(self, id_: str) -> Activity | None:
        found: Activity | None = self.entries("activities").get(id_)
        return found

    def notice(self, id_: str) -> Notice | None:
        found: Notice | None = self.entries("notices").get(id_)
        return found

    def ids(self, kind: str) -> list[str]:
        return list(self.entries(kind))

    def measures_for(self, activity: Activity) -> list[SecurityMeasure]:
        """The activity's own measures plus every organisation-wide one, without repeats."""
        chosen: dict[str, SecurityMeasure] = {}
        for measure in self.security_measures:
            if measure.scope == "organization":
                chosen.setdefault(measure.id, measure)
        for measure_id in activity.security_measures:
            listed = self.security_measure(measure_id)
            if listed is not None:
                chosen.setdefault(listed.id, listed)
        return list(chosen.values())

    def transfers_for(self, activity: Activity) -> list[tuple[Recipient, Transfer]]:
        """An activity's transfers are those of its recipients."""
        result: list[tuple[Recipient, Transfer]] = []
        for recipient_id in activity.recipients:
            recipient = self.recipient(recipient_id)
            if recipient is None:
                continue
            result.extend((recipient, transfer) for transfer in recipient.transfers)
        return result
