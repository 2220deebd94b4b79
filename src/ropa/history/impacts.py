"""What a change obliges the organisation to do, derived from both versions, never guessed.

- `register`: any change of Art. 30 content, that is of any entry but a notice.
- `notice:<id>`: the notice's generated text differs between the two versions. Both are
  built, in every language of the notice, and compared; a change that the notice does
  not show does not impact it.
- `client:<id>`: a sub-processor is added or removed, or changes country or transfer
  mechanism, in a processor activity done for that client (Art. 28(2): the client must
  be told beforehand and may object). A client new in the later version has none.
- `dpia:<id>`: a WP248 criterion, a special category, a transfer or profiling appears in
  that activity: its DPIA screening must be looked at again.

Each of the last three is a view of the record per notice, client or activity. Which
change caused a view to differ is found by undoing that change alone in the later
version (the record built again without it, once per change): it caused the difference
when the view then reads otherwise. When no single
change explains a difference (two changes that only matter together), every change that
could reach that view carries the impact.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from ropa.history.changes import Change, Impacts
from ropa.history.entries import revert
from ropa.record import ActivityRecord, Record

# Beyond this many candidate changes for one view, undoing each would cost more than it
# tells: every candidate then carries the impact.
MAX_UNDO = 300
SUB_PROCESSOR_ROLES = ("sub-processor", "processor")


class _Unbuildable:
    """The view of a registry that an undone change left inconsistent: equal to nothing."""

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return id(self)


# ---------------------------------------------------------------------------- views


def notice_view(record: Record, notice_id: str) -> Hashable | None:
    """The notice's whole generated content in each of its languages; None if absent."""
    from ropa.i18n.catalog import catalog_languages
    from ropa.notices import build

    notice = record.notice(notice_id)
    if notice is None:
        return None
    available = catalog_languages()
    return tuple(
        (lang, build(record, notice_id, lang))
        for lang in notice.entry.languages
        if lang in available
    )


def client_view(record: Record, client_id: str) -> Hashable | None:
    """The sub-processors that the client's data goes through, with where they process it
    and the transfer mechanism; None if the client is absent."""
    if record.entry("clients", client_id) is None:
        return None
    facts = set()
    for activity in record.processor_activities:
        if client_id not in activity.entry.on_behalf_of:
            continue
        for recipient in activity.recipients:
            if recipient.role not in SUB_PROCESSOR_ROLES:
                continue
            transfers = frozenset((t.country, t.mechanism) for t in recipient.transfers)
            facts.add((recipient.id, recipient.country or "", transfers))
    return frozenset(facts)


def screening_facts(record: Record, activity_id: str) -> frozenset[str] | None:
    """What the DPIA screening of an activity rests on; None if the activity is absent."""
    from ropa.rules.dpia_screening import criteria_met

    activity: ActivityRecord | None = record.entry("activities", activity_id)
    if activity is None:
        return None
    met = criteria_met(activity.entry, activity.data_categories, activity.data_subjects)
    facts = {f"criterion: {name}" for name in met}
    for category in activity.data_categories:
        if category.special:
            facts.add(f"special category: {category.special}")
        if category.criminal:
            facts.add("criminal data")
    for derived in activity.transfers:
        facts.add(f"transfer: {derived.transfer.country} ({derived.recipient.id})")
    if activity.entry.profiling_origin is not None:
        facts.add("profiling")
    return frozenset(facts)


# ---------------------------------------------------------------------------- attribution


@dataclass(frozen=True)
class _Family:
    prefix: str
    view: Callable[[Record, str], Hashable | None]
    reaches: Callable[[Change, str, Record, Record], bool]


def _safe(
    view: Callable[[Record, str], Hashable | None], record: Record | _Unbuildable, key: str
) -> object:
    if isinstance(record, _Unbuildable):
        return record
    try:
        return view(record, key)
    except Exception:  # an undone change can leave references dangling: that view differs
        return _Unbuildable()


class _Undone:
    """The later record with one change undone, built once per change however many
    views ask for it."""

    def __init__(self, before: Record, after: Record) -> None:
        self.before, self.after = before, after
        self._built: dict[Change, Record | _Unbuildable] = {}

    def __call__(self, change: Change) -> Record | _Unbuildable:
        found = self._built.get(change)
        if found is None:
            try:
                found = revert(
                    self.after, self.before, change.kind, change.id, change.change, change.attrs
                )
            except Exception:  # an undone change can leave the record unbuildable
                found = _Unbuildable()
            self._built[change] = found
        return found


