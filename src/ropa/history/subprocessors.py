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
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable
from dataclasses import dataclass

from ropa.findings import Location
from ropa.model import Recipient, Registry, Text

SUB_PROCESSOR = "sub-processor"
PROCESSOR = "processor"
_ROLES = ("sub-processor", "processor")
_NAMESPACE = uuid.UUID("3b1c6f0e-5d0a-4c55-9a57-2f7c4ad1e016")


class MissingText(Exception):
    """A text the list shows lacks the list's language (ROPA030 at its place)."""

    def __init__(self, location: Location, lang: str) -> None:
        super().__init__(str(location))
        self.location = location
        self.lang = lang

    def line(self) -> str:
        return (
            f"{self.location}: error[ROPA030] text has no '{self.lang}' translation, needed by "
            f"the sub-processor list in '{self.lang}'"
        )


@dataclass(frozen=True)
class TransferFact:
    country: str
    mechanism: str
    derogation: str | None


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
    transfers: tuple[TransferFact, ...]
    served: tuple[Served, ...]  # clients (sub-processors) or activities (processors)
    since: str | None = None  # YYYY-MM-DD


def _text(value: Text | None, lang: str, proper_name: bool = False) -> str | None:
    if value is None:
        return None
    found = value.get(lang)
    if found is None and (proper_name and value.plain):
        # a proper name written as a plain string is the same in every language
        found = next(iter(value.values.values()), "")
    if found is None:
        raise MissingText(value.origin.loc(), lang)
    return found


def _uses(registry: Registry, client: str | None) -> dict[tuple[str, str], list[str]]:
    """(table, recipient id) → ids of the clients or activities it serves."""
    uses: dict[tuple[str, str], list[str]] = {}
    for activity in registry.activities:
        processor = activity.role == "processor"
        if client is not None and (not processor or client not in activity.on_behalf_of):
            continue
        for recipient_id in activity.recipients:
            recipient = registry.recipient(recipient_id)
            if recipient is None or recipient.role not in _ROLES:
                continue
            if processor:
                served = [c for c in activity.on_behalf_of if client in (None, c)]
                key = (SUB_PROCESSOR, recipient.id)
            else:
                served = [activity.id]
                key = (PROCESSOR, recipient.id)
            listed = uses.setdefault(key, [])
            listed.extend(s for s in served if s not in listed)
    return uses


def facts(registry: Registry, client: str | None = None) -> dict[tuple[str, str], Hashable]:
    """What the list says of each entry, in no language: what the feed compares."""
    result: dict[tuple[str, str], Hashable] = {}
    for key, served in _uses(registry, client).items():
        recipient = registry.recipient(key[1])
        assert recipient is not None
        result[key] = (
            tuple(sorted((recipient.name.values if recipient.name else {}).items())),
            tuple(sorted((recipient.category.values if recipient.category else {}).items())),
            recipient.country,
            tuple(
                sorted((t.country, t.mechanism, t.derogation or "") for t in recipient.transfers)
            ),
            tuple(sorted(served)),
        )
    return result


def _served_name(registry: Registry, table: str, id_: str, lang: str) -> str:
    if table == SUB_PROCESSOR:
        found_client = registry.client(id_)
        name = found_client.name if found_client else None
        return _text(name, lang, proper_name=True) or id_
    activity = registry.activity(id_)
    return (_text(activity.name, lang) if activity else None) or id_


def _row(registry: Registry, table: str, recipient: Recipient, served: list[str], lang: str) -> Row:
    return Row(
        table=table,
        id=recipient.id,
        name=_text(recipient.name, lang, proper_name=True) or recipient.id,
        category=_text(recipient.category, lang),
        country=recipient.country,
        transfers=tuple(
            TransferFact(t.country, t.mechanism, t.derogation) for t in recipient.transfers
        ),
        served=tuple(Served(s, _served_name(registry, table, s, lang)) for s in served),
    )


def rows(
    registry: Registry, lang: str, client: str | None = None, since: dict[str, str] | None = None
) -> list[Row]:
    """Every row of both tables in `lang`, by table then name; MissingText when a text
    lacks the language. `since` maps "table:id" to the date the entry was added."""
    since = since or {}
    result = []
    for (table, recipient_id), served in _uses(registry, client).items():
        recipient = registry.recipient(recipient_id)
        assert recipient is not None
        row = _row(registry, table, recipient, served, lang)
        result.append(Row(**{**row.__dict__, "since": since.get(f"{table}:{recipient_id}")}))
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
    previous: Registry | None = None
    for revision in reversed(history.revisions):
        if not revision.valid:
            continue
        now = revision.registry
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


def _event_row(registry: Registry, key: tuple[str, str], lang: str, client: str | None) -> Row:
    """The entry as that version of the list showed it. A past version whose texts lack
    the language shows the entry by its id (never by a text in another language)."""
    try:
        for row in rows(registry, lang, client):
            if (row.table, row.id) == key:
                return row
    except MissingText:
        pass
    return Row(key[0], key[1], key[1], None, None, (), ())
