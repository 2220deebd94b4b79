"""Find a registry's files and parse each one (through the cache when it is on)."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

from ropa.findings import Finding, Location, Severity
from ropa.yamlsource import MAX_FILE_BYTES, SourceFile, read_source

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class Loaded:
    """The files of a registry. `problem` is set when there is nothing to validate at all
    (a path that does not exist, a folder with no YAML): that is a usage error, exit 2."""

    sources: list[SourceFile] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None


def _display(root: str, relative: str) -> str:
    return os.path.normpath(os.path.join(root, relative))


def discover(root: str) -> tuple[list[str], list[Finding], str | None]:
    """Every YAML file below `root` (or `root` itself), in path order.

    Symbolic links to folders are followed once; a link that leads back into a folder
    already being read is reported and skipped, so a loop can never hang the walk.
    """
    path = Path(root)
    if not path.exists():
        if path.is_symlink():
            return [], [], f"'{root}' is a broken symbolic link: it loops or leads nowhere"
        return [], [], f"'{root}' does not exist: give a registry folder or YAML file"
    if path.is_file():
        return [root], [], None
    if not path.is_dir():
        return [], [], f"'{root}' is neither a file nor a folder"

    files: list[str] = []
    findings: list[Finding] = []
    seen_dirs: set[str] = set()

    def walk(directory: Path, relative: tuple[str, ...], ancestors: frozenset[str]) -> None:
        real = os.path.realpath(directory)
        if real in ancestors:
            findings.append(
                Finding(
                    "ROPA007",
                    Severity.ERROR,
                    "symbolic link loop: this folder leads back into one that contains it; "
                    "remove the link",
                    Location(_display(root, os.path.join(*relative)) if relative else root),
                )
            )
            return
        if real in seen_dirs:
            return
        seen_dirs.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as exc:
            findings.append(
                Finding(
                    "ROPA002",
                    Severity.ERROR,
                    f"cannot read folder: {exc.strerror}",
                    Location(_display(root, os.path.join(*relative)) if relative else root),
                )
            )
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = (*relative, entry.name)
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
                is_file = entry.is_file(follow_symlinks=True)
            except OSError:
                is_dir = is_file = False
            if is_dir:
                walk(Path(entry.path), child, ancestors | {real})
            elif is_file and entry.name.endswith(YAML_SUFFIXES):
                files.append(_display(root, os.path.join(*child)))
            elif not is_file:
                broken = _broken_link(entry, _display(root, os.path.join(*child)))
                if broken is not None:
                    findings.append(broken)

    walk(path, (), frozenset())
    if not files and not findings:
        return [], [], f"'{root}' holds no .yaml or .yml files"
    return files, findings, None


def _broken_link(entry: os.DirEntry[str], shown: str) -> Finding | None:
    """A symbolic link that loops, or a YAML-named one that leads nowhere: reported, so
    a registry never silently loses a file."""
    if not entry.is_symlink():
        return None
    try:
        os.stat(entry.path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Finding(
                "ROPA007",
                Severity.ERROR,
                "symbolic link loop: this link leads back to itself; remove the link",
                Location(shown),
            )
        if entry.name.endswith(YAML_SUFFIXES):
            return Finding(
                "ROPA002",
                Severity.ERROR,
                f"broken symbolic link: its target '{os.readlink(entry.path)}' does not exist",
                Location(shown),
            )
    return None


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def load(root: str, use_cache: bool = False) -> Loaded:
    files, findings, problem = discover(root)
    if problem is not None:
        return Loaded(problem=problem)
    if use_cache:
        from ropa.cache import read_cached

        # The cache hashes a file's whole content: files over the limit bypass it.
        sources = [
            read_source(path) if _size(path) > MAX_FILE_BYTES else read_cached(path)
            for path in files
        ]
    else:
        sources = [read_source(path) for path in files]
    return collect(sources, findings)


def collect(sources: list[SourceFile], findings: list[Finding]) -> Loaded:
    """The parsed files as one registry's files, with what makes a file unusable as one."""
    loaded = Loaded(sources=sources, findings=list(findings))
    for source in sources:
        loaded.findings.extend(source.findings)
        if source.data is None and not source.findings:
            loaded.findings.append(
                Finding(
                    "ROPA004",
                    Severity.ERROR,
                    "file is empty: add registry entries or delete it",
                    Location(source.path, 1, 1),
                )
            )
        elif source.data is not None and not isinstance(source.data, dict):
            kind = "a list" if isinstance(source.data, list) else "a single value"
            loaded.findings.append(
                Finding(
                    "ROPA004",
                    Severity.ERROR,
                    f"top level is {kind}; a registry file is a mapping of keys such as "
                    "'activities:' or 'recipients:'",
                    source.loc(()),
                )
            )
    return loaded