def _covered(record: Record, notice_id: str) -> set[str]:
    notice = record.notice(notice_id)
    return set(notice.entry.activities) if notice else set()


def _reaches_notice(change: Change, key: str, before: Record, after: Record) -> bool:
    if change.kind == "notice":
        return change.id == key
    if change.kind == "activity":
        return change.id in _covered(before, key) | _covered(after, key)
    return change.kind != "client"


def _served(record: Record, client_id: str) -> set[str]:
    return {a.id for a in record.activities if client_id in a.entry.on_behalf_of}


def _reaches_client(change: Change, key: str, before: Record, after: Record) -> bool:
    if change.kind == "activity":
        return change.id in _served(before, key) | _served(after, key)
    return change.kind == "recipient" or (change.kind == "client" and change.id == key)


def _reaches_activity(change: Change, key: str, before: Record, after: Record) -> bool:
    if change.kind == "activity":
        return change.id == key
    return change.kind in ("data_category", "data_subject", "recipient")


NOTICES = _Family("notice", notice_view, _reaches_notice)
CLIENTS = _Family("client", client_view, _reaches_client)


def _attribute(
    family: _Family,
    key: str,
    candidates: list[Change],
    differs: Callable[[object], bool],
    undone: _Undone,
) -> list[Change]:
    if len(candidates) > MAX_UNDO:
        return candidates
    causes = [c for c in candidates if differs(_safe(family.view, undone(c), key))]
    return causes or candidates


def _differs(expected: object) -> Callable[[object], bool]:
    def differs(view: object) -> bool:
        return view != expected

    return differs


def derive(changes: list[Change], before: Record, after: Record) -> Impacts:
    impacts = Impacts()
    for change in changes:
        if change.kind != "notice":
            impacts.add(change, "register")
    if not changes:
        return impacts
    undone = _Undone(before, after)
    _notices(changes, undone, impacts)
    _clients(changes, undone, impacts)
    _screenings(changes, undone, impacts)
    return impacts


def _notices(changes: list[Change], undone: _Undone, impacts: Impacts) -> None:
    before, after = undone.before, undone.after
    ids = dict.fromkeys([n.id for n in after.notices] + [n.id for n in before.notices])
    for notice_id in ids:
        old, new = notice_view(before, notice_id), notice_view(after, notice_id)
        if old == new:
            continue
        if old is None or new is None:
            # a notice published or withdrawn: that change alone is the cause
            causes = [c for c in changes if c.kind == "notice" and c.id == notice_id]
        else:
            candidates = [c for c in changes if _reaches_notice(c, notice_id, before, after)]
            causes = _attribute(NOTICES, notice_id, candidates, _differs(new), undone)
        for change in causes:
            impacts.add(change, f"notice:{notice_id}")
        impacts.notices[notice_id] = causes


def _clients(changes: list[Change], undone: _Undone, impacts: Impacts) -> None:
    before, after = undone.before, undone.after
    for client in after.clients:
        old, new = client_view(before, client.id), client_view(after, client.id)
        if old is None or old == new:
            continue
        candidates = [c for c in changes if _reaches_client(c, client.id, before, after)]
        causes = _attribute(CLIENTS, client.id, candidates, _differs(new), undone)
        for change in causes:
            impacts.add(change, f"client:{client.id}")
        impacts.clients[client.id] = causes


def _screenings(changes: list[Change], undone: _Undone, impacts: Impacts) -> None:
    before, after = undone.before, undone.after
    for activity in after.activities:
        new = screening_facts(after, activity.id) or frozenset()
        old = screening_facts(before, activity.id)
        appeared = new - (old or frozenset())
        if not appeared:
            continue
        if old is None:
            causes = [c for c in changes if c.kind == "activity" and c.id == activity.id]
        else:
            candidates = [c for c in changes if _reaches_activity(c, activity.id, before, after)]

            def loses(view: object, appeared: frozenset[str] = appeared) -> bool:
                return not isinstance(view, frozenset) or bool(appeared - view)

            family = _Family("dpia", screening_facts, _reaches_activity)
            causes = _attribute(family, activity.id, candidates, loses, undone)
        for change in causes:
            impacts.add(change, f"dpia:{activity.id}")
        impacts.dpia[activity.id] = (sorted(appeared), causes)
