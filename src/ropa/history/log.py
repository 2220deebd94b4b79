"""The registry's history: one entry per commit that touched it, newest first.

Each commit is compared with its first parent (a merge shows what it brought in). A
commit at which the registry does not validate is listed with `valid: false` and no
changes; the next valid commit is then compared with the last valid one before it, so
no change is lost or counted twice. In a shallow clone the oldest commits are missing:
the history says it is partial and the commit at the cut shows no changes rather than
the whole registry as added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ropa.history.changes import Diff, Impacts
from ropa.history.diff import compare
from ropa.history.diff import diff as full_diff
from ropa.history.git import Commit, GitError
from ropa.history.revision import RevisionProblem, Version, Versions, empty_record
from ropa.record import Record


@dataclass(frozen=True)
class Revision:
    commit: Commit
    diff: Diff
    valid: bool
    # the record as this commit left it (the last valid one when this one is not)
    record: Record

    @property
    def short(self) -> str:
        return self.commit.commit[:7]

    @property
    def day(self) -> str:
        return self.commit.date[:10]


@dataclass(frozen=True)
class History:
    revisions: list[Revision]
    partial: bool


def walk(
    versions: Versions,
    head: str = "HEAD",
    since: str | None = None,
    keep: Callable[[Revision], bool] = lambda revision: True,
    limit: int | None = None,
    impacts: bool = True,
) -> History:
    """Revisions from newest to oldest; with `keep` and `limit`, only the first `limit`
    that `keep` accepts (reading no further back than needed)."""
    repository = versions.repository("the history")
    try:
        commit = repository.resolve(head)
        commits = repository.log(commit, since)
        cuts = repository.shallow_cuts()
    except GitError as problem:
        raise RevisionProblem(str(problem)) from None
    revisions: list[Revision] = []
    for revision in _revisions(versions, commits, cuts, impacts):
        if keep(revision):
            revisions.append(revision)
            if limit is not None and len(revisions) >= limit:
                break
    return History(revisions, partial=bool(cuts))


def _revisions(
    versions: Versions, commits: list[Commit], cuts: frozenset[str], impacts: bool
) -> Iterator[Revision]:
    def diff(before: Record, after: Record, before_label: str, after_label: str) -> Diff:
        if impacts:
            return full_diff(before, after, before_label, after_label)
        return Diff(before_label, after_label, compare(before, after), Impacts())

    for index, commit in enumerate(commits):
        short = commit.commit[:7]
        now = versions.at(commit.commit, short)
        if now.errors:
            nothing = diff(empty_record(), empty_record(), short, short)
            yield Revision(commit, nothing, False, _last_valid(versions, commits[index:]))
            continue
        if commit.commit in cuts:
            nothing = diff(now.record, now.record, short, short)
            yield Revision(commit, nothing, True, now.record)
            continue
        before = _before(versions, commit, commits[index + 1 :])
        label = before.label if before is not None else "(nothing)"
        base = before.record if before is not None else empty_record()
        yield Revision(commit, diff(base, now.record, label, short), True, now.record)


def _before(versions: Versions, commit: Commit, older: list[Commit]) -> Version | None:
    """The registry as the commit's first parent had it, or the last valid one before."""
    if not commit.parents:
        return None
    parent = versions.at(commit.parents[0], commit.parents[0][:7])
    if not parent.errors:
        return parent
    for candidate in older:
        version = versions.at(candidate.commit, candidate.commit[:7])
        if not version.errors:
            return version
    return None


def _last_valid(versions: Versions, commits: list[Commit]) -> Record:
    for candidate in commits:
        version = versions.at(candidate.commit, candidate.commit[:7])
        if not version.errors:
            return version.record
    return empty_record()
