"""`ropa history`: one entry per commit that touched the registry, newest first."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from gitrepo import GitRepo, run

REG = "registry/registry.yaml"


def history(repo: GitRepo | Path, *argv: str) -> dict[str, Any]:
    root = repo.root if isinstance(repo, GitRepo) else repo
    code, out, err = run(root, "history", "registry", "--format", "json", *argv)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def three_commits(repo: GitRepo) -> None:
    repo.edit(REG, "period: P6M", "period: P3M")
    repo.commit("Keep applications three months", "2026-02-01T09:30:00+01:00")
    repo.write("README.md", "not the registry\n")
    repo.commit("Add a readme", "2026-02-02T09:30:00+00:00")
    repo.edit(REG, "owner: HR", "owner: People team")
    repo.commit("HR is now the People team", "2026-03-01T14:00:00+00:00")


def test_one_entry_per_commit_touching_the_registry_newest_first(lohnwerk: GitRepo) -> None:
    three_commits(lohnwerk)
    data = history(lohnwerk)
    assert data["partial"] is False
    commits = data["commits"]
    assert [c["subject"] for c in commits] == [
        "HR is now the People team",
        "Keep applications three months",
        "Record of processing activities",
    ]
    newest = commits[0]
    assert newest["commit"] == lohnwerk.commits[-1]
    assert newest["date"] == "2026-03-01T14:00:00+00:00"
    assert newest["author"] == "Dana Officer"
    assert newest["valid"] is True
    assert newest["changes"] == [
        {
            "kind": "activity",
            "id": "recruitment",
            "change": "changed",
            "field": "owner",
            "before": "HR",
            "after": "People team",
            "impacts": ["register"],
        }
    ]
    assert commits[1]["date"] == "2026-02-01T09:30:00+01:00"
    assert [c["field"] for c in commits[1]["changes"]] == ["retention.period"]
    assert commits[1]["changes"][0]["impacts"] == ["register", "notice:careers"]
    # the first commit adds everything
    assert {c["change"] for c in commits[2]["changes"]} == {"added"}


def test_since_keeps_later_commits(lohnwerk: GitRepo) -> None:
    three_commits(lohnwerk)
    subjects = [c["subject"] for c in history(lohnwerk, "--since", "2026-02-15")["commits"]]
    assert subjects == ["HR is now the People team"]
    code, _, err = run(lohnwerk.root, "history", "registry", "--since", "last week")
    assert code == 2 and "--since last week: give a date as YYYY-MM-DD" in err


def test_text_and_markdown(lohnwerk: GitRepo) -> None:
    three_commits(lohnwerk)
    code, out, _ = run(lohnwerk.root, "history", "registry")
    assert code == 0
    short = lohnwerk.commits[-1][:7]
    assert out.startswith(
        f"{short} 2026-03-01 Dana Officer: HR is now the People team\n"
        "    activity recruitment: owner: HR → People team  [register]\n"
    )
    code, md, _ = run(lohnwerk.root, "history", "registry", "--format", "md")
    assert code == 0
    assert md.startswith("## Registry history\n\n")
    assert f"### `{short}` 2026-03-01: HR is now the People team\n\nBy Dana Officer.\n" in md


def test_a_commit_where_the_registry_does_not_validate(lohnwerk: GitRepo) -> None:
    lohnwerk.edit(REG, "data_categories: [access-logs]", "data_categories: [access-log]")
    lohnwerk.commit("Typo", "2026-02-01T09:00:00+00:00")
    lohnwerk.edit(REG, "data_categories: [access-log]", "data_categories: [access-logs]")
    lohnwerk.edit(REG, "owner: HR", "owner: People team")
    lohnwerk.commit("Fix the typo, rename HR", "2026-02-02T09:00:00+00:00")
    commits = history(lohnwerk)["commits"]
    assert [(c["subject"], c["valid"]) for c in commits] == [
        ("Fix the typo, rename HR", True),
        ("Typo", False),
        ("Record of processing activities", True),
    ]
    assert commits[1]["changes"] == []
    # compared with the last valid version: only the rename is a change
    assert [(c["id"], c["field"]) for c in commits[0]["changes"]] == [("recruitment", "owner")]


def test_a_shallow_clone_says_the_history_is_partial(lohnwerk: GitRepo, tmp_path: Path) -> None:
    three_commits(lohnwerk)
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{lohnwerk.root}", str(clone)],
        check=True,
        capture_output=True,
    )
    data = history(clone)
    assert data["partial"] is True
    assert [c["subject"] for c in data["commits"]] == ["HR is now the People team"]
    assert data["commits"][0]["changes"] == []  # not "everything added"
    code, out, err = run(clone, "history", "registry")
    assert code == 0
    assert out.startswith("History is partial: this is a shallow clone")
    assert "history is partial" in err
