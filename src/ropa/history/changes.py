"""The result of comparing two versions: changes, and the impacts that they carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ropa.history.entries import KIND_ORDER, AttrPath


# eq=False: a change is one event, hashed by identity (its values are lists and maps)
@dataclass(frozen=True, eq=False)
class Change:
    kind: str
    id: str
    change: str  # added, removed, changed
    field: str | None
    before: Any
    after: Any
    # the model attributes holding the field, to undo this change alone (not in the JSON)
    attrs: tuple[AttrPath, ...] = ()

    def sort_key(self) -> tuple[int, str, int, str]:
        order = {"removed": 0, "added": 1, "changed": 2}[self.change]
        return (KIND_ORDER.index(self.kind), self.id, order, self.field or "")

    @property
    def entry(self) -> tuple[str, str]:
        return (self.kind, self.id)


@dataclass
class Impacts:
    """What the changes oblige the organisation to do, each with the changes causing it."""

    by_change: dict[Change, list[str]] = field(default_factory=dict)
    notices: dict[str, list[Change]] = field(default_factory=dict)
    clients: dict[str, list[Change]] = field(default_factory=dict)
    # activity id -> (what appeared, changes that made it appear)
    dpia: dict[str, tuple[list[str], list[Change]]] = field(default_factory=dict)

    def add(self, change: Change, impact: str) -> None:
        listed = self.by_change.setdefault(change, [])
        if impact not in listed:
            listed.append(impact)

    def of(self, change: Change) -> list[str]:
        order = ("register", "notice:", "client:", "dpia:")

        def rank(impact: str) -> tuple[int, str]:
            return (next(i for i, p in enumerate(order) if impact.startswith(p)), impact)

        return sorted(self.by_change.get(change, []), key=rank)


@dataclass
class Diff:
    before_label: str
    after_label: str
    changes: list[Change]
    impacts: Impacts
