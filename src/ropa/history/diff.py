"""The difference in meaning between two versions of the registry, as resolved records.

Entries are matched by kind and id, wherever they are written, and compared field by
field through `ropa.history.entries`; so moving an entry to another file, reordering a
list or rewriting a short authority id in full is no change. Each change then carries
the impacts derived in `ropa.history.impacts`.
"""

from __future__ import annotations

from ropa.history.changes import Change, Diff
from ropa.history.entries import entries
from ropa.history.impacts import derive
from ropa.record import Record


def compare(before: Record, after: Record) -> list[Change]:
    """Every change from `before` to `after`, without impacts, in a stable order."""
    old = entries(before)
    new = entries(after)
    changes: list[Change] = []
    for key in old.keys() - new.keys():
        changes.append(Change(key[0], key[1], "removed", None, old[key].nested(), None))
    for key in new.keys() - old.keys():
        changes.append(Change(key[0], key[1], "added", None, None, new[key].nested()))
    for key in old.keys() & new.keys():
        was, now = old[key], new[key]
        if was.fields == now.fields:
            continue
        for name in sorted(was.fields.keys() | now.fields.keys()):
            value_before = was.fields.get(name)
            value_after = now.fields.get(name)
            if value_before == value_after:
                continue
            attrs = now.attrs.get(name) or was.attrs.get(name) or ()
            changes.append(
                Change(key[0], key[1], "changed", name, value_before, value_after, attrs)
            )
    return sorted(changes, key=Change.sort_key)


def diff(before: Record, after: Record, before_label: str, after_label: str) -> Diff:
    changes = compare(before, after)
    return Diff(before_label, after_label, changes, derive(changes, before, after))
