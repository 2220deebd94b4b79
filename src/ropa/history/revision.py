"""One version of the registry: a git revision, a folder, or the working tree, validated.

A revision's files are read from git objects and named `REV:path/in/repo.yaml`, so each
finding of an old version says which version it is about (`v1:registry.yaml:12:3`) and
the name is one `git show` accepts.

This module loads versions (through the model, as validation does); what is compared or
listed reads each version's resolved record (`Version.record`), built once per set of
files however many revisions or labels share them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from ropa.findings import Finding, Location, Severity
from ropa.history.git import GitError, NotARepository, Repository
from ropa.yamlsource import MAX_FILE_BYTES, oversized, parse

if TYPE_CHECKING:
    from ropa.config import Config
    from ropa.record import Record
    from ropa.validate import Validation

WORKING_TREE = "working tree"


class RevisionProblem(Exception):
    """A version cannot be read at all (usage or environment, exit 2)."""


@cache
def empty_record() -> Record:
    """No registry at all: what the first commit adds to."""
    from ropa.model_build import build
    from ropa.record import build_record

    return build_record(build([]))


class Loaded:
    """One validated set of files, shared by every revision and label that holds them:
    the validation, and the resolved record built from it when first read."""

    def __init__(self, validation: Validation) -> None:
        self.validation = validation
        self._record: Record | None = None

    @property
    def record(self) -> Record:
        if self._record is None:
            from ropa.record import build_record

            assert self.validation.registry is not None
            self._record = build_record(self.validation.registry)
        return self._record


@dataclass
class Version:
    """A registry as one revision, folder or the working tree holds it."""

    label: str  # what the user named: HEAD, v1, a folder, "working tree"
    loaded: Loaded
    commit: str | None = None  # full hash for a git revision
    absent: bool = False  # the registry path did not exist at that revision
    notes: list[str] = field(default_factory=list)

    @property
    def validation(self) -> Validation:
        return self.loaded.validation

    @property
    def record(self) -> Record:
        """The version resolved (read it only when it has no errors)."""
        return self.loaded.record

    @property
    def errors(self) -> list[Finding]:
        if self.absent:
            return []  # no registry yet at that revision: every entry is added after it
        return [f for f in self.validation.findings if f.severity is Severity.ERROR]


class Versions:
    """Reads versions of the registry at PATH; the repository is looked up once, when needed."""

    def __init__(
        self,
        path: str,
        config: Config | None = None,
        today: date | None = None,
        rules: bool = True,
    ):
        """Without `rules`, a version is valid when its form is (YAML, schema, references):
        what a history needs, at a fraction of the cost of the GDPR rules."""
        self.path = path
        self.rules = rules
        self.config = config
        self.today = today
        self._repository: Repository | None = None
        self._cache: dict[tuple[tuple[str, str], ...], Loaded] = {}

    def repository(self, asked_for: str) -> Repository:
        if self._repository is None:
            try:
                self._repository = Repository.find(self.path)
            except NotARepository as problem:
                raise RevisionProblem(
                    f"{problem}, so {asked_for} cannot be read; compare folders instead "
                    "with --from DIR (and --to DIR)"
                ) from None
            except GitError as problem:
                raise RevisionProblem(str(problem)) from None
        return self._repository

    def read(self, spec: str | None, option: str) -> Version:
        """`spec` as given to `option`: None for the working tree, a folder, or a revision."""
        if spec is None:
            return self._folder(self.path, WORKING_TREE)
        if os.path.exists(spec):
            return self._folder(spec, spec)
        repository = self.repository(f"{option} {spec}")
        try:
            commit = repository.resolve(spec)
        except GitError as problem:
            raise RevisionProblem(str(problem)) from None
        return self.at(commit, spec)

    def _folder(self, path: str, label: str) -> Version:
        from ropa.validate import validate

        result = validate(path, config=self.config, today=self.today)
        if result.problem is not None or result.registry is None:
            raise RevisionProblem(result.problem or f"cannot read '{path}'")
        return Version(label, Loaded(result))

    def at(self, commit: str, label: str) -> Version:
        """The registry at `commit` (a full hash), its files named `label:path`."""
        from ropa.load import collect
        from ropa.validate import validate_loaded

        repository = self.repository(label)
        try:
            files, links = repository.files(commit)
            key = tuple((f.path, f.object_id) for f in files)
            cached = self._cache.get(key) if not links else None
            if cached is None:
                small = [f.object_id for f in files if f.size <= MAX_FILE_BYTES]
                contents = repository.read(small)
        except GitError as problem:
            raise RevisionProblem(str(problem)) from None
        if cached is not None:
            # the same files under another name: findings must say which revision
            return Version(label, cached, commit, absent=not files)
        sources = []
        for entry in files:
            name = f"{label}:{entry.path}"
            if entry.size > MAX_FILE_BYTES:
                sources.append(oversized(name, entry.size))
            else:
                sources.append(parse(name, contents[entry.object_id]))
        findings = [
            Finding(
                "ROPA002",
                Severity.ERROR,
                "symbolic link in a revision: ropa does not follow links in git history; "
                "commit the file itself",
                Location(f"{label}:{link.path}"),
            )
            for link in links
        ]
        validation = validate_loaded(
            collect(sources, findings), config=self.config, today=self.today, rules=self.rules
        )
        assert validation.registry is not None
        loaded = Loaded(validation)
        if not links:
            self._cache[key] = loaded
        return Version(label, loaded, commit, absent=not files)
