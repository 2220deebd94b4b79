"""The `ropa-validate` hook driven by the real pre-commit, as a user's repository runs it.

pre-commit builds a virtualenv with ropa in it the first time, so this test takes a minute.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs git and a git checkout of ropa",
)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _try_repo(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pre_commit",
            "try-repo",
            str(ROOT),
            "ropa-validate",
            "--all-files",
            "--color",
            "never",
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_hook_passes_clean_and_fails_broken_registry(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "lohnwerk", repo / "registry")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "registry")
    home = tmp_path / "pre-commit-home"

    clean = _try_repo(repo, home)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "ropa validate" in clean.stdout and "Passed" in clean.stdout

    registry = repo / "registry" / "registry.yaml"
    registry.write_text(
        registry.read_text("utf-8").replace(
            "data_subjects: [candidates]", "data_subjects: [candidate]"
        ),
        "utf-8",
    )
    _git(repo, "add", ".")
    broken = _try_repo(repo, home)
    assert broken.returncode == 1
    assert "Failed" in broken.stdout
    assert (
        "registry/registry.yaml:239:21: error[ROPA021] unknown data subject 'candidate'; "
        "did you mean 'candidates'?"
    ) in broken.stdout
