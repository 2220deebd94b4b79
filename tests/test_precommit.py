"""The README's pre-commit snippet, run by the real pre-commit as a user's repository runs
it: the snippet is read from README.md and only its git URL is replaced by this checkout.

pre-commit builds a virtualenv with ropa in it the first time, so this test takes a minute.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
URL = "git+https://github.com/ropa-dev/ropa@main"

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="needs git and a git checkout of ropa",
)


def readme_snippet() -> str:
    """The first YAML block of the README's pre-commit section, as a user copies it."""
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("\n## pre-commit\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert match is not None, "the README's pre-commit section has no YAML block"
    return match.group(1)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def _run_hook(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "NO_COLOR": "1",
        "ROPA_CACHE_DIR": str(home / "ropa-cache"),
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "ropa-validate", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")


def test_the_snippet_names_every_hook_the_repository_ships() -> None:
    snippet = readme_snippet()
    shipped = re.findall(
        r"^- id: (\S+)", (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"), re.M
    )
    assert re.findall(r"- id: (\S+)", snippet) == shipped
    assert snippet.count(URL) == len(shipped)


def test_the_readme_snippet_passes_clean_and_fails_broken_registries(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "ampere", repo / "registry")
    # Only the URL changes: pip installs ropa from this checkout instead of from git.
    config = readme_snippet().replace(URL, f"file://{ROOT}")
    (repo / ".pre-commit-config.yaml").write_text(config, "utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "registry")
    home = tmp_path / "pre-commit-home"

    clean = _run_hook(repo, home)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "ropa validate" in clean.stdout and "Passed" in clean.stdout

    # A French translation removed: the hook fails, naming the text and the language.
    newsletter = repo / "registry" / "activities" / "newsletter.yaml"
    original = newsletter.read_text("utf-8")
    _edit(
        newsletter,
        "    name: {en: Newsletter, fr: Lettre d'information}\n",
        "    name: Newsletter\n",
    )
    _git(repo, "add", ".")
    untranslated = _run_hook(repo, home)
    assert untranslated.returncode == 1, untranslated.stdout
    assert "Failed" in untranslated.stdout
    assert re.search(
        r"registry/activities/newsletter\.yaml:\d+:\d+: error\[ROPA030\] .*'fr'",
        untranslated.stdout,
    ), untranslated.stdout

    # An unknown reference: the hook fails at its place.
    newsletter.write_text(original, "utf-8")
    _edit(newsletter, "data_subjects: [newsletter-subscribers]", "data_subjects: [subscribers]")
    _git(repo, "add", ".")
    broken = _run_hook(repo, home)
    assert broken.returncode == 1
    assert "error[ROPA021] unknown data subject 'subscribers'" in broken.stdout
