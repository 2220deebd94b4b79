"""The register's "Revision history": the last commits that changed the register.

Each commit that changed Art. 30 content (a change with the `register` impact) gives its
date, short hash, and one line per entry it changed, in the register's language. The
history is read once per export (past versions are checked for their form only) and
worded per language; outside git, or in a repository without commits, there is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ropa.history import words
from ropa.history.changes import Change
from ropa.register.document import RevisionRow

if TYPE_CHECKING:
    from ropa.i18n.register_words import Words

LIMIT = 20

# The register's heading (a key of `register_words.HEADINGS`) for each field a change
# names, by the field's first part ("retention.period" is a change of the retention):
# a field of the same name as its heading is not listed.
FIELD_HEADINGS: dict[str, str] = {
    "owner": "business_function",
    "data_subjects": "subjects",
    "data_categories": "categories",
    "special_category_condition": "art9_condition",
    "criminal_data_authority": "art10_authority",
    "recipients": "recipient_categories",
    "on_behalf_of": "controller",
    "security_measures": "measures",
    "profiling_origin": "profiling",
    "special": "special_column",
    "criminal": "criminal_column",
}


@dataclass(frozen=True)
class RevisionChanges:
    """One commit of the revision history, in no language yet."""

    date: str  # YYYY-MM-DD, committer date
    commit: str  # short hash
    changes: tuple[Change, ...]


def _changes_register(revision: object) -> bool:
    from ropa.history.log import Revision

    assert isinstance(revision, Revision)
    return any(c.kind != "notice" for c in revision.diff.changes)


def read(registry_path: str, limit: int = LIMIT) -> list[RevisionChanges]:
    """The last `limit` commits that changed the register, newest first ([] outside git)."""
    return read_git(registry_path, limit)


def read_git(registry_path: str, limit: int = LIMIT) -> list[RevisionChanges]:
    """The last `limit` commits that changed the register, newest first ([] outside git)."""
    from ropa.history.git import GitError
    from ropa.history.log import walk
    from ropa.history.revision import RevisionProblem, Versions

    versions = Versions(registry_path, rules=False)
    try:
        if not versions.repository("the history").has_commits():
            return []
        history = walk(versions, keep=_changes_register, limit=limit, impacts=False)
    except (RevisionProblem, GitError):
        return []
    return [
        RevisionChanges(r.day, r.short, tuple(c for c in r.diff.changes if c.kind != "notice"))
        for r in history.revisions
    ]


def worded(revisions: Sequence[RevisionChanges], lang: str) -> tuple[RevisionRow, ...]:
    """The revision history in `lang`: one line per entry a commit changed."""
    from ropa.i18n.catalog import catalog
    from ropa.i18n.register_words import Words

    _ = catalog(lang).gettext
    register = Words(lang)
    rows = []
    for revision in revisions:
        lines: list[str] = []
        by_entry: dict[tuple[str, str], list[Change]] = {}
        for change in revision.changes:
            by_entry.setdefault(change.entry, []).append(change)
        for (kind, id_), group in by_entry.items():
            entry = (
                _(words.KINDS[kind]) % {"id": id_}
                if kind != "organization"
                else _(words.KINDS[kind])
            )
            hows = {c.change for c in group}
            if "added" in hows:
                lines.append(_(words.ENTRY_ADDED) % {"entry": entry})
            elif "removed" in hows:
                lines.append(_(words.ENTRY_REMOVED) % {"entry": entry})
            else:
                fields = ", ".join(
                    dict.fromkeys(field_heading(register, c.field) for c in group if c.field)
                )
                lines.append(_(words.ENTRY_CHANGED) % {"entry": entry, "fields": fields})
        rows.append(RevisionRow(revision.date, revision.commit, tuple(lines)))
    return tuple(rows)


def field_heading(register: Words, field: str) -> str:
    """The register's heading for a changed field: `retention.period` → "Retention"."""
    top = re.split(r"[.\[]", field, maxsplit=1)[0]
    return register[FIELD_HEADINGS.get(top, top)]
