"""The public list of sub-processors, and the changes to it over the registry's history.

A processor tells its clients which sub-processors it engages (Art. 28(2) and (4)); the
EDPB (Opinion 22/2024) expects that list to be complete and current. Two tables:

- sub-processors: recipients with the role `sub-processor` or `processor` of the
  activities done as processor, with the clients they serve;
- processors of the organisation's own activities (as controller or joint controller),
  with the activities they serve.

"Since" is the date of the commit that added the entry to its table (the latest time it
appeared, if it was removed and added again). The Atom feed has one entry per addition,
removal or change of an entry (its name, service, country, transfers, or what it
serves), dated by its commit and with an id that does not change between exports.

Both read the resolved record (`ropa.record.Record`) of each version, and resolve its
texts through the one strict resolver: a text lacking the list's language is a ROPA030
finding at its place, never a text in another language.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from dataclasses import dataclass

from ropa.model import Recipient, Text, Transfer
from ropa.record import MissingTranslation, Record, Strict

SUB_PROCESSOR = "sub-processor"
PROCESSOR = "processor"
_ROLES = ("sub-processor", "processor")
_NAMESPACE = uuid.UUID("3b1c6f0e-5d0a-4c55-9a57-2f7c4ad1e016")


@dataclass(frozen=True)
class Served:
    id: str
    name: str


@dataclass(frozen=True)
class Row:
    table: str  # SUB_PROCESSOR or PROCESSOR
    id: str
    name: str
    category: str | None
    country: str | None
    transfers: tuple[Transfer, ...]  # the recipient's, as the record holds them
    served: tuple[Served, ...]  # clients (sub-processors) or activities (processors)
    since: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class _Listed:
    """A recipient of the list with what it serves: (id, name) of clients or activities."""

    recipient: Recipient
    served: list[tuple[str, Text | None]]


def _uses(record: Record, client: str | None) -> dict[tuple[str, str], _Listed]:
    """(table, recipient id) → the recipient and the clients or activities it serves."""
    uses: dict[tuple[str, str], _Listed] = {}
    for activity in record.activities:
        processor = activity.is_processor
        clients = [c for c in activity.on_behalf_of if client in (None, c.id)]
        if client is not None and (not processor or not clients):
            continue
        for recipient in activity.recipients:
            if recipient.role not in _ROLES:
                continue
            if processor:
                served = [(c.id, c.name) for c in clients]
                key = (SUB_PROCESSOR, recipient.id)
            else:
                served = [(activity.id, activity.entry.name)]
                key = (PROCESSOR, recipient.id)
            listed = uses.setdefault(key, _Listed(recipient, [])).served
            for id_, name in served:
                if all(id_ != known for known, _ in listed):
                    listed.append((id_, name))
    return uses


def facts(record: Record, client: str | None = None) -> dict[tuple[str, str], Hashable]:
    """What the list says of each entry, in no language: what the feed compares."""
    result: dict[tuple[str, str], Hashable] = {}
    for key, listed in _uses(record, client).items():
        recipient = listed.recipient
        result[key] = (
            tuple(sorted((recipient.name.values if recipient.name else {}).items())),
            tuple(sorted((recipient.category.values if recipient.category else {}).items())),
            recipient.country,
            tuple(
                sorted((t.country, t.mechanism, t.derogation or "") for t in recipient.transfers)
            ),
            tuple(sorted(id_ for id_, _ in listed.served)),
        )
    return result


def rows(
    record: Record, lang: str, client: str | None = None, since: dict[str, str] | None = None
) -> list[Row] | MissingTranslation:
    """Every row of both tables in `lang`, by table then name; or every text the list
    needs that lacks the language. `since` maps "table:id" to the date the entry was added."""
    since = since or {}
    strict = Strict(lang, "the sub-processor list")
    result = []
    for (table, recipient_id), listed in _uses(record, client).items():
        recipient = listed.recipient
        result.append(
            Row(
                table=table,
                id=recipient.id,
                name=strict.text(recipient.name) or recipient.id,
                category=strict.text(recipient.category),
                country=recipient.country,
                transfers=recipient.transfers,
                served=tuple(Served(id_, strict.text(name) or id_) for id_, name in listed.served),
                since=since.get(f"{table}:{recipient_id}"),
            )
        )
    if strict.missing is not None:
        return strict.missing
    order = {SUB_PROCESSOR: 0, PROCESSOR: 1}
    return sorted(result, key=lambda r: (order[r.table], r.name.casefold(), r.id))


# ---------------------------------------------------------------------------- over time


@dataclass(frozen=True)
class Event:
    """One addition, removal or change of an entry of the list, at one commit."""

    change: str  # added, removed, changed
    table: str
    recipient_id: str
    commit: str
    date: str  # committer date, ISO 8601
    row: Row  # as the list showed it after the change (before it, for a removal)

    def atom_id(self, organization: str, client: str | None) -> str:
        """The same commit and entry give the same id in every export."""
        name = "\0".join(
            (organization, client or "", self.commit, self.table, self.recipient_id, self.change)
        )
        return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


@dataclass(frozen=True)
class Timeline:
    since: dict[str, str]  # "table:id" -> YYYY-MM-DD
    events: list[Event]  # newest first
    partial: bool


def timeline(registry_path: str, lang: str, client: str | None = None) -> Timeline | None:
    """The list's history from git, or None when the registry is not in a git repository
    with commits. The entries' words are in `lang`."""
    from ropa.history.git import GitError
    from ropa.history.log import walk
    from ropa.history.revision import RevisionProblem, Versions

    versions = Versions(registry_path, rules=False)
    try:
        repository = versions.repository("the history")
        if not repository.has_commits():
            return None
        history = walk(versions, impacts=False)
    except (RevisionProblem, GitError):
        return None
    since: dict[str, str] = {}
    events: list[Event] = []
    previous_facts: dict[tuple[str, str], Hashable] = {}
    previous: Record | None = None
    for revision in reversed(history.revisions):
        if not revision.valid:
            continue
        now = revision.record
        current = facts(now, client)
        commit, date = revision.commit.commit, revision.commit.date
        if previous is None and history.partial:
            # the first commit of a shallow clone: what it holds was added at an unknown date
            previous_facts, previous = current, now
            continue
        for key in sorted(current.keys() | previous_facts.keys()):
            label = f"{key[0]}:{key[1]}"
            if key not in previous_facts:
                since[label] = date[:10]
                how = "added"
            elif key not in current:
                since.pop(label, None)
                how = "removed"
            elif current[key] != previous_facts[key]:
                how = "changed"
            else:
                continue
            shown = now if how != "removed" else previous
            assert shown is not None
            events.append(
                Event(how, key[0], key[1], commit, date, _event_row(shown, key, lang, client))
            )
        previous_facts, previous = current, now
    events.reverse()
    return Timeline(since, events, history.partial)


def _event_row(record: Record, key: tuple[str, str], lang: str, client: str | None) -> Row:
    """The entry as that version of the list showed it. A past version whose texts lack
    the language shows the entry by its id (never by a text in another language)."""
    listed = rows(record, lang, client)
    if not isinstance(listed, MissingTranslation):
        for row in listed:
            if (row.table, row.id) == key:
                return row
    return Row(key[0], key[1], key[1], None, None, (), ())
