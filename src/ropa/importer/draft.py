"""The registry being imported, with what the importer noticed on the way.

Entries are ruamel `CommentedMap`s from the start, so a guess becomes a `# import: ...`
comment on the very line it produced when the files are written. Every guess and every
cell that could not be mapped is also a `Note` for IMPORT-REPORT.md, with its `Sheet!Cell`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ropa.importer.freetext import IdMaker, same_name

NoteKind = Literal["guess", "unmapped", "info"]
KINDS = ("data_subjects", "data_categories", "security_measures", "recipients", "clients")


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    place: str  # "Sheet!C5", or the file for a workbook-wide note
    held: str  # what the cell held
    done: str  # what the importer did with it


@dataclass
class Draft:
    """A registry under construction: organisation, vocabulary, recipients, activities,
    notices."""

    source: str = ""
    layout: str = ""
    organization: CommentedMap = field(default_factory=CommentedMap)
    entries: dict[str, list[CommentedMap]] = field(default_factory=lambda: {k: [] for k in KINDS})
    activities: list[CommentedMap] = field(default_factory=list)
    notices: list[CommentedMap] = field(default_factory=list)  # only our own workbooks carry them
    notes: list[Note] = field(default_factory=list)
    ids: dict[str, IdMaker] = field(default_factory=dict)
    _by_name: dict[tuple[str, str], CommentedMap] = field(default_factory=dict)

    def id_maker(self, kind: str) -> IdMaker:
        return self.ids.setdefault(kind, IdMaker())

    def note(self, kind: NoteKind, place: str, held: Any, done: str) -> None:
        self.notes.append(Note(kind, place, _shown(held), done))

    def guess(self, container: Any, key: Any, place: str, held: Any, done: str) -> None:
        """Record a guess: a note for the report and a comment on the YAML line."""
        self.note("guess", place, held, done)
        comment(container, key, f"import: {done} ({place})")

    def entry(self, kind: str, name: str, place: str) -> tuple[CommentedMap, bool]:
        """The entry of `kind` named `name`: the existing one when a row already named it
        alike (case, accents, punctuation aside), else a new one with an id made from the
        name. Returns (entry, created)."""
        key = (kind, same_name(name))
        found = self._by_name.get(key)
        if found is not None:
            return found, False
        made = CommentedMap()
        made["id"] = self.id_maker(kind).make(name)
        # "Contact details, date of birth": each entry is named as a heading would be
        made["name"] = name[:1].upper() + name[1:] if name[:1].islower() else name
        self.entries[kind].append(made)
        self._by_name[key] = made
        return made, True

    def counts(self) -> dict[str, int]:
        return {
            "activities": len(self.activities),
            "recipients": len(self.entries["recipients"]),
            "notices": len(self.notices),
            "guesses": sum(1 for n in self.notes if n.kind == "guess"),
            "unmapped": sum(1 for n in self.notes if n.kind == "unmapped"),
        }


def comment(container: Any, key: Any, text: str) -> None:
    """An end-of-line comment on `container[key]` (a map key or a list index); a second
    comment on the same line is joined to the first."""
    if not isinstance(container, CommentedMap | CommentedSeq):
        return
    existing = container.ca.items.get(key)
    if existing:
        token = existing[2] if isinstance(container, CommentedMap) else existing[0]
        if token is not None:
            token.value = token.value.rstrip("\n") + f"; {text}\n"
            return
    container.yaml_add_eol_comment(text, key)


def seq(items: list[Any] | None = None) -> CommentedSeq:
    result = CommentedSeq()
    result.extend(items or [])
    return result


def _shown(value: Any) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 160 else text[:159] + "…"
