"""A git repository built by a test, with commits at fixed dates, and the CLI run in it."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ropa.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass
class GitRepo:
    root: Path
    commits: list[str] = field(default_factory=list)

    def git(self, *args: str, date: str = "2026-01-01T09:00:00+00:00") -> str:
        environment = {
            **os.environ,
            "GIT_AUTHOR_NAME": "Dana Officer",
            "GIT_AUTHOR_EMAIL": "dpo@example.org",
            "GIT_COMMITTER_NAME": "Dana Officer",
            "GIT_COMMITTER_EMAIL": "dpo@example.org",
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
        }
        done = subprocess.run(
            ["git", *args],
            cwd=self.root,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    def path(self, relative: str) -> Path:
        return self.root / relative

    def write(self, relative: str, text: str) -> None:
        target = self.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def read(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def edit(self, relative: str, old: str, new: str, count: int = 1) -> None:
        text = self.read(relative)
        assert old in text, f"{old!r} not in {relative}"
        self.write(relative, text.replace(old, new, count))

    def commit(self, message: str, date: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, date=date)
        commit = self.git("rev-parse", "HEAD").strip()
        self.commits.append(commit)
        return commit


def make_repo(tmp_path: Path, fixture: str = "lohnwerk", into: str = "registry") -> GitRepo:
    root = tmp_path / "repo"
    root.mkdir()
    repo = GitRepo(root)
    repo.git("init", "-q", "-b", "main")
    shutil.copytree(FIXTURES / fixture, root / into)
    return repo


def run(repo_root: Path, *argv: str) -> tuple[int, str, str]:
    """`ropa ARGV` in-process with the repository as the working folder."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    previous = Path.cwd()
    os.chdir(repo_root)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        os.chdir(previous)
    return code, out.getvalue(), err.getvalue()
