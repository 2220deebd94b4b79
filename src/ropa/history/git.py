"""Read a registry's past from git without touching the working tree.

A revision name comes from the command line or a CI variable, and the objects it names
come from whoever could push to the repository: both are untrusted. So a name is checked
before git sees it (never read as an option: no leading `-`, no control characters) and
resolved with `rev-parse --verify --end-of-options NAME^{commit}`; every later call gets
the full commit hash only. Every git call runs with a timeout, reads nothing larger than
the registry size limits, and gets an environment without pagers, prompts or external
diff drivers. Nothing here writes to the repository or the working tree.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

GIT_TIMEOUT_SECONDS = 30.0
# A registry of thousands of files is still far below this; a tree listing beyond it is
# refused rather than read into memory.
MAX_LISTING_BYTES = 64 * 1024 * 1024
MAX_FILES = 20_000
# The sum of a revision's registry files: twice a large registry, far below memory.
MAX_REVISION_BYTES = 512 * 1024 * 1024
MAX_LOG_COMMITS = 100_000
_REVISION_NAME = re.compile(r"^[^\x00-\x20\x7f~^:?*\[\\]+(?:[~^][0-9]*|@\{[^}\x00-\x1f]*\})*$")
_HASH = re.compile(r"^[0-9a-f]{40}(?:[0-9a-f]{24})?$")


class GitError(Exception):
    """git could not give what was asked; the message says what and what to do."""


class NotARepository(GitError):
    pass


class UnknownRevision(GitError):
    pass


@dataclass(frozen=True)
class TreeFile:
    """A registry file as a revision holds it."""

    path: str  # relative to the repository root, with forward slashes
    object_id: str
    size: int
    mode: str


@dataclass(frozen=True)
class Commit:
    commit: str  # full hash
    date: str  # committer date, ISO 8601 with offset
    author: str
    subject: str
    parents: tuple[str, ...]


def _environment() -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        # these would make git read another repository or run a program of the user's
        if key not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER")
    }
    environment.update(
        GIT_TERMINAL_PROMPT="0",
        GIT_OPTIONAL_LOCKS="0",
        GIT_PAGER="cat",
        LC_ALL="C",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return environment


def _run(
    cwd: Path, args: Sequence[str], stdin: bytes | None = None, limit: int = MAX_LISTING_BYTES
) -> subprocess.CompletedProcess[bytes]:
    """Run git; GitError when it cannot start, times out or says more than `limit`."""
    command = ["git", "-c", "core.fsmonitor=false", "-c", "core.quotepath=off", *args]
    try:
        with subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
        ) as process:
            try:
                out, err = process.communicate(stdin, timeout=GIT_TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise GitError(
                    f"git {args[0]} took longer than {GIT_TIMEOUT_SECONDS:.0f} s; nothing was read"
                ) from None
    except FileNotFoundError:
        raise GitError(
            "git is not installed: install it, or compare folders with --from DIR"
        ) from None
    except OSError as exc:
        raise GitError(f"cannot run git: {exc.strerror or exc}") from None
    if len(out) > limit:
        raise GitError(f"git {args[0]} gave more than {limit // (1024 * 1024)} MiB; refused")
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def valid_name(name: str) -> bool:
    """A name git could take as a revision and never as an option or a path."""
    if not name or len(name) > 255 or name.startswith("-"):
        return False
    return _REVISION_NAME.match(name) is not None


class Repository:
    """The git repository that holds a registry path."""

    def __init__(self, root: Path, registry: PurePosixPath) -> None:
        self.root = root
        # the registry's place in the repository ('.' when it is the root itself)
        self.registry_path = registry

    @classmethod
    def find(cls, path: str) -> Repository:
        """The repository holding `path`; NotARepository when there is none."""
        where = Path(path).resolve()
        directory = where if where.is_dir() else where.parent
        while not directory.exists():
            directory = directory.parent
        done = _run(directory, ["rev-parse", "--show-toplevel"])
        if done.returncode != 0:
            raise NotARepository(f"'{path}' is not in a git repository")
        root = Path(done.stdout.decode("utf-8", "replace").strip()).resolve()
        try:
            relative = where.relative_to(root)
        except ValueError:
            raise NotARepository(f"'{path}' is not in a git repository") from None
        return cls(root, PurePosixPath(relative.as_posix()))

    def _git(self, *args: str, stdin: bytes | None = None, limit: int = MAX_LISTING_BYTES) -> bytes:
        done = _run(self.root, args, stdin=stdin, limit=limit)
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise GitError(f"git {args[0]} failed: {message[-1] if message else 'no message'}")
        return done.stdout

    def resolve(self, name: str) -> str:
        """The full hash of the commit `name` names; UnknownRevision otherwise."""
        if not valid_name(name):
            raise UnknownRevision(
                f"'{name}' is not a revision name: give a branch, tag or commit (such as "
                "HEAD, origin/main, v1 or a hash), or a folder"
            )
        done = _run(
            self.root,
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}"],
        )
        commit = done.stdout.decode("ascii", "replace").strip()
        if done.returncode != 0 or not _HASH.match(commit):
            raise UnknownRevision(
                f"unknown revision '{name}': no branch, tag or commit of that name in {self.root}"
            )
        return commit

    def has_commits(self) -> bool:
        return (
            _run(self.root, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]).returncode == 0
        )

    def shallow(self) -> bool:
        out = self._git("rev-parse", "--is-shallow-repository")
        return out.strip() == b"true"

    def shallow_cuts(self) -> frozenset[str]:
        """The commits at which a shallow clone's history stops (none in a full clone)."""
        if not self.shallow():
            return frozenset()
        where = self._git("rev-parse", "--git-path", "shallow").decode("utf-8", "replace").strip()
        marker = Path(where) if os.path.isabs(where) else self.root / where
        try:
            return frozenset(marker.read_text(encoding="ascii").split())
        except OSError:
            return frozenset()

    def files(self, commit: str) -> tuple[list[TreeFile], list[TreeFile]]:
        """The YAML files of the registry at `commit`, in the order the folder walk reads
        them, and the symbolic links among them (which a revision does not follow)."""
        assert _HASH.match(commit)
        spec = "." if str(self.registry_path) == "." else str(self.registry_path)
        out = self._git("ls-tree", "-r", "-l", "-z", "--full-tree", commit, "--", spec)
        files: list[TreeFile] = []
        links: list[TreeFile] = []
        for record in out.split(b"\0"):
            if not record:
                continue
            meta, _, raw_path = record.partition(b"\t")
            parts = meta.split()
            if len(parts) != 4 or parts[1] != b"blob":
                continue  # submodules and the like hold no registry file
            path = raw_path.decode("utf-8", "surrogateescape")
            relative = PurePosixPath(path)
            inside = (
                relative.parts[len(self.registry_path.parts) :] if spec != "." else relative.parts
            )
            if any(part.startswith(".") for part in inside):
                continue
            if not path.endswith((".yaml", ".yml")):
                continue
            size = int(parts[3]) if parts[3].isdigit() else 0
            entry = TreeFile(path, parts[2].decode("ascii"), size, parts[0].decode("ascii"))
            (links if entry.mode == "120000" else files).append(entry)
            if len(files) > MAX_FILES:
                raise GitError(f"the registry at {commit[:12]} has more than {MAX_FILES} files")
        files.sort(key=lambda entry: PurePosixPath(entry.path).parts)
        return files, links

    def read(self, objects: Sequence[str]) -> dict[str, bytes]:
        """The content of each blob, read in one `git cat-file --batch`."""
        if not objects:
            return {}
        for object_id in objects:
            assert re.fullmatch(r"[0-9a-f]{40,64}", object_id)
        out = self._git(
            "cat-file",
            "--batch",
            stdin="".join(f"{o}\n" for o in objects).encode(),
            limit=MAX_REVISION_BYTES,
        )
        result: dict[str, bytes] = {}
        position = 0
        for object_id in objects:
            header_end = out.index(b"\n", position)
            header = out[position:header_end].split()
            if len(header) != 3:
                raise GitError(f"git cat-file: object {object_id} is missing")
            size = int(header[2])
            result[object_id] = out[header_end + 1 : header_end + 1 + size]
            position = header_end + 1 + size + 1
        return result

    def log(self, commit: str, since: str | None = None) -> list[Commit]:
        """Commits reachable from `commit` that touched the registry, newest first."""
        assert _HASH.match(commit)
        spec = "." if str(self.registry_path) == "." else str(self.registry_path)
        args = [
            "log",
            "-z",
            "--no-color",
            "--format=%H%x1f%P%x1f%cI%x1f%an%x1f%s",
            f"--max-count={MAX_LOG_COMMITS}",
        ]
        if since is not None:
            args.append(f"--since={since}T00:00:00")
        out = self._git(*args, commit, "--", spec)
        commits = []
        for record in out.split(b"\0"):
            fields = record.decode("utf-8", "replace").strip("\n").split("\x1f")
            if len(fields) != 5:
                continue
            full, parents, date, author, subject = fields
            commits.append(Commit(full, date, author, subject, tuple(parents.split())))
        return commits
