"""The resolved record: the registry with every reference replaced by what it names.

Every output reads this and nothing else: the register (xlsx, PDF, JSON), the notices,
and what compares or lists records (diff, sub-processor list, import round trip). Texts
stay language maps (`Text`, `TextList`): an output resolves them in its language through
`ropa.record.language.Strict`, so no language is ever chosen here.

An entry of a kind that names no other entry (recipient, client, data subject, data
category, security measure) is the model's own frozen entry: a field added to the model
reaches every output without being copied. Activities and notices, which name others by
id, are wrapped with what those ids resolve to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ropa.model import (
    KIND_NAMES,
    Activity,
    Client,
    Contact,
    DataCategory,
    DataSubject,
    EntrySet,
    Notice,
    Organization,
    Recipient,
    SecurityMeasure,
    SupervisoryAuthority,
    Transfer,
)

if TYPE_CHECKING:
    from ropa.reference.authorities import Authority
    from ropa.reference.jurisdiction import Jurisdiction

# The kinds of entries, by the registry's top-level key, as diff and lookups name them.
KINDS = tuple(KIND_NAMES)


@dataclass(frozen=True)
class AuthorityRecord:
    """The supervisory authority as written (`given`) and, when the registry names it by
    a short id the reference table knows, that table's entry (`known`)."""

    given: SupervisoryAuthority
    known: Authority | None


@dataclass(frozen=True)
class TransferRecord:
    """One transfer outside the home area, with the recipient it goes to."""

    recipient: Recipient
    transfer: Transfer


@dataclass(frozen=True)
class CategoryRetentionRecord:
    """A version 1.1 `retention.per_category` exception with its categories resolved."""

    data_categories: tuple[DataCategory, ...]
    index: int  # position in `entry.retention.per_category`


@dataclass(frozen=True)
class ActivityRecord:
    """An activity (`entry`, every field as written) and what its ids name."""

    entry: Activity
    data_subjects: tuple[DataSubject, ...]
    data_categories: tuple[DataCategory, ...]
    recipients: tuple[Recipient, ...]
    joint_controllers: tuple[Recipient, ...]
    on_behalf_of: tuple[Client, ...]
    # Derived: the transfers of the activity's recipients, in recipient order.
    transfers: tuple[TransferRecord, ...]
    # Applied: the activity's own measures plus every organisation-wide one, no repeats.
    security_measures: tuple[SecurityMeasure, ...]
    retention_per_category: tuple[CategoryRetentionRecord, ...] = ()

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def is_processor(self) -> bool:
        return self.entry.role == "processor"

    @property
    def has_special_data(self) -> bool:
        return any(category.special for category in self.data_categories)


@dataclass(frozen=True)
class NoticeRecord:
    """A notice (`entry`) with the activities it covers and the contact for requests."""

    entry: Notice
    activities: tuple[ActivityRecord, ...]
    # The notice's own rights contact, else the organisation's DPO.
    rights_contact: Contact | None

    @property
    def id(self) -> str:
        return self.entry.id


@dataclass(frozen=True)
class Record(EntrySet):
    """The whole registry, resolved, in no language yet. Its entries keep their places
    (`origin`: file, line, column), so a text lacking a language is reported where it
    is written; nothing else of the files is kept."""

    organization: Organization | None
    authority: AuthorityRecord | None
    activities: tuple[ActivityRecord, ...]
    recipients: tuple[Recipient, ...]
    clients: tuple[Client, ...]
    data_subjects: tuple[DataSubject, ...]
    data_categories: tuple[DataCategory, ...]
    security_measures: tuple[SecurityMeasure, ...]
    notices: tuple[NoticeRecord, ...]
    # The law the record is kept under (organization.jurisdiction): home area, adequacy,
    # transfer tools, authority; outputs ask it instead of reading reference tables.
    jurisdiction: Jurisdiction
    _index: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def controller_activities(self) -> tuple[ActivityRecord, ...]:
        """Art. 30(1): what the organisation does as controller or joint controller."""
        return tuple(a for a in self.activities if not a.is_processor)

    @property
    def processor_activities(self) -> tuple[ActivityRecord, ...]:
        """Art. 30(2): what the organisation does on behalf of its clients."""
        return tuple(a for a in self.activities if a.is_processor)

    def entry(self, kind: str, id_: str) -> Any:
        """The entry of one kind (a key of KINDS) with that id, or None: an
        `ActivityRecord` or a `NoticeRecord` for activities and notices, else the
        model's entry."""
        return self.entries(kind).get(id_)

    def written(self, kind: str) -> tuple[Any, ...]:
        """The model's entries of one kind as written, in file order (activities and
        notices without what their ids resolve to): what a revised record is built from."""
        entries: tuple[Any, ...] = getattr(self, kind)
        if kind in ("activities", "notices"):
            return tuple(entry.entry for entry in entries)
        return entries

    def notice(self, id_: str) -> NoticeRecord | None:
        found: NoticeRecord | None = self.entries("notices").get(id_)
        return found
